"""Read a workbook (.xlsx) or a CSV file into plain grids of text, one per sheet.

A merged cell's value is copied into every cell it covers, as a reader sees it: a unit written
once beside five people belongs to all five, and a header merged over two rows names both.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from generator.importing.cells import cell_text, was_decomposed

# Excel's list separator is ";" where the decimal separator is a comma, as in Vietnam.
_CSV_DELIMITERS = ",;\t"


class UnreadableFile(Exception):
    """The file is not a workbook or CSV file this tool can read; the message says why."""


@dataclass
class Sheet:
    name: str
    rows: list[list[str]]
    # (row, column) of cells inside a merged range wider than one column, counted from 1.
    wide: set[tuple[int, int]] = field(default_factory=set)
    decomposed: int = 0
    # (row, column) of cells Excel stored as a date ("ngày") or a number ("số"), not as text: in a
    # column of text they are what Excel made of what was typed ("1/5" became 1 May).
    typed: dict[tuple[int, int], str] = field(default_factory=dict)

    def cell(self, row: int, column: int) -> str:
        line = self.rows[row - 1] if 0 < row <= len(self.rows) else []
        return line[column - 1] if 0 < column <= len(line) else ""


def read_sheets(path: Path) -> list[Sheet]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_workbook(path)
    if suffix == ".csv":
        return [_read_csv(path)]
    if suffix == ".xls":
        raise UnreadableFile(
            "tệp .xls (Excel 97-2003) không đọc được; mở bằng Excel và lưu lại dạng "
            "\"Excel Workbook (*.xlsx)\""
        )
    raise UnreadableFile("chỉ nhập được tệp .xlsx hoặc .csv")


def _read_workbook(path: Path) -> list[Sheet]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # Formulas are read as the values Excel last computed and saved.
        workbook = load_workbook(path, data_only=True)
    except zipfile.BadZipFile:
        # An .xlsx is a zip archive: this is another file renamed, or a damaged one.
        raise UnreadableFile(
            "nội dung tệp không phải bảng tính Excel .xlsx (có thể là tệp khác bị đổi đuôi, hoặc tệp bị hỏng); "
            "mở tệp bằng Excel và lưu lại dạng \"Excel Workbook (*.xlsx)\", hoặc lưu dạng CSV"
        ) from None
    except (InvalidFileException, OSError, KeyError, ValueError) as error:
        raise UnreadableFile(f"không mở được tệp Excel ({error})") from None
    sheets = []
    for worksheet in workbook.worksheets:
        values = {
            (cell.row, cell.column): cell.value
            for row in worksheet.iter_rows()
            for cell in row
            if cell.value is not None
        }
        wide = set()
        for merged in worksheet.merged_cells.ranges:
            top_left = values.get((merged.min_row, merged.min_col))
            for row in range(merged.min_row, merged.max_row + 1):
                for column in range(merged.min_col, merged.max_col + 1):
                    if top_left is not None:
                        values[(row, column)] = top_left
                    if merged.max_col > merged.min_col:
                        wide.add((row, column))
        height = max((row for row, _ in values), default=0)
        width = max((column for _, column in values), default=0)
        rows = [
            [cell_text(values.get((row, column))) for column in range(1, width + 1)]
            for row in range(1, height + 1)
        ]
        decomposed = sum(1 for value in values.values() if was_decomposed(value))
        typed = {place: _stored_as(value) for place, value in values.items() if _stored_as(value)}
        sheets.append(Sheet(worksheet.title, rows, wide, decomposed, typed))
    return sheets


def _stored_as(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return "ngày"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "số"
    return ""


def _read_csv(path: Path) -> Sheet:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV" on Vietnamese Windows is saved in the ANSI code page, Windows-1258.
        text = raw.decode("cp1258", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=_CSV_DELIMITERS)
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    width = max((len(record) for record in records), default=0)
    rows = [[cell_text(value) for value in record] + [""] * (width - len(record)) for record in records]
    decomposed = sum(1 for record in records for value in record if was_decomposed(value))
    return Sheet("", rows, set(), decomposed)
