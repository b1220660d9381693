"""Text typed in a legacy Vietnamese font encoding, recognised wherever it arrives.

Before Unicode, Vietnamese was typed in TCVN3 (ABC) or VNI: the letters were stored as Western
characters and only a special font drew them as Vietnamese, so outside that font "Nguyễn Văn
Đức" reads "NguyÔn V¨n §øc" (TCVN3) or "Nguyeãn Vaên Ñöùc" (VNI). Such text is valid UTF-8 once
pasted into a file, so only its letters betray it. One detector for every door the text comes
in by: the Excel importer (generator/importing/) and the data loader (generator/loading/).
"""

from __future__ import annotations

import re

# Characters of Latin-1 that Vietnamese never uses. TCVN3 and VNI write Vietnamese letters with
# them; inside a word next to a letter they betray the legacy encoding.
_VIETNAMESE_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_NOT_VIETNAMESE = {chr(code) for code in range(0xA1, 0x100)} - _VIETNAMESE_LATIN1 - set("°²³±")
# TCVN3 places its lower-case letters with marks in the range ¡..¿; VNI places nothing there.
_TCVN3_ONLY = {chr(code) for code in range(0xA1, 0xC0)} - set("°²³±")
_WORD = re.compile(r"\S+")
# Most texts hold none of these characters and are passed by one search.
_ANY_SUSPICIOUS = re.compile("[" + re.escape("".join(sorted(_NOT_VIETNAMESE))) + "]")


def legacy_encoding(text: str) -> str | None:
    """The legacy encoding `text` seems written in ("TCVN3 (ABC)" or "VNI"), or None."""
    word = legacy_word(text)
    if word is None:
        return None
    return "TCVN3 (ABC)" if any(char in _TCVN3_ONLY for char in text) else "VNI"


def legacy_word(text: str) -> str | None:
    """The first word of `text` that betrays a legacy encoding, to show the editor, or None."""
    if text.isascii() or not _ANY_SUSPICIOUS.search(text):
        return None
    for word in _WORD.findall(text):
        suspicious = [char for char in word if char in _NOT_VIETNAMESE]
        if suspicious and any(char.isascii() and char.isalpha() for char in word):
            return word
    return None
