from __future__ import annotations

import argparse
from pathlib import Path

from generator.build import build_site, quiet_mkdocs_logging

HELP = "kiểm tra dữ liệu rồi tạo trang web vào site/"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site-dir", type=Path, default=None, help="thư mục đích (mặc định: site/)")


def run(root: Path, args: argparse.Namespace) -> int:
    quiet_mkdocs_logging()
    site_dir = args.site_dir.resolve() if args.site_dir else root / "site"
    build_site(root, site_dir)
    print(f"Đã tạo trang web trong {site_dir}.")
    return 0
