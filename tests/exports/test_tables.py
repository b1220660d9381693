"""A table's downloads, as exact text: what the page shows, in CSV for Excel and in JSON."""

from __future__ import annotations

from datetime import date

from generator.domain.text import person_sort_key
from generator.exports.table_data import Cell, Column, Link, Row, Table
from generator.exports.tables import table_csv, table_json


def people() -> Table:
    return Table(
        "danh-sach", "Danh sách khen thưởng",
        (Column("ho_ten", "Họ và tên", sortable=True), Column("ngay_ky", "Ngày ký", sortable=True),
         Column("thanh_tich", "Thành tích")),
        (
            Row("15-qd/1", (Cell("Bà Trần Thị Đức", sort=person_sort_key("Trần Thị Đức")),
                            Cell("15/01/2026", value=date(2026, 1, 15)),
                            Cell('Đạt "xuất sắc", dẫn đầu khối'))),
            Row("9-qd/2", (Cell("Ông Lê Văn An", sort=person_sort_key("Lê Văn An")),
                           Cell("02/03/2025", value=date(2025, 3, 2)),
                           Cell("Hai dòng\nthành tích", links=(Link("Quyết định số 9", "quyet-dinh/9-qd/"),)))),
        ),
    )


def test_csv_is_utf8_with_bom_and_rfc4180_quoting():
    assert table_csv(people()) == (
        "\ufeffHọ và tên,Ngày ký,Thành tích\r\n"
        'Bà Trần Thị Đức,15/01/2026,"Đạt ""xuất sắc"", dẫn đầu khối"\r\n'
        'Ông Lê Văn An,02/03/2025,"Hai dòng\nthành tích; Quyết định số 9"\r\n'
    )


def test_json_keeps_row_ids_iso_dates_and_column_names():
    assert table_json(people(), "https://phuong.example/khen-thuong/nam-2026/") == (
        '{"bang": "Danh sách khen thưởng", "trang": "https://phuong.example/khen-thuong/nam-2026/", '
        '"cot": [{"ma": "ho_ten", "ten": "Họ và tên"}, {"ma": "ngay_ky", "ten": "Ngày ký"}, '
        '{"ma": "thanh_tich", "ten": "Thành tích"}], '
        '"dong": [{"ma": "15-qd/1", "ho_ten": "Bà Trần Thị Đức", "ngay_ky": "2026-01-15", '
        '"thanh_tich": "Đạt \\"xuất sắc\\", dẫn đầu khối"}, '
        '{"ma": "9-qd/2", "ho_ten": "Ông Lê Văn An", "ngay_ky": "2025-03-02", '
        '"thanh_tich": "Hai dòng\\nthành tích; Quyết định số 9"}]}\n'
    )


def test_sortable_columns_know_each_row_place_in_vietnamese_order():
    # By given name: An before Đức; by date: 2025 before 2026. Other columns have no place.
    assert people().positions == ((1, 1, None), (0, 0, None))
