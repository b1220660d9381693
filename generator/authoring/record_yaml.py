"""One record between its data file and the form editor (/quan-tri/).

The form sends what a clerk typed as Decap CMS writes it: empty strings for fields left blank,
dates as text, keys in the form's order, a table keyed by code as lines of text. The file the
loader reads holds one record with the keys in its schema class's order, dates as YAML dates
(the form shows and takes dd/mm/yyyy), nothing left blank and no value that only repeats the
default, UTF-8 with LF line ends. These functions turn one into the other; they know nothing
about files or the network.
"""

from __future__ import annotations

import re
import types
import typing
from datetime import date
from typing import Any, Union, get_args, get_origin

import yaml
from pydantic import BaseModel

from generator.domain.keys import yaml_key

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_VN = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_EMPTY = (None, "", [], {})


def _core(annotation: Any) -> Any:
    """The type under `Annotated[...]` and `X | None`."""
    while True:
        origin = get_origin(annotation)
        if origin is typing.Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [arg for arg in get_args(annotation) if arg is not type(None)]
            annotation = args[0] if len(args) == 1 else Any
        else:
            return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _fields(model: type[BaseModel]) -> dict[str, tuple[Any, Any]]:
    """Each YAML key of `model` in the class's order, with its type and its default
    (`...` for a required key)."""
    hints = typing.get_type_hints(model, include_extras=True)
    return {
        yaml_key(name): (_core(hints[name]),
                         ... if info.is_required() else info.get_default(call_default_factory=True))
        for name, info in model.model_fields.items()
    }


def _day(text: str) -> date | str:
    """The day a clerk typed (dd/mm/yyyy, or YYYY-MM-DD); the text itself when it is no day,
    so that `check` says what is wrong with it."""
    iso, vietnamese = _ISO.match(text), _VN.match(text)
    try:
        if iso:
            return date(*(int(part) for part in iso.groups()))
        if vietnamese:
            day, month, year = (int(part) for part in vietnamese.groups())
            return date(year, month, day)
    except ValueError:
        pass
    return text


def _to_file(value: Any, annotation: Any) -> Any:
    if _is_model(annotation):
        return to_file(value, annotation) if isinstance(value, dict) else value
    origin = get_origin(annotation)
    if origin is list and isinstance(value, list):
        inner = _core(get_args(annotation)[0])
        items = [_to_file(item, inner) for item in value]
        return [item for item in items if item not in _EMPTY]
    if origin is dict and isinstance(value, str):
        # Typed in the form as lines "code: value"; a text that is not such a table is kept, so
        # that `check` names the line instead of the editor losing what was typed.
        try:
            table = yaml.safe_load(value)
        except yaml.YAMLError:
            return value
        return table if isinstance(table, dict) else value
    if annotation is date and isinstance(value, str):
        return _day(value)
    if isinstance(value, str):
        # Text from the browser may end lines with CR LF; data files use LF.
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def to_file(data: dict, model: type[BaseModel]) -> dict:
    """The record to write, from what the form sent."""
    fields = _fields(model)
    result: dict[str, Any] = {}
    for key, (annotation, default) in fields.items():
        if key not in data:
            continue
        value = _to_file(data[key], annotation)
        if value in _EMPTY or (default is not ... and value == default):
            continue
        result[key] = value
    # Keys the schema does not know are kept, after the others: `check` reports them by name.
    for key, value in data.items():
        if key not in fields and value not in _EMPTY:
            result[key] = value
    return result


def _to_form(value: Any, annotation: Any) -> Any:
    if _is_model(annotation):
        return to_form(value, annotation) if isinstance(value, dict) else value
    origin = get_origin(annotation)
    if origin is list and isinstance(value, list):
        inner = _core(get_args(annotation)[0])
        return [_to_form(item, inner) for item in value]
    if origin is dict and isinstance(value, dict):
        return yaml.safe_dump(value, allow_unicode=True, sort_keys=False).rstrip("\n")
    if annotation is date:
        day = _day(value) if isinstance(value, str) else value
        if isinstance(day, date):
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return value


def to_form(data: dict, model: type[BaseModel]) -> dict:
    """The record as the form shows it: dates dd/mm/yyyy, a table keyed by code as lines of
    text, choices left at their default shown chosen."""
    fields = _fields(model)
    shown = {key: _to_form(value, fields[key][0]) if key in fields else value for key, value in data.items()}
    # A choice left at its default is not written to the file; the form shows it chosen.
    for key, (_, default) in fields.items():
        if key not in shown and isinstance(default, str):
            shown[key] = default
    return shown


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # A story of several paragraphs stays readable in the file: a literal block, not one quoted line.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump_record(record: dict) -> str:
    """The text of a data file holding one record."""
    return yaml.dump(record, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100)
