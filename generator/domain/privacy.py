"""What counts as personal data in published text, and how small groups are kept anonymous.

Luật Bảo vệ dữ liệu cá nhân (91/2025/QH15) and Nghị định 356/2025 forbid publishing a person's
identity number, date of birth, phone number or personal e-mail. The schemas have no field for
them; these rules find them when they slip into free text (an achievement copied from a
nomination form, a story pasted from Word). Pure functions: no files, no settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

# A count below this in a statistic about sex, ethnicity or direct-worker status could point
# to a person, so it is hidden.
SMALL_COUNT = 5


@dataclass(frozen=True)
class Finding:
    """One piece of personal data in a text: what it is, and the text as written."""

    kind: str
    text: str

    @property
    def label(self) -> str:
        return _LABELS[self.kind]

    @property
    def hint_of_value(self) -> str:
        """Enough of the value for the editor to find it, not enough to repeat it in a log."""
        if self.kind == "email":
            return "…@" + self.text.rsplit("@", 1)[-1]
        return "…" + re.sub(r"\D", "", self.text)[-3:]


_LABELS = {
    "phone": "số điện thoại",
    "id_number": "số định danh cá nhân (CCCD/CMND)",
    "birth_date": "ngày sinh",
    "email": "địa chỉ thư điện tử cá nhân",
}

# Vietnamese phone numbers: 0 or +84, then 9 or 10 digits, written in groups separated by a
# space, dot or dash ("0912 345 678", "0225.3821.123", "(0225) 3821 123", "+84 912 345 678"). The first group has
# at least two digits after the 0, which keeps dates (05.02.2026) and money (1.200.000) out.
_PHONE = re.compile(r"(?<![\w+.,/(-])(?:\+84[ .-]?|\(?0)\d{2,3}\)?(?:[ .-]?\d{2,4}){1,4}(?![\w/-]|[.,]\d)")

# A citizen identity number (CCCD) has 12 digits and starts with the 0 of a province code;
# written whole or in groups of three separated by spaces. Dots are left out on purpose:
# "120.000.000.000" is an amount of money.
_CCCD = re.compile(r"(?<![\w.,/-])0\d{2}(?: ?\d{3}){3}(?![\w/-]|[.,]\d)")

# The older 9-digit identity card (CMND) is only recognised after its name: on its own, a
# 9-digit number is as likely a count or an amount.
_LABELLED_ID = re.compile(
    r"(?i:CMND|CMTND|CCCD|chứng minh nhân dân|chứng minh thư|căn cước(?: công dân)?|"
    r"số định danh(?: cá nhân)?)\s*(?:số|:|là)?\s*:?\s*(\d{9}|\d{12})(?!\d)"
)

_DATE = r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d{1,2}-\d{1,2}|(?:ngày )?\d{1,2} tháng \d{1,2} năm \d{4})"
# Words that end in "sinh" without being about birth: học sinh (pupil), phát sinh (arise),
# vệ sinh (hygiene), hy sinh (fall in action), tái sinh, giáng sinh, sản sinh, ký sinh.
_NOT_BIRTH = "(?i:" + "".join(
    f"(?<!{word} )" for word in ("học", "phát", "vệ", "hy", "tái", "giáng", "sản", "ký")
) + ")"
_BIRTH = re.compile(
    r"(?:(?i:ngày sinh|năm sinh)\s*:?\s*(?:là\s+)?(?P<a>" + _DATE + r"|\d{4}\b)"
    r"|\b" + _NOT_BIRTH + r"(?i:sinh)(?: ngày| năm|:)\s*(?P<b>" + _DATE + r"|\d{4}\b)"
    r"|\bSN\s*:?\s*(?P<c>" + _DATE + r"|\d{4}\b))"
)

# An enterprise's tax code has 10 digits and, in Hải Phòng, starts with 02: it is public.
_TAX_CODE = re.compile(r"(?i:mã số thuế|MST)\s*:?\s*$")

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# Every rule above needs a digit, except e-mail addresses, which need an @: most texts (names,
# titles) have neither and are passed without running the rules.
_MAY_HOLD_PERSONAL_DATA = re.compile(r"[\d@]")


def find_personal_data(text: str) -> list[Finding]:
    """Every identity number, phone number, birth date and e-mail address in `text`, in order.

    Values the law requires to be public are filtered by the caller, comparing `public_form`s.
    """
    if not _MAY_HOLD_PERSONAL_DATA.search(text):
        return []
    findings: list[tuple[int, Finding]] = []
    taken: list[range] = []

    def add(start: int, end: int, kind: str) -> None:
        if any(start < r.stop and r.start < end for r in taken):
            return
        taken.append(range(start, end))
        findings.append((start, Finding(kind, text[start:end])))

    for match in _LABELLED_ID.finditer(text):
        add(match.start(1), match.end(1), "id_number")
    for match in _CCCD.finditer(text):
        add(match.start(), match.end(), "id_number")
    for match in _BIRTH.finditer(text):
        group = next(name for name in ("a", "b", "c") if match.group(name))
        add(match.start(group), match.end(group), "birth_date")
    for match in _EMAIL.finditer(text):
        add(match.start(), match.end(), "email")
    for match in _PHONE.finditer(text):
        if _is_phone_number(match.group()) and not _TAX_CODE.search(text[max(0, match.start() - 20):match.start()]):
            add(match.start(), match.end(), "phone")
    return [finding for _, finding in sorted(findings, key=lambda item: item[0])]


def public_form(value: str) -> str:
    """The form in which a published value is compared with the allowed ones.

    Phone and identity numbers compare by their digits (with +84 read as 0), so "0225 3000 000"
    allows "0225.3000.000"; e-mail addresses compare without regard to case.
    """
    value = value.strip()
    if "@" in value:
        return value.casefold()
    if re.fullmatch(r"[+\d .()-]+", value):
        digits = re.sub(r"\D", "", value)
        return "0" + digits[2:] if value.startswith("+84") else digits
    return " ".join(value.split())


def _is_phone_number(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    if text.startswith("+84"):
        return len(digits) in (11, 12)
    return len(digits) in (10, 11)


def hide_small_counts(counts: Mapping[str, int], minimum: int = SMALL_COUNT) -> dict[str, int | None]:
    """Counts per group for publication, with every group under `minimum` hidden (None).

    When exactly one group is hidden, the next smallest is hidden too: otherwise the hidden
    count could be worked out from the total and the others.
    """
    shown: dict[str, int | None] = {
        group: (count if count >= minimum else None) for group, count in counts.items()
    }
    hidden = [group for group, count in shown.items() if count is None]
    visible = sorted((count, group) for group, count in shown.items() if count is not None)
    if len(hidden) == 1 and visible:
        shown[visible[0][1]] = None
    return shown
