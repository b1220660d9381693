from __future__ import annotations

import argparse
from pathlib import Path

from generator.build import check_project

HELP = "chỉ kiểm tra dữ liệu, không tạo trang"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(root: Path, args: argparse.Namespace) -> int:
    portal = check_project(root).portal
    print(
        f"Dữ liệu hợp lệ: {len(portal.decisions)} quyết định, "
        f"{sum(len(d.recipients) for d in portal.decisions.values())} lượt khen thưởng, "
        f"{len(portal.examples)} điển hình, {len(portal.campaigns)} phong trào, "
        f"{len(portal.units)} đơn vị."
    )
    return 0
