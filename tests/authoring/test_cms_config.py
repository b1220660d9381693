"""The form editor's configuration covers the committed JSON Schemas key for key."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from generator.authoring.cms_config import DATE_PATTERN, choices, cms_config, cms_config_text, editor_kinds
from generator.authoring.schemas import kind_name, schema_file
from generator.domain.field_labels import LABELS
from generator.domain.keys import YAML_KEYS
from tests.conftest import REPO, SAMPLE


def test_every_yaml_key_has_a_label():
    assert sorted(set(YAML_KEYS.values()) - set(LABELS)) == []


def _definition(schema: dict, prop: dict) -> dict | None:
    """The object definition a property holds (itself, or the items of its list), if any."""
    for option in [prop, *prop.get("anyOf", [])]:
        target = option.get("items", option)
        if "$ref" in target:
            return schema["$defs"][target["$ref"].rsplit("/", 1)[1]]
    return None


def _compare(schema: dict, definition: dict, fields: list[dict], at: str, problems: list[str]) -> None:
    by_name = {field["name"]: field for field in fields}
    keys = list(definition["properties"])
    if list(by_name) != keys:
        problems.append(f"{at}: form {list(by_name)} != schema {keys}")
        return
    for key, prop in definition["properties"].items():
        field = by_name[key]
        required = key in definition.get("required", [])
        if field.get("required", True) != required:
            problems.append(f"{at}.{key}: required {field.get('required', True)} != {required}")
        if field.get("hint") != prop.get("description"):
            problems.append(f"{at}.{key}: help text differs from the schema's description")
        if not field.get("label"):
            problems.append(f"{at}.{key}: no label")
        inner = _definition(schema, prop)
        if inner is not None and "properties" in inner:
            _compare(schema, inner, field.get("fields", []), f"{at}.{key}", problems)


def test_every_key_of_every_kind_is_a_field_with_its_label_help_and_requirement():
    config = cms_config(SAMPLE)
    collections = {collection["name"]: collection for collection in config["collections"]}
    assert list(collections) == [kind_name(kind) for kind in editor_kinds()]
    problems: list[str] = []
    for kind in editor_kinds():
        name = kind_name(kind)
        schema = json.loads((REPO / schema_file(name)).read_text(encoding="utf-8"))
        root = schema["$defs"][schema["anyOf"][0]["$ref"].rsplit("/", 1)[1]]
        collection = collections[name]
        assert collection["folder"] == f"data/{kind.folder}"
        _compare(schema, root, collection["fields"], name, problems)
    assert problems == []


def _fields(config: dict, collection: str) -> dict[str, dict]:
    found: dict[str, dict] = {}

    def walk(fields: list[dict], at: str) -> None:
        for field in fields:
            found[at + field["name"]] = field
            walk(field.get("fields", []), at + field["name"] + ".")

    walk(next(c for c in config["collections"] if c["name"] == collection)["fields"], "")
    return found


@pytest.mark.parametrize(("collection", "key", "widget"), [
    # Dates typed and shown dd/mm/yyyy; the back end stores them YYYY-MM-DD.
    ("quyet_dinh", "ngay_ky", {"widget": "string", "pattern": [DATE_PATTERN, "Ghi ngày dạng dd/mm/yyyy, ví dụ 05/02/2026"]}),
    ("dien_hinh", "noi_dung", {"widget": "markdown"}),
    ("dien_hinh", "anh.tep", {"widget": "image", "media_folder": "/data/tep/anh", "public_folder": "tep/anh"}),
    ("dien_hinh", "anh.dong_y_cong_bo", {"widget": "boolean", "required": False, "default": False}),
    ("quyet_dinh", "tep_dinh_kem", {"widget": "file", "media_folder": "/data/tep/quyet-dinh"}),
    ("quyet_dinh", "danh_sach", {"widget": "list"}),
    ("quyet_dinh", "loai_quyet_dinh", {"widget": "select", "default": "khen_thuong", "required": False}),
    ("khoi_thi_dua", "cham_diem.tu_cham", {"widget": "text"}),
    ("khoi_thi_dua", "thanh_vien", {"widget": "select", "multiple": True}),
])
def test_fields_use_the_widget_their_type_needs(collection, key, widget):
    field = _fields(cms_config(SAMPLE), collection)[key]
    assert {name: field.get(name) for name in widget} == widget


def test_codes_of_other_records_are_chosen_by_name_and_stored_as_their_code():
    fields = _fields(cms_config(SAMPLE), "quyet_dinh")
    units = fields["danh_sach.don_vi"]["options"]
    assert {"label": "Trạm Y tế phường Lê Thanh Nghị", "value": "tram-y-te-phuong"} in units
    assert fields["phong_trao"]["options"][0]["value"] == "bau-cu-quoc-hoi-khoa-xvi-hdnd-2026-2031"
    assert {"label": "415/QĐ-UBND – Về việc tặng danh hiệu Lao động tiên tiến năm 2025",
            "value": "415-qd-ubnd-2025"} in fields["quyet_dinh_thay_doi"]["options"]
    # Titles and forms are stored by name, as the loader reads them (the catalogue is a list
    # in one file, which the choice list reads too).
    titles = fields["danh_sach.danh_hieu"]["options"]
    assert {"label": "Lao động tiên tiến", "value": "Lao động tiên tiến"} in titles


def test_choices_come_from_the_files_even_when_the_data_has_errors(tmp_path):
    (tmp_path / "data" / "don_vi").mkdir(parents=True)
    (tmp_path / "data" / "don_vi" / "ds.yml").write_text(
        "- ma: a\n  ten: Đơn vị A\n- ma: b\n  ten: Đơn vị B\n  loai_don_vi: sai\n", encoding="utf-8")
    (tmp_path / "data" / "don_vi" / "hong.yml").write_text("ma: [\n", encoding="utf-8")
    assert choices(tmp_path)["don_vi"] == [{"label": "Đơn vị A", "value": "a"},
                                           {"label": "Đơn vị B", "value": "b"}]


def test_the_text_is_yaml_without_aliases_and_the_same_every_time():
    text = cms_config_text(SAMPLE)
    assert "&id" not in text and "*id" not in text
    assert yaml.safe_load(text) == cms_config(SAMPLE)
    assert text == cms_config_text(SAMPLE)


def test_hosted_mode_routes_every_change_through_a_review():
    config: dict[str, Any] = cms_config(SAMPLE, {"name": "github", "repo": "phuong/thi-dua", "branch": "main"})
    assert config["publish_mode"] == "editorial_workflow"
    assert "publish_mode" not in cms_config(SAMPLE)
