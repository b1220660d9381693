"""The personal-data guard stops the build and says where the data is."""

from __future__ import annotations

import textwrap

import pytest

from generator.cli import main
from generator.loading.errors import DataErrors
from generator.loading.loader import load_portal
from tests.conftest import MINIMAL_DATA

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
