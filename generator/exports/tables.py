"""A table as CSV and as JSON: exactly the rows and columns the page shows.

CSV opens in Excel with its Vietnamese intact: UTF-8 with a byte-order mark, fields quoted as
RFC 4180 says, lines ended by CRLF. JSON keeps each row's stable id ("ma"), ISO dates and numbers.
"""

from __future__ import annotations

import csv
import io
import json

from generator.exports.table_data import Table


def table_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.label for column in table.columns])
    for row in table.rows:
        writer.writerow([cell.plain() for cell in row.cells])
    return "\ufeff" + out.getvalue()


def table_json(table: Table, page_address: str) -> str:
    document = {
        "bang": table.caption,
        "trang": page_address,
        "cot": [{"ma": column.key, "ten": column.label} for column in table.columns],
        "dong": [
            {"ma": row.id, **{column.key: cell.data() for column, cell in zip(table.columns, row.cells)}}
            for row in table.rows
        ],
    }
    return json.dumps(document, ensure_ascii=False) + "\n"
