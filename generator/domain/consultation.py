"""The rules of a public comment period (lấy ý kiến Nhân dân) on a list of award nominees.

The period is set by the decree detailing the Law on Emulation and Commendation, not by the Law:
Nghị định 98/2023/NĐ-CP, Article 46, until 30 June 2025; from 1 July 2025 Nghị định 152/2025/NĐ-CP,
Article 60, which replaced it (the Ministry of Home Affairs' notices of 2025 cite both, for at least
10 working days). The clause numbers are marked [unsure] in the text shown until checked against the
gazette.
"""

from __future__ import annotations

from datetime import date

# At least this many working days for a list of nominees for commendation.
MINIMUM_WORKING_DAYS = 10

DECREE_152_FROM = date(2025, 7, 1)


def legal_basis(day: date) -> str:
    """The instrument in force on `day` for the length of the period."""
    if day < DECREE_152_FROM:
        return "Nghị định số 98/2023/NĐ-CP, Điều 46"
    return "Nghị định số 152/2025/NĐ-CP, Điều 60"


def counting_start(published: date, publish_from: date | None) -> date:
    """The day the period counts from: the later of posting (ngay_dang) and publication on the
    portal (ngay_cong_bo). A list posted on paper but kept off the portal for ten days must not
    leave citizens two working days to read it."""
    return max(published, publish_from) if publish_from else published
