"""The tables of the pages, built from the same views the pages use (generator/site/pages.py).

Each table is shown by the `data_table` macro and downloaded as CSV and JSON beside its page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.domain.portal import Award
from generator.domain.ranking import RankedSheet
from generator.domain.records import Consultation, Criterion, Decision, EmulationBlock, Task, Unit
from generator.domain.text import format_date, format_number, vietnamese_key
from generator.site import labels
from generator.site.sections import SECTIONS
from generator.site.tables import Cell, Column, Link, Row, Table, facets

if TYPE_CHECKING:
    from generator.site.pages import PageBuilder

NAME = Column("ho_ten", "Họ và tên / Tên tập thể", sortable=True)
POSITION = Column("chuc_vu", "Chức vụ")
UNIT = Column("don_vi", "Đơn vị", sortable=True)
AWARD = Column("danh_hieu", "Danh hiệu / Hình thức", sortable=True)
STATUS = Column("trang_thai", "Trạng thái")
COUNT = Column("so_luot", "Số lượt", sortable=True)

AWARD_FACETS = {"nam": "Năm", "danh-hieu": "Danh hiệu, hình thức", "cap": "Cấp", "don-vi": "Đơn vị"}


def url(kind: str, record_id: str) -> str:
    return f"{SECTIONS[kind]}/{record_id}/"


def number_cell(value: float) -> Cell:
    return Cell(format_number(value), value=value)


def date_cell(day) -> Cell:
    return Cell(format_date(day), value=day)


def text_key(text: str) -> Any:
    return vietnamese_key(text)


class TableBuilder:
    def __init__(self, pages: PageBuilder):
        self.pages = pages
        self.portal = pages.portal
        # Titles and forms with a page of their own: those awarded at least once.
        self.entry_pages = {award.entry.id for award in self.portal.awards()}

    # --- decisions ---------------------------------------------------------------------------

    def decisions(self, table_id: str, caption: str, decisions: list[Decision]) -> Table:
        columns = (Column("so_ky_hieu", "Số ký hiệu"), Column("ngay_ky", "Ngày ký", sortable=True),
                   Column("trich_yeu", "Trích yếu"), Column("cap", "Cấp"), COUNT, STATUS)
        rows = []
        for decision in decisions:
            status = self.pages.decision_status(decision)
            rows.append(Row(decision.id, (
                Cell(decision.number, url=url("decision", decision.id)),
                date_cell(decision.signed),
                Cell(decision.summary),
                Cell(labels.LEVEL[decision.level]),
                number_cell(len(decision.recipients)),
                Cell(status["label"], badge=status["code"]),
            )))
        return Table(table_id, caption, columns, tuple(rows))

    def recipients(self, decision: Decision) -> Table:
        views = [self.pages.recipient_view(r) for r in decision.recipients]
        changed = any(v["status"]["code"] != "co_hieu_luc" for v in views)
        columns = (Column("stt", "STT"), NAME, POSITION, UNIT, AWARD, Column("thanh_tich", "Thành tích"),
                   *([STATUS] if changed else []))
        rows = []
        for number, view in enumerate(views, start=1):
            status = view["status"]
            by = status["by"]
            status_cell = Cell(status["label"], badge=status["code"], links=(
                (Link(f"theo Quyết định số {by.number}" + (f": {status['note']}" if status["note"] else ""),
                      url("decision", by.id)),) if by else ()))
            rows.append(Row(f"{decision.id}/{number}", (
                number_cell(number), *self._person(view), Cell(view["achievement"]),
                *([status_cell] if changed else []),
            ), anchor=f"muc-{number}"))
        return Table("danh-sach", f"Danh sách theo Quyết định số {decision.number}", columns, tuple(rows))

    def nominees(self, consultation: Consultation) -> Table:
        columns = (Column("stt", "STT"), NAME, POSITION, UNIT, Column("de_nghi", "Đề nghị", sortable=True),
                   Column("thanh_tich", "Thành tích"))
        rows = []
        for number, nominee in enumerate(consultation.nominees, start=1):
            view = self.pages.recipient_view(nominee)
            rows.append(Row(f"{consultation.id}/{number}", (
                number_cell(number), *self._person(view), Cell(view["achievement"]),
            ), anchor=f"muc-{number}"))
        return Table("danh-sach", "Danh sách đề nghị khen thưởng lấy ý kiến Nhân dân", columns, tuple(rows))

    def _person(self, view: dict[str, Any]) -> tuple[Cell, ...]:
        unit = view["unit"]
        return (
            Cell(view["name"], sort=view["sort_key"]),
            Cell(view["position"]),
            Cell(unit.name, url=url("unit", unit.id), sort=text_key(unit.name)) if unit else Cell("", sort=text_key("")),
            Cell(view["award"], sort=text_key(view["award"]),
                 url=f"{SECTIONS['awards']}/{view['entry'].id}/" if view["entry"].id in self.entry_pages else None),
        )

    # --- awards of a year, a title or form, a unit -------------------------------------------

    def awards(self, table_id: str, caption: str, awards: list[Award]) -> Table:
        columns = (NAME, POSITION, UNIT, AWARD, Column("cap", "Cấp"), Column("quyet_dinh", "Quyết định"),
                   Column("ngay_ky", "Ngày ký", sortable=True), STATUS)
        rows = []
        for award in awards:
            view = self.pages.award_view(award)
            decision = award.decision
            unit = view["unit"]
            rows.append(Row(f"{decision.id}/{award.position}", (
                *self._person(view),
                Cell(labels.LEVEL[decision.level]),
                Cell(decision.number, url=url("decision", decision.id) + f"#muc-{award.position}"),
                date_cell(decision.signed),
                Cell(view["status"]["label"], badge=view["status"]["code"]),
            ), facets=(("nam", str(decision.signed.year)), ("danh-hieu", view["award"]),
                       ("cap", labels.LEVEL[decision.level]), ("don-vi", unit.name if unit else "Không ghi đơn vị"))))
        order = {"nam": lambda year: -int(year), "danh-hieu": text_key, "don-vi": text_key,
                 "cap": lambda level: list(labels.LEVEL.values()).index(level)}
        return Table(table_id, caption, columns, tuple(rows), facets(rows, AWARD_FACETS, order))

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
            links = tuple(Link(item["title"], url(item["kind"], item["id"]))
                          for item in (self.pages.task_link(link) for link in task.links))
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
                Cell(unit.name, url=url("unit", unit.id), sort=text_key(unit.name)),
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

