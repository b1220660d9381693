"""Publish to the office's own web server: a folder here, or `user@host:/path` over SSH."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.build import build_site
from generator.publishing.deploy import (
    DEFAULT_KEEP,
    DeployFailed,
    publish,
    rollback,
    target_for,
)
from generator.site.engine import quiet_engine_logging

HELP = "kiểm tra, tạo trang rồi xuất bản lên máy chủ của cơ quan (giữ bản cũ để quay lại)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", required=True, metavar="ĐÍCH",
                        help="thư mục gốc của trang trên máy này, hoặc nguoi-dung@may-chu:/duong/dan qua SSH")
    parser.add_argument("--rollback", action="store_true",
                        help="quay lại bản xuất bản trước (không tạo trang)")
    parser.add_argument("--keep", type=int, default=DEFAULT_KEEP, metavar="SỐ",
                        help=f"số bản cũ được giữ lại (mặc định {DEFAULT_KEEP})")
    parser.add_argument("--no-build", action="store_true",
                        help="xuất bản thư mục site/ đã tạo sẵn, không tạo lại")


def run(root: Path, args: argparse.Namespace) -> int:
    try:
        target = target_for(args.to)
        if args.rollback:
            outcome = rollback(target)
            print(f"Đã quay lại bản {outcome.release}; bản {outcome.previous} đã được gỡ bỏ.")
            return 0
        if args.keep < 0:
            raise DeployFailed(
                f"--keep {args.keep}: cần một số không âm (số bản cũ được giữ lại). "
                f"Cách sửa: ví dụ --keep {DEFAULT_KEEP}."
            )
        site = root / "site"
        if not args.no_build:
            quiet_engine_logging()
            build_site(root, site)
        outcome = publish(site, target, keep=args.keep)
    except DeployFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    if outcome.unchanged:
        print(f"Nội dung giống hệt bản đang chạy ({outcome.release}); không tạo bản mới.")
        return 0
    print(f"Đã xuất bản bản {outcome.release} tới {args.to}.")
    if outcome.removed:
        print(f"Đã xóa {len(outcome.removed)} bản cũ, giữ {args.keep} bản gần nhất.")
    if outcome.previous:
        print(f"Quay lại bản trước ({outcome.previous}): python -m generator deploy --to {args.to} --rollback")
    return 0
