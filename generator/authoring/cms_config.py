"""The configuration of the form editor at /quan-tri/ (Decap CMS), made from the schema classes.

Nothing in it is written by hand: one collection per kind of record in data/, one field per
key of its schema class in the class's order, with the Vietnamese label of
`generator.domain.field_labels` and the description the JSON Schemas in schemas/ carry as help
text. A key is required in the form when the schema requires it. Dates are typed and shown dd/mm/yyyy
and stored YYYY-MM-DD. The codes that name another record (the loader's reference table) are choice
lists of the records in data/, shown by name and stored as their `ma`; titles and forms are
chosen from the catalogue by name, as the loader reads them.

The choices are read from the YAML files as they are, not from a loaded Portal: a clerk opens
the editor precisely when the data has an error to fix, and a project whose units are kept as
a list in one file must offer them too. The editor reads the configuration when its page is
opened, so a unit added in the form is offered after the page is reloaded.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import yaml
from pydantic import BaseModel

from generator.authoring.schemas import kind_name, model_definitions
from generator.domain import labels as value_labels
from generator.domain.field_labels import label
from generator.domain.keys import yaml_key
from generator.domain.records import Markdown
from generator.kinds import ATTACHMENTS_FOLDER, BY_FOLDER, KINDS, Kind
from generator.loading.references import ATTACHMENTS, AWARD_NAMES, EACH, REFERENCES

# The address of the editor in the preview, and of the local back end the preview serves.
EDITOR_PATH = "/quan-tri/"
API_PATH = EDITOR_PATH + "api/v1"
# The editor's files: the vendored Decap CMS bundle (decap/) and the problems panel.
EDITOR_ASSETS = Path(__file__).resolve().parent / "quan_tri"

DATA = "data"
# A day as the form takes it: dd/mm/yyyy, or YYYY-MM-DD as the files hold it.
DATE_PATTERN = r"^\s*(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$"
CATALOGUE_FOLDER = "danh_muc/danh_hieu"
# Photos go to data/tep/anh/ (where the sample keeps them); other attachments to a folder named
# after their kind's section of the site (data/tep/quyet-dinh/, data/tep/bao-cao/).
PHOTOS_FOLDER = "anh"


def editor_kinds() -> tuple[Kind, ...]:
    """Every kind of record in data/."""
    return KINDS


# Where the form shows the codes of a key: how a record of each folder that others name is
# shown in a choice list, from its raw YAML.
def _choice_label(folder: str, record: dict) -> str:
    if folder == "quyet_dinh":
        return " – ".join(str(record[key]) for key in ("so_ky_hieu", "trich_yeu") if record.get(key))
    return str(record.get("ten") or record.get("ma"))


def _records(root: Path, folder: str) -> list[dict]:
    """The records written in data/<folder>/, as raw YAML, files in name order; a file that
    cannot be read gives nothing (`check` reports it)."""
    found: list[dict] = []
    base = root / DATA / folder
    if not base.is_dir():
        return found
    for path in sorted(base.rglob("*.y*ml")):
        try:
            content = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        for record in content if isinstance(content, list) else [content]:
            if isinstance(record, dict):
                found.append(record)
    return found


def choices(root: Path) -> dict[str, list[dict[str, str]]]:
    """The options of every choice list, by the folder they come from ("" for the catalogue's
    names of titles and forms)."""
    result: dict[str, list[dict[str, str]]] = {}
    for folder in sorted({target for _, _, target in REFERENCES}):
        options = {}
        for record in _records(root, folder):
            if isinstance(record.get("ma"), str):
                options.setdefault(record["ma"], _choice_label(folder, record))
        result[folder] = [{"label": name, "value": code} for code, name in options.items()]
    names = [record["ten"] for record in _records(root, CATALOGUE_FOLDER) if isinstance(record.get("ten"), str)]
    result[""] = [{"label": name, "value": name} for name in dict.fromkeys(names)]
    return result


def _value_labels() -> dict[str, str]:
    """How the public pages name each stored code (`co_hieu_luc` → "Có hiệu lực")."""
    found: dict[str, str] = {}
    for table in vars(value_labels).values():
        if isinstance(table, dict):
            for code, text in table.items():
                if isinstance(code, str) and isinstance(text, str):
                    found.setdefault(code, text)
    return found


def _without_none(annotation: Any) -> tuple[Any, bool]:
    """The type of a field, and whether it may be left out (`X | None`)."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(args) != 1:
            raise TypeError(f"no form field for {annotation}")
        return args[0], True
    return annotation, False


def _strip(annotation: Any) -> Any:
    return get_args(annotation)[0] if get_origin(annotation) is typing.Annotated else annotation


def _property(definitions: dict, model: type[BaseModel], key: str) -> dict:
    prop = definitions[model.__name__]["properties"][key]
    for option in prop.get("anyOf", []):
        if option.get("type") != "null":
            return {**option, **{k: v for k, v in prop.items() if k != "anyOf"}}
    return prop


class _Form:
    """The fields of one kind's schema class, with what they name."""

    def __init__(self, kind: Kind, options: dict[str, list[dict[str, str]]]):
        self.folder = kind.folder
        self.options = options
        self.codes = _value_labels()
        _, self.definitions = model_definitions(kind.schema)

    def fields(self, model: type[BaseModel], at: tuple[str, ...]) -> list[dict[str, Any]]:
        hints = typing.get_type_hints(model, include_extras=True)
        return [self.field(model, name, hints[name], at + (name,)) for name in model.model_fields]

    def field(self, model: type[BaseModel], name: str, hint: Any, at: tuple[str, ...]) -> dict[str, Any]:
        info = model.model_fields[name]
        key = yaml_key(name)
        prop = _property(self.definitions, model, key)
        field: dict[str, Any] = {"name": key, "label": label(model.__name__, key)}
        if prop.get("description"):
            field["hint"] = prop["description"]
        hint, optional = _without_none(hint)
        field.update(self.widget(hint, prop, at))
        if not info.is_required() or optional:
            field["required"] = False
            default = info.get_default(call_default_factory=True)
            if isinstance(default, str) or (isinstance(default, bool) and field["widget"] == "boolean"):
                field["default"] = default
        return field

    def widget(self, hint: Any, prop: dict, at: tuple[str, ...]) -> dict[str, Any]:
        kind = _strip(hint)
        origin = get_origin(kind)
        reference = self.reference(at)
        if hint == Markdown:
            return {"widget": "markdown", "modes": ["rich_text", "raw"]}
        if origin is Literal:
            return self.select([{"label": self.codes.get(code, code), "value": code} for code in get_args(kind)])
        if origin is list:
            item = get_args(kind)[0]
            inner = _strip(item)
            if get_origin(inner) is Literal or self.reference(at + (EACH,)) is not None:
                single = self.widget(item, prop.get("items", {}), at + (EACH,))
                if single["widget"] == "select":
                    return {**single, "multiple": True}
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                fields = self.fields(inner, at + (EACH,))
                names = [field["name"] for field in fields]
                shown = next((name for name in (yaml_key("name"), yaml_key("full_name")) if name in names), names[0])
                return {"widget": "list", "collapsed": False, "summary": "{{fields.%s}}" % shown,
                        "fields": fields}
            return {"widget": "list", "field": {
                "name": "muc", "label": "Mục", **self.widget(item, prop.get("items", {}), at + (EACH,))}}
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            # An optional group (a correction's values, say) stays folded until the clerk opens it:
            # most records leave it empty, and its fields would read as the record's own.
            optional = type(None) in get_args(hint)
            return {"widget": "object", "collapsed": optional, "fields": self.fields(kind, at)}
        if origin is dict:
            # Decap has no form for a table keyed by code: it is typed as lines "code: value"
            # and the back end (generator/serving/cms_backend.py) stores it as a YAML mapping.
            return {"widget": "text"}
        if reference is not None:
            return reference
        if kind is bool:
            return {"widget": "boolean"}
        if kind is int:
            return {"widget": "number", "value_type": "int"}
        if kind is float:
            return {"widget": "number", "value_type": "float"}
        if kind is date:
            # Typed as offices write dates; the back end stores them YYYY-MM-DD. A browser's own
            # date box would show the order of its interface language (mm/dd/yyyy in English).
            return {"widget": "string", "pattern": [DATE_PATTERN, "Ghi ngày dạng dd/mm/yyyy, ví dụ 05/02/2026"]}
        if kind is str:
            widget: dict[str, Any] = {"widget": "string"}
            if at in self.attachments():
                widget = self.attachment(at)
            elif "pattern" in prop:
                widget["pattern"] = [prop["pattern"], "Chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang"
                                     if "a-z0-9" in prop["pattern"] else "Không đúng dạng"]
            return widget
        raise TypeError(f"no form field for {hint} at {'.'.join(at)}")

    def select(self, options: list[dict[str, str]]) -> dict[str, Any]:
        return {"widget": "select", "options": options}

    def reference(self, at: tuple[str, ...]) -> dict[str, Any] | None:
        for folder, path, target in REFERENCES:
            if folder == self.folder and path == at and self.options.get(target):
                return self.select(self.options[target])
        for folder, path, key, _ in AWARD_NAMES:
            if folder == self.folder and path + (key,) == at and self.options.get(""):
                return self.select(self.options[""])
        return None

    def attachments(self) -> set[tuple[str, ...]]:
        return {path for folder, path in ATTACHMENTS if folder == self.folder}

    def attachment(self, at: tuple[str, ...]) -> dict[str, Any]:
        photo = self.folder == "dien_hinh"
        sub = PHOTOS_FOLDER if photo else BY_FOLDER[self.folder].section
        return {"widget": "image" if photo else "file", "choose_url": False,
                "media_folder": f"/{DATA}/{ATTACHMENTS_FOLDER}/{sub}",
                "public_folder": f"{ATTACHMENTS_FOLDER}/{sub}"}


def _identifier(kind: Kind) -> str:
    return yaml_key(kind.key)


def _summary(kind: Kind) -> str:
    fields = kind.schema.model_fields
    if "name" in fields:
        return "{{%s}}" % yaml_key("name")
    if "summary" in fields:
        return "{{%s}} – {{%s}}" % (yaml_key("number"), yaml_key("summary"))
    return "{{%s}}" % _identifier(kind)


def collection(kind: Kind, options: dict[str, list[dict[str, str]]]) -> dict[str, Any]:
    name = kind_name(kind)
    title = kind.label[0].upper() + kind.label[1:]
    return {
        "name": name,
        "label": title,
        "label_singular": title,
        "folder": f"{DATA}/{kind.folder}",
        "extension": "yml",
        "format": "yml",
        "create": True,
        # Records are never deleted (Luật Thi đua, khen thưởng 2022: a revoked award keeps its
        # record and changes status), so the editor offers no delete button.
        "delete": False,
        "slug": "{{%s}}" % _identifier(kind),
        "identifier_field": _identifier(kind),
        "summary": _summary(kind),
        # The preview (the real page, at the site's address) shows the record as citizens will
        # see it; Decap's own preview pane would show raw codes.
        "editor": {"preview": False},
        "fields": _Form(kind, options).fields(kind.schema, ()),
    }


def local_backend() -> dict[str, Any]:
    """The preview's own back end (`generator/serving/cms_backend.py`)."""
    return {"name": "proxy", "proxy_url": API_PATH}


def cms_config(root: Path, backend: dict[str, Any] | None = None) -> dict[str, Any]:
    options = choices(root)
    config: dict[str, Any] = {
        "backend": backend or local_backend(),
        "locale": "vi",
        "media_folder": f"{DATA}/{ATTACHMENTS_FOLDER}",
        "public_folder": ATTACHMENTS_FOLDER,
        "site_url": "/",
        "display_url": "/",
        "collections": [collection(kind, options) for kind in editor_kinds()],
    }
    if backend and backend.get("name") != "proxy":
        # Hosted on GitHub or GitLab: every change is a pull or merge request that a second
        # person approves (draft → in review → ready) before it reaches the published site.
        config["publish_mode"] = "editorial_workflow"
    return config


class _Dumper(yaml.SafeDumper):
    """Writes a list shared by several fields (the units' choices) in full each time: aliases
    would count against the editor's YAML reader's limit of 100."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def cms_config_text(root: Path, backend: dict[str, Any] | None = None) -> str:
    """The configuration as the editor reads it (YAML)."""
    return yaml.dump(cms_config(root, backend), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
