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
    """Sort key for Vietnamese words, syllable by syllable: each syllable by its letters, then by
    its tone, before the next syllable is looked at. This is the dictionary rule (Vũ Xuân Lương,
    "Quy tắc sắp xếp đơn vị từ vựng trong từ điển tiếng Việt", Vietlex: letters a ă â … y, tones
    level, grave, hook, tilde, acute, dot), so "Anh", "Ảnh", "Ánh" never interleave with the
    syllables that follow them."""
    return tuple(_letter_key(word) for word in text.split())


# What comes before a name without being part of it: a household is listed by its head's name.
_NAME_PREFIXES = ("hộ gia đình ông ", "hộ gia đình bà ", "hộ ông ", "hộ bà ", "gia đình ông ",
                  "gia đình bà ", "ông ", "bà ")


def bare_name(name: str) -> str:
    """"Hộ ông Nguyễn Văn An" → "Nguyễn Văn An"; "Bà Trần Thị Bình" → "Trần Thị Bình"."""
    lowered = nfc(name).casefold()
    for prefix in _NAME_PREFIXES:
        if lowered.startswith(prefix) and len(name) > len(prefix):
            return nfc(name)[len(prefix):].strip()
    return name


@lru_cache(maxsize=200_000)
def person_sort_key(full_name: str) -> tuple:
    """People and households are listed by given name (the last word), then the rest of the name in
    order, each syllable with its tone; an honorific or "Hộ ông/bà" before the name is not sorted on."""
    words = bare_name(full_name).split()
    if not words:
        return ()
    return vietnamese_key(" ".join([words[-1], *words[:-1]]))


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def format_date_formal(day: date) -> str:
    """"ngày 05 tháng 7 năm 2026", "ngày 10 tháng 02 năm 2026": Nghị định 30/2020/NĐ-CP, Phụ lục I
    (thời gian ban hành văn bản) writes a leading zero only for days below 10 and for months 1 and 2."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def format_number(value: float, decimals: int | None = None) -> str:
    """1234.5 → "1.234,5": thousands with dots, decimals with a comma."""
    if decimals is None:
        # Sums of decimal fractions carry binary noise (0.1 + 0.2 is 0.30000000000000004): no figure
        # an office writes has more than six decimals, so the noise beyond them is never shown.
        value = round(float(value), 6)
        decimals = 0 if value.is_integer() else len(repr(value).split(".")[1])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


# Signs written against the number, as Vietnamese administrative texts write them ("0,2%", "> 80%"
# in the ward's plan); any other unit of measure ("tỷ đồng", "hộ") follows after a space.
_ATTACHED_SIGNS = {"%", "‰"}


def format_quantity(value: float, measure: str) -> str:
    """A figure with its unit of measure: "5,4%", "12 tỷ đồng"."""
    number = format_number(value)
    return number + measure if measure in _ATTACHED_SIGNS else f"{number} {measure}"
