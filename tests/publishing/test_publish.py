"""`publish`: from records saved (in the form editor or by hand) to one commit naming them, sent
to the shared repository; nothing committed while the data has an error."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator.cli import main
from generator.publishing.changes import Change, commit_message
from tests.conftest import write_files


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def office(scratch_project, tmp_path):
    """A clerk's clone of the portal's repository, with the shared repository as its remote."""
    shared = tmp_path / "kho-chung.git"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(shared))
    root = scratch_project()
    git(root, "init", "--quiet", "-b", "main")
    git(root, "config", "user.name", "Văn phòng")
    git(root, "config", "user.email", "vp@example.org")
    (root / ".gitignore").write_text("/site/\n.cache/\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "--quiet", "-m", "Dữ liệu ban đầu")
    git(root, "remote", "add", "origin", str(shared))
    git(root, "push", "--quiet", "-u", "origin", "main")
    return root, shared


def test_the_commit_names_each_changed_record_and_is_sent(office, capsys):
    root, shared = office
    write_files(root, {
        "data/don_vi/to-dan-pho-so-2.yml": "ma: to-dan-pho-so-2\nten: Tổ dân phố số 2\nloai_don_vi: to_dan_pho\n",
        "data/tep/anh/moi.png": "png",
    })
    unit = root / "data/don_vi/truong-thcs.yml"
    unit.write_text(unit.read_text(encoding="utf-8").replace("Trường", "Trường học"), encoding="utf-8")
    (root / "notes.txt").write_text("không xuất bản", encoding="utf-8")

    assert main(["--project", str(root), "publish"]) == 0

    assert git(shared, "log", "-1", "--format=%B") == (
        "Cập nhật đơn vị to-dan-pho-so-2 (mới), đơn vị truong-thcs (sửa), tệp tep/anh/moi.png (mới)\n\n"
        "- đơn vị to-dan-pho-so-2 (mới)\n"
        "- đơn vị truong-thcs (sửa)\n"
        "- tệp tep/anh/moi.png (mới)\n\n"
    )
    assert git(root, "status", "--porcelain") == "?? notes.txt\n"
    out = capsys.readouterr().out
    assert "Đã gửi lên kho chung (origin)" in out
    assert (root / "site" / "don-vi" / "to-dan-pho-so-2" / "index.html").is_file()


def test_nothing_is_committed_while_the_data_has_an_error(office, capsys):
    root, shared = office
    before = git(shared, "rev-parse", "main")
    write_files(root, {"data/don_vi/hong.yml": "ma: hong\nloai_don_vi: to_dan_pho\n"})
    assert main(["--project", str(root), "publish"]) == 1
    assert "data/don_vi/hong.yml:1: ten:" in capsys.readouterr().err
    assert git(root, "status", "--porcelain") == "?? data/don_vi/hong.yml\n"
    assert git(shared, "rev-parse", "main") == before


def test_no_change_publishes_nothing(office, capsys):
    root, _ = office
    assert main(["--project", str(root), "publish"]) == 0
    assert "không có gì để xuất bản" in capsys.readouterr().out


def test_a_folder_that_is_no_git_repository_is_explained(scratch_project, capsys):
    root = scratch_project()
    assert main(["--project", str(root), "publish"]) == 1
    assert "chưa phải một kho git. Cách sửa:" in capsys.readouterr().err


def test_a_long_list_is_named_in_full_in_the_body():
    found = [Change(f"data/quyet_dinh/{n}-qd-ubnd-2026.yml", "A") for n in range(1, 6)]
    assert commit_message(found).splitlines()[0] == (
        "Cập nhật quyết định khen thưởng 1-qd-ubnd-2026 (mới), quyết định khen thưởng 2-qd-ubnd-2026 (mới), "
        "quyết định khen thưởng 3-qd-ubnd-2026 (mới) và 2 thay đổi khác")
    assert commit_message(found).count("\n- ") == 5
