"""Vietnamese text rules: folding for comparison, slugs, sorting, and how dates and numbers read."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

# Vietnamese letter order differs from code-point order: ă and â come after a, đ after d, and so on.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
# Tone order used by Vietnamese dictionaries: level, grave, hook, tilde, acute, dot.
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_TONES = set(_TONE_RANK) - {""}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_marks(text: str) -> str:
    """Remove every diacritic; đ becomes d explicitly (NFD does not decompose it)."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """The form two names are compared in: no marks, lower case, single spaces."""
    return " ".join(strip_marks(text).casefold().split())


# Syllables the 1980s spelling reform lets end in either i or y: "sĩ"/"sỹ", "kĩ"/"kỹ", "lí"/"lý".
_I_OR_Y = re.compile(r"^(qu|[hklmst])y$")


def words(text: str) -> list[str]:
    """The words of `text` as a search sees them: runs of letters and digits, in NFC."""
    return re.findall(r"[^\W_]+", nfc(text))


def search_key(word: str) -> str:
    """The form a word is looked up in: no marks, đ as d, lower case, "y" for "i" where both are
    spelt, a number without leading zeros. "Đức", "đức" and "duc" share a key, and so do "sĩ" and
    "sỹ", and "08" and "8" (decision numbers are written both ways).

    theme/overrides/assets/javascripts/search.js computes the same key for what a reader types.
    """
    key = strip_marks(word).lower()
    if key.isascii() and key.isdigit():
        return key.lstrip("0") or "0"
    return key[:-1] + "i" if _I_OR_Y.match(key) else key


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


_LEADING_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=200_000)
def _letter_key(word: str) -> tuple:
    number = _LEADING_NUMBER.match(word)
    if number:
        # A number by its value, before any word: "Tổ dân phố số 2" comes before "số 2A" and "số 10".
        ranks, tones = _letter_key(word[number.end():])
        return (-1, int(number.group()), *ranks), tones
    letters = []
    tones = []
    for char in unicodedata.normalize("NFD", word.casefold()):
        if char in _TONES:
            tones.append(_TONE_RANK[char])
        elif unicodedata.combining(char):
            if letters:
                letters[-1] = unicodedata.normalize("NFC", letters[-1] + char)
        else:
            letters.append(char)
    ranks = tuple(_LETTER_RANK.get(letter, 100 + ord(letter[0])) for letter in letters)
    return ranks, tuple(tones)


# Pages sort the same names, units and titles again and again: each key is computed once.
@lru_cache(maxsize=200_000)
def vietnamese_key(text: str) -> tuple:
    """Sort key for Vietnamese words: letter order first, tone order to break ties."""
    keys = [_letter_key(word) for word in text.split()]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys)


@lru_cache(maxsize=200_000)
def person_sort_key(full_name: str) -> tuple:
    """People are listed by given name (the last word), then the rest of the name in order."""
    words = full_name.split()
    if not words:
        return ((), ())
    return vietnamese_key(" ".join([words[-1], *words[:-1]]))


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def format_date_formal(day: date) -> str:
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def format_number(value: float, decimals: int | None = None) -> str:
    """1234.5 → "1.234,5": thousands with dots, decimals with a comma."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
