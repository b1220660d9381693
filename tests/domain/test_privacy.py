"""Rules that recognise personal data in free text, and the hiding of small counts."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel

from generator.domain import records
from generator.domain.privacy import find_personal_data, hide_small_counts, public_form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liên hệ anh Nam 0912 345 678.", [("phone", "0912 345 678")]),
        ("ĐT: 0912.345.678", [("phone", "0912.345.678")]),
        ("gọi 091-234-5678 hoặc 0912345678", [("phone", "091-234-5678"), ("phone", "0912345678")]),
        ("số +84 912 345 678", [("phone", "+84 912 345 678")]),
        ("máy bàn (0225) 3821 123", [("phone", "(0225) 3821 123")]),
        ("máy bàn 0225 3821 123", [("phone", "0225 3821 123")]),
        ("CCCD 001090012345 cấp năm 2021", [("id_number", "001090012345")]),
        ("số định danh 031 190 004 567", [("id_number", "031 190 004 567")]),
        ("CMND số 031190004", [("id_number", "031190004")]),
        ("chứng minh nhân dân: 031190004", [("id_number", "031190004")]),
        ("Ông Bảy sinh ngày 12/03/1950 tại Hải Phòng", [("birth_date", "12/03/1950")]),
        ("Sinh năm 1950, nhập ngũ năm 1968", [("birth_date", "1950")]),
        ("ngày sinh: 1950-03-12", [("birth_date", "1950-03-12")]),
        ("Ông Bảy (SN 1950)", [("birth_date", "1950")]),
        ("sinh ngày 5 tháng 3 năm 1950", [("birth_date", "5 tháng 3 năm 1950")]),
        ("gửi về bay.nguyen1950@gmail.com", [("email", "bay.nguyen1950@gmail.com")]),
    ],
)
def test_personal_data_is_found(text, expected):
    assert [(f.kind, f.text) for f in find_personal_data(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 1487/QĐ-CTN ngày 05/02/2026 của Chủ tịch nước",
        "Thưởng 1.200.000 đồng; tổng kinh phí 120.000.000.000 đồng",
        "Tỷ lệ hộ nghèo còn 0,2%, giải ngân đạt 95,5%",
        "Năm 2026, 120 học sinh ngày 05/09/2025 tựu trường; 15 học sinh năm 2024 đạt giải",
        "Phát sinh năm 2025 hơn 1.500 hồ sơ; vệ sinh môi trường ngày 12/03/2026",
        "Liệt sĩ hy sinh ngày 27/7/1972 tại Quảng Trị",
        "Giai đoạn 2021-2025, ngày 2026-02-10, lúc 07.30",
        "Kế hoạch 18/KH-UBND; 250 hộ, 1.234 người, mã số 0123",
        "Tổ dân phố số 10, 300 hộ gia đình văn hóa đạt 95%",
        "Công ty TNHH An Phát, mã số thuế: 0201234567; MST 0209876543",
    ],
)
def test_ordinary_numbers_are_not_personal_data(text):
    assert find_personal_data(text) == []


def test_finding_is_named_without_repeating_the_value():
    phone, email = find_personal_data("0912 345 678, a.b@gmail.com")
    assert (phone.label, phone.hint_of_value) == ("số điện thoại", "…678")
    assert (email.label, email.hint_of_value) == ("địa chỉ thư điện tử cá nhân", "…@gmail.com")


def test_allowed_values_compare_by_digits_and_without_case():
    assert public_form("0225.3000.000") == public_form("0225 3000 000") == "02253000000"
    assert public_form("+84 225 3000 000") == "02253000000"
    assert public_form("VHXH@HaiPhong.gov.vn") == "vhxh@haiphong.gov.vn"


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"Nam": 40, "Nữ": 12}, {"Nam": 40, "Nữ": 12}),
        # One small group alone could be worked out from the total: the next smallest is hidden too.
        ({"Nam": 40, "Nữ": 3}, {"Nam": None, "Nữ": None}),
        ({"Kinh": 50, "Tày": 7, "Mường": 2}, {"Kinh": 50, "Tày": None, "Mường": None}),
        ({"Kinh": 50, "Tày": 2, "Mường": 1}, {"Kinh": 50, "Tày": None, "Mường": None}),
        ({"Trực tiếp": 5, "Khác": 0}, {"Trực tiếp": None, "Khác": None}),
        ({"Trực tiếp": 4}, {"Trực tiếp": None}),
    ],
)
def test_small_counts_are_hidden(counts, expected):
    assert hide_small_counts(counts) == expected


# Keys that would hold a person's identity number, birth date, contact, home, origin or beliefs.
PERSONAL_KEYS = {
    "ngay_sinh", "nam_sinh", "so_cccd", "cccd", "cmnd", "so_dinh_danh", "dien_thoai",
    "so_dien_thoai", "email", "thu_dien_tu", "dia_chi", "noi_o", "que_quan", "dan_toc", "ton_giao",
    "gioi_tinh", "suc_khoe",
}
# Recorded per person for statistics only, never published per person (generator/domain/statistics.py).
STATISTICS_ONLY = {"gioi_tinh"}
# Schemas that describe a person (as opposed to a unit or an office).
PEOPLE = ("Recipient", "Person", "Signer", "Nominee")


def _keys(model: type[BaseModel], seen: set) -> set[str]:
    if model in seen:
        return set()
    seen.add(model)
    keys = set()
    for name, field in model.model_fields.items():
        keys.add(field.alias or name)
        for inner in _models_in(field.annotation):
            keys |= _keys(inner, seen)
    return keys


def _models_in(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for argument in typing.get_args(annotation) for m in _models_in(argument)]


def test_schemas_of_people_have_no_place_for_personal_data():
    people = [getattr(records, name) for name in PEOPLE if hasattr(records, name)]
    assert len(people) >= 3
    for model in people:
        assert _keys(model, set()) & PERSONAL_KEYS - STATISTICS_ONLY == set(), model.__name__
    # The keys kept for aggregate statistics are never dumped with a record (docs/du-lieu-ca-nhan.md).
    excluded = {field.alias for field in records.Recipient.model_fields.values() if field.exclude}
    assert excluded == {"gioi_tinh", "dan_toc_thieu_so", "truc_tiep_lao_dong"}
    # A unit may have the office address of an organisation, but no record has any other of these.
    every_key = set()
    for model in vars(records).values():
        if isinstance(model, type) and issubclass(model, records.Schema):
            every_key |= _keys(model, set())
    assert every_key & PERSONAL_KEYS == {"dia_chi", *STATISTICS_ONLY}
