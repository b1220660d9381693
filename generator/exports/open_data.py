"""The whole portal as open data: one JSON file per kind of record, plus CSV of the flat lists.

Records are written with the keys editors write in data/ (`generator/domain/keys.py`), dates in
ISO 8601, and only what the site publishes: the public portal (no drafts) and only the photos
whose subjects consented.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from generator.domain.portal import Portal
from generator.domain.records import Schema

FOLDER = "du-lieu"


@dataclass(frozen=True)
class Dataset:
    name: str
    """File name without extension, e.g. "quyet-dinh"."""
    title: str
    records: int
    updated: date | None
    """The newest date in the kind's own records (None when they carry no date)."""
    json: str
    csv: str | None = None

    def files(self) -> dict[str, str]:
        files = {f"{self.name}.json": self.json}
        if self.csv is not None:
            files[f"{self.name}.csv"] = self.csv
        return files


def datasets(portal: Portal, licence_name: str, licence_url: str) -> list[Dataset]:
    examples = [e.model_copy(update={"photos": [p for p in e.photos if p.consent]})
                for e in portal.examples_newest_first()]
    kinds: list[tuple[str, str, list[Schema], Callable[[Any], date | None]]] = [
        ("quyet-dinh", "Quyết định khen thưởng", portal.decisions_newest_first(), lambda d: d.signed),
        ("dien-hinh", "Điển hình tiên tiến", examples, lambda e: e.published),
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
    result = []
    for name, title, records, dated in kinds:
        days = [day for day in map(dated, records) if day is not None]
        rows = [r.model_dump(mode="json", by_alias=True, exclude={"draft"}) for r in records]
        result.append(_dataset(name, title, rows, max(days, default=None), licence_name, licence_url))
    rows = _award_rows(portal)
    awards = _dataset("khen-thuong", "Danh sách khen thưởng: mỗi người, tập thể một dòng", rows,
                      max((a.decision.signed for a in portal.awards()), default=None), licence_name, licence_url)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(AWARD_COLUMNS)
    writer.writerows([[_cell(row[column]) for column in AWARD_COLUMNS] for row in rows])
    result.insert(1, dataclasses.replace(awards, csv="\ufeff" + out.getvalue()))
    return result


def _dataset(name: str, title: str, rows: list[dict], updated: date | None, licence_name: str,
             licence_url: str) -> Dataset:
    document = {
        "tieu_de": title,
        "giay_phep": {"ten": licence_name, "duong_dan": licence_url},
        "cap_nhat_lan_cuoi": updated.isoformat() if updated else None,
        "so_ban_ghi": len(rows),
        "ban_ghi": rows,
    }
    return Dataset(name, title, len(rows), updated, json.dumps(document, ensure_ascii=False) + "\n")


def last_updated(sets: list[Dataset]) -> date | None:
    return max((d.updated for d in sets if d.updated), default=None)


# One row per person or collective honoured (decisions that only correct or revoke are left out).
AWARD_COLUMNS = ["quyet_dinh", "so_ky_hieu", "ngay_ky", "cap", "trang_thai_quyet_dinh", "stt",
                 "doi_tuong_nhan", "danh_xung", "ten", "chuc_vu", "don_vi", "ten_don_vi", "danh_hieu",
                 "thanh_tich", "truy_tang", "trang_thai"]


def _award_rows(portal: Portal) -> list[dict[str, Any]]:
    rows = []
    for award in portal.awards():
        decision, recipient = award.decision, award.recipient
        unit = portal.units.get(recipient.unit) if recipient.unit else None
        rows.append(dict(zip(AWARD_COLUMNS, [
            decision.id, decision.number, decision.signed.isoformat(), decision.level, decision.status,
            award.position, recipient.recipient_kind, recipient.honorific or "", recipient.name,
            recipient.position or "", recipient.unit or "", unit.name if unit else "", award.entry.name,
            recipient.achievement or "", recipient.posthumous, award.status,
        ])))
    return rows


def _cell(value: Any) -> Any:
    """Yes/no reads as "có" or nothing in a spreadsheet; JSON keeps true and false."""
    if isinstance(value, bool):
        return "có" if value else ""
    return value
