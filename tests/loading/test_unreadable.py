"""Files and folders the tool may not read are named, with exit 1: never an internal error.

The tests run the tool as a process whose permission checks hold even for root (CI runs as root,
who reads every file): `setpriv` drops the two capabilities that bypass them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE

FILE_HINT = "Cách sửa: cấp quyền đọc tệp cho người chạy lệnh, hoặc chép lại tệp"
FOLDER = "không mở được thư mục (không có quyền đọc, hoặc lỗi ổ đĩa). Cách sửa: cấp quyền đọc thư mục cho người " \
         "chạy lệnh, hoặc chép lại thư mục"


def run_without_permission_bypass(root: Path, command: str) -> subprocess.CompletedProcess:
    bypass_dropped = (["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]
                      if os.geteuid() == 0 else [])
    return subprocess.run([*bypass_dropped, sys.executable, "-m", "generator", command], cwd=root,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


@pytest.mark.parametrize(("unreadable", "expected"), [
    ("site_config.yml", f"site_config.yml:1: không đọc được tệp (không có quyền đọc, hoặc lỗi ổ đĩa). {FILE_HINT}"),
    ("data/don_vi/to-dan-pho-so-1.yml",
     f"data/don_vi/to-dan-pho-so-1.yml:1: không đọc được tệp (không có quyền đọc, hoặc lỗi ổ đĩa). {FILE_HINT}"),
    ("data/don_vi", f"data/don_vi:1: {FOLDER}"),
    ("data", f"data:1: {FOLDER}"),
    ("content/gioi-thieu.md",
     f"content/gioi-thieu.md:1: không đọc được tệp (không có quyền đọc, hoặc lỗi ổ đĩa). {FILE_HINT}"),
    ("content", f"content:1: {FOLDER}"),
    ("data/tep/quyet-dinh/08-qd-ubnd-2026.pdf",
     "data/quyet_dinh/08-qd-ubnd-2026.yml:15: tep_dinh_kem: không đọc được tệp tep/quyet-dinh/08-qd-ubnd-2026.pdf "
     f"(không có quyền đọc, hoặc lỗi ổ đĩa). {FILE_HINT}"),
    ("data/tep/anh/ba-dao-thi-man.png",
     "data/dien_hinh/ba-dao-thi-man-tra-lai-vi.yml:31: tep (anh, mục 1): không đọc được tệp "
     f"tep/anh/ba-dao-thi-man.png (không có quyền đọc, hoặc lỗi ổ đĩa). {FILE_HINT}"),
])
def test_what_cannot_be_read_is_named(tmp_path, unreadable, expected):
    root = tmp_path / "project"
    shutil.copytree(SAMPLE, root)
    os.chmod(root / unreadable, 0)
    try:
        result = run_without_permission_bypass(root, "check")
    finally:
        os.chmod(root / unreadable, 0o755)  # so that pytest can remove the scratch folder
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr.splitlines(), result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_a_build_stops_at_an_unreadable_file_and_keeps_the_old_site(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(SAMPLE, root)
    (root / "site").mkdir()
    (root / "site" / ".thi-dua-site").write_text("", encoding="utf-8")
    (root / "site" / "index.html").write_text("trang cũ", encoding="utf-8")
    os.chmod(root / "content" / "gioi-thieu.md", 0)
    try:
        result = run_without_permission_bypass(root, "build")
    finally:
        os.chmod(root / "content" / "gioi-thieu.md", 0o644)
    assert result.returncode == 1, result.stdout + result.stderr
    assert (f"content/gioi-thieu.md:1: không đọc được tệp (không có quyền đọc, hoặc lỗi ổ đĩa). {FILE_HINT}"
            in result.stderr.splitlines())
    assert (root / "site" / "index.html").read_text(encoding="utf-8") == "trang cũ"
