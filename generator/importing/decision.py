"""Assemble the data file of one decision from its list and the details given on the command line.

Nothing is written unless the whole file is right: every problem of the list and of the
details is collected first, and the new file must then load with the rest of the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from generator.domain.keys import yaml_key
from generator.domain.labels import RECIPIENT_KIND_IN_SENTENCE
from generator.domain.portal import Portal
from generator.domain.records import Decision
from generator.domain.text import format_date, slugify
from generator.importing.cells import legacy_encoding
from generator.importing.recipients import Problem, SheetReader
from generator.importing.sheets import Sheet

DECISIONS_FOLDER = "data/quyet_dinh"


@dataclass(frozen=True)
class Details:
    """What the list itself does not say: the decision's own fields, from command-line options."""

    number: str
    signed: str
    summary: str
    commendation_type: str | None = None
    campaign: str | None = None
    issuer: str | None = None
    level: str | None = None
    signer_position: str | None = None
    signer_name: str | None = None
    attachment: str | None = None
    code: str | None = None
    draft: bool = False
    publish_from: str | None = None
    default_award: str | None = None


# The option each field comes from, to tell the editor which one to correct.
OPTIONS = {
    "id": "--ma", "number": "--so-ky-hieu", "signed": "--ngay-ky", "summary": "--trich-yeu",
    "commendation_type": "--loai-hinh", "campaign": "--phong-trao", "issuer": "--co-quan-ban-hanh",
    "level": "--cap", "attachment": "--tep-dinh-kem",
    "publish_from": "--ngay-cong-bo",
}


@dataclass
class Imported:
    path: str = ""
    text: str = ""
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    recipients: list[dict[str, Any]] = field(default_factory=list)


def import_decision(root: Path, file_name: str, sheets: list[Sheet], details: Details, portal: Portal) -> Imported:
    result = Imported()
    reader = SheetReader(file_name, portal, details.default_award)
    with_header = 0
    for index, sheet in enumerate(sheets):
        if sheet.decomposed:
            result.notes.append(f"{reader.where(sheet)}: đã chuẩn hóa {sheet.decomposed} ô viết ở dạng "
                                "Unicode tổ hợp (NFD) sang dạng dựng sẵn (NFC).")
        read = reader.read(index, sheet)
        result.problems += read.problems
        result.notes += read.notes
        result.recipients += read.recipients
        if read.found_header:
            with_header += 1
        elif len(sheets) > 1:
            result.notes.append(f"{reader.where(sheet)}: bỏ qua trang này vì không có dòng tiêu đề cột.")
    if not with_header:
        legacy = _legacy_hint(sheets)
        result.problems.append(Problem(
            -1, 0, 0, file_name,
            'không tìm thấy dòng tiêu đề cột của danh sách (cần ít nhất cột "Họ và tên" và một cột khác '
            'như "Danh hiệu / Hình thức")' + legacy,
            'đặt tên cột như mẫu: STT, Họ và tên, Chức vụ, Đơn vị, Danh hiệu / Hình thức, Thành tích',
        ))
    elif not result.recipients and not result.problems:
        result.problems.append(Problem(-1, 0, 0, file_name, "danh sách không có dòng nào có số thứ tự và họ tên",
                                       "kiểm tra lại tệp: mỗi người, tập thể một dòng, có số thứ tự"))
    record, option_problems = _decision(root, details, portal, result.recipients)
    result.problems = option_problems + sorted(result.problems, key=lambda p: (p.sheet, p.row, p.column))
    if result.problems or record is None:
        return result
    result.path = f"{DECISIONS_FOLDER}/{record[yaml_key('id')]}.yml"
    result.text = _yaml_text(record, details, file_name)
    return result


def summary_of(imported: Imported) -> str:
    counts: dict[str, int] = {}
    for recipient in imported.recipients:
        kind = recipient[yaml_key("recipient_kind")]
        counts[kind] = counts.get(kind, 0) + 1
    parts = [f"{count} {RECIPIENT_KIND_IN_SENTENCE[kind]}" for kind, count in sorted(counts.items())]
    return f"{len(imported.recipients)} mục ({', '.join(parts)})"


def _decision(root: Path, details: Details, portal: Portal,
              recipients: list[dict]) -> tuple[dict | None, list[Problem]]:
    problems: list[Problem] = []

    def problem(option: str, message: str, hint: str = "") -> None:
        problems.append(Problem(-2, 0, 0, f"tham số {option}", message, hint))

    model = _latest_ward_decision(portal)
    issuer = details.issuer or (model.issuer if model else None)
    level = details.level or (model.level if model else "phuong")
    position = details.signer_position or (model.signer.position if model else None)
    signer = details.signer_name or (model.signer.full_name if model else None)
    commendation_type = details.commendation_type or (model.commendation_type if model else None)
    for option, value in (("--co-quan-ban-hanh", issuer), ("--chuc-vu-nguoi-ky", position),
                          ("--nguoi-ky", signer), ("--loai-hinh", commendation_type)):
        if not value:
            problem(option, "chưa có giá trị, và chưa có quyết định nào của phường để lấy theo",
                    f'ghi {option} "…"')
    if commendation_type and commendation_type not in portal.commendation_types:
        problem("--loai-hinh", f"không có loại hình khen thưởng nào mang mã {commendation_type}",
                "các mã: " + ", ".join(sorted(portal.commendation_types)))
    if details.campaign and details.campaign not in portal.campaigns:
        problem("--phong-trao", f"không có phong trào nào mang mã {details.campaign}",
                "xem mã trong data/phong_trao/")
    if details.attachment and not (root / "data" / details.attachment).is_file():
        problem("--tep-dinh-kem", f"không tìm thấy tệp {details.attachment} trong data/",
                "đặt tệp PDF trong data/tep/quyet-dinh/ và ghi đường dẫn tính từ data/, ví dụ "
                "tep/quyet-dinh/20-qd-ubnd-2026.pdf")

    record: dict[str, Any] = {}
    fields = {
        "id": details.code,
        "number": details.number,
        "signed": details.signed,
        "issuer": issuer,
        "level": level,
        "signer": {yaml_key("position"): position, yaml_key("full_name"): signer},
        "summary": details.summary,
        "commendation_type": commendation_type,
        "campaign": details.campaign,
        "attachment": details.attachment,
        "draft": details.draft or None,
        "publish_from": details.publish_from,
    }
    for name, value in fields.items():
        if value is not None:
            record[yaml_key(name)] = value
    record[yaml_key("recipients")] = recipients
    try:
        decision = Decision.model_validate({yaml_key("id"): "tam", **record})
    except ValidationError as invalid:
        reported = {p.where for p in problems}
        for error in invalid.errors():
            loc = tuple(error["loc"]) or ((error.get("ctx") or {}).get("field"),)
            name = next((n for n, f in Decision.model_fields.items() if f.alias == loc[0]), "")
            if name == "recipients":
                # An empty list is already explained by the problems of its rows.
                if recipients and len(loc) > 1:
                    problems.append(Problem(-2, 0, 0, f"danh sách, mục {loc[1] + 1}", error["msg"]))
                continue
            option = OPTIONS.get(name, "")
            if name == "signer":
                option = "--chuc-vu-nguoi-ky" if yaml_key("position") in loc else "--nguoi-ky"
            if option and f"tham số {option}" not in reported:
                problem(option, _option_message(error), _option_hint(name))
        return None, problems
    # Dates as the schema read them, so the file holds them in ISO form whatever was typed.
    record[yaml_key("signed")] = decision.signed
    if decision.publish_from is not None:
        record[yaml_key("publish_from")] = decision.publish_from
    code = details.code or slugify(f"{decision.number} {decision.signed.year}")
    record = {yaml_key("id"): code, **record}
    if (root / DECISIONS_FOLDER / f"{code}.yml").exists() or code in portal.decisions:
        problem("--ma", f"đã có quyết định mang mã {code} ({DECISIONS_FOLDER}/{code}.yml)",
                "không ghi đè quyết định đã có; nếu đây là quyết định khác, ghi mã khác bằng --ma")
    for other in portal.decisions.values():
        if other.number == decision.number and other.signed.year == decision.signed.year:
            problem("--so-ky-hieu", f"đã có Quyết định số {other.number} ngày {format_date(other.signed)} "
                    f"(mã {other.id})", "kiểm tra lại số ký hiệu; danh sách này có thể đã được nhập")
    return (None if problems else record), problems


def _latest_ward_decision(portal: Portal) -> Decision | None:
    """The defaults for the issuer and signer: those of the newest commendation by the ward."""
    for decision in portal.decisions_newest_first():
        if decision.level == "phuong" and getattr(decision, "decision_kind", "khen_thuong") == "khen_thuong":
            return decision
    return None


def _option_message(error: Any) -> str:
    kind = error["type"]
    if kind == "string_pattern_mismatch":
        return f"mã không hợp lệ: {error['input']}"
    if kind == "literal_error":
        return f"giá trị không hợp lệ: {error['input']}; chỉ nhận: " + (
            error["ctx"]["expected"].replace("'", "").replace(" or ", ", "))
    if kind in ("missing", "string_type", "string_too_short"):
        return "chưa có giá trị"
    if kind == "date_format":
        return f"cần một ngày, nhận được {error['input']}"
    return error["msg"]


def _option_hint(name: str) -> str:
    if name in ("signed", "publish_from"):
        return 'ghi ngày dạng YYYY-MM-DD (ví dụ 2026-12-20) hoặc dd/mm/yyyy (ví dụ "20/12/2026")'
    if name == "id":
        return "mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ 20-qd-ubnd-2026"
    return ""


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key, as in the files editors write by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def _yaml_text(record: dict, details: Details, file_name: str) -> str:
    signed = record[yaml_key("signed")]
    shown = format_date(signed) if isinstance(signed, date) else signed
    header = (
        f"# Quyết định số {details.number} ngày {shown}, nhập từ {file_name} bằng lệnh "
        "python -m generator import.\n"
    )
    body = yaml.dump(record, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return header + body


def _legacy_hint(sheets: list[Sheet]) -> str:
    for sheet in sheets:
        for row in sheet.rows[:40]:
            for text in row:
                encoding = legacy_encoding(text)
                if encoding:
                    return (f'; chữ trong tệp có vẻ gõ bằng bảng mã {encoding} cũ ("{text}"): chuyển tệp '
                            "sang Unicode bằng Unikey (Công cụ chuyển mã) rồi nhập lại")
    return ""
