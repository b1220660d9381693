"""The whole portal as open data: one JSON file per kind of record, plus CSV of the flat lists.

Records are written with the keys editors write in data/ (`generator/domain/keys.py`), dates in
ISO 8601, and only what the site publishes: the public portal (no drafts) and only the photos
whose subjects consented.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any, Callable, Iterable, Iterator, TextIO

from generator.domain.portal import Portal
from generator.domain.records import Example, Schema


@dataclass(frozen=True)
class Dataset:
    """One kind of record as files; the files are written as they are made (`write`): the whole
    list of people honoured in a city is hundreds of megabytes as one string."""
    name: str
    """File name without extension, e.g. "quyet-dinh"."""
    title: str
    records: int
    updated: date | None
    """The newest date in the kind's own records (None when they carry no date)."""
    rows: Callable[[], Iterable[dict[str, Any]]] = field(repr=False, compare=False)
    licence: tuple[str, str] = ("", "")
    """Name and address of the licence, written in the JSON file."""
    csv_columns: tuple[str, ...] = ()
    """A flat kind is also written as CSV with these columns."""

    def files(self) -> tuple[str, ...]:
        return (f"{self.name}.json", f"{self.name}.csv") if self.csv_columns else (f"{self.name}.json",)

    def write(self, file_name: str, out: TextIO) -> None:
        """Write one of `files()` into `out` (a text file opened with newline="")."""
        if file_name.endswith(".csv"):
            out.write("\ufeff")
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(self.csv_columns)
            writer.writerows([_cell(row[column]) for column in self.csv_columns] for row in self.rows())
            return
        head = json.dumps({
            "tieu_de": self.title,
            "giay_phep": {"ten": self.licence[0], "duong_dan": self.licence[1]},
            "cap_nhat_lan_cuoi": self.updated.isoformat() if self.updated else None,
            "so_ban_ghi": self.records,
        }, ensure_ascii=False)
        # The same text as json.dumps of the whole document, "ban_ghi" last, one record at a time.
        out.write(head[:-1] + ', "ban_ghi": [')
        for index, row in enumerate(self.rows()):
            out.write((", " if index else "") + json.dumps(row, ensure_ascii=False))
        out.write("]}\n")

    def text(self, file_name: str) -> str:
        out = io.StringIO(newline="")
        self.write(file_name, out)
        return out.getvalue()


def datasets(portal: Portal, licence_name: str, licence_url: str) -> list[Dataset]:
    def published(example: Example) -> Example:
        return example.model_copy(update={"photos": [p for p in example.photos if p.consent]})

    kinds: list[tuple[str, str, list[Schema], Callable[[Any], date | None]]] = [
        ("quyet-dinh", "Quyết định khen thưởng", portal.decisions_newest_first(), lambda d: d.signed),
        ("dien-hinh", "Điển hình tiên tiến", portal.examples_newest_first(), lambda e: e.published),
        ("phong-trao", "Phong trào thi đua", portal.campaigns_newest_first(), lambda c: c.start),
        ("don-vi", "Đơn vị", sorted(portal.units.values(), key=lambda u: u.id), lambda u: None),
        ("khoi-thi-dua", "Khối thi đua", portal.blocks_newest_first(),
         lambda b: b.covenant.signed if b.covenant else None),
        ("lay-y-kien", "Lấy ý kiến Nhân dân",
         sorted(portal.consultations.values(), key=lambda c: (c.published, c.id), reverse=True), lambda c: c.published),
        ("bao-cao", "Báo cáo sơ kết, tổng kết",
         sorted(portal.reports.values(), key=lambda r: (r.date, r.id), reverse=True), lambda r: r.date),
        ("hoi-dong", "Phiên họp Hội đồng Thi đua - Khen thưởng",
         sorted(portal.meetings.values(), key=lambda m: (m.date, m.id), reverse=True), lambda m: m.date),
        ("ke-hoach", "Kế hoạch năm", sorted(portal.years.values(), key=lambda y: y.year, reverse=True),
         lambda y: y.plan.date),
        ("danh-muc", "Danh mục danh hiệu thi đua, hình thức khen thưởng",
         sorted(portal.catalogue.values(), key=lambda e: e.id), lambda e: None),
        # A calendar, often of days to come: its dates say nothing of when the data last changed.
        ("ngay-nghi", "Ngày nghỉ lễ, nghỉ bù", [portal.holidays[d] for d in sorted(portal.holidays)], lambda h: None),
    ]
    licence = (licence_name, licence_url)
    result = []
    for name, title, records, dated in kinds:
        days = [day for day in map(dated, records) if day is not None]
        shown = partial(map, published, records) if name == "dien-hinh" else partial(iter, records)
        result.append(Dataset(name, title, len(records), max(days, default=None),
                              partial(_record_rows, shown), licence))
    awards = portal.awards()
    result.insert(1, Dataset(
        "khen-thuong", "Danh sách khen thưởng: mỗi người, tập thể một dòng", len(awards),
        max((a.decision.signed for a in awards), default=None), partial(_award_rows, portal), licence,
        tuple(AWARD_COLUMNS)))
    return result


def _record_rows(records: Callable[[], Iterable[Schema]]) -> Iterator[dict[str, Any]]:
    return (r.model_dump(mode="json", by_alias=True, exclude={"draft"}) for r in records())


def last_updated(sets: list[Dataset]) -> date | None:
    return max((d.updated for d in sets if d.updated), default=None)


# One row per person or collective honoured (decisions that only correct or revoke are left out).
AWARD_COLUMNS = ["quyet_dinh", "so_ky_hieu", "ngay_ky", "cap", "trang_thai_quyet_dinh", "stt",
                 "doi_tuong_nhan", "danh_xung", "ten", "chuc_vu", "don_vi", "ten_don_vi", "danh_hieu",
                 "thanh_tich", "truy_tang", "trang_thai"]


def _award_rows(portal: Portal) -> Iterator[dict[str, Any]]:
    for award in portal.awards():
        decision, recipient = award.decision, award.recipient
        unit = portal.units.get(recipient.unit) if recipient.unit else None
        yield dict(zip(AWARD_COLUMNS, [
            decision.id, decision.number, decision.signed.isoformat(), decision.level, decision.status,
            award.position, recipient.recipient_kind, recipient.honorific or "", recipient.name,
            recipient.position or "", recipient.unit or "", unit.name if unit else "", award.entry.name,
            recipient.achievement or "", recipient.posthumous, award.status,
        ]))


def _cell(value: Any) -> Any:
    """Yes/no reads as "có" or nothing in a spreadsheet; JSON keeps true and false."""
    if isinstance(value, bool):
        return "có" if value else ""
    return value
