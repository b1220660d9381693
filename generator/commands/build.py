from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.build import build_site
from generator.clock import build_date
from generator.reporting import ProgressBar, grouped_warnings, print_warnings, summary
from generator.site.engine import quiet_engine_logging
from generator.site.plugin import DEFAULT_MEMORY_MB

HELP = "kiểm tra dữ liệu rồi tạo trang web vào site/"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site-dir", type=Path, default=None, help="thư mục đích (mặc định: site/)")
    parser.add_argument("--bo-nho", type=int, default=DEFAULT_MEMORY_MB, metavar="MB",
                        help="bộ nhớ tối đa được dùng, tính bằng MB; nhiều hơn thì tạo trang trên nhiều lõi "
                             f"CPU hơn khi dữ liệu lớn (mặc định {DEFAULT_MEMORY_MB})")


def run(root: Path, args: argparse.Namespace) -> int:
    quiet_engine_logging()
    site_dir = args.site_dir.resolve() if args.site_dir else root / "site"
    checked = build_site(root, site_dir, progress=ProgressBar(sys.stderr), memory_mb=args.bo_nho)
    today = build_date()
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    print(f"Đã tạo {pages} trang trong {site_dir}: {summary(checked.portal, today)}.")
    print_warnings(grouped_warnings(checked.portal, today), sys.stdout)
    return 0
