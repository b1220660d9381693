"""The personal-data guard: stop the build when anything it publishes would hold personal data.

Everything a reader or a machine can get is scanned with the rules of `generator.domain.privacy`:
every text value of every record in `data/` (codes and `ma_nguoi` included), the names of the
files under `data/` and `content/`, every page in `content/` with its front matter,
`site_config.yml`, the text layers of the PDFs and the SVG drawings (the logo among them) under
`data/` and `content/`. PDF and photo metadata is removed from every published copy
(generator/exports/clean_files.py), so it is not refused here. The publishing office's own
contact (site_config.yml) is public by law and always allowed; anything else the law requires a
record to publish is listed on that record under `cong_khai_theo_luat` (docs/du-lieu-ca-nhan.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

from generator.clock import build_date
from generator.domain.keys import yaml_key
from generator.domain.privacy import Finding, find_personal_data, is_allowed, public_form
from generator.loading.embedded_text import DRAWING_SUFFIXES, PDF_SUFFIXES, embedded_texts
from generator.loading.errors import DataError, DataErrors, field_name
from generator.loading.located import Located
from generator.loading.site_config import CONFIG_FILE, load_site_config
from generator.loading.yaml_source import parse_yaml

GUIDE = "docs/du-lieu-ca-nhan.md"
EXCEPTIONS = yaml_key("public_by_law")
# The address of a unit is an organisation's office, public by nature; a home address written
# in it is still caught by every other rule (a phone, a name of a person's home is not a unit).
_OFFICE_ADDRESS_FIELD = yaml_key("address")
_OFFICE = yaml_key("office")


@dataclass(frozen=True)
class Guard:
    """What every check compares with: the office contact allowed everywhere, and the build year
    (a birth date a century before it is history)."""

    office: frozenset[str]
    year: int


def office_contact(root: Path) -> Guard:
    """The office's phone, e-mail and address, public on every page by law; none when settings
    are broken (their errors are reported by the settings check)."""
    year = build_date().year
    try:
        office = load_site_config(root).office
    except DataErrors:
        return Guard(frozenset(), year)
    # What the rules find in the office's own address ("số 12 ngõ 34 …") is public too.
    address = {public_form(finding.text) for finding in find_personal_data(office.address, year)}
    return Guard(frozenset({public_form(office.phone), public_form(office.email), *address}), year)


def check_records(root: Path, items: list[Located], guard: Guard) -> list[DataError]:
    """Every piece of personal data in the records of one data file, with its place."""
    # The file's lines only place a finding, and most files have none.
    lines = cache(lambda: (root / items[0].file).read_text(encoding="utf-8-sig").splitlines())
    errors: list[DataError] = []
    for item in items:
        if isinstance(item.raw, dict):
            errors.extend(_check_record(item, guard, lines))
    return errors


def check_pages(root: Path, guard: Guard) -> list[DataError]:
    """Every piece of personal data in what is published besides records: the pages of
    `content/`, site_config.yml, the names of files, and the text inside PDFs and images."""
    errors = _check_settings(root, guard)
    for folder in ("data", "content"):
        for path, relative in _files(root / folder, folder):
            errors.extend(_check_name(relative, guard))
            if folder == "content" and path.suffix == ".md":
                errors.extend(_check_page(path, relative, guard))
            elif path.suffix.lower() in PDF_SUFFIXES + DRAWING_SUFFIXES:
                errors.extend(_check_embedded(path, relative, guard))
    logo = _logo(root)
    if logo is not None and not logo.startswith(("data/", "content/")):
        errors.extend(_check_embedded(root / logo, logo, guard))
    return errors


def _logo(root: Path) -> str | None:
    """The logo's path in the project (on every page); none when the settings are broken (their
    check reports them) or the logo is outside the project (the published files' check does)."""
    try:
        logo = load_site_config(root).logo
    except DataErrors:
        return None
    if not logo:
        return None
    path = (root / logo).resolve()
    if not path.is_file() or not path.is_relative_to(root.resolve()):
        return None
    return path.relative_to(root.resolve()).as_posix()


def _files(folder: Path, name: str) -> Iterator[tuple[Path, str]]:
    """The regular files under `folder`, sorted, without following links out of it (the loader
    and the checks of attachments report links and special files)."""
    if not folder.is_dir():
        return
    for directory, folders, files in os.walk(folder):
        folders.sort()
        here = Path(directory)
        for file in sorted(files):
            path = here / file
            if not file.startswith(".") and path.is_file() and not path.is_symlink():
                yield path, f"{name}/{path.relative_to(folder).as_posix()}"


def _check_record(item: Located, guard: Guard, lines: Callable[[], list[str]]) -> list[DataError]:
    exceptions = _exceptions(item.raw.get(EXCEPTIONS))
    if not exceptions and not any(
        _holds_findings(value, guard.year) for key, value in item.raw.items() if key != EXCEPTIONS
    ):
        return []
    allowed = guard.office | {value for value, _ in exceptions}
    used: set[str] = set()
    errors = []
    for path, text in _texts(item.raw):
        if path[0] == EXCEPTIONS:
            continue
        for finding in _findings(text, guard.year):
            if finding.kind == "address" and path[-1] == _OFFICE_ADDRESS_FIELD:
                continue
            allowed_by = is_allowed(finding, allowed)
            if allowed_by is not None:
                used.add(allowed_by)
                continue
            start = item.source.line_of(item.base + path)
            errors.append(_error(item.file, _line_of(finding, lines(), start, guard.year),
                                 field_name(item.base + path), finding))
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
def _findings(text: str, year: int) -> tuple[Finding, ...]:
    """The rules run once per distinct text: titles, units, achievements and statuses repeat
    across thousands of records."""
    return tuple(find_personal_data(text, year))


def _check_page(page: Path, relative: str, guard: Guard) -> list[DataError]:
    try:
        text = page.read_text(encoding="utf-8-sig")
    except (UnicodeDecodeError, OSError):
        return []  # The page's own check reports the file itself; this guard only reads text.
    lines = text.splitlines()
    return [
        _error(relative, _line_of(finding, lines, 1, guard.year), "", finding)
        for finding in find_personal_data(text, guard.year)
        if is_allowed(finding, guard.office) is None
    ]


def _check_settings(root: Path, guard: Guard) -> list[DataError]:
    """site_config.yml is on every page (footer, contact, metadata): only the office's own
    contact may be personal-looking there."""
    if not (root / CONFIG_FILE).is_file():
        return []  # The settings check reports a missing file or one that is not a regular file.
    try:
        text = (root / CONFIG_FILE).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []  # The settings check reports a missing or unreadable file.
    document, _ = parse_yaml(text, CONFIG_FILE)
    if document is None:
        return []
    lines = text.splitlines()
    errors = []
    for path, value in _texts(document.data):
        if path[:1] == (_OFFICE,):
            # The office's own contact, public by law; allowed by the guard unless the settings are
            # broken, which their own check reports.
            continue
        for finding in _findings(value, guard.year):
            if is_allowed(finding, guard.office) is None:
                start = document.source.line_of(path)
                errors.append(
                    DataError(
                        CONFIG_FILE, _line_of(finding, lines, start, guard.year), field_name(path),
                        _what(finding),
                        f"xóa {finding.label} khỏi {CONFIG_FILE}; ở đây chỉ điện thoại, thư điện tử và địa "
                        f"chỉ của cơ quan đăng tải (co_quan_dang_tai) được công bố, xem {GUIDE}",
                    )
                )
    return errors


def _check_name(relative: str, guard: Guard) -> list[DataError]:
    """A file's name is in the address of the page or download that publishes it."""
    return [
        DataError(
            relative, 1, "tên tệp", _what(finding),
            f"đổi tên tệp để tên không còn {finding.label} (và sửa các hồ sơ dẫn tới tệp này), xem {GUIDE}",
        )
        for finding in _findings(relative.replace("/", " / "), guard.year)
        if is_allowed(finding, guard.office) is None
    ]


# PDFs and images read once per process for each state of the file: `serve` checks again after
# every edit, and a PDF's text layer takes longer to read than a data file.
_embedded: dict[tuple[str, int, int, Guard], list[DataError]] = {}


def _check_embedded(path: Path, relative: str, guard: Guard) -> list[DataError]:
    status = path.stat()
    key = (str(path), status.st_size, status.st_mtime_ns, guard)
    if key not in _embedded:
        errors = []
        for piece in embedded_texts(path):
            lines = piece.text.splitlines()
            for finding in _findings(piece.text, guard.year):
                if is_allowed(finding, guard.office) is not None:
                    continue
                line = _line_of(finding, lines, 1, guard.year)
                if path.suffix.lower() in PDF_SUFFIXES:
                    # The page is the place; the line inside the page helps find it on screen.
                    errors.append(DataError(
                        relative, piece.page, f"{piece.place}, dòng {line}", _what(finding),
                        f"che (bôi đen) {finding.label} trong văn bản gốc rồi xuất lại tệp PDF; bản đăng công "
                        f"khai chỉ giữ thông tin được phép công bố, xem {GUIDE}"))
                else:
                    # A drawing is a text file: its line is the place.
                    errors.append(DataError(
                        relative, line, "", _what(finding),
                        f"xóa {finding.label} khỏi tệp SVG (tiêu đề, mô tả, siêu dữ liệu hay chữ trong hình), "
                        f"xem {GUIDE}"))
        _embedded[key] = errors
    return _embedded[key]


def _what(finding: Finding) -> str:
    if finding.rule.sensitive:
        return (f"có {finding.label} ({finding.hint_of_value}), là dữ liệu cá nhân nhạy cảm không được công bố "
                "theo Luật Bảo vệ dữ liệu cá nhân khi không có căn cứ pháp lý")
    return (f"có {finding.label} ({finding.hint_of_value}), là dữ liệu cá nhân không được công bố "
            "theo Luật Bảo vệ dữ liệu cá nhân")


def _error(file: str, line: int, field: str, finding: Finding) -> DataError:
    if finding.rule.sensitive:
        hint = (f"xóa {finding.label} khỏi nội dung; chỉ khi pháp luật buộc hoặc cho phép công khai mới ghi "
                f"đúng cụm từ đó vào {EXCEPTIONS} của hồ sơ, kèm căn cứ (can_cu), xem {GUIDE}")
    else:
        hint = (f"xóa {finding.label} khỏi nội dung; chỉ khi pháp luật buộc công khai (ví dụ liên hệ của "
                f"cơ quan) mới ghi giá trị đó vào {EXCEPTIONS} của hồ sơ, xem {GUIDE}")
    return DataError(file, line, field, _what(finding), hint, grouped=True)


def _line_of(finding: Finding, lines: list[str], start: int, year: int) -> int:
    """The line holding the finding: a long text starts on one line and goes on below it."""
    form = public_form(finding.text)
    for number in range(max(start, 1), len(lines) + 1):
        line = lines[number - 1]
        if finding.text in line or any(
            other.kind == finding.kind and public_form(other.text) == form for other in _findings(line, year)
        ):
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


def _holds_findings(value: Any, year: int) -> bool:
    """Whether `_texts` would find anything: the same walk without the paths, which cost more
    than the rules themselves for the records (nearly all) that hold no personal data."""
    if isinstance(value, str):
        return bool(_findings(value, year))
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, list):
        return False
    for inner in value:
        if _holds_findings(inner, year):
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
