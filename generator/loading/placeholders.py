"""Places the skeleton made by `init` left to fill in: while one remains, nothing is built or deployed.

A placeholder is the marker followed by what to write ("SỬA: tên đầy đủ của Ủy ban nhân dân xã"),
in site_config.yml, a page of content/ or a data file. Each is an error of its own, at its line,
saying what to write, so that `check` lists them one by one; the instructions of the skeleton never
contain the marker, so that searching the files for it finds only what is left to do.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.loading.errors import DataError
from generator.loading.site_config import CONFIG_FILE

MARKER = "SỬA:"
_WHAT = re.compile(re.escape(MARKER) + r"\s*([^\"'\n]*)")
# The key a YAML line sets: "  ten: …" or "- ten: …".
_KEY = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*:")


def find_placeholders(root: Path) -> list[DataError]:
    """Every placeholder left in the project's settings, pages and data."""
    files = [root / CONFIG_FILE]
    for folder, pattern in (("content", "*.md"), ("data", "*.yml"), ("data", "*.yaml")):
        files += sorted((root / folder).rglob(pattern)) if (root / folder).is_dir() else []
    problems = []
    for path in files:
        if not path.is_file():
            continue
        shown = path.relative_to(root).as_posix()
        yaml_file = path.suffix in (".yml", ".yaml")
        # The keys above each line, by indentation, to name a nested one as `co_quan_dang_tai.ten`.
        keys: list[tuple[int, str]] = []
        try:
            text = path.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            continue  # the file's own check names it: not readable
        for number, line in enumerate(text.splitlines(), 1):
            if yaml_file and line.lstrip().startswith("#"):
                continue
            key = _KEY.match(line) if yaml_file else None
            if key:
                indent = key.start(1)
                keys = [(level, name) for level, name in keys if level < indent] + [(indent, key.group(1))]
            found = _WHAT.search(line)
            if found is None:
                continue
            what = found.group(1).strip().rstrip(".") or "nội dung của địa phương mình"
            field = ".".join(name for _, name in keys) if key else ""
            problems.append(DataError(
                shown, number, field, "chưa điền, còn chỗ đánh dấu của bộ khung",
                f"thay “{MARKER} …” bằng {what}",
            ))
    return problems
