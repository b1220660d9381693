from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.authoring.skeleton import SkeletonRefused, create_skeleton
from generator.domain.locality import KIND_WORDS
from generator.loading.placeholders import MARKER

HELP = "tạo bộ khung cho một xã, phường hoặc đặc khu mới"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, metavar="THƯ_MỤC",
                        help="thư mục mới (chưa có hoặc trống) để tạo bộ khung")
    # Checked in run(), not by argparse's `choices`, so that a wrong value gets a message in
    # Vietnamese and the exit code of an editor's mistake (1).
    parser.add_argument("--loai", metavar="LOẠI", default=None,
                        help="loại đơn vị hành chính: xa, phuong hoặc dac_khu")


def run(root: Path, args: argparse.Namespace) -> int:
    if args.loai not in KIND_WORDS:
        given = f"nhận được “{args.loai}”" if args.loai else "chưa ghi"
        print(f"--loai: {given}. Cách sửa: ghi --loai xa, --loai phuong hoặc --loai dac_khu "
              f"(ví dụ python -m generator init ../thi-dua-xa-moi --loai xa).", file=sys.stderr)
        return 1
    target = args.folder.resolve()
    try:
        made = create_skeleton(root, target, args.loai)
    except SkeletonRefused as refusal:
        print(refusal, file=sys.stderr)
        return 1
    print(f"Đã tạo bộ khung cho {KIND_WORDS[args.loai]} mới trong {target}:")
    for name in made:
        print(f"  {name}")
    print(
        f"Việc tiếp theo: chạy python -m generator --project {args.folder} check; lệnh liệt kê từng chỗ "
        f"còn đánh dấu {MARKER} (tệp, dòng, điền gì). Trang chỉ được tạo khi đã điền hết "
        "(xem docs/ap-dung-cho-phuong-xa-khac.md)."
    )
    return 0
