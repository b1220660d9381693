"""Workbooks shaped like the office's real lists, written by the tests with openpyxl."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from openpyxl import Workbook

TITLE_ROWS = [
    "ỦY BAN NHÂN DÂN PHƯỜNG LÊ THANH NGHỊ",
    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
    "(Kèm theo Quyết định số 20/QĐ-UBND ngày 20/12/2026 của Chủ tịch UBND phường)",
]


def office_list(path: Path, people: list[list[object]], collectives: list[list[object]]) -> Path:
    """The usual list: title rows, a two-row merged header, column numbers, groups, signatures.

    Each person or collective is [STT, Họ và tên, Chức vụ, Đơn vị, Danh hiệu / Hình thức, Thành tích].
    """
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    write_list(sheet, people, collectives)
    workbook.save(path)
    return path


def office_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A workbook of several sheets, each the usual list of the people given for it."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, people in sheets.items():
        write_list(workbook.create_sheet(title), people, [])
    workbook.save(path)
    return path


def write_list(sheet, people: list[list[object]], collectives: list[list[object]]) -> None:
    for row, title in enumerate(TITLE_ROWS, start=1):
        sheet.cell(row, 1, title)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    # Row 4 is blank; the header takes rows 5 and 6, "Khen thưởng" spanning two columns.
    for column, name in enumerate(["STT", "Họ và tên", "Chức vụ", "Đơn vị"], start=1):
        sheet.cell(5, column, name)
        sheet.merge_cells(start_row=5, start_column=column, end_row=6, end_column=column)
    sheet.cell(5, 5, "Khen thưởng")
    sheet.merge_cells("E5:F5")
    sheet.cell(6, 5, "Danh hiệu / Hình thức")
    sheet.cell(6, 6, "Thành tích ")
    for column in range(1, 7):
        sheet.cell(7, column, f"({column})")
    row = 8
    for group, members in (("I", collectives), ("II", people)):
        if not members:
            continue
        sheet.cell(row, 1, group)
        sheet.cell(row, 2, "TẬP THỂ" if group == "I" else "CÁ NHÂN")
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        row += 1
        for member in members:
            for column, value in enumerate(member, start=1):
                sheet.cell(row, column, value)
            row += 1
        row += 1
    sheet.cell(row, 1, f"Danh sách có {len(collectives)} tập thể và {len(people)} cá nhân")
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    sheet.cell(row + 2, 2, "NGƯỜI LẬP BIỂU")
    sheet.cell(row + 2, 5, "CHỦ TỊCH")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """`text` as Excel saves a CSV on Vietnamese Windows: tone marks as separate characters."""
    letters = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        letters.append(base + "".join(c for c in parts if c in _TONES))
    return "".join(letters).encode("cp1258")
