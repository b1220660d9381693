"""Live preview for editors: a saved record shows at once, every other page after a full build."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from generator.build import check_project
from generator.loading.loader import PortalLoader
from generator.serving.exposure import is_loopback
from generator.serving.server import make_server, watch
from generator.serving.session import PreviewSession

HELP = "xem trước trên máy, tự tải lại khi sửa dữ liệu"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dev-addr", default="127.0.0.1:8000",
                        help="địa chỉ:cổng (mặc định 127.0.0.1:8000, chỉ máy này xem được)")
    parser.add_argument("--cho-mang-xem", action="store_true",
                        help="cho phép --dev-addr không phải 127.0.0.1: máy khác trong mạng xem được bản nháp")


def _log(message: str) -> None:
    print(message, flush=True)


def run(root: Path, args: argparse.Namespace) -> int:
    host, _, port = args.dev_addr.rpartition(":")
    if not port.isdigit() or not 0 < int(port) < 65536:
        print(f"--dev-addr {args.dev_addr}: cần dạng địa_chỉ:cổng, cổng từ 1 đến 65535. Cách sửa: ví dụ "
              "--dev-addr 127.0.0.1:8000", file=sys.stderr)
        return 1
    if not is_loopback(host or "127.0.0.1"):
        if not args.cho_mang_xem:
            print(f"--dev-addr {args.dev_addr}: bản xem trước có bản nháp và hồ sơ chưa đến ngày công bố; mở ra "
                  "mạng thì máy khác xem được. Cách sửa: bỏ --dev-addr để chỉ máy này xem, hoặc thêm --cho-mang-xem "
                  "nếu thật sự cần cho máy khác xem", file=sys.stderr)
            return 1
        _log(f"CẢNH BÁO: bản xem trước mở ra mạng ở {args.dev_addr}: mọi máy trong mạng xem được bản nháp và hồ sơ "
             "chưa đến ngày công bố.")
    loader = PortalLoader()
    checked = check_project(root, loader)
    session = PreviewSession(root, checked.config, checked.portal, _log, loader)
    # A terminal's Ctrl+C and a service manager's SIGTERM both stop the preview cleanly.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        _log("Đang tạo bản xem trước…")
        if not session.first_build():
            return 1
        server = make_server(session, host or "127.0.0.1", int(port), checked.config.portal_name)
        observer = watch(session)
        _log(f"Xem trước tại http://{args.dev_addr}/ (Ctrl+C để dừng). Trang tự tải lại khi bạn lưu tệp.")
        _log(f"Sửa hồ sơ bằng biểu mẫu: http://{args.dev_addr}/quan-tri/")
        try:
            server.serve_forever()
        finally:
            observer.stop()
            observer.join()
            server.server_close()
    finally:
        session.stop()
    return 0
