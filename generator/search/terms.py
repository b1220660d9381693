"""The terms of a text as the search index and the search page see them.

A term is a word ("Đức" → key "duc"), or a document's number and symbol taken whole
("08/QĐ-UBND" → key "8-qd-ubnd"): a reader who types "16/QĐ-UBND" means that decision, not every
record holding 16, QĐ and UBND somewhere (a decision signed on 16/07). Leading zeros are dropped
and QĐ is QD, so "8/QD-UBND" finds "08/QĐ-UBND".

theme/overrides/assets/javascripts/search.js splits what a reader types by the same rules
(`terms`, `signKey`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from generator.domain.text import nfc, search_key, words

# A number and symbol as Decree 30/2020 writes them: "15/QĐ-UBND", "86/2023/NĐ-CP", "06/2022/QH15".
# A date ("16/07/2026") has no letters after its last slash and stays three words.
NUMBER_SIGN = re.compile(r"\d+(?:/\d+)*/[^\W\d_]\w*(?:-\w+)*")


# The same few thousand words recur in every record: each word's key is computed once.
# The longest key, in characters: a pasted address or a PDF's text can make a "word" of hundreds
# of letters, and a file name of more than 255 bytes cannot be written. Thirty characters of four
# UTF-8 bytes each, in hex, still fit. A longer word is found by its first thirty letters;
# search.js cuts query keys the same way.
MAX_KEY_CHARS = 30

_key = lru_cache(maxsize=200_000)(lambda word: search_key(word)[:MAX_KEY_CHARS])


class Term(NamedTuple):
    spelling: str
    """As written, lower case: results that match the marks a reader typed rank first."""
    key: str


def sign_key(sign: str) -> str:
    """The key of a number and symbol: its parts' keys joined by "-"."""
    return "-".join(_key(part) for part in words(sign))[:MAX_KEY_CHARS]


def terms(text: str) -> list[Term]:
    """What a query is made of: each number and symbol whole, and the words outside them."""
    text = nfc(text)
    found: list[Term] = []
    for piece in re.split(f"({NUMBER_SIGN.pattern})", text):
        if NUMBER_SIGN.fullmatch(piece):
            found.append(Term(piece.lower(), sign_key(piece)))
        else:
            found += [Term(word.lower(), _key(word)) for word in words(piece)]
    return found


def indexed_terms(text: str) -> list[Term]:
    """What finds a record: its terms, and the words of each number and symbol too ("UBND")."""
    text = nfc(text)
    signs = [Term(sign.lower(), sign_key(sign)) for sign in NUMBER_SIGN.findall(text)]
    return signs + [Term(word.lower(), _key(word)) for word in words(text)]


def expand(found: list[Term], abbreviations: dict[str, list[Term]]) -> list[Term]:
    """`found` with the words each abbreviation stands for after it ("CSTĐ": chiến sĩ thi đua),
    so that a record that writes the abbreviation is found by the words, and the reverse."""
    return [term for t in found for term in (t, *abbreviations.get(t.key, ()))]
