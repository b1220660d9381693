"""Who may confer a title or a form of commendation, at which level, signed by whom, on which day.

The powers themselves are data (`tham_quyen_tang` of each entry in data/danh_muc/danh_hieu/),
because the law moves them: Luật Thi đua, khen thưởng 06/2022/QH15 Articles 77 to 80 gave them
from 1 January 2024, and from 1 July 2025, when the district tier was abolished, the commune level
(xã, phường, đặc khu) took over the district's powers (Nghị định 129/2025/NĐ-CP). This module only
applies what the catalogue says to a decision's level, signer and date of signing.
"""

from __future__ import annotations

from datetime import date

from generator.domain import labels
from generator.domain.records import Authority, CatalogueEntry
from generator.domain.text import fold, format_date


def signs_as(position: str, allowed: str) -> bool:
    """Whether a signer's position is the allowed one: "Chủ tịch" is also written "Chủ tịch Ủy ban
    nhân dân phường", so the allowed words may be followed by more, never preceded."""
    have, want = fold(position), fold(allowed)
    return have == want or have.startswith(want + " ")


def in_force(authority: Authority, day: date) -> bool:
    return (authority.start is None or authority.start <= day) and (authority.end is None or day <= authority.end)


def may_confer(entry: CatalogueEntry, level: str, position: str, day: date) -> bool:
    """Whether a decision of `level`, signed by `position` on `day`, may confer `entry`.

    An entry that lists no authorities (a catalogue written before `tham_quyen_tang` existed) is
    checked on its level only: its `tham_quyen` is a sentence, not a list of positions.
    """
    if not entry.authorities:
        return level == entry.level
    return any(
        level in authority.levels
        and in_force(authority, day)
        and (not authority.signing_positions or any(signs_as(position, p) for p in authority.signing_positions))
        for authority in entry.authorities
    )


def describe(authority: Authority) -> str:
    """One authority as an editor reads it: "Chủ tịch hoặc Phó Chủ tịch (cấp phường, xã; từ
    01/07/2025; Nghị định 129/2025/NĐ-CP)"."""
    who = " hoặc ".join(authority.signing_positions) or "Người đứng đầu"
    parts = ["cấp " + ", ".join(labels.LEVEL[level].lower() for level in authority.levels)]
    if authority.start and authority.end:
        parts.append(f"từ {format_date(authority.start)} đến {format_date(authority.end)}")
    elif authority.start:
        parts.append(f"từ {format_date(authority.start)}")
    elif authority.end:
        parts.append(f"đến {format_date(authority.end)}")
    parts.append(authority.legal_basis)
    return f"{who} ({'; '.join(parts)})"


def who_may_confer(entry: CatalogueEntry, level: str, day: date) -> list[str]:
    """The authorities an editor needs to read, described: those of the decision's own level if
    any (its power came later, ended, or needs another signer), else those in force on `day`,
    else all of them."""
    if not entry.authorities:
        return [f"cấp {labels.LEVEL[entry.level].lower()} ({entry.decided_by})"]
    shown = ([a for a in entry.authorities if level in a.levels]
             or [a for a in entry.authorities if in_force(a, day)] or entry.authorities)
    return [describe(a) for a in shown]
