"""Data that validates but cannot be true is reported: legacy encodings, implausible dates, unit cycles."""

from __future__ import annotations

import textwrap

import pytest

from generator.loading.errors import DataErrors
from generator.loading.loader import load_portal
from tests.conftest import MINIMAL_DATA

DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"
SCHOOL = "data/don_vi/truong-thcs.yml"
WARD = "data/don_vi/ubnd-phuong.yml"


def errors_for(scratch_project, files) -> list[str]:
    with pytest.raises(DataErrors) as raised:
        load_portal(scratch_project(files))
    return [str(error) for error in raised.value.errors]


@pytest.mark.parametrize(
    ("name", "encoding", "word"),
    [("NguyÔn V¨n §øc", "TCVN3 (ABC)", "V¨n"), ("Nguyeãn Vaên Ñöùc", "VNI", "Ñöùc")],
)
def test_legacy_encoded_text_in_a_data_file_is_refused(scratch_project, name, encoding, word):
    decision = textwrap.dedent(MINIMAL_DATA[DECISION]).replace("ten: Trần Thị Đức", f"ten: {name}")
    assert errors_for(scratch_project, {DECISION: decision}) == [
        f'{DECISION}:15: ten (danh_sach, mục 1): chữ có vẻ gõ bằng bảng mã {encoding} cũ ("{word}"), sẽ hiện '
        f"thành chữ lỗi trên trang. Cách sửa: chuyển đoạn chữ sang Unicode bằng Unikey (Công cụ chuyển mã, "
        f"nguồn {encoding}, đích Unicode) rồi dán lại",
    ]


@pytest.mark.parametrize(("style", "line"), [("|", 14), (">", 14), ("", 14)])
def test_legacy_text_inside_a_long_text_is_reported_at_its_own_line(scratch_project, style, line):
    # The story starts on line 11 (`noi_dung:`); the pasted legacy text is on its third line, line 14.
    story = f"noi_dung: {style}\n  Cô Đức đã số hóa 120 bài giảng.\n  Học sinh học được ở nhà.\n  NguyÔn V¨n §øc kÓ l¹i.\n"
    example = textwrap.dedent(MINIMAL_DATA[EXAMPLE]).replace(
        "noi_dung: |\n  Cô Đức đã **số hóa** 120 bài giảng.\n", story)
    assert [error.split(": chữ")[0] for error in errors_for(scratch_project, {EXAMPLE: example})] == [
        f"{EXAMPLE}:{line}: noi_dung"]


@pytest.mark.parametrize(
    ("written", "shown"), [("1900-05-02", "02/05/1900"), ("1944-12-31", "31/12/1944"), ("2030-01-15", "15/01/2030"),
                           ('"15/01/2035"', "15/01/2035")],
)
def test_implausible_dates_are_refused(scratch_project, monkeypatch, written, shown):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # 2026-05-28
    decision = textwrap.dedent(MINIMAL_DATA[DECISION]).replace("ngay_ky: 2026-01-15", f"ngay_ky: {written}")
    assert errors_for(scratch_project, {DECISION: decision}) == [
        f"{DECISION}:3: ngay_ky: ngày {shown} nằm ngoài khoảng hợp lý (từ năm 1945 đến năm 2027). "
        "Cách sửa: kiểm tra lại năm: ngày viết dạng YYYY-MM-DD, ví dụ 2026-02-05"]


@pytest.mark.parametrize(("written", "shown"), [("0001-01-01", "01/01/0001"), ("2206-01-15", "15/01/2206")])
def test_dates_the_schema_cannot_hold_are_told_once(scratch_project, written, shown):
    decision = textwrap.dedent(MINIMAL_DATA[DECISION]).replace("ngay_ky: 2026-01-15", f"ngay_ky: {written}")
    assert errors_for(scratch_project, {DECISION: decision}) == [
        f"{DECISION}:3: ngay_ky: ngày {shown} nằm ngoài khoảng 01/01/1900 – 31/12/2100. Cách sửa: kiểm tra lại năm"]


def test_dates_in_the_sensible_range_pass(scratch_project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # 2026-05-28
    decision = textwrap.dedent(MINIMAL_DATA[DECISION]).replace("ngay_ky: 2026-01-15", "ngay_ky: 1945-09-02")
    assert load_portal(scratch_project({DECISION: decision})).decisions


def test_a_cycle_of_parent_units_is_refused(scratch_project):
    ward = textwrap.dedent(MINIMAL_DATA[WARD]) + "don_vi_cap_tren: truong-thcs\n"
    assert errors_for(scratch_project, {WARD: ward}) == [
        f"{SCHOOL}:4: don_vi_cap_tren: các đơn vị cấp trên tạo thành vòng lặp (truong-thcs → ubnd-phuong → "
        "truong-thcs). Cách sửa: sửa don_vi_cap_tren của một đơn vị trong vòng để cây đơn vị có một gốc",
    ]


def test_a_unit_that_is_its_own_parent_is_reported_once(scratch_project):
    ward = textwrap.dedent(MINIMAL_DATA[WARD]) + "don_vi_cap_tren: ubnd-phuong\n"
    assert errors_for(scratch_project, {WARD: ward}) == [
        f"{WARD}:4: don_vi_cap_tren: đơn vị không thể trỏ tới chính nó. Cách sửa: ghi mã của một đơn vị khác",
    ]


def test_legacy_text_in_content_pages_and_settings_is_refused(scratch_project):
    root = scratch_project({"content/gioi-thieu-them.md": "# Giới thiệu\n\nPh­êng Lª Thanh NghÞ\n"})
    assert [error.split(": chữ")[0] for error in errors_in(root)] == ["content/gioi-thieu-them.md:3"]


def errors_in(root) -> list[str]:
    with pytest.raises(DataErrors) as raised:
        load_portal(root)
    return [str(error) for error in raised.value.errors]


def test_the_end_of_a_period_may_lie_far_ahead_until_2100(scratch_project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # 2026-05-28
    campaign = "data/phong_trao/thi-dua-2026.yml"
    text = textwrap.dedent(MINIMAL_DATA[campaign]).replace("tu_ngay: 2026-02-10", "tu_ngay: 2026-02-10\nden_ngay: {}")
    root = scratch_project({campaign: text.format("2100-12-31")})
    assert load_portal(root).campaigns
    (root / campaign).write_text(text.format("2101-01-01"), encoding="utf-8")
    # The schema holds no date past 2100 and says so; this check adds nothing.
    assert errors_in(root) == [
        f"{campaign}:6: den_ngay: ngày 01/01/2101 nằm ngoài khoảng 01/01/1900 – 31/12/2100. Cách sửa: kiểm tra "
        "lại năm",
    ]


@pytest.mark.parametrize("control", ["\u202e", "\u202a", "\u2066", "\u2069"])
def test_bidirectional_controls_are_refused_in_data(scratch_project, control):
    # "Trần Thị Đức<RLO>gnp.exe" shows as "Trần Thị Đứcexe.png": what is read is not what was written.
    decision = textwrap.dedent(MINIMAL_DATA[DECISION]).replace("ten: Trần Thị Đức", f"ten: Trần Thị Đức{control}gnp.exe")
    assert errors_for(scratch_project, {DECISION: decision}) == [
        f"{DECISION}:15: ten (danh_sach, mục 1): có ký tự ẩn đổi hướng chữ (U+{ord(control):04X}), làm người đọc "
        "thấy chữ theo thứ tự khác với chữ đã ghi. Cách sửa: gõ lại đoạn chữ này (ký tự ẩn thường đến từ chữ dán "
        "từ nơi khác)",
    ]


def test_bidirectional_controls_are_refused_in_content_pages(scratch_project):
    root = scratch_project({"content/gioi-thieu-them.md": "# Giới thiệu\n\nSố điện thoại: \u202e0001 522\n"})
    assert [error.split(": có ký tự")[0] for error in errors_in(root)] == ["content/gioi-thieu-them.md:3"]
