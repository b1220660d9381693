from datetime import date

from generator.domain.text import (
    fold,
    format_date,
    format_date_formal,
    format_number,
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
    assert format_date_formal(date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert format_number(1234.5) == "1.234,5"
    assert format_number(0.2) == "0,2"
    assert format_number(95) == "95"
    assert format_number(95.0) == "95"


def test_format_number_never_shows_binary_noise():
    assert format_number(55.1 + 33.2) == "88,3"
    assert format_number(0.1 + 0.2) == "0,3"
    assert format_number(86.25) == "86,25"
