"""The rows of a data table as HTML, written in Python.

An award table can hold thousands of rows; drawing each cell through a Jinja macro was the
largest cost of a build. The markup is the same as the `data_table` macro would give.
"""

from __future__ import annotations

from typing import Callable

from markupsafe import Markup, escape

from generator.site.tables import Cell, Table


def badge(code: str, label: str) -> Markup:
    return Markup(f'<span class="tdkt-badge tdkt-badge--{escape(code)}">{escape(label)}</span>')


def cell_content(cell: Cell, link: Callable[[str], str]) -> str:
    shown = badge(cell.badge, cell.text) if cell.badge else escape(cell.text)
    parts = [f'<a href="{escape(link(cell.url))}">{shown}</a>' if cell.url else str(shown)]
    for index, extra in enumerate(cell.links):
        if cell.text or index:
            parts.append(" " if cell.badge and index == 0 else "; ")
        parts.append(f'<a href="{escape(link(extra.url))}">{escape(extra.text)}</a>')
    return "".join(parts)


def table_rows(table: Table, link: Callable[[str], str]) -> Markup:
    lines = []
    for row, cells in table.laid_out():
        attributes = f' id="{escape(row.anchor)}"' if row.anchor else ""
        attributes += "".join(f' data-loc-{escape(key)}="{escape(value)}"' for key, value in row.facets)
        tds = []
        for cell, place in cells:
            tag = "th" if cell.header else "td"
            scope = ' scope="row"' if cell.header else ""
            sort = f' data-sort="{place}"' if place is not None else ""
            tds.append(f"<{tag}{scope}{sort}>{cell_content(cell, link)}</{tag}>")
        lines.append(f"<tr{attributes}>{''.join(tds)}</tr>")
    return Markup("\n".join(lines))
