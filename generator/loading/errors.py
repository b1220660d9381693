"""Problems found in the editors' files, worded for the clerks who fix them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DataError:
    """One problem: where it is, what is wrong, and how to put it right."""

    file: str
    line: int
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: "
        what = f"{self.field}: {self.message}" if self.field else self.message
        return where + what + (f". Cách sửa: {self.hint}" if self.hint else "")


class DataErrors(Exception):
    """Raised once with every problem found, so the editor sees them all at once."""

    def __init__(self, errors: list[DataError]):
        super().__init__(f"{len(errors)} lỗi dữ liệu")
        self.errors = sorted(set(errors))

    def report(self) -> str:
        count = len(self.errors)
        lines = [str(error) for error in self.errors]
        lines.append(
            f"Tìm thấy {count} lỗi trong dữ liệu. Trang web chưa được tạo; "
            "trang web đã xuất bản trước đó (nếu có) vẫn giữ nguyên."
        )
        return "\n".join(lines)
