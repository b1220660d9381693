"""Compressed copies (.gz) beside the site's text files, for hosts that send them as they are."""

from __future__ import annotations

import gzip

from generator.publishing.precompressed import (
    COMPRESSED_KINDS,
    SMALLEST,
    compressed,
    copy_problem,
    write_compressed_copies,
)

PAGE = ("<!doctype html><title>Quyết định khen thưởng</title>" + "<p>Ông Nguyễn Văn Đức, Lao động tiên tiến</p>" * 60)


def test_text_files_get_a_copy_and_small_or_compressed_files_do_not(tmp_path):
    (tmp_path / "quyet-dinh").mkdir()
    (tmp_path / "quyet-dinh" / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "danh-sach.csv").write_text("Họ và tên\r\n" * 200, encoding="utf-8")
    (tmp_path / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    (tmp_path / "anh.png").write_bytes(b"\x89PNG" + bytes(4000))
    # The sitemap's copy, written by the build and dated by the data, is kept as it is.
    (tmp_path / "sitemap.xml").write_text("<urlset>" + "<url></url>" * 200 + "</urlset>", encoding="utf-8")
    (tmp_path / "sitemap.xml.gz").write_bytes(b"dated")

    assert write_compressed_copies(tmp_path, threads=2) == 2

    copies = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.gz"))
    assert copies == ["danh-sach.csv.gz", "quyet-dinh/index.html.gz", "sitemap.xml.gz"]
    packed = (tmp_path / "quyet-dinh" / "index.html.gz").read_bytes()
    assert gzip.decompress(packed) == PAGE.encode()
    # RFC 1952: flags (byte 3) without FNAME, modification time (bytes 4-7) zero.
    assert packed[3] & 0x08 == 0 and packed[4:8] == bytes(4)
    assert packed == compressed(PAGE.encode())
    assert (tmp_path / "sitemap.xml.gz").read_bytes() == b"dated"
    assert len((tmp_path / "robots.txt").read_bytes()) < SMALLEST


def test_the_kinds_are_the_text_a_browser_reads():
    assert COMPRESSED_KINDS == {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv"}


def test_a_copy_that_does_not_hold_its_file_is_named(tmp_path):
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "index.html.gz").write_bytes(compressed(PAGE.encode()))
    assert copy_problem(tmp_path / "index.html.gz") is None

    (tmp_path / "index.html").write_text(PAGE + "<p>sửa tay</p>", encoding="utf-8")
    assert copy_problem(tmp_path / "index.html.gz") == (
        "bản nén index.html.gz khác tệp index.html: máy chủ sẽ gửi nội dung cũ")
    (tmp_path / "cu.html.gz").write_bytes(compressed(b"<p>cu</p>"))
    assert copy_problem(tmp_path / "cu.html.gz") == "bản nén cu.html.gz không có tệp gốc cu.html bên cạnh"
    (tmp_path / "index.html.gz").write_bytes(b"not gzip")
    assert copy_problem(tmp_path / "index.html.gz") == (
        "bản nén index.html.gz không đọc được (không phải tệp gzip nguyên vẹn)")


def test_every_text_file_of_the_sample_worth_it_has_a_copy_holding_its_bytes(sample_site):
    worth = sorted(
        p.relative_to(sample_site).as_posix() for p in sample_site.rglob("*")
        if p.suffix in COMPRESSED_KINDS and p.stat().st_size >= SMALLEST
    )
    copies = sorted(p.relative_to(sample_site).as_posix().removesuffix(".gz") for p in sample_site.rglob("*.gz"))
    assert copies == worth
    assert "index.html" in copies and "assets/css/portal.css" in copies
    assert [name for name in copies if copy_problem(sample_site / (name + ".gz")) is not None] == []
