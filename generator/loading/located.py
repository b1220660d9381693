"""A record as the loader found it: validated (or not), with the file and line it came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.loading.errors import DataError
from generator.loading.yaml_source import SourceMap


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
    personal_data: tuple[frozenset[str], list[DataError]]
