"""`python -m generator <command>`: the editor's and CI's entry point."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from generator.build import BuildFailed, build_site, check_project, quiet_mkdocs_logging
from generator.loading.errors import DataErrors


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Tạo cổng thông tin thi đua, khen thưởng từ dữ liệu trong data/.",
    )
    parser.add_argument("--project", type=Path, default=Path("."),
                        help="thư mục dự án (chứa site_config.yml); mặc định là thư mục hiện tại")
    parser.add_argument("--debug", action="store_true", help="in chi tiết kỹ thuật khi có lỗi nội bộ")
    commands = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")

    build = commands.add_parser("build", help="kiểm tra dữ liệu rồi tạo trang web vào site/")
    build.add_argument("--site-dir", type=Path, default=None, help="thư mục đích (mặc định: site/)")

    commands.add_parser("check", help="chỉ kiểm tra dữ liệu, không tạo trang")

    serve = commands.add_parser("serve", help="xem trước trên máy, tự tải lại khi sửa dữ liệu")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="địa chỉ:cổng (mặc định 127.0.0.1:8000)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.project.resolve()
    try:
        if args.command == "check":
            checked = check_project(root)
            portal = checked.portal
            print(
                f"Dữ liệu hợp lệ: {len(portal.decisions)} quyết định, "
                f"{sum(len(d.recipients) for d in portal.decisions.values())} lượt khen thưởng, "
                f"{len(portal.examples)} điển hình, {len(portal.campaigns)} phong trào, "
                f"{len(portal.units)} đơn vị."
            )
            return 0
        if args.command == "build":
            quiet_mkdocs_logging()
            site_dir = args.site_dir.resolve() if args.site_dir else root / "site"
            build_site(root, site_dir)
            print(f"Đã tạo trang web trong {site_dir}.")
            return 0
        if args.command == "serve":
            from generator.serve import serve

            return serve(root, args.dev_addr)
    except DataErrors as problems:
        print(problems.report(), file=sys.stderr)
        return 1
    except BuildFailed as failure:
        print(f"{failure} Trang web đã xuất bản trước đó (nếu có) vẫn giữ nguyên.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        if args.debug:
            traceback.print_exc()
        else:
            print(
                "Lỗi nội bộ của công cụ (không phải lỗi dữ liệu). Trang web cũ vẫn giữ nguyên. "
                "Chạy lại với --debug để xem chi tiết và gửi cho nhóm kỹ thuật.",
                file=sys.stderr,
            )
        return 2
    return 0
