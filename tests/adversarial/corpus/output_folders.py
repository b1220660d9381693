"""`build --site-dir` and `deploy --to` never replace the project, its editors' folders, or files the tool did not make."""

from __future__ import annotations

import os
from pathlib import Path

from tests.adversarial.case import Case

CATEGORY = "output-folders"
CHOOSE = ("Cách sửa: bỏ tùy chọn để dùng thư mục mặc định, hoặc chọn một thư mục trống hay chưa có, ngoài "
          "data/, content/, theme/")
GIT = {".git/HEAD": "ref: refs/heads/main\n", ".git/config": "[core]\n\tbare = false\n"}
MARKER = ".thi-dua-site"


def project(option: str, shown: str) -> str:
    return (f"{option} {shown}: đây là thư mục dự án (chứa data/, content/, site_config.yml); ghi trang web vào "
            f"đây sẽ xóa cả dự án. {CHOOSE}")


def ancestor(option: str, shown: str) -> str:
    return f"{option} {shown}: thư mục này chứa thư mục dự án; ghi trang web vào đây sẽ xóa cả dự án. {CHOOSE}"


def inside(option: str, shown: str, name: str) -> str:
    return (f"{option} {shown}: thư mục này nằm trong {name}/ của dự án; ghi trang web vào đây sẽ xóa hoặc trộn "
            f"lẫn các tệp của {name}/. {CHOOSE}")


def not_a_build(shown: str) -> str:
    return (f"--site-dir {shown}: thư mục đã có tệp và không phải trang web do công cụ này tạo (không có tệp đánh "
            f"dấu {MARKER}); tạo trang vào đây sẽ xóa các tệp đó. {CHOOSE}; hoặc tự chuyển các tệp trong thư mục "
            "đó đi nơi khác")


def refused(name: str, args: list[str], message: str, files: dict | None = None, setup=None) -> Case:
    return Case(name, CATEGORY, files=files or {}, command=args, expect_exit=1, expect_message=message,
                project_unchanged=True, setup=setup)


def link(name: str, target: str):
    def make(root: Path) -> None:
        os.symlink(target, root / name)
    return make


def previous_build(folder: str, marker: bool):
    def make(root: Path) -> None:
        site = root / folder
        site.mkdir(parents=True, exist_ok=True)
        (site / "index.html").write_text("<p>BẢN-CŨ-ĐÃ-THAY</p>", encoding="utf-8")
        if marker:
            (site / MARKER).write_text("", encoding="utf-8")
    return make


CASES = [
    refused("build-into-project", ["build", "--site-dir", "."], project("--site-dir", ".")),
    refused("build-into-project-absolute-dotdot", ["build", "--site-dir", "data/.."], project("--site-dir", "data/..")),
    refused("build-into-data", ["build", "--site-dir", "data"], inside("--site-dir", "data", "data")),
    refused("build-into-data-subfolder", ["build", "--site-dir", "data/quyet_dinh"],
            inside("--site-dir", "data/quyet_dinh", "data")),
    refused("build-into-new-folder-in-data", ["build", "--site-dir", "data/tep/site"],
            inside("--site-dir", "data/tep/site", "data")),
    refused("build-into-content", ["build", "--site-dir", "content"], inside("--site-dir", "content", "content")),
    refused("build-into-theme", ["build", "--site-dir", "theme"], inside("--site-dir", "theme", "theme")),
    refused("build-into-theme-overrides", ["build", "--site-dir", "theme/overrides"],
            inside("--site-dir", "theme/overrides", "theme")),
    refused("build-into-git", ["build", "--site-dir", ".git"], inside("--site-dir", ".git", ".git"), GIT),
    refused("build-into-git-hooks", ["build", "--site-dir", ".git/hooks"], inside("--site-dir", ".git/hooks", ".git"),
            GIT),
    refused("build-into-parent", ["build", "--site-dir", ".."], ancestor("--site-dir", "..")),
    refused("build-into-root", ["build", "--site-dir", "/"], ancestor("--site-dir", "/")),
    refused("build-into-link-to-data", ["build", "--site-dir", "ra"], inside("--site-dir", "ra", "data"),
            setup=link("ra", "data")),
    refused("build-into-link-to-project", ["build", "--site-dir", "ra"], project("--site-dir", "ra"),
            setup=link("ra", ".")),
    refused("default-site-is-link-to-content", ["build"], inside("--site-dir", "site", "content"),
            setup=link("site", "content")),
    refused("build-into-a-file", ["build", "--site-dir", "site_config.yml"],
            f"--site-dir site_config.yml: đây là một tệp, không phải thư mục. {CHOOSE}"),
    refused("build-into-folder-of-notes", ["build", "--site-dir", "ghi-chu"], not_a_build("ghi-chu"),
            {"ghi-chu/ke-hoach.txt": "Ghi chú của cán bộ\n"}),
    refused("default-site-with-other-files", ["build"], not_a_build("site"), {"site/bao-cao.docx": b"PK\x03\x04"}),
    refused("build-into-other-site-without-marker", ["build", "--site-dir", "trang-khac"], not_a_build("trang-khac"),
            setup=previous_build("trang-khac", marker=False)),
    Case("build-into-new-folder", CATEGORY, command=["build", "--site-dir", "ra/trang"], expect_exit=0,
         legitimate=True, site_dir="ra/trang"),
    Case("build-into-empty-folder", CATEGORY, command=["build", "--site-dir", "trong"], expect_exit=0, legitimate=True,
         setup=lambda root: (root / "trong").mkdir()),
    Case("rebuild-marked-site", CATEGORY, command=["build", "--site-dir", "ra"], expect_exit=0, legitimate=True,
         setup=previous_build("ra", marker=True), site_dir="ra", must_not_publish=["BẢN-CŨ-ĐÃ-THAY"]),
    # A ward's site/ built before builds were marked is still replaced: an upgrade must not refuse it.
    Case("rebuild-default-site-of-earlier-version", CATEGORY, expect_exit=0, legitimate=True,
         setup=previous_build("site", marker=False), must_not_publish=["BẢN-CŨ-ĐÃ-THAY"]),
    refused("deploy-into-project", ["deploy", "--to", "."], project("--to", ".")),
    refused("deploy-into-data", ["deploy", "--to", "data/xuat-ban"], inside("--to", "data/xuat-ban", "data")),
    refused("deploy-into-content", ["deploy", "--to", "content"], inside("--to", "content", "content")),
    refused("deploy-into-parent", ["deploy", "--to", ".."], ancestor("--to", "..")),
    refused("deploy-into-git", ["deploy", "--to", ".git/www"], inside("--to", ".git/www", ".git"), GIT),
    refused("deploy-into-built-site", ["deploy", "--to", "site/www"],
            "--to site/www: thư mục này nằm trong site/, nơi trang web được tạo trước khi xuất bản. Cách sửa: ghi "
            "thư mục gốc của máy chủ web, ngoài thư mục dự án, ví dụ --to /srv/thi-dua"),
    refused("deploy-into-folder-of-notes", ["deploy", "--to", "ghi-chu"],
            "--to ghi-chu: thư mục đã có tệp và không phải thư mục do lệnh deploy tạo (không có releases/ và "
            "current); xuất bản vào đây sẽ trộn trang web với các tệp đó. Cách sửa: chọn một thư mục trống hay "
            "chưa có, ví dụ --to /srv/thi-dua", {"ghi-chu/a.txt": "x\n"}),
    refused("deploy-rollback-into-data", ["deploy", "--to", "data", "--rollback"], inside("--to", "data", "data")),
    Case("deploy-into-new-folder", CATEGORY, command=["deploy", "--to", "xuat-ban"], expect_exit=0, legitimate=True,
         site_dir="xuat-ban/current"),
]
