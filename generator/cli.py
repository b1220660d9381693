"""`python -m generator <command>`: the editor's and CI's entry point.

Editors never see a traceback for a problem in their files: data errors are listed and the
exit code is 1; anything else is an internal error (exit code 2), detailed with --debug.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from generator.commands import COMMANDS
from generator.loading.errors import DataErrors
from generator.site.engine import BuildFailed


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Tạo cổng thông tin thi đua, khen thưởng từ dữ liệu trong data/.",
    )
    parser.add_argument("--project", type=Path, default=Path("."),
                        help="thư mục dự án (chứa site_config.yml); mặc định là thư mục hiện tại")
    parser.add_argument("--debug", action="store_true", help="in chi tiết kỹ thuật khi có lỗi nội bộ")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")
    for name, command in COMMANDS.items():
        command.add_arguments(subparsers.add_parser(name, help=command.HELP, description=command.HELP))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.project.resolve()
    try:
        return COMMANDS[args.command].run(root, args)
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
