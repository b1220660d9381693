"""Integrity gates on a built site: links, anchors, valid HTML, title, description, canonical."""

from __future__ import annotations

import logging
from pathlib import Path

from generator.cli import main
from generator.site.engine import ENGINE
from generator.publishing.precompressed import compressed
from generator.site.integrity import check_compressed_copies, check_html, check_links, check_metadata, read_pages

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "sample_project"
BASE = "https://phuong.example.gov.vn/thi-dua/"


def page(title: str, canonical: str | None, body: str, description: str | None = "Mô tả") -> str:
    head = f"<title>{title}</title>"
    if description is not None:
        head += f'<meta name="description" content="{description}">'
    if canonical is not None:
        head += f'<link rel="canonical" href="{canonical}">'
    return f'<!doctype html>\n<html lang="vi">\n<head>{head}</head>\n<body>\n{body}\n</body>\n</html>\n'


def write_site(folder: Path, pages: dict[str, str]) -> Path:
    for name, text in pages.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_broken_links_anchors_and_unsafe_links_out_are_found_with_their_line(tmp_path):
    site = write_site(tmp_path, {
        "index.html": page("Trang chủ", BASE, "\n".join([
            '<a href="quyet-dinh/">danh sách</a>',
            '<a href="quyet-dinh/#nam-2026">năm 2026</a>',
            '<a href="quyet-dinh/#nam-2027">năm 2027</a>',
            '<a href="don-vi/khong-co/">đơn vị</a>',
            '<a href="#dau-trang" id="dau-trang">đầu trang</a>',
            '<a href="https://phuong.example.gov.vn/thi-dua/quyet-dinh/">tuyệt đối</a>',
            '<a href="/thi-dua/tep/qd.pdf">tệp</a>',
            '<a href="/khac/">ngoài thư mục</a>',
            '<a href="https://chinhphu.vn/" rel="noopener">trang khác</a> <a href="mailto:a@b.vn">thư</a>',
            '<a href="https://vbpl.vn/" rel="license">văn bản</a>',
        ])),
        "quyet-dinh/index.html": page("Quyết định", BASE + "quyet-dinh/",
                                      '<h2 id="nam-2026">2026</h2><a href="../">về</a>'),
    })
    problems = check_links(site, read_pages(site), BASE, "site")
    assert [str(p) for p in problems] == [
        'site/index.html:14: liên kết ra trang ngoài https://vbpl.vn/ thiếu rel="noopener". Cách sửa: thêm '
        'rel="noopener" vào liên kết trong mẫu trang (theme/)',
        "site/index.html:7: liên kết tới quyet-dinh/#nam-2027: không có mục #nam-2027 trên trang đó. Cách sửa: "
        "sửa phần sau dấu # cho khớp với một tiêu đề hay mục có trên trang",
        "site/index.html:8: liên kết tới don-vi/khong-co/ không dẫn tới trang hay tệp nào. Cách sửa: sửa mã hồ "
        "sơ hoặc đường dẫn được liên kết, hoặc thêm trang, tệp còn thiếu",
        "site/index.html:11: liên kết tới /thi-dua/tep/qd.pdf không dẫn tới trang hay tệp nào. Cách sửa: sửa mã "
        "hồ sơ hoặc đường dẫn được liên kết, hoặc thêm trang, tệp còn thiếu",
        "site/index.html:12: liên kết tới /khac/ không dẫn tới trang hay tệp nào. Cách sửa: sửa mã hồ sơ hoặc "
        "đường dẫn được liên kết, hoặc thêm trang, tệp còn thiếu",
    ]


def test_every_page_needs_title_description_and_its_own_canonical(tmp_path):
    site = write_site(tmp_path, {
        "index.html": page("Trang chủ", BASE, ""),
        "a/index.html": page(" ", BASE + "a/", "", description=None),
        "b/index.html": page("B", BASE, ""),
        "404.html": page("Không tìm thấy", None, "", description=None),
    })
    assert [str(p) for p in check_metadata(read_pages(site), BASE, "site")] == [
        "site/a/index.html:1: trang không có tiêu đề (<title>). Cách sửa: mỗi hồ sơ và trang viết tay cần có "
        "tên hoặc tiêu đề",
        'site/a/index.html:1: trang không có mô tả (<meta name="description">). Cách sửa: thêm `description:` '
        "vào phần đầu trang Markdown, hoặc tóm tắt cho hồ sơ",
        f"site/b/index.html:1: địa chỉ chuẩn (canonical) là {BASE}, cần {BASE}b/. Cách sửa: kiểm tra "
        "dia_chi_web trong site_config.yml",
    ]


def test_a_compressed_copy_must_hold_its_file_or_a_host_would_send_the_old_page(tmp_path):
    site = write_site(tmp_path, {
        "index.html": page("Trang chủ", BASE, "<p>mới</p>"),
        "quyet-dinh/index.html": page("Quyết định", BASE + "quyet-dinh/", "<p>sửa tay</p>"),
    })
    (site / "index.html.gz").write_bytes(compressed((site / "index.html").read_bytes()))
    (site / "quyet-dinh" / "index.html.gz").write_bytes(compressed("<p>bản cũ</p>".encode()))
    (site / "cu.html.gz").write_bytes(compressed("<p>trang đã bỏ</p>".encode()))
    assert [str(p) for p in check_compressed_copies(site, "site")] == [
        "site/cu.html.gz:1: bản nén cu.html.gz không có tệp gốc cu.html bên cạnh. Cách sửa: không sửa tay tệp "
        "trong thư mục trang; tạo lại trang bằng python -m generator build",
        "site/quyet-dinh/index.html.gz:1: bản nén index.html.gz khác tệp index.html: máy chủ sẽ gửi nội dung cũ. "
        "Cách sửa: không sửa tay tệp trong thư mục trang; tạo lại trang bằng python -m generator build",
    ]


def test_every_message_of_the_html_checker_is_reported_none_filtered(tmp_path, validators):
    site = write_site(tmp_path, {
        "hop-le/index.html": page("Hợp lệ", None, "<p>Đoạn văn</p>"),
        # Material's toggles had autocomplete="off": once allowed, now an error like any other.
        "loi/index.html": page("Lỗi", None, '<p><div>khối trong đoạn</div></p>\n<input class="md-toggle" '
                                            'type="checkbox" autocomplete="off">\n'
                                            '<script type="text/javascript"></script>'),
    })
    problems = [str(p) for p in check_html(site, ["hop-le/index.html", "loi/index.html"], "site")]
    assert problems == [
        "site/loi/index.html:5: HTML không hợp lệ: No “p” element in scope but a “p” end tag seen. Cách sửa: "
        "sửa mẫu trang trong theme/ (hoặc nội dung Markdown) sinh ra đoạn mã này",
        "site/loi/index.html:6: HTML không hợp lệ: Attribute “autocomplete” is only allowed when the input "
        "type is “color”, “date”, “datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, "
        "“search”, “tel”, “text”, “time”, “url”, or “week”. Cách sửa: sửa mẫu trang trong theme/ (hoặc nội "
        "dung Markdown) sinh ra đoạn mã này",
        "site/loi/index.html:7: HTML, cảnh báo: The “type” attribute is unnecessary for JavaScript resources. "
        "Cách sửa: sửa mẫu trang trong theme/ (hoặc nội dung Markdown) sinh ra đoạn mã này",
    ]


def test_the_sample_site_passes_every_gate(sample_site, capsys, validators):
    assert main(["--project", str(SAMPLE), "check", "--site", str(sample_site)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Trang đã tạo hợp lệ: ") and int(out.split()[5]) > 100


def test_two_generated_pages_never_share_an_address(scratch_project, caplog):
    from tests.conftest import MINIMAL_DATA

    # The engine's logger does not propagate once the command line has set it up: listen to it directly.
    logging.getLogger(ENGINE).addHandler(caplog.handler)

    catalogue = "data/danh_muc/danh_hieu/danh_hieu.yml"
    # The title's page would be /khen-thuong/nam-2026/, the address of the awards of 2026.
    root = scratch_project({catalogue: MINIMAL_DATA[catalogue].replace("ma: lao-dong-tien-tien", "ma: nam-2026")})

    assert main(["--project", str(root), "build"]) == 1

    logging.getLogger(ENGINE).removeHandler(caplog.handler)
    assert "Hai trang cùng địa chỉ /khen-thuong/nam-2026/: «" in caplog.text
    assert not (root / "site").exists()


def test_without_java_check_site_says_what_to_install(tmp_path, monkeypatch, capsys):
    import generator.site.integrity as integrity

    monkeypatch.setattr(integrity.shutil, "which", lambda name: None)
    site = write_site(tmp_path, {"index.html": page("Trang chủ", None, "<p>x</p>")})

    assert main(["--project", str(SAMPLE), "check", "--site", str(site)]) == 2

    assert capsys.readouterr().err == (
        "Không kiểm tra được trang: không tìm thấy Java để chạy Nu Html Checker (kiểm tra HTML). Cách sửa: cài "
        "Java 11 trở lên: trên Debian, Ubuntu `sudo apt-get install default-jre-headless`; trên Windows cài Java "
        "từ adoptium.net, rồi mở lại cửa sổ dòng lệnh.\n"
    )
