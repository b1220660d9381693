"""Turn pydantic's validation errors into messages a clerk can act on."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails
from pydantic_core.core_schema import ErrorType

from generator.domain.text import format_number
from generator.loading.errors import DataError, field_name
from generator.loading.yaml_source import Path, SourceMap

_QUOTE_HINT = (
    'YAML đọc giá trị {text} thành {read_as}; hãy đặt nó trong dấu nháy, ví dụ: "{text}"'
)


def translate(
    error: ErrorDetails, schema: type[BaseModel], base: Path, source: SourceMap
) -> DataError:
    """One pydantic error on the record at `base` of a file, as a DataError."""
    loc = tuple(error["loc"])
    # A rule over several fields (a model validator) names the field it is about in its context.
    context = error.get("ctx") or {}
    if context.get("path"):
        loc += tuple(context["path"])
    elif context.get("field"):
        loc += (context["field"],)
    path = base + loc
    line = source.line_of(path)
    field = field_name(path)
    kind = error["type"]
    text = source.text_of(path)
    shown = text if text is not None else _short(error.get("input"))
    message, hint = _describe(kind, error, shown, schema, loc)
    if kind == "missing":
        line = source.line_of(base + loc[:-1])
    return DataError(source.file, line, field, message, hint)


def _describe(
    kind: str, error: ErrorDetails, shown: str, schema: type[BaseModel], loc: tuple
) -> tuple[str, str]:
    value = error.get("input")
    if kind == "missing":
        return "thiếu trường bắt buộc", f"thêm dòng `{loc[-1]}: ...` vào mục này"
    # `key:` with nothing after it, as in a file made by `python -m generator new`.
    if value is None and error["loc"]:
        return "chưa điền", "ghi giá trị sau dấu hai chấm"
    if kind == "extra_forbidden":
        allowed = _allowed_keys(schema, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        guess = f"; có phải ý bạn là `{close[0]}`?" if close else ""
        return (
            "khóa không được hỗ trợ",
            "các khóa hợp lệ ở đây: " + ", ".join(allowed) + guess,
        )
    if kind == "string_type":
        return f"cần một đoạn chữ, nhận được {shown}", _quote_hint(value, shown)
    if kind in ("string_too_short", "too_short"):
        if isinstance(value, list):
            return "danh sách không được để trống", "thêm ít nhất một mục bắt đầu bằng `- `"
        return "không được để trống", "ghi nội dung sau dấu hai chấm"
    if kind == "string_pattern_mismatch" and error["ctx"]["pattern"].startswith("^#"):
        return f"màu không hợp lệ: {shown}", 'ghi màu dạng "#rrggbb" trong dấu nháy, ví dụ "#a4161a"'
    if kind == "string_pattern_mismatch":
        return (
            f"mã không hợp lệ: {shown}",
            "mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ `15-qd-ubnd-2026`",
        )
    if kind == "string_too_long":
        return f"quá dài (tối đa {error['ctx']['max_length']} ký tự)", "rút gọn giá trị"
    if kind == "finite_number":
        return f"cần một số hữu hạn, nhận được {shown}", "ghi số bằng chữ số, ví dụ 0.2 (không ghi .inf, .nan)"
    if kind in ("int_parsing", "int_type", "int_from_float", "float_parsing", "float_type"):
        return f"cần một số, nhận được {shown}", "ghi số bằng chữ số, dùng dấu chấm cho phần thập phân (0.2)"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        limit = next(iter(error["ctx"].values()))
        # Whole bounds (years, counts) read without separators; fractions with a decimal comma.
        bound = str(int(limit)) if float(limit).is_integer() else format_number(limit)
        relation = "không nhỏ hơn" if kind.startswith("greater") else "không lớn hơn"
        return f"giá trị {shown} ngoài khoảng cho phép", f"cần một số {relation} {bound}"
    if kind in ("bool_parsing", "bool_type"):
        return f"cần có hoặc không, nhận được {shown}", "ghi `true` (có) hoặc `false` (không)"
    if kind in ("date_format", "date_type", "date_parsing", "date_from_datetime_parsing"):
        return (
            f"cần một ngày, nhận được {shown}",
            "ghi ngày dạng YYYY-MM-DD (ví dụ 2026-02-05) hoặc dd/mm/yyyy trong dấu nháy "
            '(ví dụ "05/02/2026")',
        )
    if kind == "impossible_date":
        return error["msg"], "kiểm tra lại ngày và tháng"
    if kind == "literal_error":
        expected = error["ctx"]["expected"].replace("'", "").replace(" or ", ", ")
        return f"giá trị không hợp lệ: {shown}", f"chỉ nhận một trong các giá trị: {expected}"
    if kind in ("list_type", "tuple_type"):
        return "cần một danh sách", "mỗi mục viết trên một dòng, bắt đầu bằng `- `"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return (
            f"cần một nhóm các khóa, nhận được {shown}",
            "viết các khóa con trên các dòng sau, thụt lề thêm hai dấu cách",
        )
    if kind.startswith("url_"):
        return (
            f"địa chỉ web không hợp lệ: {shown}",
            'ghi địa chỉ đầy đủ bắt đầu bằng https:// (hoặc http://), ví dụ "https://lethanhnghi.haiphong.gov.vn/"',
        )
    if kind == "finite_number":
        return f"cần một số hữu hạn, nhận được {shown}", "ghi số bằng chữ số, không ghi .inf hay .nan"
    if kind in _PYDANTIC_TYPES:
        # pydantic's own message is English: name the value, never pass the English on.
        return (f"giá trị không hợp lệ: {shown}",
                "xem các giá trị được nhận ở trường này trong docs/huong-dan-bien-tap.md")
    # Rules written in the domain carry their own hint, if any, in the error's context.
    return error["msg"], str((error.get("ctx") or {}).get("hint", ""))


# Every error type pydantic itself raises (its messages are English); the domain's own rules
# (PydanticCustomError) have types of their own and Vietnamese messages.
_PYDANTIC_TYPES = frozenset(typing.get_args(ErrorType))


def _quote_hint(value: Any, shown: str) -> str:
    if isinstance(value, bool):
        return _QUOTE_HINT.format(text=shown, read_as="giá trị có/không")
    if isinstance(value, (int, float)):
        return _QUOTE_HINT.format(text=shown, read_as=f"số {value}")
    if value is None:
        return "ghi nội dung sau dấu hai chấm"
    if isinstance(value, (list, dict)):
        return "ở đây chỉ ghi một giá trị trên cùng dòng với khóa"
    return _QUOTE_HINT.format(text=shown, read_as="ngày tháng" if hasattr(value, "year") else "giá trị khác chữ")


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "..."


def _allowed_keys(schema: type[BaseModel], loc: tuple) -> list[str]:
    model = _model_at(schema, loc)
    if model is None:
        return []
    return [field.alias or name for name, field in model.model_fields.items()]


def _model_at(schema: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    model: Any = schema
    for part in loc:
        if isinstance(part, int):
            continue
        field = next(
            (f for n, f in model.model_fields.items() if (f.alias or n) == part), None
        )
        if field is None:
            return None
        model = _inner_model(field.annotation)
        if model is None:
            return None
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for argument in typing.get_args(annotation):
            model = _inner_model(argument)
            if model is not None:
                return model
    return None
