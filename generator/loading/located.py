"""A record as the loader found it: validated (or not), with the file and line it came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator.domain.records import CatalogueEntry
from generator.domain.text import fold
from generator.loading.errors import DataError
from generator.loading.yaml_source import SourceMap

if TYPE_CHECKING:
    from generator.loading.privacy import Guard


@dataclass
class Located:
    """A validated record with the file and line it came from."""

    record: Any
    raw: Any
    file: str
    line: int
    source: SourceMap
    base: tuple


@dataclass
class FileLoad:
    """What one data file gives on its own: its records, and the problems found in it alone."""

    items: list[Located]
    errors: list[DataError]
    # Personal data found in its records, with the office contact (allowed everywhere) that
    # was allowed then: it comes from site_config.yml, which may change on its own.
    personal_data: tuple[Guard, list[DataError]]


def catalogue_by_name(located: dict[str, list[Located]]) -> dict[str, CatalogueEntry]:
    """The catalogue's valid entries by folded code, name and alias, as the checks look titles up."""
    catalogue: dict[str, CatalogueEntry] = {}
    for item in located["danh_muc/danh_hieu"]:
        if isinstance(item.record, CatalogueEntry):
            for name in (item.record.id, item.record.name, *item.record.aliases):
                catalogue[fold(name)] = item.record
    return catalogue
