"""The tables of the pages, built from the same views the pages use (generator/pages/views.py).

Each table is shown by the `data_table` macro and downloaded as CSV and JSON beside its page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Any, Callable

from generator.domain import labels
from generator.domain.portal import Award, Portal
from generator.domain.ranking import RankedSheet
from generator.domain.records import (
    Consultation,
    Criterion,
    Decision,
    EmulationBlock,
    Recipient,
    Task,
    Unit,
)
from generator.domain.text import (
    format_date,
    format_number,
    vietnamese_key,
)
from generator.exports.table_data import Cell, Column, Link, Row, Table, facets
from generator.kinds import SECTIONS, record_url
from generator.pages.paging import item_page_url, page_count
from generator.pages.views import (
    decision_status,
    display_name,
    name_key,
    recipient_view,
    task_link,
)

NAME = Column("ho_ten", "Họ và tên / Tên tập thể", sortable=True)
POSITION = Column("chuc_vu", "Chức vụ")
UNIT = Column("don_vi", "Đơn vị", sortable=True)
AWARD = Column("danh_hieu", "Danh hiệu / Hình thức", sortable=True)
STATUS = Column("trang_thai", "Trạng thái")
COUNT = Column("so_luot", "Số lượt", sortable=True)

LEVEL = Column("cap", "Cấp")
DATE = Column("ngay_ky", "Ngày ký", sortable=True)
AWARD_COLUMNS = (NAME, POSITION, UNIT, AWARD, LEVEL, Column("quyet_dinh", "Quyết định"), DATE, STATUS)

AWARD_FACETS = {"nam": "Năm", "danh-hieu": "Danh hiệu, hình thức", "cap": "Cấp", "don-vi": "Đơn vị"}



@lru_cache(maxsize=10_000)
def number_cell(value: float) -> Cell:
    # Cells do not change: every list numbered 1, 2, 3, … shares its number cells.
    return Cell(format_number(value), value=value)


def date_cell(day) -> Cell:
    return Cell(format_date(day), value=day)


def text_key(text: str) -> Any:
    return vietnamese_key(text)


@dataclass(frozen=True, slots=True)
class AwardRow:
    """What the tables show of one award, made once and shared by every list it is in: its year,
    its title or form, its unit and its decision's own list."""
    award: Award
    key: tuple
    """Its order by name (`name_key`)."""
    cells: dict[str, Cell]
    """By column key (`AWARD_COLUMNS`)."""
    facets: tuple[tuple[str, str], ...]


# A list's parts for its index (a year, a title): label, first row, number of rows.
Groups = list[tuple[str, int, int]]


class Tables:
    """The tables of one Portal's pages; rows shared by several lists are made once."""

    def __init__(self, portal: Portal):
        self.portal = portal
        # Titles and forms with a page of their own: those awarded at least once.
        self.entry_pages = {award.entry.id for award in self.portal.awards()}
        # Each award's row, by decision and place in its list, made when a page first needs it:
        # the preview remakes one decision's page without making every award's row.
        self._award_rows: dict[tuple[str, int], AwardRow] = {}
        # Cells that many awards show alike are one object each: less memory, and the HTML of a
        # cell is escaped once (table_html.py).
        self._shared: dict[Any, Cell] = {}
        # Likewise the facets: a few hundred combinations among thousands of awards.
        self._facets: dict[tuple, tuple] = {}

    # --- orders and rows, each computed once ------------------------------------------------

    @cached_property
    def unit_ranks(self) -> dict[str, int]:
        units = sorted(self.portal.units.values(), key=lambda u: (text_key(u.name), u.id))
        return {unit.id: rank for rank, unit in enumerate(units)}

    @cached_property
    def entry_ranks(self) -> dict[str, int]:
        """Titles and forms in Vietnamese order of their names."""
        entries = sorted(self.portal.catalogue.values(), key=lambda e: (text_key(e.name), e.id))
        return {entry.id: rank for rank, entry in enumerate(entries)}

    def _cell(self, key: Any, make: Callable[[], Cell]) -> Cell:
        found = self._shared.get(key)
        if found is None:
            found = self._shared[key] = make()
        return found

    def award_row(self, award: Award) -> AwardRow:
        found = self._award_rows.get((award.decision.id, award.position))
        if found is not None:
            return found
        recipient, decision, entry = award.recipient, award.decision, award.entry
        unit = self.portal.units.get(recipient.unit) if recipient.unit else None
        level = labels.LEVEL[decision.level]
        decision_url = item_page_url(record_url("decision", decision.id), award.position, len(decision.recipients))
        cell = self._cell
        key = name_key(recipient)
        cells = {
            "ho_ten": Cell(display_name(recipient), sort=key),
            "chuc_vu": cell(("position", recipient.position), lambda: Cell(recipient.position or "")),
            "don_vi": cell(("unit", recipient.unit), lambda: Cell(
                unit.name, url=record_url("unit", unit.id), sort=self.unit_ranks[unit.id])
                if unit else Cell("", sort=-1)),
            "danh_hieu": cell(("entry", entry.id), lambda: Cell(
                entry.name, sort=self.entry_ranks[entry.id],
                url=f"{SECTIONS['awards']}/{entry.id}/" if entry.id in self.entry_pages else None)),
            "cap": cell(("level", level), lambda: Cell(level)),
            "quyet_dinh": Cell(decision.number, url=f"{decision_url}#muc-{award.position}"),
            "ngay_ky": cell(("date", decision.signed), lambda: date_cell(decision.signed)),
            # In a list of awards, only what changed is marked: a badge on every row would hide it.
            "trang_thai": cell(("status", award.status), lambda: Cell(
                labels.DECISION_STATUS[award.status],
                badge=None if award.status == "co_hieu_luc" else award.status)),
        }
        facets = (("nam", str(decision.signed.year)), ("danh-hieu", entry.name), ("cap", level),
                  ("don-vi", unit.name if unit else "Không ghi đơn vị"))
        facets = self._facets.setdefault(facets, facets)
        row = self._award_rows[decision.id, award.position] = AwardRow(award, key, cells, facets)
        return row

    # --- decisions ---------------------------------------------------------------------------

    def decisions(self, table_id: str, caption: str, decisions: list[Decision],
                  anchors: dict[int, str] | None = None) -> Table:
        """`anchors`: the HTML id of some rows, by index (where a list's index leads)."""
        columns = (Column("so_ky_hieu", "Số ký hiệu"), Column("ngay_ky", "Ngày ký", sortable=True),
                   Column("trich_yeu", "Trích yếu"), Column("cap", "Cấp"), COUNT, STATUS)
        rows = []
        for index, decision in enumerate(decisions):
            status = decision_status(self.portal, decision)
            rows.append(Row(decision.id, (
                Cell(decision.number, url=record_url("decision", decision.id)),
                date_cell(decision.signed),
                Cell(decision.summary),
                Cell(labels.LEVEL[decision.level]),
                number_cell(len(decision.recipients)),
                Cell(status["label"], badge=status["code"]),
            ), anchor=(anchors or {}).get(index)))
        return Table(table_id, caption, columns, tuple(rows))

    def recipients(self, decision: Decision) -> Table:
        """The decision's own list, in its order; an award decision's rows share the cells of
        the award lists."""
        changed = any(r.status != "co_hieu_luc" for r in decision.recipients)
        columns = (Column("stt", "STT"), NAME, POSITION, UNIT, AWARD, Column("thanh_tich", "Thành tích"),
                   *([STATUS] if changed else []))
        awarded = decision.decision_kind == "khen_thuong"
        rows = []
        for number, recipient in enumerate(decision.recipients, start=1):
            if awarded:
                entry = self.portal.catalogue_entry(recipient.award)
                assert entry is not None, "references are resolved before pages are built"
                cells = self.award_row(Award(decision, recipient, entry, number)).cells
                person = (cells["ho_ten"], cells["chuc_vu"], cells["don_vi"], cells["danh_hieu"])
            else:
                person = self._person(recipient_view(self.portal, recipient))
            rows.append(Row(f"{decision.id}/{number}", (
                number_cell(number), *person, Cell(recipient.achievement or ""),
                *([self._recipient_status(recipient)] if changed else []),
            ), anchor=f"muc-{number}"))
        return Table("danh-sach", f"Danh sách theo Quyết định số {decision.number}", columns, tuple(rows))

    def _recipient_status(self, recipient: Recipient) -> Cell:
        by = self.portal.decisions.get(recipient.changed_by) if recipient.changed_by else None
        note = recipient.status_note or ""
        # Only the entries that changed are marked, as in the lists of awards.
        badge = None if recipient.status == "co_hieu_luc" else recipient.status
        return Cell(labels.DECISION_STATUS[recipient.status], badge=badge, links=(
            (Link(f"theo Quyết định số {by.number}" + (f": {note}" if note else ""), record_url("decision", by.id)),)
            if by else ()))

    def nominees(self, consultation: Consultation) -> Table:
        columns = (Column("stt", "STT"), NAME, POSITION, UNIT, Column("de_nghi", "Đề nghị", sortable=True),
                   Column("thanh_tich", "Thành tích"))
        rows = []
        for number, nominee in enumerate(consultation.nominees, start=1):
            view = recipient_view(self.portal, nominee)
            rows.append(Row(f"{consultation.id}/{number}", (
                number_cell(number), *self._person(view), Cell(view["achievement"]),
            ), anchor=f"muc-{number}"))
        return Table("danh-sach", "Danh sách đề nghị khen thưởng lấy ý kiến Nhân dân", columns, tuple(rows))

    def _person(self, view: dict[str, Any]) -> tuple[Cell, ...]:
        unit = view["unit"]
        return (
            Cell(view["name"], sort=view["sort_key"]),
            Cell(view["position"]),
            Cell(unit.name, url=record_url("unit", unit.id), sort=text_key(unit.name))
            if unit else Cell("", sort=text_key("")),
            Cell(view["award"], sort=text_key(view["award"]),
                 url=f"{SECTIONS['awards']}/{view['entry'].id}/" if view["entry"].id in self.entry_pages else None),
        )

    # --- awards of a year, a title or form, a unit -------------------------------------------

    @cached_property
    def _award_lists(self) -> dict[str, dict[Any, list[AwardRow]]]:
        """The rows of every award list, each in its order: a year's by title or form, then by name;
        a title's newest first, then by name."""
        by: dict[str, dict[Any, list[AwardRow]]] = {"year": {}, "entry": {}}
        for award in self.portal.awards():
            row = self.award_row(award)
            by["year"].setdefault(award.decision.signed.year, []).append(row)
            by["entry"].setdefault(award.entry.id, []).append(row)
        entry_ranks = self.entry_ranks
        for rows in by["year"].values():
            rows.sort(key=lambda r: (entry_ranks[r.award.entry.id], r.key))
        for rows in by["entry"].values():
            rows.sort(key=lambda r: (-r.award.decision.signed.toordinal(), r.key))
        return by

    def year_awards(self) -> dict[int, list[AwardRow]]:
        return self._award_lists["year"]

    def entry_awards(self) -> dict[str, list[AwardRow]]:
        return self._award_lists["entry"]

    @cached_property
    def _awards_by_unit(self) -> dict[str, list[Award]]:
        return self.portal.awards_by_unit()

    def unit_awards(self, unit_id: str) -> list[AwardRow]:
        rows = [self.award_row(award) for award in self._awards_by_unit.get(unit_id, [])]
        return sorted(rows, key=lambda r: (-r.award.decision.signed.year, r.key))

    def awards(self, table_id: str, caption: str, rows: list[AwardRow], *, without: str | None = None,
               group: Callable[[AwardRow], tuple[str, str]] | None = None) -> tuple[Table, Groups]:
        """A list of awards in the order given, without the column `without` (the title on a title's
        own list). `group` names the part of the list a row belongs to (label, anchor): the first row
        of each part carries the anchor, and the parts are returned for the list's index."""
        changed = any(row.award.status != "co_hieu_luc" for row in rows)
        columns = tuple(c for c in AWARD_COLUMNS if c.key != without and (changed or c is not STATUS))
        cells_of = itemgetter(*(column.key for column in columns))
        groups: Groups = []
        table_rows = []
        for index, row in enumerate(rows):
            anchor = None
            if group is not None:
                label, part = group(row)
                if not groups or groups[-1][0] != label:
                    groups.append((label, index, 0))
                    anchor = part
                groups[-1] = (label, groups[-1][1], groups[-1][2] + 1)
            award = row.award
            table_rows.append(Row(f"{award.decision.id}/{award.position}", cells_of(row.cells),
                                  anchor=anchor, facets=row.facets))
        # A list cut into pages is filtered by its index, not in the page: a filter would see one page.
        offered = (facets(table_rows, AWARD_FACETS, {
            "nam": lambda year: -int(year), "danh-hieu": text_key, "don-vi": text_key,
            "cap": lambda level: list(labels.LEVEL.values()).index(level)})
            if page_count(len(table_rows)) == 1 else ())
        return Table(table_id, caption, columns, tuple(table_rows), offered), groups

    # --- plans ---------------------------------------------------------------------------------

    def targets(self, table_id: str, caption: str, target_rows: list[dict[str, Any]], full: bool) -> Table:
        columns = (Column("chi_tieu", "Chỉ tiêu"), Column("muc_tieu", "Mục tiêu"),
                   Column("ket_qua_moi_nhat", "Kết quả mới nhất"), Column("danh_gia", "Đánh giá"),
                   *([Column("cac_ky", "Các kỳ")] if full else []))
        rows = []
        for row in target_rows:
            target, latest, met = row["target"], row["latest"], row["met"]
            result = (Cell(f"{format_number(latest.value)} {target.measure} ({latest.period})", value=latest.value)
                      if latest else Cell("Chưa có số liệu"))
            verdict = Cell("—") if met is None else Cell("Đạt", badge="hoan_thanh") if met else Cell(
                "Chưa đạt", badge="dang_thuc_hien")
            history = "; ".join(f"{a.period}: {format_number(a.value)} {target.measure}" for a in row["history"])
            rows.append(Row(target.id, (Cell(target.name), Cell(target.target), result, verdict,
                                        *([Cell(history)] if full else []))))
        return Table(table_id, caption, columns, tuple(rows))

    def tasks(self, table_id: str, caption: str, tasks: list[Task]) -> Table:
        columns = (Column("nhiem_vu", "Nhiệm vụ"), Column("chu_tri", "Chủ trì"), STATUS,
                   Column("ket_qua", "Kết quả"))
        rows = []
        for task in tasks:
            links = tuple(Link(item["title"], record_url(item["kind"], item["id"]))
                          for item in (task_link(self.portal, link) for link in task.links))
            rows.append(Row(task.id, (
                Cell(task.content), Cell(task.lead),
                Cell(labels.TASK_STATUS[task.status], badge=task.status),
                Cell(task.output or "", links=links),
            )))
        return Table(table_id, caption, columns, tuple(rows))

    # --- emulation blocks ------------------------------------------------------------------------

    def criteria(self, criteria: list[Criterion]) -> Table:
        columns = (Column("ma", "Mã"), Column("tieu_chi", "Tiêu chí"), Column("diem_toi_da", "Điểm tối đa"))
        rows = [Row(c.id, (Cell(c.id), Cell(c.name), number_cell(c.max_points))) for c in criteria]
        rows.append(Row("tong", (Cell("Tổng", header=True), Cell(""),
                                 number_cell(sum(c.max_points for c in criteria)))))
        return Table("tieu-chi", "Tiêu chí và điểm tối đa của giao ước thi đua", columns, tuple(rows))

    def ranking(self, block: EmulationBlock, ranking: list[dict[str, Any]]) -> Table:
        columns = (Column("hang", "Hạng", sortable=True), Column("don_vi", "Đơn vị", sortable=True),
                   Column("tu_cham", "Tự chấm"), Column("tham_dinh", "Thẩm định"),
                   Column("diem_thuong", "Điểm thưởng"), Column("diem_tru", "Điểm trừ"),
                   Column("tong_diem", "Tổng điểm", sortable=True), Column("ghi_chu", "Ghi chú"))
        rows = []
        for row in ranking:
            ranked: RankedSheet = row["ranked"]
            unit: Unit = row["unit"]
            note = " ".join(part for part in (row["explanation"], ranked.sheet.note or "") if part)
            rows.append(Row(unit.id, (
                Cell(f"{ranked.rank}" + (" (đồng hạng)" if ranked.tied_with else ""), value=ranked.rank),
                Cell(unit.name, url=record_url("unit", unit.id), sort=text_key(unit.name)),
                number_cell(ranked.self_total),
                number_cell(ranked.verified_total) if ranked.verified else Cell("Chưa thẩm định"),
                number_cell(ranked.sheet.bonus), number_cell(ranked.sheet.penalty),
                number_cell(ranked.total), Cell(note),
            )))
        return Table("xep-hang", f"Xếp hạng các đơn vị trong {block.name}", columns, tuple(rows))

    def scores(self, criteria: list[Criterion], ranking: list[dict[str, Any]]) -> Table:
        columns = (Column("tieu_chi", "Tiêu chí (tối đa)"),
                   *(Column(row["unit"].id, row["unit"].name) for row in ranking))
        rows = []
        for criterion in criteria:
            cells = [Cell(f"{criterion.name} ({format_number(criterion.max_points)})", header=True)]
            for row in ranking:
                sheet = row["ranked"].sheet
                own = sheet.self_scores.get(criterion.id)
                verified = (sheet.verified_scores or {}).get(criterion.id)
                cells.append(Cell(" / ".join("—" if v is None else format_number(v) for v in (own, verified))))
            rows.append(Row(criterion.id, tuple(cells)))
        return Table("diem-tieu-chi", "Điểm tự chấm và thẩm định theo tiêu chí", columns, tuple(rows))

    # --- counts ------------------------------------------------------------------------------------

    def counts(self, table_id: str, caption: str, label: str, counted: list[tuple[str, int]]) -> Table:
        columns = (Column("muc", label), COUNT)
        rows = [Row(name, (Cell(name), number_cell(count))) for name, count in counted]
        return Table(table_id, caption, columns, tuple(rows))

