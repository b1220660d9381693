"""The rows of a data table as HTML, written in Python.

An award table can hold thousands of rows; drawing each cell through a Jinja macro was the
largest cost of a build. The markup is the same as the `data_table` macro would give.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from markupsafe import Markup, escape

from generator.exports.table_data import Cell, Table


@lru_cache(maxsize=100_000)
def _escaped(text: str) -> str:
    # The same names, units, titles and dates fill the rows of many tables.
    return str(escape(text))


def badge(code: str, label: str) -> Markup:
    return Markup(f'<span class="tdkt-badge tdkt-badge--{_escaped(code)}">{_escaped(label)}</span>')


def cell_content(cell: Cell, root: str) -> str:
    """The cell's inner HTML. Links lead from the page through `root`, its way up to the site's
    root ("../../"): every table address is relative to the site's root."""
    shown = badge(cell.badge, cell.text) if cell.badge else _escaped(cell.text)
    if cell.url:
        shown = f'<a href="{root}{_escaped(cell.url)}">{shown}</a>'
    if not cell.links:
        return shown
    parts = [shown]
    for index, extra in enumerate(cell.links):
        if cell.text or index:
            parts.append(" " if cell.badge and index == 0 else "; ")
        parts.append(f'<a href="{root}{_escaped(extra.url)}">{_escaped(extra.text)}</a>')
    return "".join(parts)


def table_rows(table: Table, link: Callable[[str], str]) -> Markup:
    root = link("")
    root = "" if root in (".", "./") else root.rstrip("/") + "/"
    # Rows carry every facet; only those the table offers as filters are written, each as the
    # number of the row's option in that filter ("3 1": the third year, the first level), in the
    # filters' order: the values themselves were a quarter of a row's weight.
    numbers = [{value: str(number) for number, value in enumerate(facet.options, 1)} for facet in table.facets]
    lines = []
    for row, places in zip(table.rows, table.positions):
        parts = ["<tr"]
        if row.anchor:
            parts.append(f' id="{_escaped(row.anchor)}"')
        if numbers:
            values = dict(row.facets)
            picks = " ".join(options.get(values.get(facet.key), "0") for facet, options in zip(table.facets, numbers))
            parts.append(f' data-loc="{picks}"')
        parts.append(">")
        for cell, place in zip(row.cells, places):
            content = cell_content(cell, root)
            if cell.header:
                parts.append(f'<th scope="row">{content}</th>' if place is None
                             else f'<th scope="row" data-sort="{place}">{content}</th>')
            else:
                parts.append(f"<td>{content}</td>" if place is None else f'<td data-sort="{place}">{content}</td>')
        parts.append("</tr>")
        lines.append("".join(parts))
    return Markup("\n".join(lines))
