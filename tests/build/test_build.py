"""Scratch projects built end to end through the command line, as an editor runs it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from generator.cli import main
from tests.sample_records import DECISION, DECISION_TEXT, edited

# Four problems in the shared decision: a month 13, no trich_yeu, an unknown key, an unknown unit.
BROKEN_DECISION = edited(
    DECISION_TEXT,
    ("ngay_ky: 2026-01-20", "ngay_ky: 2026-13-01"),
    ("trich_yeu: Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025\n", ""),
    ("loai_hinh: cong-trang\n", "loai_hinh: cong-trang\nso_trang: 2\n"),
    (DECISION_TEXT[DECISION_TEXT.index("  - doi_tuong_nhan"):],
     "  - doi_tuong_nhan: tap_the\n    ten: Tổ dân phố số 9\n    don_vi: to-dan-pho-so-9\n"
     "    danh_hieu: Tập thể lao động tiên tiến\n"),
)


def run(root: Path, *args: str) -> int:
    return main(["--project", str(root), *args])


def test_build_creates_every_page_in_memory(scratch_project):
    root = scratch_project()
    content_before = sorted(p.name for p in (root / "content").rglob("*"))
    assert run(root, "build") == 0
    site = root / "site"
    for page in [
        "index.html",
        "quyet-dinh/index.html",
        "quyet-dinh/15-qd-ubnd-2026/index.html",
        "dien-hinh/index.html",
        "dien-hinh/co-giao-so-hoa/index.html",
        "phong-trao/index.html",
        "phong-trao/thi-dua-2026/index.html",
        "don-vi/index.html",
        "don-vi/truong-thcs/index.html",
        "gioi-thieu/index.html",
    ]:
        assert (site / page).is_file(), page
    assert sorted(p.name for p in (root / "content").rglob("*")) == content_before
    assert '<html lang="vi"' in (site / "index.html").read_text(encoding="utf-8")


def test_records_link_to_each_other(scratch_project):
    root = scratch_project()
    assert run(root, "build") == 0
    decision = (root / "site/quyet-dinh/15-qd-ubnd-2026/index.html").read_text(encoding="utf-8")
    assert 'href="../../don-vi/truong-thcs/"' in decision
    assert 'href="../../phong-trao/thi-dua-2026/"' in decision
    assert 'href="../../dien-hinh/co-giao-so-hoa/"' in decision
    unit = (root / "site/don-vi/truong-thcs/index.html").read_text(encoding="utf-8")
    # The unit's award table links to the person's own row of the decision's list.
    assert 'href="../../quyet-dinh/15-qd-ubnd-2026/#muc-1"' in unit
    assert "Bà Trần Thị Đức" in unit


def test_markdown_from_data_cannot_inject_script(scratch_project):
    from tests.conftest import MINIMAL_DATA

    story = MINIMAL_DATA["data/dien_hinh/co-giao-so-hoa.yml"].replace(
        "Cô Đức đã **số hóa** 120 bài giảng.",
        'Cô Đức <script>alert(1)</script> <a href="javascript:alert(2)">xem</a> <img src=x onerror=alert(3)>',
    )
    root = scratch_project({"data/dien_hinh/co-giao-so-hoa.yml": story})
    assert run(root, "build") == 0
    page = (root / "site/dien-hinh/co-giao-so-hoa/index.html").read_text(encoding="utf-8")
    article = page[page.index("<article"): page.index("</article>")]
    assert "<script" not in article
    assert "javascript:" not in article
    assert "onerror" not in article


def test_data_errors_stop_build_and_keep_previous_site(scratch_project, capsys):
    root = scratch_project()
    assert run(root, "build") == 0
    before = {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    (root / DECISION).write_text(BROKEN_DECISION, encoding="utf-8")
    capsys.readouterr()

    assert run(root, "build") == 1

    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.splitlines() == [
        "data/quyet_dinh/16-qd-ubnd-2026.yml:1: trich_yeu: thiếu trường bắt buộc. Cách sửa: thêm dòng "
        "`trich_yeu: ...` vào mục này",
        "data/quyet_dinh/16-qd-ubnd-2026.yml:3: ngay_ky: ngày 2026-13-01 không có trên lịch. Cách sửa: "
        "kiểm tra lại ngày và tháng",
        "data/quyet_dinh/16-qd-ubnd-2026.yml:10: so_trang: khóa không được hỗ trợ. Cách sửa: các khóa hợp "
        "lệ ở đây: ma, ban_nhap, ngay_cong_bo, cong_khai_theo_luat, loai_quyet_dinh, so_ky_hieu, ngay_ky, co_quan_ban_hanh, cap, nguoi_ky, trich_yeu, loai_hinh, "
        "phong_trao, tep_dinh_kem, trang_thai, quyet_dinh_thay_doi, ghi_chu_trang_thai, danh_sach",
        "data/quyet_dinh/16-qd-ubnd-2026.yml:14: don_vi (danh_sach, mục 1): không có đơn vị nào mang mã "
        "to-dan-pho-so-9. Cách sửa: kiểm tra mã trong thư mục data/don_vi/ hoặc thêm đơn vị đó trước",
        "Tìm thấy 4 lỗi trong dữ liệu. Trang web chưa được tạo; trang web đã xuất bản trước đó (nếu có) "
        "vẫn giữ nguyên.",
    ]
    after = {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in root.iterdir() if p.name.startswith(".site-")]

    assert run(root, "check") == 1
    assert capsys.readouterr().err.splitlines()[-1].startswith("Tìm thấy 4 lỗi")


def test_check_builds_nothing(scratch_project, capsys):
    root = scratch_project()
    assert run(root, "check") == 0
    assert not (root / "site").exists()
    assert capsys.readouterr().out == (
        "Dữ liệu hợp lệ: 1 quyết định, 2 lượt khen thưởng, 1 điển hình, 1 phong trào, 2 đơn vị.\n"
        "Lưu ý (không ngăn việc tạo trang):\n"
        "  - 1 điển hình chưa có ảnh được đăng: co-giao-so-hoa\n"
        "  - 1 quyết định chưa có tệp PDF đính kèm: 15-qd-ubnd-2026\n"
    )


def test_settings_errors_are_reported_like_data_errors(scratch_project, capsys):
    root = scratch_project()
    config = (root / "site_config.yml").read_text(encoding="utf-8")
    (root / "site_config.yml").write_text(config.replace('mau_chu_dao: "#a4161a"', "mau_chu_dao: đỏ"),
                                          encoding="utf-8")
    assert run(root, "build") == 1
    err = capsys.readouterr().err
    line = next(n for n, text in enumerate(config.splitlines(), 1) if text.startswith("mau_chu_dao"))
    assert err.splitlines()[0] == (
        f"site_config.yml:{line}: mau_chu_dao: màu không hợp lệ: đỏ. Cách sửa: ghi màu dạng \"#rrggbb\" "
        'trong dấu nháy, ví dụ "#a4161a"'
    )


def test_only_consented_photos_and_linked_files_are_published(scratch_project):
    from tests.conftest import MINIMAL_DATA

    example = textwrap.dedent(MINIMAL_DATA["data/dien_hinh/co-giao-so-hoa.yml"]) + (
        "anh:\n"
        "  - tep: tep/anh/dong-y.png\n"
        "    chu_thich: Cô Đức trong giờ dạy\n"
        "    dong_y_cong_bo: true\n"
        "  - tep: tep/anh/chua-dong-y.png\n"
        "    chu_thich: Cô Đức cùng học sinh\n"
    )
    root = scratch_project({"data/dien_hinh/co-giao-so-hoa.yml": example})
    for name in ("dong-y.png", "chua-dong-y.png", "khong-dung.png"):
        (root / "data/tep/anh").mkdir(parents=True, exist_ok=True)
        (root / "data/tep/anh" / name).write_bytes(b"\x89PNG\r\n\x1a\n")
    assert run(root, "build") == 0
    site = root / "site"
    assert (site / "tep/anh/dong-y.png").is_file()
    assert not (site / "tep/anh/chua-dong-y.png").exists()
    assert not (site / "tep/anh/khong-dung.png").exists()
    page = (site / "dien-hinh/co-giao-so-hoa/index.html").read_text(encoding="utf-8")
    assert "Cô Đức trong giờ dạy" in page
    assert "cùng học sinh" not in page


def test_built_site_is_readable_by_a_web_server(scratch_project):
    root = scratch_project()
    assert run(root, "build") == 0
    assert (root / "site").stat().st_mode & 0o777 == 0o755
