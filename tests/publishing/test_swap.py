"""When the old site cannot be deleted, the tool says what happened; the next build cleans up."""

from __future__ import annotations

import errno
import os

from generator.cli import main
from generator.publishing import swap
from generator.publishing.swap import make_staging, swap_into_place


def test_an_old_site_that_cannot_be_deleted_is_reported_and_removed_by_the_next_build(tmp_path, monkeypatch, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "cu.html").write_text("cũ", encoding="utf-8")
    staging = make_staging(site)
    (staging / "moi.html").write_text("mới", encoding="utf-8")

    def refuse(folder):
        raise PermissionError(errno.EACCES, "Permission denied", str(folder))

    monkeypatch.setattr(swap, "remove_tree", refuse)
    swap_into_place(staging, site)
    assert sorted(p.name for p in site.iterdir()) == ["moi.html"]
    left = [p for p in tmp_path.iterdir() if p.name.startswith(".site-")]
    assert len(left) == 1 and (left[0] / "cu.html").is_file()
    assert capsys.readouterr().err == (
        f"Lưu ý: trang mới đã được đặt vào {site}, nhưng không xóa được bản cũ, nay ở {left[0]} (Permission denied). "
        "Lần tạo trang sau sẽ xóa lại; nếu vẫn còn, hãy cấp quyền ghi thư mục đó hoặc tự xóa nó.\n")

    monkeypatch.undo()
    # Left by a process that has ended: the next build's staging removes it, read-only or not.
    ended = left[0].with_name(left[0].name.replace(str(os.getpid()), "999999999"))
    left[0].rename(ended)
    (ended / "cu.html").chmod(0o444)
    ended.chmod(0o555)
    make_staging(site)
    assert not ended.exists()


def test_a_full_disk_is_named(tmp_path, monkeypatch, capsys):
    from generator.commands import check

    def full(root, args):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "site" / "a.html"))

    monkeypatch.setattr(check, "run", full)
    assert main(["--project", str(tmp_path), "check"]) == 1
    assert capsys.readouterr().err == (
        f"Ổ đĩa đã đầy (hoặc hết hạn mức dung lượng) khi ghi {tmp_path / 'site' / 'a.html'}; trang web chưa được tạo "
        "hết và trang web đã xuất bản trước đó (nếu có) vẫn giữ nguyên. Cách sửa: giải phóng dung lượng đĩa (xóa các "
        "tệp không cần, thư mục .cache/) rồi chạy lại.\n")
