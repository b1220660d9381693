"""CSV cells a spreadsheet cannot run: formula injection is neutralised, numbers stay numbers.

Excel, LibreOffice and Google Sheets read a cell that starts with `=`, `+`, `-` or `@` as a
formula (`=HYPERLINK(…)` sends the reader elsewhere, `=cmd|…` ran programs in old Excel), and a
tab or carriage return before one still counts. Such a cell gets an apostrophe in front, which
the spreadsheet shows as text and hides; a real number (`-5`, `+3,5`, `-1.234,5%`) is left as it
is, so sums keep working. This is OWASP's advice for CSV injection.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A number as written in Vietnamese or English, with an optional sign and percent sign.
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d+)?%?")


def safe_cell(value: Any) -> Any:
    """`value` as a CSV cell: text that a spreadsheet would read as a formula is prefixed with `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value
