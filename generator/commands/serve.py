"""Live preview for editors: MkDocs' server, rebuilding when data, settings or theme change."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import yaml
from mkdocs.commands.serve import serve as mkdocs_serve

from generator.build import check_project, quiet_mkdocs_logging
from generator.settings import load_site_config, mkdocs_settings

HELP = "xem trước trên máy, tự tải lại khi sửa dữ liệu"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dev-addr", default="127.0.0.1:8000",
                        help="địa chỉ:cổng (mặc định 127.0.0.1:8000)")


def run(root: Path, args: argparse.Namespace) -> int:
    check_project(root)
    quiet_mkdocs_logging(logging.INFO)
    # MkDocs' server reloads its configuration from a file on every rebuild, so the derived
    # configuration is written once to the project's cache folder (ignored by git).
    cache = root / ".cache"
    cache.mkdir(exist_ok=True)
    config_file = cache / "mkdocs-preview.yml"
    settings = mkdocs_settings(root, load_site_config(root), cache / "unused-site", preview=True)
    settings["dev_addr"] = args.dev_addr
    config_file.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"Xem trước tại http://{args.dev_addr}/ (Ctrl+C để dừng). Trang tự tải lại khi bạn lưu tệp.")
    mkdocs_serve(config_file=str(config_file), livereload=True)
    return 0
