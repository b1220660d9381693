"""CSV downloads neutralise formulas and keep numbers numbers (OWASP, CSV injection)."""

from __future__ import annotations

import pytest

from generator.exports.csv_cells import safe_cell


@pytest.mark.parametrize("value, expected", [
    ('=HYPERLINK("https://evil.example","Bấm")', '\'=HYPERLINK("https://evil.example","Bấm")'),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("- Hoàn thành nhiệm vụ", "'- Hoàn thành nhiệm vụ"),
    # Real numbers stay numbers.
    ("-5", "-5"),
    ("+3", "+3"),
    ("-0,25", "-0,25"),
    ("-1.234,5", "-1.234,5"),
    ("-12%", "-12%"),
    (-5, -5),
    (2.5, 2.5),
    # Anything else is left as written.
    ("15/QĐ-UBND", "15/QĐ-UBND"),
    ("Tổ Toán - Tin", "Tổ Toán - Tin"),
    ("2026-01-15", "2026-01-15"),
    ("", ""),
    (None, None),
])
def test_formula_cells_are_neutralised(value, expected):
    assert safe_cell(value) == expected
