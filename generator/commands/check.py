from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.build import check_project
from generator.clock import build_date
from generator.loading.site_config import load_site_config
from generator.reporting import grouped_warnings, print_warnings
from generator.site.integrity import ToolMissing, check_site

HELP = "chỉ kiểm tra dữ liệu, không tạo trang"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--site", nargs="?", const="", default=None, metavar="THƯ_MỤC",
        help="kiểm tra trang đã tạo (mặc định site/): liên kết, mục neo, HTML hợp lệ (Nu Html Checker), "
             "tiêu đề, mô tả và địa chỉ chuẩn của mọi trang",
    )


def run(root: Path, args: argparse.Namespace) -> int:
    if args.site is not None:
        return _check_built_site(root, Path(args.site).resolve() if args.site else root / "site")
    portal = check_project(root).portal
    print(
        f"Dữ liệu hợp lệ: {len(portal.decisions)} quyết định, "
        f"{sum(len(d.recipients) for d in portal.decisions.values())} lượt khen thưởng, "
        f"{len(portal.examples)} điển hình, {len(portal.campaigns)} phong trào, "
        f"{len(portal.units)} đơn vị."
    )
    print_warnings(grouped_warnings(portal, build_date()), sys.stdout)
    return 0


def _check_built_site(root: Path, site: Path) -> int:
    if not (site / "index.html").is_file():
        print(f"Không tìm thấy trang đã tạo trong {site}. Chạy `python -m generator build` trước.", file=sys.stderr)
        return 1
    shown_as = site.relative_to(root).as_posix() if site.is_relative_to(root) else str(site)
    try:
        problems = check_site(site, str(load_site_config(root).base_url), shown_as)
    except ToolMissing as missing:
        print(f"Không kiểm tra được trang: {missing}.", file=sys.stderr)
        return 2
    pages = len(list(site.rglob("*.html")))
    if problems:
        print("\n".join(str(problem) for problem in sorted(problems)), file=sys.stderr)
        print(f"Tìm thấy {len(problems)} lỗi trên {pages} trang đã tạo.", file=sys.stderr)
        return 1
    print(f"Trang đã tạo hợp lệ: {pages} trang, không có liên kết hỏng, HTML hợp lệ, đủ tiêu đề, "
          "mô tả và địa chỉ chuẩn.")
    return 0
