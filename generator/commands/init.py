from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.authoring.skeleton import PLACEHOLDER, SkeletonRefused, create_skeleton

HELP = "tạo bộ khung dữ liệu trống cho một phường, xã mới"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, metavar="THƯ_MỤC",
                        help="thư mục mới (chưa có hoặc trống) để tạo bộ khung")


def run(root: Path, args: argparse.Namespace) -> int:
    target = args.folder.resolve()
    try:
        made = create_skeleton(root, target)
    except SkeletonRefused as refusal:
        print(refusal, file=sys.stderr)
        return 1
    print(f"Đã tạo bộ khung trong {target}:")
    for name in made:
        print(f"  {name}")
    print(
        f"Việc tiếp theo: sửa các giá trị có chữ {PLACEHOLDER} trong site_config.yml, nhập dữ liệu vào data/, "
        "rồi chạy python -m generator check (xem docs/ap-dung-cho-phuong-xa-khac.md)."
    )
    return 0
