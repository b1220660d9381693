"""JSON Schema of every kind of data file, so that the editor completes and checks while typing.

The schemas are generated from the pydantic models (`generator.domain.records`) with the
Vietnamese descriptions of `generator.domain.descriptions`; they are committed under `schemas/`
and mapped to the data folders in `.vscode/settings.json` (yaml-language-server, the engine of
VS Code's YAML extension). `python -m generator schemas` rewrites them; a test fails when the
committed files are out of date.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.domain.descriptions import describe
from generator.kinds import KINDS, Kind
from generator.loading.site_config import CONFIG_FILE, SiteConfig

SCHEMAS_FOLDER = "schemas"
VSCODE_SETTINGS = ".vscode/settings.json"
VSCODE_EXTENSIONS = ".vscode/extensions.json"
YAML_EXTENSION = "redhat.vscode-yaml"

# Editor settings that keep YAML valid: YAML forbids tabs, and the data is UTF-8.
_EDITOR_DEFAULTS: dict[str, Any] = {
    "files.encoding": "utf8",
    "files.insertFinalNewline": True,
    "[yaml]": {"editor.insertSpaces": True, "editor.tabSize": 2, "editor.detectIndentation": False},
}


def kind_name(kind: Kind) -> str:
    """The short name of a kind, as typed in `python -m generator new NAME`: its folder's last part."""
    return kind.folder.rsplit("/", 1)[-1]


def schema_file(name: str) -> str:
    return f"{SCHEMAS_FOLDER}/{name}.schema.json"


def model_definitions(model: type[BaseModel]) -> tuple[str, dict[str, dict]]:
    """The JSON Schema of `model` and the models inside it, each described in Vietnamese.

    Returns the name of `model`'s own definition and all definitions by name.
    """
    schema = model.model_json_schema(by_alias=True)
    definitions = schema.pop("$defs", {})
    definitions[model.__name__] = schema
    for name, definition in definitions.items():
        # Class docstrings are notes for developers, in English; editors read the keys' descriptions.
        definition.pop("description", None)
        definition.pop("title", None)
        for key, prop in definition.get("properties", {}).items():
            prop.pop("title", None)
            description = prop.get("description") or describe(name, key)
            if description:
                prop["description"] = description
    return model.__name__, dict(sorted(definitions.items()))


def file_schema(model: type[BaseModel], title: str, *, list_allowed: bool = True) -> dict[str, Any]:
    """A data file holds one record, or a list of records (as the loader reads it)."""
    name, definitions = model_definitions(model)
    one = {"$ref": f"#/$defs/{name}"}
    shape: dict[str, Any] = (
        {"anyOf": [one, {"type": "array", "items": one, "minItems": 1}]} if list_allowed else one
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        **shape,
        "$defs": definitions,
    }


def _schemas() -> dict[str, tuple[dict[str, Any], list[str]]]:
    """Every schema by name, with the files (globs from the project root) it applies to."""
    result = {
        kind_name(kind): (
            file_schema(kind.schema, f"Tệp {kind.label} (data/{kind.folder}/)"),
            [f"data/{kind.folder}/*.yml", f"data/{kind.folder}/*.yaml"],
        )
        for kind in KINDS
    }
    config_name = CONFIG_FILE.removesuffix(".yml")
    result[config_name] = (
        file_schema(SiteConfig, "Cấu hình cổng thông tin (site_config.yml)", list_allowed=False),
        [CONFIG_FILE],
    )
    return result


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def expected_files(root: Path) -> dict[str, str]:
    """Every file `python -m generator schemas` writes, by path from the project root.

    Settings the editor's users added to .vscode/settings.json are kept; only the keys this
    project needs are set.
    """
    files = {}
    mapping = {}
    for name, (schema, globs) in _schemas().items():
        files[schema_file(name)] = _json(schema)
        mapping[f"./{schema_file(name)}"] = globs
    settings_path = root / VSCODE_SETTINGS
    settings = json.loads(settings_path.read_text(encoding="utf-8")) if settings_path.is_file() else {}
    for key, value in _EDITOR_DEFAULTS.items():
        settings.setdefault(key, copy.deepcopy(value))
    settings["yaml.schemas"] = mapping
    files[VSCODE_SETTINGS] = _json(settings)
    extensions_path = root / VSCODE_EXTENSIONS
    extensions = json.loads(extensions_path.read_text(encoding="utf-8")) if extensions_path.is_file() else {}
    recommended = extensions.setdefault("recommendations", [])
    if YAML_EXTENSION not in recommended:
        recommended.append(YAML_EXTENSION)
    files[VSCODE_EXTENSIONS] = _json(extensions)
    return files


def stale_files(root: Path, expected: dict[str, str]) -> list[Path]:
    """Schemas of kinds that no longer exist."""
    folder = root / SCHEMAS_FOLDER
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.glob("*.schema.json")
        if path.relative_to(root).as_posix() not in expected
    )


def write_schemas(root: Path) -> list[str]:
    """Write every out-of-date file and remove stale schemas; return what changed."""
    expected = expected_files(root)
    changed = []
    for relative, text in expected.items():
        path = root / relative
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        changed.append(relative)
    for path in stale_files(root, expected):
        path.unlink()
        changed.append(path.relative_to(root).as_posix())
    return changed
