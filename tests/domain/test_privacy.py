"""Rules that recognise personal data in free text, and the hiding of small counts."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel

from generator.domain import records
from generator.domain.privacy import (
    EXAMPLE_YEAR,
    RULES,
    find_personal_data,
    hide_small_counts,
    is_allowed,
    public_form,
    reader_text,
)

CATCHES = [(rule.kind, text) for rule in RULES for text in rule.catches]
PASSES = [(rule.kind, text) for rule in RULES for text in rule.passes]


@pytest.mark.parametrize(("kind", "text"), CATCHES, ids=[f"{kind}:{text}" for kind, text in CATCHES])
def test_every_rule_catches_its_examples(kind, text):
    assert kind in [finding.kind for finding in find_personal_data(text, EXAMPLE_YEAR)]


@pytest.mark.parametrize(("kind", "text"), PASSES, ids=[f"{kind}:{text}" for kind, text in PASSES])
def test_no_rule_catches_the_examples_that_must_pass(kind, text):
    assert find_personal_data(text, EXAMPLE_YEAR) == []


def test_every_rule_has_examples_and_cites_the_law():
    for rule in RULES:
        assert len(rule.catches) >= 3 and len(rule.passes) >= 3, rule.kind
        assert rule.law.startswith("Luật 91/2025/QH15, Điều 2"), rule.kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liên hệ anh Nam 0912 345 678.", [("phone", "0912 345 678")]),
        ("gọi 091-234-5678 hoặc 0912345678", [("phone", "091-234-5678"), ("phone", "0912345678")]),
        ("máy bàn (0225) 3 123 456", [("phone", "(0225) 3 123 456")]),
        ("số +84 912 345 678", [("phone", "+84 912 345 678")]),
        ("số định danh 031 190 004 567", [("id_number", "031 190 004 567")]),
        ("CMND số 031190004", [("id_number", "031190004")]),
        ("sinh ngày 5 tháng 3 năm 1950", [("birth_date", "5 tháng 3 năm 1950")]),
        ("SN 1950, email bay.nguyen1950@gmail.com", [("birth_date", "1950"), ("email", "bay.nguyen1950@gmail.com")]),
        ("thư: bay [at] gmail [dot] com", [("email", "bay@gmail.com")]),
        ("nhà ở số 12 ngõ 34 phố Lạch Tray, tổ 5", [("address", "số 12 ngõ 34 phố Lạch Tray")]),
        ("Chị Mai, dân tộc Thái, theo đạo Phật", [("ethnicity", "dân tộc Thái"), ("religion", "theo đạo Phật")]),
    ],
)
def test_findings_are_the_values_as_written(text, expected):
    assert [(f.kind, f.text) for f in find_personal_data(text, EXAMPLE_YEAR)] == expected


@pytest.mark.parametrize(
    ("source", "seen"),
    [
        ("0912**345**678", "0912345678"),
        ("0912<b>345</b>678", "0912345678"),
        ("&#48;912345678", "0912345678"),
        ("0912\u200b345\u200b678", "0912345678"),
        ("０９１２３４５６７８", "0912345678"),
        ("bay.nguyen＠gmail.com", "bay.nguyen@gmail.com"),
        ("Nguyễn Văn Đức", "Nguyễn Văn Đức"),
    ],
)
def test_rules_read_the_text_as_rendered(source, seen):
    assert reader_text(source) == seen
    if seen[0].isdigit():
        assert [f.kind for f in find_personal_data(source, EXAMPLE_YEAR)] == ["phone"]


@pytest.mark.parametrize(
    ("text", "year", "found"),
    [
        # A date of birth 100 years or more before the build is a historical public fact.
        ("Chủ tịch Hồ Chí Minh sinh ngày 19/5/1890", 2026, False),
        ("Cụ sinh năm 1926", 2026, False),
        ("Cụ sinh năm 1927", 2026, True),
        ("Cụ sinh năm 1927", 2027, False),
    ],
)
def test_historical_birth_dates_pass(text, year, found):
    assert bool(find_personal_data(text, year)) is found


def test_finding_is_named_without_repeating_the_value():
    phone, email, address = find_personal_data("0912 345 678, a.b@gmail.com, trú tại xóm 3", EXAMPLE_YEAR)
    assert (phone.label, phone.hint_of_value) == ("số điện thoại", "…678")
    assert (email.label, email.hint_of_value) == ("địa chỉ thư điện tử cá nhân", "…@gmail.com")
    assert (address.label, address.hint_of_value) == ("địa chỉ nơi ở", "trú tại …")


def test_allowed_values_compare_by_digits_and_without_case():
    assert public_form("0225.3000.000") == public_form("0225 3000 000") == "02253000000"
    assert public_form("+84 225 3000 000") == "02253000000"
    assert public_form("VHXH@HaiPhong.gov.vn") == "vhxh@haiphong.gov.vn"


def test_a_phrase_is_allowed_inside_the_text_that_allows_it():
    (ethnicity,) = find_personal_data("Nghệ nhân dân tộc Mông", EXAMPLE_YEAR)
    assert is_allowed(ethnicity, {public_form("Nghệ nhân dân tộc Mông")}) == "nghệ nhân dân tộc mông"
    (phone,) = find_personal_data("0912 345 678", EXAMPLE_YEAR)
    assert is_allowed(phone, {public_form("0912 345 6789")}) is None


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
