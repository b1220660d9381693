"""The personal-data guard: stop the build when a data file or page would publish personal data.

Every text value of every record in `data/` and every page in `content/` is scanned with the
rules of `generator.domain.privacy`. The publishing office's own phone and e-mail (from
site_config.yml) are public by law and always allowed; anything else the law requires a record
to publish is listed on that record under `cong_khai_theo_luat` (docs/du-lieu-ca-nhan.md).
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

from generator.domain.keys import yaml_key
from generator.domain.privacy import Finding, find_personal_data, public_form
from generator.loading.errors import DataError, DataErrors, field_name
from generator.loading.located import Located
from generator.loading.site_config import load_site_config

GUIDE = "docs/du-lieu-ca-nhan.md"
EXCEPTIONS = yaml_key("public_by_law")


def check_records(root: Path, items: list[Located], office: frozenset[str]) -> list[DataError]:
    """Every piece of personal data in the records of one data file, with its place."""
    # The file's lines only place a finding, and most files have none.
    lines = cache(lambda: (root / items[0].file).read_text(encoding="utf-8-sig").splitlines())
    errors: list[DataError] = []
    for item in items:
        if isinstance(item.raw, dict):
            errors.extend(_check_record(item, office, lines))
    return errors


def check_pages(root: Path, office: frozenset[str]) -> list[DataError]:
    """Every piece of personal data in the hand-written pages of `content/`."""
    content = root / "content"
    errors: list[DataError] = []
    for page in sorted(content.rglob("*.md")) if content.is_dir() else []:
        errors.extend(_check_page(page, page.relative_to(root).as_posix(), office))
    return errors


def _check_record(item: Located, office: frozenset[str], lines: Callable[[], list[str]]) -> list[DataError]:
    exceptions = _exceptions(item.raw.get(EXCEPTIONS))
    if not exceptions and not any(_holds_findings(value) for key, value in item.raw.items() if key != EXCEPTIONS):
        return []
    allowed = office | {value for value, _ in exceptions}
    used: set[str] = set()
    errors = []
    for path, text in _texts(item.raw):
        if path[0] == EXCEPTIONS:
            continue
        for finding in _findings(text):
            if public_form(finding.text) in allowed:
                used.add(public_form(finding.text))
                continue
            start = item.source.line_of(item.base + path)
            errors.append(_error(item.file, _line_of(finding, lines(), start), field_name(item.base + path), finding))
    for value, index in exceptions:
        if value not in used:
            at = item.base + (EXCEPTIONS, index, yaml_key("value"))
            errors.append(
                DataError(
                    item.file, item.source.line_of(at), field_name(at),
                    "giá trị được phép công khai này không có trong hồ sơ",
                    "xóa mục này; ngoại lệ chỉ ghi cho đúng giá trị hồ sơ phải công bố",
                )
            )
    return errors


@lru_cache(maxsize=1 << 12)
def _findings(text: str) -> tuple[Finding, ...]:
    """The rules run once per distinct text: titles, units, achievements and statuses repeat
    across thousands of records."""
    return tuple(find_personal_data(text))


def _check_page(page: Path, relative: str, office: frozenset[str]) -> list[DataError]:
    try:
        text = page.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return []  # MkDocs reports the file itself; this guard only reads text.
    lines = text.splitlines()
    return [
        _error(relative, _line_of(finding, lines, 1), "", finding)
        for finding in find_personal_data(text)
        if public_form(finding.text) not in office
    ]


def _error(file: str, line: int, field: str, finding: Finding) -> DataError:
    return DataError(
        file,
        line,
        field,
        f"có {finding.label} ({finding.hint_of_value}), là dữ liệu cá nhân không được công bố "
        "theo Luật Bảo vệ dữ liệu cá nhân",
        f"xóa {finding.label} khỏi nội dung; chỉ khi pháp luật buộc công khai (ví dụ liên hệ của "
        f"cơ quan) mới ghi giá trị đó vào {EXCEPTIONS} của hồ sơ, xem {GUIDE}",
    )


def _line_of(finding: Finding, lines: list[str], start: int) -> int:
    """The line holding the finding: a long text starts on one line and goes on below it."""
    for number in range(start, len(lines) + 1):
        if finding.text in lines[number - 1]:
            return number
    return start


def _texts(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _texts(inner, path + (key,))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _texts(inner, path + (index,))


def _holds_findings(value: Any) -> bool:
    """Whether `_texts` would find anything: the same walk without the paths, which cost more
    than the rules themselves for the records (nearly all) that hold no personal data."""
    if isinstance(value, str):
        return bool(_findings(value))
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, list):
        return False
    for inner in value:
        if _holds_findings(inner):
            return True
    return False


def _exceptions(raw: Any) -> list[tuple[str, int]]:
    """The values a record may publish, as written under cong_khai_theo_luat (schema-checked elsewhere)."""
    if not isinstance(raw, list):
        return []
    return [
        (public_form(entry[yaml_key("value")]), index)
        for index, entry in enumerate(raw)
        if isinstance(entry, dict) and isinstance(entry.get(yaml_key("value")), str)
    ]


def office_contact(root: Path) -> frozenset[str]:
    """The office's phone and e-mail, public on every page by law; none when settings are broken
    (their errors are reported by the settings check)."""
    try:
        office = load_site_config(root).office
    except DataErrors:
        return frozenset()
    return frozenset({public_form(office.phone), public_form(office.email)})
