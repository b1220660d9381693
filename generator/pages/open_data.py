"""The open-data page (every data set as JSON and CSV) and the search page."""

from __future__ import annotations

from functools import partial

from generator.domain import labels
from generator.domain.text import format_date, format_number
from generator.exports import jsonld, open_data
from generator.exports.table_data import Cell, Column, Link, Row, Table
from generator.kinds import SEARCH_INDEX_FOLDER, SECTIONS
from generator.pages.kit import Kit
from generator.pages.page import GeneratedPage


def open_data_page(kit: Kit) -> GeneratedPage:
    licence = kit.config.data_licence
    sets = open_data.datasets(kit.portal, licence.name, str(licence.url))
    updated = open_data.last_updated(sets)
    rows = [Row(d.name, (
        Cell(d.title), Cell(format_number(d.records), value=d.records),
        Cell(format_date(d.updated), value=d.updated) if d.updated else Cell("—", value=""),
        Cell("", links=tuple(Link(name.rsplit(".", 1)[1].upper(), f"{SECTIONS['data']}/{name}")
                             for name in d.files())),
    )) for d in sets]
    columns = (Column("loai_ho_so", "Loại hồ sơ"), Column("so_ban_ghi", "Số bản ghi"),
               Column("cap_nhat", "Cập nhật lần cuối"), Column("tep", "Tệp"))
    return kit.page(
        f"{SECTIONS['data']}/index.md", "open_data.html", "Dữ liệu mở",
        f"Tải toàn bộ dữ liệu thi đua, khen thưởng của {kit.config.organisation} (JSON, CSV), "
        f"theo giấy phép {licence.name}.",
        updated=updated,
        streamed=tuple((name, partial(d.write, name)) for d in sets for name in d.files()),
        table=Table("tep", "Các tệp dữ liệu mở", columns, tuple(rows)),
        updated_on=updated,
        licence=licence,
        jsonld=jsonld.script(jsonld.dataset(kit.config, sets, f"{SECTIONS['data']}/")),
    )


def search_page(kit: Kit) -> GeneratedPage:
    return kit.page(
        f"{SECTIONS['search']}/index.md", "search.html", "Tìm kiếm",
        "Tìm quyết định, người và tập thể được khen thưởng, điển hình, phong trào, đơn vị; gõ có dấu "
        "hay không dấu đều được.",
        groups=labels.SEARCH_GROUPS,
        index_folder=SEARCH_INDEX_FOLDER,
    )
