"""Cells as people typed them, made comparable: Unicode NFC, single spaces, legacy encodings found.

Text from Word and Excel arrives in NFC or NFD (the same letters, composed differently), and
sometimes in the legacy Vietnamese font encodings TCVN3 (ABC) and VNI: their letters were
stored as Western characters and only a special font drew them as Vietnamese, so outside that
font "Nguyễn Văn Đức" reads "NguyÔn V¨n §øc" (TCVN3) or "Nguyeãn Vaên Ñöùc" (VNI).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

# Characters of Latin-1 that Vietnamese never uses. TCVN3 and VNI write Vietnamese letters with
# them; inside a word next to a letter they betray the legacy encoding.
_VIETNAMESE_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_NOT_VIETNAMESE = {
    chr(code) for code in range(0xA1, 0x100)
} - _VIETNAMESE_LATIN1 - set("°²³±")
# TCVN3 places its lower-case letters with marks in the range ¡..¿; VNI places nothing there.
_TCVN3_ONLY = {chr(code) for code in range(0xA1, 0xC0)} - set("°²³±")
_WORD = re.compile(r"\S+")
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


def legacy_encoding(text: str) -> str | None:
    """The legacy encoding `text` seems written in ("TCVN3 (ABC)" or "VNI"), or None."""
    for word in _WORD.findall(text):
        suspicious = [char for char in word if char in _NOT_VIETNAMESE]
        if suspicious and any(char.isascii() and char.isalpha() for char in word):
            return "TCVN3 (ABC)" if any(char in _TCVN3_ONLY for char in text) else "VNI"
    return None


def was_decomposed(value: object) -> bool:
    """Text typed in NFD (letters and marks apart), which `tidy` composes."""
    return isinstance(value, str) and unicodedata.normalize("NFC", value) != value
