from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from generator.authoring.scaffold import scaffold
from generator.authoring.schemas import kind_name
from generator.kinds import KINDS

HELP = "tạo tệp hồ sơ mới, mỗi trường có chú thích tiếng Việt"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    names = ", ".join(kind_name(kind) for kind in KINDS)
    parser.add_argument("loai", metavar="LOẠI", help=f"loại hồ sơ: {names}")
    parser.add_argument("ma", metavar="MÃ",
                        help="mã của hồ sơ mới (cũng là tên tệp), ví dụ 20-qd-ubnd-2026; với ke_hoach là năm")


def run(root: Path, args: argparse.Namespace) -> int:
    kinds = {kind_name(kind): kind for kind in KINDS}
    kind = kinds.get(args.loai.strip().replace("-", "_"))
    if kind is None:
        print(f"Không có loại hồ sơ {args.loai}. Các loại: {', '.join(kinds)}.", file=sys.stderr)
        return 1
    key = kind.schema.model_fields[kind.key].alias or kind.key
    problem = _invalid_code(kind.schema, key, args.ma)
    if problem:
        print(f"Mã {args.ma} không dùng được cho {key}: {problem}.", file=sys.stderr)
        return 1
    relative = f"data/{kind.folder}/{args.ma}.yml"
    path = root / relative
    if path.exists():
        print(f"Tệp {relative} đã có; chọn mã khác hoặc sửa trực tiếp tệp đó.", file=sys.stderr)
        return 1
    command = f"python -m generator new {kind_name(kind)} {args.ma}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(scaffold(kind, args.ma, command), encoding="utf-8")
    print(f"Đã tạo {relative}. Điền các trường ghi (bắt buộc), rồi chạy python -m generator check.")
    return 0


def _invalid_code(schema, key: str, code: str) -> str | None:
    """What is wrong with `code` as the record's key, judged by the record's own schema."""
    try:
        schema.model_validate({key: code})
    except ValidationError as invalid:
        for error in invalid.errors():
            if tuple(error["loc"]) == (key,):
                if error["type"] == "string_pattern_mismatch":
                    return "mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang"
                return "giá trị không đúng kiểu (năm ghi 4 chữ số, ngày ghi YYYY-MM-DD)"
    return None
