"""Data that validates but cannot be true, once silently published, now reported.

- Text typed in a legacy font encoding (TCVN3, VNI) pasted into a UTF-8 file (data, content
  pages, site_config.yml): it reads as
  "NguyÔn V¨n §øc" on the portal. Same detector as the Excel importer (generator.domain.encodings).
- A date outside the years the portal can be about: `ngay_ky: 0001-01-01` or 2206 is a typing
  mistake, not a decision. The portal publishes the work of people's committees, founded in 1945.
- Units whose parents form a cycle (a → b → a): the unit tree has no root and pages that walk
  it would never end.
- Bidirectional-text controls (U+202A–U+202E, U+2066–U+2069) in any text: invisible, they make
  a reader see characters in another order than written ("Nguyễn Văn A\u202Egnp.exe" reads
  "Nguyễn Văn Aexe.png"), a way to make a published name or number say something else.
  Vietnamese never needs them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from generator.domain.encodings import legacy_encoding, legacy_word
from generator.domain.keys import yaml_key
from generator.domain.records import EARLIEST_DAY, LATEST_DAY
from generator.loading.errors import DataError, field_name
from generator.loading.located import Located
from generator.loading.site_config import CONFIG_FILE

# The first people's committees date from the August Revolution of 1945; nothing a ward
# publishes is older.
FIRST_YEAR = 1945
# Plans and embargoes may look a year ahead of the build, never further.
YEARS_AHEAD = 1
# The end of a period (a campaign to 2030, a unit active until, a feature shown "for good") may lie
# far ahead, but not past this year: 2100 is how an editor writes "no end".
LAST_END_YEAR = 2100
_END_KEYS = frozenset({yaml_key("end"), yaml_key("active_until")})
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def check_legacy_pages(root: Path) -> list[DataError]:
    """Legacy-encoded text in the hand-written pages of `content/` and in site_config.yml, by line."""
    files = sorted((root / "content").rglob("*.md")) if (root / "content").is_dir() else []
    errors: list[DataError] = []
    for path in [root / CONFIG_FILE, *files]:
        # A FIFO would block the read, a link could lead out of the project: their checks report them.
        if path.is_symlink() or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # the file's own check reports it
        relative = path.relative_to(root).as_posix()
        for number, line in enumerate(text.splitlines(), start=1):
            found = _legacy(line)
            if found:
                errors.append(_legacy_error(relative, number, "", *found))
            control = _BIDI_CONTROLS.search(line)
            if control:
                errors.append(_bidi_error(relative, number, "", control.group()))
    return errors


def check_plausibility(loaded: dict[str, list[Located]], today: date, root: Path) -> list[DataError]:
    """Legacy encodings, implausible dates and unit cycles in every loaded record of the project
    at `root`."""
    errors: list[DataError] = []
    years = range(FIRST_YEAR, today.year + YEARS_AHEAD + 1)
    end_years = range(FIRST_YEAR, LAST_END_YEAR + 1)
    file_lines: dict[str, list[str]] = {}
    for items in loaded.values():
        for item in items:
            # The data as written: a file that fails validation is still checked, in one walk.
            for path, value in _values(item.raw):
                if isinstance(value, str):
                    errors.extend(_legacy_text(item, path, value, root, file_lines))
                    control = _BIDI_CONTROLS.search(value)
                    if control:
                        errors.append(_bidi_error(item.file, item.source.line_of(item.base + path),
                                                  field_name(item.base + path), control.group()))
                    value = _written_date(value)
                allowed = end_years if path and path[-1] in _END_KEYS else years
                # A date the schema cannot hold at all (EARLIEST_DAY..LATEST_DAY) is told by the schema.
                if value is not None and EARLIEST_DAY <= value <= LATEST_DAY and value.year not in allowed:
                    errors.append(_implausible(item, path, value, allowed))
    errors.extend(_unit_cycles(loaded.get("don_vi", [])))
    return errors


@lru_cache(maxsize=1 << 12)
def _legacy(text: str) -> tuple[str, str] | None:
    word = legacy_word(text)
    return None if word is None else (legacy_encoding(text) or "", word)


def _legacy_text(item: Located, path: tuple, text: str, root: Path,
                 file_lines: dict[str, list[str]]) -> list[DataError]:
    found = _legacy(text)
    if not found:
        return []
    start = item.source.line_of(item.base + path)
    if item.file not in file_lines:
        try:
            file_lines[item.file] = (root / item.file).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError):
            file_lines[item.file] = []  # the file's own check reports it
    # A long text (a story under `noi_dung: |`) starts on the key's line and goes on below it:
    # the editor is sent to the line that holds the word.
    lines = file_lines[item.file]
    word = found[1]
    line = next((number for number in range(max(start, 1), len(lines) + 1) if word in lines[number - 1]), start)
    return [_legacy_error(item.file, line, field_name(item.base + path), *found)]


def _legacy_error(file: str, line: int, field: str, encoding: str, word: str) -> DataError:
    return DataError(
        file, line, field,
        f'chữ có vẻ gõ bằng bảng mã {encoding} cũ ("{word}"), sẽ hiện thành chữ lỗi trên trang',
        f"chuyển đoạn chữ sang Unicode bằng Unikey (Công cụ chuyển mã, nguồn {encoding}, đích "
        "Unicode) rồi dán lại",
    )


def _bidi_error(file: str, line: int, field: str, control: str) -> DataError:
    return DataError(
        file, line, field,
        f"có ký tự ẩn đổi hướng chữ (U+{ord(control):04X}), làm người đọc thấy chữ theo thứ tự khác với chữ đã ghi",
        "gõ lại đoạn chữ này (ký tự ẩn thường đến từ chữ dán từ nơi khác)",
    )


# A date written as text ("05/02/2026"), which the schema reads as a date.
_WRITTEN_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{1,4})")


def _written_date(text: str) -> date | None:
    match = _WRITTEN_DATE.fullmatch(text.strip()) if len(text) <= 12 else None
    if match is None:
        return None
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None  # the schema explains an impossible date


def _implausible(item: Located, path: tuple, day: date, years: range) -> DataError:
    return DataError(
        item.file, item.source.line_of(item.base + path), field_name(item.base + path),
        f"ngày {day.day:02d}/{day.month:02d}/{day.year:04d} nằm ngoài khoảng hợp lý "
        f"(từ năm {years.start} đến năm {years.stop - 1})",
        "kiểm tra lại năm: ngày viết dạng YYYY-MM-DD, ví dụ 2026-02-05",
    )


def _values(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Every text and date in raw data, with its path of keys; ASCII texts are no legacy text
    and no dd/mm/yyyy date is long, so only those worth a look are given."""
    if isinstance(value, str):
        if not value.isascii() or (len(value) <= 12 and "/" in value):
            yield path, value
    elif isinstance(value, date):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _values(inner, path + (key,))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _values(inner, path + (index,))


def _unit_cycles(units: list[Located]) -> Iterator[DataError]:
    parent_key = yaml_key("parent")
    by_id = {item.record.id: item for item in units if item.record is not None}
    reported: set[str] = set()
    for start in sorted(by_id):
        chain: list[str] = []
        current: str | None = start
        while current in by_id and current not in chain and current not in reported:
            chain.append(current)
            current = by_id[current].record.parent
        # A unit that is its own parent is told by the schema's check.
        if current in chain and len(chain) - chain.index(current) > 1:
            cycle = chain[chain.index(current):]
            reported.update(cycle)
            first = by_id[min(cycle)]
            ring = cycle[cycle.index(min(cycle)):] + cycle[:cycle.index(min(cycle))]
            yield DataError(
                first.file, first.source.line_of(first.base + (parent_key,)), parent_key,
                "các đơn vị cấp trên tạo thành vòng lặp (" + " → ".join(ring + [ring[0]]) + ")",
                "sửa don_vi_cap_tren của một đơn vị trong vòng để cây đơn vị có một gốc",
            )
        reported.update(chain)
