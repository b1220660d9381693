"""Tables as plain data: built once from the Portal, laid out by the `data_table` macro of
theme/templates/_macros.html, and written as CSV and JSON by generator/exports/tables.py, so that a
download holds exactly what the table shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    """The column's name in JSON: Vietnamese without diacritics, like the keys of data/."""
    label: str
    sortable: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    url: str
    """Address relative to the site's root."""


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    """What the table shows, and what CSV holds."""
    value: Any = None
    """What JSON holds, when not the text: a number, an ISO date."""
    url: str | None = None
    """The text links there (relative to the site's root)."""
    badge: str | None = None
    """A status code: the text is shown as a badge of that status."""
    sort: Any = None
    """The key the column sorts by, when it is sortable and the text would sort wrongly."""
    header: bool = False
    """The cell names its row."""
    links: tuple[Link, ...] = ()
    """Further links shown after the text."""

    def plain(self) -> str:
        if not self.links:  # nearly every cell of a big download
            return self.text
        return "; ".join(part for part in (self.text, *(link.text for link in self.links)) if part)

    def data(self) -> Any:
        if self.value is not None:
            return self.value.isoformat() if isinstance(self.value, date) else self.value
        return self.plain()


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    """Stable across builds: the JSON row's "ma"."""
    cells: tuple[Cell, ...]
    anchor: str | None = None
    """The row's HTML id, for links to one person in a list."""
    facets: tuple[tuple[str, str], ...] = ()
    """The row's value for each facet of the table."""


@dataclass(frozen=True, slots=True)
class Facet:
    key: str
    label: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    id: str
    """Unique on its page; the name of its CSV and JSON files beside the page."""
    caption: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    facets: tuple[Facet, ...] = ()

    def __post_init__(self) -> None:
        for row in self.rows:
            assert len(row.cells) == len(self.columns), f"table {self.id}: row {row.id} has a wrong cell count"

    @cached_property
    def positions(self) -> tuple[tuple[int | None, ...], ...]:
        """For each row, its place in each sortable column's order (None for other columns).

        Computed when the table is shown: a whole list that is only downloaded never needs it."""
        places: list[list[int | None]] = [[None] * len(self.columns) for _ in self.rows]
        for index, column in enumerate(self.columns):
            if column.sortable:
                order = sorted(range(len(self.rows)), key=lambda r: _sort_key(self.rows[r].cells[index]))
                for place, row in enumerate(order):
                    places[row][index] = place
        return tuple(tuple(p) for p in places)


def _sort_key(cell: Cell) -> Any:
    if cell.sort is not None:
        return cell.sort
    return cell.value if cell.value is not None else cell.text


def facets(rows: list[Row], labels: dict[str, str], order: dict[str, Any] | None = None) -> tuple[Facet, ...]:
    """The facets worth offering: those whose rows hold more than one value, each value once, in
    `order` (a sort key per facet) or as text."""
    offered = []
    for key, label in labels.items():
        values = {value for row in rows for k, value in row.facets if k == key}
        if len(values) > 1:
            sort = (order or {}).get(key)
            offered.append(Facet(key, label, tuple(sorted(values, key=sort) if sort else sorted(values))))
    return tuple(offered)
