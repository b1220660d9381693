"""Problems found in the editors' files, worded for the clerks who fix them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

# A name with a space, a quote, a colon or a control character (a newline) is quoted, so that
# where the name ends, and which line of the message is which, cannot be mistaken.
_NEEDS_QUOTES = re.compile(r'[\s"\':\\]|[\x00-\x1f\x7f-\x9f]')


def shown_file(name: str) -> str:
    """A file's name as a message shows it: as it is, or quoted with its special characters escaped."""
    return json.dumps(name, ensure_ascii=False) if _NEEDS_QUOTES.search(name) else name


# A file or a folder of data or pages that cannot be read: named, never skipped without a word.
UNREADABLE = "không đọc được tệp (không có quyền đọc, hoặc lỗi ổ đĩa)"
UNREADABLE_HINT = "cấp quyền đọc tệp cho người chạy lệnh, hoặc chép lại tệp"
UNLISTABLE = "không mở được thư mục (không có quyền đọc, hoặc lỗi ổ đĩa)"
UNLISTABLE_HINT = "cấp quyền đọc thư mục cho người chạy lệnh, hoặc chép lại thư mục"


@dataclass(frozen=True, order=True)
class DataError:
    """One problem: where it is, what is wrong, and how to put it right."""

    file: str
    line: int
    field: str
    message: str
    hint: str = ""
    # The same problem in many places (one phone pasted into every achievement) is told in full a
    # few times, then its other places on one line (DataErrors.report).
    grouped: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        where = f"{shown_file(self.file)}:{self.line}: "
        what = f"{self.field}: {self.message}" if self.field else self.message
        return where + what + (f". Cách sửa: {self.hint}" if self.hint else "")


def field_name(path: tuple) -> str:
    """How a place in a file is named to an editor: the key, and which list item it is in.

    ("danh_sach", 1, "don_vi") reads "don_vi (danh_sach, mục 2)", counting items from one as
    people do.
    """
    leaf = next((part for part in reversed(path) if isinstance(part, str)), "")
    last_index = max((i for i, part in enumerate(path) if isinstance(part, int)), default=None)
    if last_index is None:
        return leaf
    item = f"mục {path[last_index] + 1}"
    list_key = next((p for p in reversed(path[:last_index]) if isinstance(p, str)), "")
    where = f"{list_key}, {item}" if list_key else item
    if leaf == list_key or leaf not in path[last_index:]:
        return f"{list_key} ({item})" if list_key else item
    return f"{leaf} ({where})"


class DataErrors(Exception):
    """Raised once with every problem found, so the editor sees them all at once."""

    def __init__(self, errors: list[DataError]):
        super().__init__(f"{len(errors)} lỗi dữ liệu")
        self.errors = sorted(set(errors))

    def report(self) -> str:
        count = len(self.errors)
        lines = _grouped_lines(self.errors)
        lines.append(
            f"Tìm thấy {count} lỗi trong dữ liệu. Trang web chưa được tạo; "
            "trang web đã xuất bản trước đó (nếu có) vẫn giữ nguyên."
        )
        return "\n".join(lines)


# How many places of one repeated problem are told in full, and how many more are named after.
REPEATS_IN_FULL = 3
REPEATS_NAMED = 5


def _grouped_lines(errors: list[DataError]) -> list[str]:
    """One line per error, except that a grouped problem repeated more than REPEATS_IN_FULL + 1
    times is told in full REPEATS_IN_FULL times, then its other places on one line."""
    places: dict[tuple[str, str], list[DataError]] = {}
    for error in errors:
        if error.grouped:
            places.setdefault((error.message, error.hint), []).append(error)
    order = {id(error): index for same in places.values() for index, error in enumerate(same)}
    lines = []
    for error in errors:
        same = places.get((error.message, error.hint), [error])
        index = order.get(id(error), 0)
        if len(same) <= REPEATS_IN_FULL + 1 or index < REPEATS_IN_FULL:
            lines.append(str(error))
        elif index == REPEATS_IN_FULL:
            rest = same[REPEATS_IN_FULL:]
            named = ", ".join(f"{shown_file(e.file)}:{e.line}" for e in rest[:REPEATS_NAMED])
            more = f" và {len(rest) - REPEATS_NAMED} chỗ khác" if len(rest) > REPEATS_NAMED else ""
            lines.append(f"{shown_file(error.file)}:{error.line}: lỗi như trên ({error.message.split(',')[0]}) "
                         f"còn ở {len(rest)} chỗ nữa: {named}{more}")
    return lines
