"""Publish what was saved (in the form editor or by hand): check, build, commit naming the
records, then push (CI publishes) or deploy to the office's server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.build import build_site
from generator.publishing.changes import PublishFailed, changes, commit, push
from generator.publishing.deploy import DeployFailed, publish, target_for

HELP = "xuất bản các hồ sơ đã lưu: kiểm tra, tạo trang, ghi vào git (nêu tên hồ sơ) rồi gửi lên kho hoặc máy chủ"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", metavar="ĐÍCH", default=None,
                        help="xuất bản thẳng lên máy chủ của cơ quan như lệnh deploy (thư mục, hoặc "
                             "nguoi-dung@may-chu:/duong/dan qua SSH)")
    parser.add_argument("--khong-gui", action="store_true",
                        help="chỉ ghi vào git trên máy này, không gửi (git push) lên kho chung")


def run(root: Path, args: argparse.Namespace) -> int:
    try:
        found = changes(root)
        if not found:
            print("Không có hồ sơ nào thay đổi kể từ lần xuất bản trước: không có gì để xuất bản.")
            return 0
        # Data errors stop here (exit 1, the same messages as check), before anything is committed.
        build_site(root, root / "site")
        message = commit(root, found)
        print(f"Đã ghi vào git: {message.splitlines()[0]}")
        if args.to:
            outcome = publish(root / "site", target_for(args.to))
            print(f"Đã xuất bản bản {outcome.release} tới {args.to}.")
        elif not args.khong_gui:
            remote = push(root)
            print(f"Đã gửi lên kho chung ({remote}); CI kiểm tra rồi xuất bản trang." if remote else
                  "Kho này không có kho chung (git remote) để gửi lên: trang mới nằm trong site/.")
    except (PublishFailed, DeployFailed) as failure:
        print(failure, file=sys.stderr)
        return 1
    return 0
