"""The personal-data guard stops the build and says where the data is."""

from __future__ import annotations

import textwrap

import pytest

from generator.cli import main
from generator.loading.errors import DataErrors
from generator.loading.loader import load_portal
from tests.conftest import MINIMAL_DATA
from tests.embedded_files import jpeg_with, pdf_with, png_with

EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"
DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
STORY_LINE = "Cô Đức đã **số hóa** 120 bài giảng."
HINT = (
    "Cách sửa: xóa {label} khỏi nội dung; chỉ khi pháp luật buộc công khai (ví dụ liên hệ của cơ quan) "
    "mới ghi giá trị đó vào cong_khai_theo_luat của hồ sơ, xem docs/du-lieu-ca-nhan.md"
)


def message(where: str, label: str, tail: str) -> str:
    return (
        f"{where}: có {label} ({tail}), là dữ liệu cá nhân không được công bố theo Luật Bảo vệ dữ liệu "
        f"cá nhân. " + HINT.format(label=label)
    )


def story_with(*lines: str) -> str:
    """The minimal example with `lines` added to its story, which starts on line 12."""
    example = textwrap.dedent(MINIMAL_DATA[EXAMPLE])
    assert example.splitlines()[11].strip() == STORY_LINE
    return example.replace(STORY_LINE, "\n  ".join([STORY_LINE, *lines]))


def errors_for(scratch_project, files) -> list[str]:
    with pytest.raises(DataErrors) as raised:
        load_portal(scratch_project(files))
    return [str(error) for error in raised.value.errors]


@pytest.mark.parametrize(
    ("planted", "label", "tail"),
    [
        ("Số căn cước của cô: 031185004567.", "số định danh cá nhân (CCCD/CMND)", "…567"),
        ("Phụ huynh liên hệ cô qua số 0912.345.678 để đăng ký.", "số điện thoại", "…678"),
        ("Cô sinh ngày 12/03/1985 tại Hải Phòng.", "ngày sinh", "…985"),
    ],
    ids=["id-number", "phone", "birth-date"],
)
def test_planted_personal_data_stops_the_build(scratch_project, capsys, planted, label, tail):
    root = scratch_project({EXAMPLE: story_with("", "Năm 2025 cô dạy 6 lớp.", planted)})
    assert main(["--project", str(root), "build"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        message(f"{EXAMPLE}:15: noi_dung", label, tail),
        "Tìm thấy 1 lỗi trong dữ liệu. Trang web chưa được tạo; trang web đã xuất bản trước đó (nếu có) "
        "vẫn giữ nguyên.",
    ]
    assert not (root / "site").exists()


def test_every_finding_is_reported_with_its_field(scratch_project):
    decision = textwrap.dedent(MINIMAL_DATA[DECISION]).replace(
        "danh_hieu: Lao động tiên tiến",
        "danh_hieu: Lao động tiên tiến\n    thanh_tich: Giáo viên giỏi (SN 1985, email duc.tran85@gmail.com)",
    )
    errors = errors_for(scratch_project, {DECISION: decision})
    assert errors == [
        message(f"{DECISION}:19: thanh_tich (danh_sach, mục 1)", "ngày sinh", "…985"),
        message(f"{DECISION}:19: thanh_tich (danh_sach, mục 1)", "địa chỉ thư điện tử cá nhân", "…@gmail.com"),
    ]


def test_the_office_contact_is_public_by_law(scratch_project):
    root = scratch_project(
        {EXAMPLE: story_with("Ý kiến gửi về vhxh.lethanhnghi@haiphong.gov.vn hoặc số 0225.3000.000.")}
    )
    assert "hoặc số 0225.3000.000." in load_portal(root).examples["co-giao-so-hoa"].story


def test_a_record_may_publish_what_the_law_requires(scratch_project):
    example = story_with("Đường dây nóng của Mặt trận phường: 0225 3822 000.") + textwrap.dedent("""\
        cong_khai_theo_luat:
          - gia_tri: 0225.3822.000
            can_cu: Nghị định 98/2023/NĐ-CP, lấy ý kiến Nhân dân
        """)
    assert load_portal(scratch_project({EXAMPLE: example})).examples["co-giao-so-hoa"]


def test_an_exception_must_be_used_and_allows_nothing_else(scratch_project):
    example = story_with("Liên hệ cô: 0912 345 678.") + textwrap.dedent("""\
        cong_khai_theo_luat:
          - gia_tri: 0225 3822 000
            can_cu: Nghị định 98/2023/NĐ-CP, lấy ý kiến Nhân dân
        """)
    assert errors_for(scratch_project, {EXAMPLE: example}) == [
        message(f"{EXAMPLE}:13: noi_dung", "số điện thoại", "…678"),
        f"{EXAMPLE}:18: gia_tri (cong_khai_theo_luat, mục 1): giá trị được phép công khai này không có "
        "trong hồ sơ. Cách sửa: xóa mục này; ngoại lệ chỉ ghi cho đúng giá trị hồ sơ phải công bố",
    ]


def test_content_pages_are_scanned_too(scratch_project):
    page = "# Liên hệ\n\nTổ trưởng: Ông Hòa\n\nĐiện thoại: 0904 123 456\n"
    assert errors_for(scratch_project, {"content/lien-he.md": page}) == [
        message("content/lien-he.md:5", "số điện thoại", "…456"),
    ]


def errors_in(root) -> list[str]:
    with pytest.raises(DataErrors) as raised:
        load_portal(root)
    return [str(error) for error in raised.value.errors]


FILE_HINT = "Cách sửa: đổi tên tệp để tên không còn số điện thoại (và sửa các hồ sơ dẫn tới tệp này), xem " \
    "docs/du-lieu-ca-nhan.md"


def test_codes_person_ids_and_links_are_scanned(scratch_project):
    decision = textwrap.dedent(MINIMAL_DATA[DECISION]).replace(
        "danh_hieu: Lao động tiên tiến",
        "danh_hieu: Lao động tiên tiến\n    ma_nguoi: cccd-031185004567",
    )
    story = story_with("Xem [Zalo](https://zalo.me/0987654321) hoặc <a href=\"tel:0977123456\">gọi</a>.")
    story = story.replace("ma: co-giao-so-hoa", "ma: to-truong-0912345678")
    assert errors_in(scratch_project({EXAMPLE: story, DECISION: decision})) == [
        message(f"{EXAMPLE}:1: ma", "số điện thoại", "…678"),
        message(f"{EXAMPLE}:13: noi_dung", "số điện thoại", "…321"),
        message(f"{EXAMPLE}:13: noi_dung", "số điện thoại", "…456"),
        message(f"{DECISION}:19: ma_nguoi (danh_sach, mục 1)", "số định danh cá nhân (CCCD/CMND)", "…567"),
    ]


@pytest.mark.parametrize(
    ("planted", "label", "tail"),
    [
        ("Liên hệ 0912**345**678.", "số điện thoại", "…678"),
        ("Liên hệ &#48;912345678.", "số điện thoại", "…678"),
        ("Liên hệ 0912\u200b345\u200b678.", "số điện thoại", "…678"),
        ("Liên hệ ０９１２３４５６７８.", "số điện thoại", "…678"),
        ("Thư: duc.tran [at] gmail [dot] com.", "địa chỉ thư điện tử cá nhân", "…@gmail.com"),
        ("Cô sinh 12/3/1985, năm nay 41 tuổi.", "ngày sinh", "…985"),
        ("Cô trú tại số 12 ngõ 34 phố Lạch Tray.", "địa chỉ nơi ở", "trú tại …"),
        ("Ủng hộ qua STK 0031000123456.", "số tài khoản ngân hàng", "…456"),
    ],
    ids=["markup", "entity", "zero-width", "full-width", "obfuscated-email", "birth", "address", "bank"],
)
def test_the_text_is_judged_as_a_reader_sees_it(scratch_project, planted, label, tail):
    errors = errors_for(scratch_project, {EXAMPLE: story_with(planted)})
    assert errors[0] == message(f"{EXAMPLE}:13: noi_dung", label, tail)


def test_sensitive_data_needs_a_legal_basis(scratch_project):
    sensitive = story_with("Cô là người dân tộc Mường, dù bị bệnh vẫn đứng lớp.")
    hint = ("Cách sửa: xóa {label} khỏi nội dung; chỉ khi pháp luật buộc hoặc cho phép công khai mới ghi đúng "
            "cụm từ đó vào cong_khai_theo_luat của hồ sơ, kèm căn cứ (can_cu), xem docs/du-lieu-ca-nhan.md")
    what = ("{where}: có {label} ({tail}), là dữ liệu cá nhân nhạy cảm không được công bố theo Luật Bảo vệ dữ "
            "liệu cá nhân khi không có căn cứ pháp lý. ")
    root = scratch_project({EXAMPLE: sensitive})
    assert errors_in(root) == [
        what.format(where=f"{EXAMPLE}:13: noi_dung", label=label, tail=tail) + hint.format(label=label)
        for label, tail in (("dân tộc của một người", "là người …"), ("thông tin sức khỏe", "bị bệnh …"))
    ]
    (root / EXAMPLE).write_text(sensitive + textwrap.dedent("""\
        cong_khai_theo_luat:
          - gia_tri: là người dân tộc Mường
            can_cu: Người được khen đồng ý công bố bằng văn bản ngày 02/3/2026
          - gia_tri: bị bệnh
            can_cu: Người được khen đồng ý công bố bằng văn bản ngày 02/3/2026
        """), encoding="utf-8")
    assert load_portal(root).examples["co-giao-so-hoa"]


def test_historical_birth_dates_are_published(scratch_project):
    root = scratch_project({EXAMPLE: story_with("Học tập Chủ tịch Hồ Chí Minh (sinh ngày 19/5/1890).")})
    assert "19/5/1890" in load_portal(root).examples["co-giao-so-hoa"].story


def test_front_matter_file_names_and_settings_are_scanned(scratch_project):
    root = scratch_project({
        "content/lien-he.md": "---\ntitle: Tổ trưởng Hòa 0904 123 456\n---\n\n# Liên hệ\n",
        "content/anh-0912345678.md": "# Ảnh\n",
    })
    config = root / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "dia_phuong: phường Lê Thanh Nghị", "dia_phuong: phường Lê Thanh Nghị (chủ tịch 0987 111 222)"),
        encoding="utf-8")
    assert errors_in(root) == [
        f"content/anh-0912345678.md:1: tên tệp: có số điện thoại (…678), là dữ liệu cá nhân không được công bố "
        f"theo Luật Bảo vệ dữ liệu cá nhân. {FILE_HINT}",
        message("content/lien-he.md:2", "số điện thoại", "…456"),
        "site_config.yml:6: dia_phuong: có số điện thoại (…222), là dữ liệu cá nhân không được công bố theo Luật "
        "Bảo vệ dữ liệu cá nhân. Cách sửa: xóa số điện thoại khỏi site_config.yml; ở đây chỉ điện thoại, thư "
        "điện tử và địa chỉ của cơ quan đăng tải (co_quan_dang_tai) được công bố, xem docs/du-lieu-ca-nhan.md",
    ]


def test_pdf_text_layers_are_scanned_and_metadata_left_to_cleaning(scratch_project):
    root = scratch_project()
    (root / "data/tep").mkdir(parents=True, exist_ok=True)
    (root / "data/tep/qd-15.pdf").write_bytes(
        pdf_with(["Quyet dinh 15/QD-UBND", "Lien he: 0912 345 678"], {"Author": "CCCD 031185004567"}))
    # The Author is removed from the published copy (generator/exports/clean_files.py); the text stays.
    assert errors_in(root) == [
        "data/tep/qd-15.pdf:2: trang 2, dòng 1: có số điện thoại (…678), là dữ liệu cá nhân không được công bố "
        "theo Luật Bảo vệ dữ liệu cá nhân. Cách sửa: che (bôi đen) số điện thoại trong văn bản gốc rồi xuất lại "
        "tệp PDF; bản đăng công khai chỉ giữ thông tin được phép công bố, xem docs/du-lieu-ca-nhan.md",
    ]


def test_photo_metadata_is_left_to_cleaning(scratch_project):
    root = scratch_project()
    (root / "data/tep/anh").mkdir(parents=True, exist_ok=True)
    (root / "data/tep/anh/lop-hoc.jpg").write_bytes(jpeg_with({0x013B: "Tran Thi Duc 0912345678"}))
    (root / "data/tep/anh/san-truong.png").write_bytes(png_with({"Author": "duc.tran85@gmail.com"}))
    assert load_portal(root).decisions


def test_a_clean_pdf_and_photo_pass(scratch_project):
    root = scratch_project()
    (root / "data/tep/anh").mkdir(parents=True, exist_ok=True)
    (root / "data/tep/qd-15.pdf").write_bytes(
        pdf_with(["Quyet dinh so 15/QD-UBND ngay 15/01/2026", "Thuong 1.200.000 dong"], {"Title": "15/QD-UBND"}))
    (root / "data/tep/anh/lop-hoc.jpg").write_bytes(jpeg_with({0x010E: "Lop 8A, 2026"}))
    assert load_portal(root).decisions


def test_the_office_contact_is_not_refused_when_the_settings_are_broken(scratch_project):
    root = scratch_project()
    config = root / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("dia_chi_web: https://", "dia_chi_web: ftp://"),
                      encoding="utf-8")
    # The settings' own check reports the address; the guard has nothing to say about the office.
    assert load_portal(root).decisions


def test_one_value_in_many_places_is_told_in_full_a_few_times(scratch_project):
    people = "".join(
        f"  - doi_tuong_nhan: ca_nhan\n    danh_xung: Ông\n    ten: Người Số {n}\n"
        "    danh_hieu: Lao động tiên tiến\n    thanh_tich: Liên hệ tổ trưởng 0912 345 678\n"
        for n in range(1, 11)
    )
    decision = textwrap.dedent(MINIMAL_DATA[DECISION]).split("danh_sach:\n")[0] + "danh_sach:\n" + people
    with pytest.raises(DataErrors) as raised:
        load_portal(scratch_project({DECISION: decision}))
    where = [f"{DECISION}:{17 + 5 * n}: thanh_tich (danh_sach, mục {n + 1})" for n in range(10)]
    assert raised.value.report().splitlines() == [
        message(where[0], "số điện thoại", "…678"),
        message(where[1], "số điện thoại", "…678"),
        message(where[2], "số điện thoại", "…678"),
        f"{DECISION}:32: lỗi như trên (có số điện thoại (…678)) còn ở 7 chỗ nữa: {DECISION}:32, {DECISION}:37, "
        f"{DECISION}:42, {DECISION}:47, {DECISION}:52 và 2 chỗ khác",
        "Tìm thấy 10 lỗi trong dữ liệu. Trang web chưa được tạo; trang web đã xuất bản trước đó (nếu có) vẫn giữ "
        "nguyên.",
    ]


def test_the_logo_and_drawings_are_scanned(scratch_project):
    root = scratch_project()
    (root / "theme/logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n<title>Logo</title>\n'
        "<desc>Vẽ bởi anh Nam, 0912 345 678</desc>\n<rect width=\"10\" height=\"10\"/>\n</svg>\n",
        encoding="utf-8")
    assert errors_in(root) == [
        "theme/logo.svg:3: có số điện thoại (…678), là dữ liệu cá nhân không được công bố theo Luật Bảo vệ dữ "
        "liệu cá nhân. Cách sửa: xóa số điện thoại khỏi tệp SVG (tiêu đề, mô tả, siêu dữ liệu hay chữ trong "
        "hình), xem docs/du-lieu-ca-nhan.md",
    ]
