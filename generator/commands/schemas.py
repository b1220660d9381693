from __future__ import annotations

import argparse
from pathlib import Path

from generator.authoring.schemas import SCHEMAS_FOLDER, VSCODE_SETTINGS, write_schemas

HELP = "cập nhật JSON Schema trong schemas/ và cài đặt VS Code (gợi ý, kiểm tra khi gõ YAML)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(root: Path, args: argparse.Namespace) -> int:
    changed = write_schemas(root)
    if not changed:
        print(f"{SCHEMAS_FOLDER}/ và {VSCODE_SETTINGS} đã đúng, không có gì thay đổi.")
    for relative in changed:
        print(f"Đã cập nhật {relative}")
    return 0
