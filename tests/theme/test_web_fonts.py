"""The web fonts made by theme/make_web_fonts.py: every Vietnamese letter, in the weights the CSS names."""

from __future__ import annotations

import re
import unicodedata

import pytest
from fontTools.ttLib import TTFont

from tests.conftest import REPO

FONTS = REPO / "theme" / "overrides" / "assets" / "fonts"
CSS = REPO / "theme" / "overrides" / "assets" / "css" / "portal.css"

VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # ngang, huyền, sắc, hỏi, ngã, nặng
LETTERS = {unicodedata.normalize("NFC", vowel + tone) for vowel in VOWELS for tone in TONES}
LETTERS |= set("bcdđghklmnpqrstvx")
LETTERS |= {letter.upper() for letter in LETTERS}
# What the templates and the data print besides letters: digits, the đồng sign, dashes, quotes,
# the ellipsis, the middle dot between facts, and the separators of dates and decision numbers.
OTHERS = set("0123456789₫–—“”‘’…·/-:;.,()%+×«»")


def font_faces() -> list[tuple[int, str]]:
    """(weight, file name) of each @font-face of the portal's stylesheet."""
    css = CSS.read_text(encoding="utf-8")
    return [
        (int(re.search(r"font-weight:\s*(\d+)", face)[1]), re.search(r'url\("\.\./fonts/([^"]+)"\)', face)[1])
        for face in re.findall(r"@font-face\s*\{(.*?)\}", css, flags=re.S)
    ]


def test_the_stylesheet_loads_one_file_for_each_of_regular_and_bold():
    assert sorted(weight for weight, _ in font_faces()) == [400, 700]


@pytest.mark.parametrize("weight,name", font_faces())
def test_each_font_has_every_vietnamese_letter_and_is_of_its_weight(weight, name):
    font = TTFont(FONTS / name)
    covered = {chr(point) for point in font.getBestCmap()}

    assert len(LETTERS) == 2 * (len(VOWELS) * len(TONES) + 17)
    assert sorted(LETTERS - covered) == []
    assert sorted(OTHERS - covered) == []
    assert font["OS/2"].usWeightClass == weight
