"""Cells as people typed them, made comparable: Unicode NFC, single spaces, legacy encodings found
(by generator.domain.encodings, shared with the data loader).

Text from Word and Excel arrives in NFC or NFD (the same letters, composed differently), and
sometimes in the legacy Vietnamese font encodings TCVN3 (ABC) and VNI: their letters were
stored as Western characters and only a special font drew them as Vietnamese, so outside that
font "Nguyễn Văn Đức" reads "NguyÔn V¨n §øc" (TCVN3) or "Nguyeãn Vaên Ñöùc" (VNI).
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from generator.domain.encodings import legacy_encoding

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def cell_text(value: object) -> str:
    """The text of a cell: numbers stored as numbers or as text read alike, spaces tidied."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return tidy(str(value))


def tidy(text: str) -> str:
    """NFC, no invisible characters, one space between words (line breaks in a cell included)."""
    text = unicodedata.normalize("NFC", text)
    # The soft hyphen is also TCVN3's "ư": keep it when the text is legacy, so it can be reported.
    if not legacy_encoding(text):
        text = text.translate(_INVISIBLE)
    return " ".join(text.split())


def was_decomposed(value: object) -> bool:
    """Text typed in NFD (letters and marks apart), which `tidy` composes."""
    return isinstance(value, str) and unicodedata.normalize("NFC", value) != value
