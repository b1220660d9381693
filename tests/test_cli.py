"""The command line as editors type it: --debug before or after the command, the summary of a build
with nothing to publish yet, and a command run from inside the project instead of its root."""

from __future__ import annotations

import pytest

from generator import commands
from generator.cli import main
from tests.conftest import MINIMAL_DATA


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_is_accepted_before_or_after_the_command(scratch_project, capsys, monkeypatch, where):
    root = scratch_project()

    def broken(root, args):
        raise RuntimeError("hỏng")

    monkeypatch.setattr(commands.COMMANDS["check"], "run", broken)
    argv = ["--project", str(root), "--debug", "check"] if where == "before" else \
        ["--project", str(root), "check", "--debug"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: hỏng" in err


def test_without_debug_an_internal_error_says_how_to_see_more(scratch_project, capsys, monkeypatch):
    root = scratch_project()
    monkeypatch.setattr(commands.COMMANDS["check"], "run", lambda root, args: 1 / 0)
    assert main(["--project", str(root), "check"]) == 2
    assert "Chạy lại với --debug" in capsys.readouterr().err


def test_a_build_with_nothing_published_yet_says_so(scratch_project, capsys):
    catalogue = {name for name in MINIMAL_DATA if "/danh_muc/" in name}
    # Only the catalogue is left: no record has a page yet.
    root = scratch_project({name: None for name in MINIMAL_DATA if name not in catalogue})
    assert main(["--project", str(root), "build"]) == 0
    pages = sum(1 for _ in (root / "site").rglob("*.html"))
    assert capsys.readouterr().out.splitlines()[0] == (
        f"Đã tạo {pages} trang trong {root / 'site'}; chưa có hồ sơ nào được đăng (thêm hồ sơ vào data/)."
    )


@pytest.mark.parametrize("command", [["check"], ["build"], ["new", "don_vi", "thon-moi"]])
def test_run_from_inside_the_project_says_to_go_to_its_root(scratch_project, capsys, command):
    root = scratch_project()
    assert main(["--project", str(root / "data"), *command]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"site_config.yml:1: lệnh đang chạy trong thư mục data/ của dự án, không phải thư mục gốc {root}. "
        f"Cách sửa: chuyển về thư mục gốc (cd ..) rồi chạy lại lệnh, hoặc thêm --project {root}"
    )
    assert not (root / "data" / "data").exists() and not (root / "data" / "site").exists()
