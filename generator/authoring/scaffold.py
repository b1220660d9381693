"""A new record file with every field present and explained, for `python -m generator new`.

The file is written from the same JSON Schema the editor uses, so it lists exactly the keys the
loader accepts, for every kind of record, including kinds added later. Required fields are
left empty for the editor to fill in (the check names each one still empty); optional fields
are commented out, ready to be switched on by removing the `# ` in front of them.
"""

from __future__ import annotations

import textwrap
from typing import Any

from generator.authoring.schemas import model_definitions
from generator.domain.keys import yaml_key
from generator.kinds import Kind

WIDTH = 100

# Publication fields are about the file as a whole; they read best at its end.
_LAST = (yaml_key("draft"), yaml_key("publish_from"))


def scaffold(kind: Kind, code: str, command: str) -> str:
    """The text of a new file of `kind` whose key (`ma`, or `nam` for a plan) is `code`."""
    root, definitions = model_definitions(kind.schema)
    key = kind.schema.model_fields[kind.key].alias or kind.key
    header = [
        f"{kind.label[0].upper()}{kind.label[1:]}, tạo bằng lệnh: {command}",
        "Điền giá trị cho các trường ghi (bắt buộc). Dòng bắt đầu bằng # là chú thích hoặc trường không bắt "
        "buộc: muốn dùng trường nào thì xóa dấu # ở đầu các dòng của nó (trong VS Code: chọn các "
        "dòng rồi bấm Ctrl+/).",
        "Kiểm tra: python -m generator check. Xem trước: python -m generator serve.",
    ]
    lines = [line for text in header for line in _comment(text)]
    lines.append("")
    lines += _fields(definitions[root], definitions, {key: code}, spaced=True)
    return "\n".join(lines) + "\n"


def _fields(definition: dict, definitions: dict, values: dict[str, str], spaced: bool = False) -> list[str]:
    properties = definition.get("properties", {})
    required = set(definition.get("required", []))
    order = [k for k in properties if k not in _LAST] + [k for k in _LAST if k in properties]
    lines: list[str] = []
    for key in order:
        prop = properties[key]
        is_required = key in required
        if spaced and lines:
            lines.append("")
        lines += _comment(_explain(prop, definitions, is_required))
        body = _value(key, prop, definitions, values)
        lines += body if is_required or key in values else [_commented(line) for line in body]
    return lines


def _explain(prop: dict, definitions: dict, required: bool) -> str:
    text = prop.get("description", "")
    target = _resolve(prop, definitions)
    choices = target.get("enum") or _resolve(target.get("items", {}), definitions).get("enum")
    if choices and not all(choice in text for choice in choices):
        text += " Một trong: " + ", ".join(str(choice) for choice in choices) + "."
    default = prop.get("default")
    if not required and default not in (None, [], {}):
        text += f" Mặc định: {_scalar(default)}."
    return ("(bắt buộc) " if required else "") + text


def _value(key: str, prop: dict, definitions: dict, values: dict[str, str]) -> list[str]:
    target = _resolve(prop, definitions)
    if key in values:
        return [f"{key}: {values[key]}"]
    if "properties" in target:
        return [f"{key}:"] + _indent(_fields(target, definitions, {}), "  ")
    if target.get("type") == "array":
        item = _resolve(target.get("items", {}), definitions)
        if "properties" in item:
            return [f"{key}:"] + _list_item(_fields(item, definitions, {}))
        return [f"{key}:", "  -"]
    if target.get("type") == "object":
        return [f"{key}:", "  # mã: giá trị, mỗi cặp một dòng"]
    default = prop.get("default")
    return [f"{key}: {_scalar(default)}".rstrip()]


def _list_item(lines: list[str]) -> list[str]:
    """One item of a list of mappings: `- ` before its first key, the rest aligned under it."""
    first = next((i for i, line in enumerate(lines) if not line.startswith("#")), None)
    if first is None:
        return ["  - {}"] + _indent(lines, "    ")
    return (
        _indent(lines[:first], "  ")
        + ["  - " + lines[first]]
        + _indent(lines[first + 1:], "    ")
    )


def _resolve(prop: dict, definitions: dict) -> dict:
    """The schema a property stands for: through `$ref`, and past "or nothing" (`null`)."""
    if "$ref" in prop:
        return definitions[prop["$ref"].rsplit("/", 1)[-1]]
    options = [option for option in prop.get("anyOf", []) if option.get("type") != "null"]
    if len(options) == 1:
        return _resolve(options[0], definitions)
    return prop


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _comment(text: str) -> list[str]:
    return ["# " + line for line in textwrap.wrap(text, WIDTH - 2, break_on_hyphens=False)] or ["#"]


def _commented(line: str) -> str:
    return "# " + line if line else line


def _indent(lines: list[str], prefix: str) -> list[str]:
    return [prefix + line if line else line for line in lines]
