"""Counts of individual awards by sex, ethnic minority and direct-worker status, as aggregates only.

These fields are recorded per recipient for statistics and never published per person (Luật Bảo
vệ dữ liệu cá nhân 91/2025/QH15: ethnicity is sensitive personal data). Only awards in force to
individuals are counted; a group of fewer than SMALL_COUNT is hidden (`hide_small_counts`), so
that a count of one or two cannot point to a person. The Law on emulation asks for attention to
direct workers and women (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5), hence these three.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.domain.portal import Award
from generator.domain.privacy import hide_small_counts

NOT_RECORDED = "Không ghi"


def personal_statistics(awards: Iterable[Award]) -> list[tuple[str, str, dict[str, int | None]]]:
    """(anchor, title, counts by group) for each statistic some entry records; hidden counts are None."""
    people = [a.recipient for a in awards if a.in_force and a.recipient.recipient_kind == "ca_nhan"]

    def counted(group_of) -> dict[str, int | None]:
        counts: dict[str, int] = {}
        for recipient in people:
            group = group_of(recipient)
            counts[group] = counts.get(group, 0) + 1
        return hide_small_counts(counts)

    def yes_no(value: bool | None, yes: str, no: str) -> str:
        return NOT_RECORDED if value is None else yes if value else no

    # A statistic no one's entry records would only count "không ghi": it is left out.
    return [
        (anchor, title, counted(group_of))
        for anchor, title, recorded, group_of in (
            ("theo-gioi-tinh", "Cá nhân được khen thưởng theo giới tính", lambda r: r.sex,
             lambda r: {"nam": "Nam", "nu": "Nữ"}.get(r.sex or "", NOT_RECORDED)),
            ("theo-dan-toc", "Cá nhân được khen thưởng là người dân tộc thiểu số", lambda r: r.ethnic_minority,
             lambda r: yes_no(r.ethnic_minority, "Người dân tộc thiểu số", "Không thuộc dân tộc thiểu số")),
            ("theo-lao-dong-truc-tiep", "Cá nhân được khen thưởng là người trực tiếp lao động, công tác",
             lambda r: r.direct_worker,
             lambda r: yes_no(r.direct_worker, "Người trực tiếp lao động, công tác", "Cán bộ quản lý, khác")),
        )
        if any(recorded(r) is not None for r in people)
    ]
