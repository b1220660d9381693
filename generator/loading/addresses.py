"""No two pages may get the same address: a clash is an error, never a silent overwrite.

Record pages live at `/<section>/<code>/` and each section's list at `/<section>/`, so codes are
checked against the list page, and hand-written pages in `content/` against every address the
tool makes (the home page and all sections) and against each other.
"""

from __future__ import annotations

from pathlib import Path

from generator.domain.keys import yaml_key
from generator.kinds import PAGED_KINDS, SECTIONS, page_address, record_url
from generator.loading.errors import DataError
from generator.loading.located import Located

# The code a record would need to take its section's list page: `quyet-dinh/index.md`.
LIST_CODE = "index"


def check_addresses(root: Path, loaded: dict[str, list[Located]]) -> list[DataError]:
    errors: list[DataError] = []
    records: dict[str, Located] = {}
    for kind in PAGED_KINDS:
        for item in loaded.get(kind.folder, []):
            code = item.raw.get(yaml_key("id")) if isinstance(item.raw, dict) else None
            if not isinstance(code, str):
                continue
            address = record_url(kind.name, code)
            if code == LIST_CODE:
                errors.append(DataError(
                    item.file, item.source.line_of(item.base + (yaml_key("id"),)), yaml_key("id"),
                    f"mã {code} cho trang có địa chỉ /{address}, trùng với trang danh sách /{kind.section}/",
                    "đặt một mã khác cho hồ sơ này",
                ))
            records.setdefault(address, item)
    content = root / "content"
    pages: dict[str, str] = {}
    for path in sorted(content.rglob("*.md")) if content.is_dir() else []:
        relative = path.relative_to(root).as_posix()
        address = page_address(path.relative_to(content).as_posix())
        clash = _clash(address, records, pages)
        if clash:
            errors.append(DataError(
                relative, 1, "", f"trang này có địa chỉ /{address}, trùng với {clash}",
                "đổi tên tệp hoặc chuyển nó ra khỏi thư mục này; các địa chỉ "
                + ", ".join(f"/{s}/" for s in sorted(SECTIONS.values()))
                + " và trang chủ dành cho trang do công cụ tạo từ dữ liệu",
            ))
        pages.setdefault(address, relative)
    return errors


def _clash(address: str, records: dict[str, Located], pages: dict[str, str]) -> str | None:
    if address in pages:
        return f"trang {pages[address]}"
    if address in records:
        item = records[address]
        return f"hồ sơ trong {item.file}:{item.line}"
    if address == "":
        return "trang chủ do công cụ tạo"
    section = address.split("/")[0]
    if section in SECTIONS.values():
        return f"mục /{section}/ do công cụ tạo"
    return None
