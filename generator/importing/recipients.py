"""Find the list in a sheet and turn each of its rows into a recipient of the decision.

The usual office list is "STT, Họ và tên, Chức vụ, Đơn vị, Danh hiệu / Hình thức, Thành tích",
with title rows above the header, a row numbering the columns "(1) (2) …" under it, group rows
such as "I. TẬP THỂ" / "II. CÁ NHÂN", and signatures below. Columns are found by their header,
whatever their order; units and titles are matched against the catalogue already in data/.
Every problem is reported with its sheet, row and column, as the editor sees them in Excel.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from generator.domain.keys import yaml_key
from generator.domain.labels import RECIPIENT_KIND_IN_SENTENCE
from generator.domain.portal import Portal
from generator.domain.records import Unit
from generator.domain.text import fold
from generator.importing.cells import legacy_encoding
from generator.importing.sheets import Sheet

# Header names an office uses for each column, folded (no marks, lower case, no punctuation).
COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("stt", "tt", "so tt", "so thu tu"),
    "honorific": ("ong ba", "danh xung", "gioi tinh"),
    "name": ("ho va ten", "ho ten", "ten", "ten tap the", "ten ca nhan tap the", "ten tap the ca nhan",
             "ca nhan tap the", "ho ten ca nhan", "ho va ten ca nhan"),
    "position": ("chuc vu", "chuc danh", "chuc vu chuc danh"),
    "unit": ("don vi", "don vi cong tac", "co quan don vi", "noi cong tac", "co quan", "don vi co quan"),
    "award": ("danh hieu", "hinh thuc", "danh hieu hinh thuc", "hinh thuc khen thuong", "danh hieu thi dua",
              "danh hieu hinh thuc khen thuong", "khen thuong", "danh hieu khen thuong",
              "hinh thuc danh hieu"),
    "achievement": ("thanh tich", "thanh tich dat duoc", "tom tat thanh tich", "noi dung thanh tich",
                    "ly do khen thuong"),
    "kind": ("doi tuong", "loai doi tuong"),
}
# Common abbreviations in unit names, expanded before names are compared.
ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "mttq": "mat tran to quoc",
    "thcs": "trung hoc co so", "thpt": "trung hoc pho thong", "tdp": "to dan pho",
    "htx": "hop tac xa", "cty": "cong ty", "tnhh": "trach nhiem huu han", "lhpn": "lien hiep phu nu",
    "ccb": "cuu chien binh", "bchqs": "ban chi huy quan su", "ttpvhcc": "trung tam phuc vu hanh chinh cong",
}
KIND_WORDS = (("ho gia dinh", "ho_gia_dinh"), ("gia dinh", "ho_gia_dinh"), ("tap the", "tap_the"),
              ("ca nhan", "ca_nhan"))
HONORIFICS = {"ong": "Ông", "ba": "Bà", "nam": "Ông", "nu": "Bà"}

HEADER_SEARCH_ROWS = 40
_HONORIFIC_PREFIX = re.compile(r"^(Ông|Bà|ông|bà|ÔNG|BÀ)\s+(?=\S)")
_POSTHUMOUS = re.compile(r"\(?\s*truy\s+tặng\s*\)?", re.IGNORECASE)
_NUMBER = re.compile(r"^\d+([.,]\d+)*\.?$")
_GROUP_NUMBER = re.compile(r"^([IVXLC]+|[A-Za-z])[.)]?$")
_COLUMN_NUMBER = re.compile(r"^\(?\d+\)?$")


def _column_letter(column: int) -> str:
    """Excel's name of a column: 1 is A, 28 is AB."""
    # Imported here, as in sheets.py: openpyxl (with numpy, which it loads) takes 0.16 s to
    # import, and every command, `build` too, would pay it at start.
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


@dataclass(frozen=True)
class Problem:
    """One problem in the file or the command line, where the editor will look for it."""

    sheet: int
    row: int
    column: int
    where: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" + (f". Cách sửa: {self.hint}" if self.hint else "")


@dataclass
class SheetResult:
    recipients: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    found_header: bool = False


class SheetReader:
    """Reads the list in one sheet against the records already in the Portal."""

    def __init__(self, file_name: str, portal: Portal, default_award: str | None):
        self.file_name = file_name
        self.portal = portal
        self.default_award = default_award
        self.units = _UnitIndex(portal)
        self.award_names = sorted({entry.name for entry in portal.catalogue.values()}
                                  | {alias for entry in portal.catalogue.values() for alias in entry.aliases})

    def where(self, sheet: Sheet, row: int = 0, column: int = 0, label: str = "") -> str:
        parts = [self.file_name]
        if sheet.name:
            parts.append(f'trang "{sheet.name}"')
        if row and column:
            parts.append(f"ô {_column_letter(column)}{row}" + (f" ({label})" if label else ""))
        elif row:
            parts.append(f"dòng {row}")
        return ", ".join(parts)

    def read(self, index: int, sheet: Sheet) -> SheetResult:
        result = SheetResult()
        found = _find_header(sheet)
        if found is None:
            return result
        result.found_header = True
        header_row, columns = found

        def problem(row: int, key: str | None, message: str, hint: str = "") -> None:
            column = columns.get(key, 0) if key else 0
            label = sheet.cell(header_row, column) if column else ""
            result.problems.append(Problem(index, row, column, self.where(sheet, row, column, label),
                                           message, hint))

        if "award" not in columns and not self.default_award:
            problem(header_row, None, 'không có cột "Danh hiệu / Hình thức"',
                    'thêm cột đó, hoặc ghi danh hiệu chung cho cả danh sách bằng --danh-hieu "…"')
            return result
        ignored = [
            f"{sheet.cell(header_row, column)} ({_column_letter(column)})"
            for column in range(1, len(sheet.rows[header_row - 1]) + 1)
            if column not in columns.values() and sheet.cell(header_row, column)
            and _header_field(sheet.cell(header_row, column)) is None
        ]
        if ignored:
            result.notes.append(
                f"{self.where(sheet)}: không nhập các cột {', '.join(ignored)} (cổng thông tin chỉ công "
                "khai họ tên, chức vụ, đơn vị, danh hiệu và thành tích)."
            )
        group_kind: str | None = None
        skipped: list[int] = []
        seen: dict[tuple, int] = {}
        for row in range(header_row + 1, len(sheet.rows) + 1):
            values = {key: sheet.cell(row, column) for key, column in columns.items()}
            line = [text for text in sheet.rows[row - 1] if text]
            if not line or all(_COLUMN_NUMBER.match(text) for text in line):
                continue
            number = values.get("number", "")
            name_is_wide = (row, columns["name"]) in sheet.wide
            if name_is_wide or _GROUP_NUMBER.match(number):
                group_kind = _kind_in(" ".join(dict.fromkeys(line))) or group_kind
                continue
            if "number" in columns and not _NUMBER.match(number):
                skipped.append(row)
                continue
            recipient = self._recipient(row, values, group_kind, problem)
            if recipient is None:
                continue
            key = (fold(recipient[yaml_key("name")]), recipient.get(yaml_key("unit")),
                   fold(recipient[yaml_key("award")]))
            if key in seen:
                problem(row, "name", f"{recipient[yaml_key('name')]} đã có ở dòng {seen[key]} với cùng "
                        f"{recipient[yaml_key('award')]}",
                        "xóa một trong hai dòng: một thành tích chỉ được khen thưởng một lần")
                continue
            seen[key] = row
            result.recipients.append(recipient)
        if skipped:
            result.notes.append(
                f"{self.where(sheet)}: bỏ qua {len(skipped)} dòng không có số thứ tự (dòng "
                f"{', '.join(map(str, skipped))}); nếu đó là người được khen thưởng, hãy ghi số thứ tự."
            )
        return result

    def _recipient(self, row: int, values: dict[str, str], group_kind: str | None, problem) -> dict | None:
        legacy = {}
        for key, text in values.items():
            encoding = legacy_encoding(text)
            if encoding:
                problem(row, key, f'chữ có vẻ gõ bằng bảng mã {encoding} cũ ("{text}"), sẽ hiện thành chữ '
                        "lỗi trên trang",
                        f"chuyển tệp sang Unicode bằng Unikey (Công cụ chuyển mã, nguồn {encoding}, đích "
                        "Unicode) rồi nhập lại")
                legacy[key] = text
        if "name" in legacy or "award" in legacy:
            return None
        # The other cells of the row are still checked, so one run reports all that is wrong.
        ok = not legacy
        values = {key: text for key, text in values.items() if key not in legacy}
        raw_name = values.get("name", "")
        posthumous = bool(_POSTHUMOUS.search(raw_name))
        name = " ".join(_POSTHUMOUS.sub(" ", raw_name).split())
        honorific = None
        prefix = _HONORIFIC_PREFIX.match(name)
        if prefix:
            honorific = "Ông" if fold(prefix.group(1)) == "ong" else "Bà"
            name = name[prefix.end():]
        if values.get("honorific"):
            honorific = HONORIFICS.get(fold(values["honorific"]))
            if honorific is None:
                problem(row, "honorific", f'không hiểu danh xưng "{values["honorific"]}"',
                        "ghi Ông, Bà, Nam hoặc Nữ")
                ok = False
        if not name:
            problem(row, "name", "dòng có số thứ tự nhưng thiếu họ tên hoặc tên tập thể",
                    "ghi họ tên, hoặc xóa dòng này")
            return None
        award_text = values.get("award") or self.default_award or ""
        entry = self.portal.catalogue_entry(award_text) if award_text else None
        if not award_text:
            problem(row, "award", "thiếu danh hiệu hoặc hình thức khen thưởng",
                    'ghi danh hiệu vào ô này, hoặc ghi danh hiệu chung bằng --danh-hieu "…"')
            ok = False
        elif entry is None:
            problem(row, "award" if values.get("award") else None,
                    f'không có danh hiệu hay hình thức khen thưởng nào tên "{award_text}"',
                    "ghi đúng tên như trong data/danh_muc/danh_hieu/, hoặc thêm cách viết này vào "
                    "ten_goi_khac của danh hiệu đó" + _guess(award_text, self.award_names))
            ok = False
        kind = _kind_in(values.get("kind", "")) if values.get("kind") else None
        if values.get("kind") and kind is None:
            problem(row, "kind", f'không hiểu đối tượng "{values["kind"]}"', "ghi Cá nhân, Tập thể hoặc Hộ gia đình")
            ok = False
        kind = kind or group_kind or ("ca_nhan" if honorific else None)
        if kind is None and entry is not None and len(entry.recipient_kinds) == 1:
            kind = entry.recipient_kinds[0]
        if kind is None and ok:
            problem(row, "name", f"không rõ {name} là cá nhân, tập thể hay hộ gia đình",
                    'ghi "Ông" hoặc "Bà" trước họ tên cá nhân, hoặc thêm dòng nhóm "I. Tập thể", '
                    '"II. Cá nhân" phía trên, hoặc thêm cột "Đối tượng"')
            return None
        if entry is not None and kind is not None and kind not in entry.recipient_kinds:
            allowed = ", ".join(RECIPIENT_KIND_IN_SENTENCE[k] for k in entry.recipient_kinds)
            problem(row, "award" if values.get("award") else "name",
                    f"{entry.name} không tặng cho {RECIPIENT_KIND_IN_SENTENCE[kind]}",
                    f"danh hiệu này chỉ dành cho: {allowed}; kiểm tra lại danh hiệu hoặc nhóm của dòng này")
            ok = False
        if kind == "ca_nhan" and honorific is None:
            problem(row, "name", f"không rõ danh xưng (Ông hay Bà) của {name}",
                    'ghi "Ông" hoặc "Bà" trước họ tên, ví dụ "Bà Trần Thị Đức", hoặc thêm cột "Ông/Bà"')
            ok = False
        unit = None
        if values.get("unit"):
            unit = self.units.find(values["unit"])
            if unit is None:
                problem(row, "unit", f'không có đơn vị nào tên "{values["unit"]}"',
                        "ghi tên hoặc mã đơn vị như trong data/don_vi/, hoặc thêm đơn vị đó trước "
                        "(python -m generator new don_vi MÃ)" + self.units.guess(values["unit"]))
                ok = False
        elif kind == "tap_the":
            unit = self.units.find(name, exact=True)
        if not ok or entry is None or kind is None:
            return None
        recipient: dict[str, Any] = {yaml_key("recipient_kind"): kind}
        if kind == "ca_nhan":
            recipient[yaml_key("honorific")] = honorific
        recipient[yaml_key("name")] = name
        if values.get("position"):
            recipient[yaml_key("position")] = values["position"]
        if unit is not None:
            recipient[yaml_key("unit")] = unit.id
        recipient[yaml_key("award")] = entry.name
        if values.get("achievement"):
            recipient[yaml_key("achievement")] = values["achievement"]
        if posthumous:
            recipient[yaml_key("posthumous")] = True
        return recipient


class _UnitIndex:
    """Units by code, by name and by former name, compared folded with abbreviations expanded."""

    def __init__(self, portal: Portal):
        self.by_code = dict(portal.units)
        self.by_name: dict[str, Unit] = {}
        for unit in sorted(portal.units.values(), key=lambda u: u.id):
            for name in (unit.name, *(former.name for former in unit.former_names)):
                self.by_name.setdefault(_unit_key(name), unit)

    def find(self, text: str, exact: bool = False) -> Unit | None:
        if text.strip() in self.by_code:
            return self.by_code[text.strip()]
        key = _unit_key(text)
        if key in self.by_name:
            return self.by_name[key]
        if exact:
            return None
        # "Công an phường" for "Công an phường Lê Thanh Nghị": a name cut short, if only one fits.
        starting = {unit.id: unit for name, unit in self.by_name.items() if name.startswith(key + " ")}
        if len(starting) == 1 and len(key.split()) >= 2:
            return next(iter(starting.values()))
        # "Tổ Toán - Tin, Trường THCS Lê Thanh Nghị": the unit is the last part that is one.
        parts = [part for part in re.split(r"[,;–-]", text) if part.strip()]
        if len(parts) > 1:
            for part in reversed(parts):
                unit = self.find(part, exact=True)
                if unit is not None:
                    return unit
        return None

    def guess(self, text: str) -> str:
        close = difflib.get_close_matches(_unit_key(text), list(self.by_name), n=1, cutoff=0.6)
        if not close:
            return ""
        unit = self.by_name[close[0]]
        return f'; có phải ý bạn là "{unit.name}" ({unit.id})?'


def _unit_key(text: str) -> str:
    words = re.sub(r"[^\w\s]", " ", fold(text)).split()
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


def _header_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def _header_field(text: str) -> str | None:
    candidates = [_header_key(text)] + [_header_key(part) for part in re.split(r"[/,;(]", text)]
    for candidate in candidates:
        for key, names in COLUMNS.items():
            if candidate in names:
                return key
    return None


def _find_header(sheet: Sheet) -> tuple[int, dict[str, int]] | None:
    """The header row (the one naming most known columns, among them the name) and its columns."""
    best: tuple[int, dict[str, int]] | None = None
    for row in range(1, min(len(sheet.rows), HEADER_SEARCH_ROWS) + 1):
        columns: dict[str, int] = {}
        for column, text in enumerate(sheet.rows[row - 1], start=1):
            key = _header_field(text) if text else None
            if key and key not in columns:
                columns[key] = column
        if "name" in columns and len(columns) >= 2 and (best is None or len(columns) > len(best[1])):
            best = (row, columns)
    return best


def _kind_in(text: str) -> str | None:
    folded = _header_key(text)
    for words, kind in KIND_WORDS:
        if re.search(rf"\b{words}\b", folded):
            return kind
    return None


def _guess(text: str, names: list[str]) -> str:
    folded = {fold(name): name for name in names}
    close = difflib.get_close_matches(fold(text), list(folded), n=1, cutoff=0.6)
    return f'; có phải ý bạn là "{folded[close[0]]}"?' if close else ""
