"""Live preview for editors: a saved record shows at once, every other page after a full build."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from generator.build import check_project
from generator.loading.loader import PortalLoader
from generator.serving.server import make_server, watch
from generator.serving.session import PreviewSession

HELP = "xem trước trên máy, tự tải lại khi sửa dữ liệu"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dev-addr", default="127.0.0.1:8000",
                        help="địa chỉ:cổng (mặc định 127.0.0.1:8000)")


def _log(message: str) -> None:
    print(message, flush=True)


def run(root: Path, args: argparse.Namespace) -> int:
    loader = PortalLoader()
    checked = check_project(root, loader)
    host, _, port = args.dev_addr.rpartition(":")
    session = PreviewSession(root, checked.config, checked.portal, _log, loader)
    # A terminal's Ctrl+C and a service manager's SIGTERM both stop the preview cleanly.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        _log("Đang tạo bản xem trước…")
        if not session.first_build():
            return 1
        server = make_server(session, host or "127.0.0.1", int(port))
        observer = watch(session)
        _log(f"Xem trước tại http://{args.dev_addr}/ (Ctrl+C để dừng). Trang tự tải lại khi bạn lưu tệp.")
        try:
            server.serve_forever()
        finally:
            observer.stop()
            observer.join()
            server.server_close()
    finally:
        session.stop()
    return 0
