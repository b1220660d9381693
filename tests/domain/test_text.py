from datetime import date

import pytest

from generator.domain.text import (
    bare_name,
    fold,
    format_date,
    format_date_formal,
    format_number,
    format_quantity,
    person_sort_key,
    slugify,
    vietnamese_key,
)


def test_fold_removes_marks_and_maps_d_stroke():
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("  Chiến   sĩ ") == "chien si"


def test_slugify_never_turns_d_stroke_into_dj():
    assert slugify("Đức") == "duc"
    assert slugify("15/QĐ-UBND") == "15-qd-ubnd"


def test_vietnamese_letter_order_is_not_code_point_order():
    words = ["Đức", "Dũng", "Anh", "Ân", "Ăn", "Bình"]
    assert sorted(words, key=vietnamese_key) == ["Anh", "Ăn", "Ân", "Bình", "Dũng", "Đức"]


def test_tone_order_breaks_ties_between_same_letters():
    words = ["mạ", "má", "mã", "mả", "mà", "ma"]
    assert sorted(words, key=vietnamese_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_numbers_in_names_sort_by_value_and_before_words():
    names = ["Tổ dân phố số 10", "Tổ dân phố số 2", "Tổ dân phố số 1", "Tổ dân phố số 2A", "Tổ dân phố Đông"]
    assert sorted(names, key=vietnamese_key) == [
        "Tổ dân phố Đông", "Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 2A", "Tổ dân phố số 10",
    ]


def test_people_sort_by_given_name_first():
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đỗ Đức Ánh"]
    assert sorted(names, key=person_sort_key) == [
        "Lê Văn An", "Nguyễn Thị An", "Đỗ Đức Ánh", "Trần Văn Bình",
    ]


def test_dates_and_numbers_read_the_vietnamese_way():
    assert format_date(date(2026, 2, 5)) == "05/02/2026"
    assert format_number(1234.5) == "1.234,5"
    assert format_number(0.2) == "0,2"
    assert format_number(95) == "95"
    assert format_number(95.0) == "95"


# Nghị định 30/2020/NĐ-CP, Phụ lục I: a leading zero only for days below 10 and for months 1 and 2.
DECREE_30_2020_APPENDIX_I_DATES = [
    (date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
    (date(2026, 2, 10), "ngày 10 tháng 02 năm 2026"),
    (date(2026, 1, 1), "ngày 01 tháng 01 năm 2026"),
    (date(2026, 7, 5), "ngày 05 tháng 7 năm 2026"),
    (date(2026, 8, 27), "ngày 27 tháng 8 năm 2026"),
    (date(2026, 3, 9), "ngày 09 tháng 3 năm 2026"),
    (date(2026, 12, 31), "ngày 31 tháng 12 năm 2026"),
]


@pytest.mark.parametrize("day, text", DECREE_30_2020_APPENDIX_I_DATES)
def test_decree_30_2020_appendix_i_formal_dates(day, text):
    assert format_date_formal(day) == text


@pytest.mark.parametrize("value, measure, text", [
    (5.4, "%", "5,4%"),
    (0.2, "%", "0,2%"),
    (86.2, "%", "86,2%"),
    (1.5, "‰", "1,5‰"),
    (12, "tỷ đồng", "12 tỷ đồng"),
    (1234.5, "hộ", "1.234,5 hộ"),
])
def test_percent_signs_are_written_against_the_number(value, measure, text):
    assert format_quantity(value, measure) == text


# Dictionary order (Vũ Xuân Lương, Vietlex): syllable by syllable, letters then tone; level, grave,
# hook, tilde, acute, dot.
def test_dictionary_order_given_names_sort_syllable_by_syllable_with_tone():
    names = ["Trần Thị Ánh", "Nguyễn Văn Anh", "Trần Văn Anh", "Lê Thị Ảnh", "Đỗ Đức Ánh", "Bùi Thị Anh"]
    assert sorted(names, key=person_sort_key) == [
        # Every "Anh" before every "Ảnh" before every "Ánh"; within one, by family then middle name.
        "Bùi Thị Anh", "Nguyễn Văn Anh", "Trần Văn Anh", "Lê Thị Ảnh", "Đỗ Đức Ánh", "Trần Thị Ánh",
    ]


def test_dictionary_order_a_syllables_tone_counts_before_the_next_syllable():
    assert sorted(["ma cà", "má ca", "mà ca"], key=vietnamese_key) == ["ma cà", "mà ca", "má ca"]


@pytest.mark.parametrize("name, bare", [
    ("Hộ ông Nguyễn Văn An", "Nguyễn Văn An"),
    ("Hộ bà Trần Thị Bình", "Trần Thị Bình"),
    ("hộ gia đình ông Lê Văn Cử", "Lê Văn Cử"),
    ("Bà Đào Thị Mận", "Đào Thị Mận"),
    ("Ông Lê Văn Bình", "Lê Văn Bình"),
    ("Bành Văn Ông", "Bành Văn Ông"),
])
def test_honorific_and_household_prefixes_are_not_sorted_on(name, bare):
    assert bare_name(name) == bare
    assert person_sort_key(name) == person_sort_key(bare)


def test_households_sort_by_the_heads_given_name():
    names = ["Hộ ông Trần Quang Nam", "Hộ bà Trần Thị Bình", "Hộ ông Nguyễn Văn An"]
    assert sorted(names, key=person_sort_key) == [
        "Hộ ông Nguyễn Văn An", "Hộ bà Trần Thị Bình", "Hộ ông Trần Quang Nam",
    ]


def test_format_number_never_shows_binary_noise():
    assert format_number(55.1 + 33.2) == "88,3"
    assert format_number(0.1 + 0.2) == "0,3"
    assert format_number(86.25) == "86,25"
