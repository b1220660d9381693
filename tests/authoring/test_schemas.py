"""JSON Schema for the editor: committed, up to date, documented, and true to the loader."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from generator.authoring.schemas import (
    expected_files,
    kind_name,
    schema_file,
    stale_files,
)
from generator.domain.descriptions import DESCRIPTIONS
from generator.domain.keys import YAML_KEYS
from generator.kinds import KINDS
from tests.conftest import REPO, SAMPLE


def test_committed_schemas_and_editor_settings_are_up_to_date():
    expected = expected_files(REPO)
    outdated = [
        relative for relative, text in expected.items()
        if not (REPO / relative).is_file() or (REPO / relative).read_text(encoding="utf-8") != text
    ]
    stale = [path.name for path in stale_files(REPO, expected)]
    assert (outdated, stale) == ([], []), "chạy `python -m generator schemas` rồi commit các tệp đã đổi"


def test_every_yaml_key_is_described():
    assert sorted(set(YAML_KEYS.values()) - set(DESCRIPTIONS)) == []


def test_every_field_of_every_schema_has_a_description():
    for relative, text in expected_files(REPO).items():
        if not relative.startswith("schemas/"):
            continue
        for name, definition in json.loads(text)["$defs"].items():
            for key, prop in definition.get("properties", {}).items():
                assert prop.get("description"), (relative, name, key)


class _TextDates(yaml.SafeLoader):
    """YAML as the editor's language server reads it: dates stay text."""


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((REPO / schema_file(name)).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("kind", KINDS, ids=kind_name)
def test_sample_data_satisfies_its_schema(kind):
    validator = _validator(kind_name(kind))
    for path in sorted((SAMPLE / "data" / kind.folder).glob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDates)
        errors = [error.message for error in validator.iter_errors(data)]
        assert errors == [], path.name


def test_schema_catches_what_the_loader_refuses():
    validator = _validator("quyet_dinh")
    text = (SAMPLE / "data/quyet_dinh/152-qd-ubnd-2026.yml").read_text(encoding="utf-8")
    record = yaml.load(text, Loader=_TextDates)
    assert not list(validator.iter_errors(record))
    broken = {**record, "ma": "QĐ 152", "so_trang": 2, "ngay_ky": "hôm qua", "cap": "xa"}
    assert list(validator.iter_errors(broken))
    definitions = validator.schema["$defs"]
    one_record = jsonschema.Draft202012Validator({"$defs": definitions, "$ref": "#/$defs/Decision"})
    assert sorted((error.json_path, error.validator) for error in one_record.iter_errors(broken)) == [
        ("$", "additionalProperties"), ("$.cap", "enum"), ("$.ma", "pattern"), ("$.ngay_ky", "pattern"),
    ]
    assert not list(validator.iter_errors({**record, "ngay_ky": "08/04/2026"}))
    assert not list(validator.iter_errors([record, record]))
