"""`python -m generator new KIND CODE`: a file with every field, explained, for every kind."""

from __future__ import annotations

import re

import pytest
import yaml

from generator.authoring.schemas import kind_name, model_definitions
from generator.cli import main
from generator.loading.errors import DataErrors
from generator.loading.loader import KINDS, load_portal

_KEY_LINE = re.compile(r"^[# ]*(?:- )?([a-z_]+):")


def new(root, *args: str) -> int:
    return main(["--project", str(root), "new", *args])


def _keys_of(definition: dict, definitions: dict) -> set[str]:
    keys = set()
    for key, prop in definition.get("properties", {}).items():
        keys.add(key)
        for ref in re.findall(r'"\$ref": "#/\$defs/(\w+)"', repr(prop).replace("'", '"')):
            keys |= _keys_of(definitions[ref], definitions)
    return keys


@pytest.mark.parametrize("kind", KINDS, ids=kind_name)
def test_every_key_of_every_kind_is_in_the_new_file(kind, scratch_project):
    root = scratch_project()
    code = "2030" if kind.key == "year" else "2030-09-02" if kind.key == "date" else "moi"
    assert new(root, kind_name(kind), code) == 0
    text = (root / "data" / kind.folder / f"{code}.yml").read_text(encoding="utf-8")
    yaml.safe_load(text)
    name, definitions = model_definitions(kind.schema)
    written = {match.group(1) for line in text.splitlines() if (match := _KEY_LINE.match(line))}
    assert written == _keys_of(definitions[name], definitions)


def test_new_decision_filled_in_loads(scratch_project, capsys):
    root = scratch_project()
    assert new(root, "quyet_dinh", "20-qd-ubnd-2026") == 0
    assert capsys.readouterr().out == (
        "Đã tạo data/quyet_dinh/20-qd-ubnd-2026.yml. Điền các trường ghi (bắt buộc), rồi chạy "
        "python -m generator check.\n"
    )
    path = root / "data/quyet_dinh/20-qd-ubnd-2026.yml"
    text = path.read_text(encoding="utf-8")
    # Left as it is, the check names every required field still empty.
    with pytest.raises(DataErrors) as raised:
        load_portal(root)
    empty = [error.field for error in raised.value.errors if error.message == "chưa điền"]
    assert empty == ["so_ky_hieu", "ngay_ky", "co_quan_ban_hanh", "cap", "chuc_vu", "ho_ten", "trich_yeu",
                     "loai_hinh"]
    # The clerk fills the required fields and uncomments the list (Ctrl+/ removes one "# ").
    values = {"so_ky_hieu": '"20/QĐ-UBND"', "ngay_ky": "2026-12-20", "co_quan_ban_hanh": "UBND phường",
              "cap": "phuong", "chuc_vu": "Chủ tịch", "ho_ten": "Nguyễn Hữu Phúc",
              "trich_yeu": "Về việc tặng Giấy khen", "loai_hinh": "cong-trang"}
    lines = []
    in_list = False
    for line in text.splitlines():
        key = line.strip().rstrip(":")
        if key in values and line.endswith(":"):
            line = f"{line} {values[key]}"
        if line == "# danh_sach:":
            in_list = True
        elif in_list and not line.startswith("#   "):
            in_list = False
        if in_list:
            line = line[2:]
        lines.append(line)
    filled = "\n".join(lines).replace("  - doi_tuong_nhan:", "  - doi_tuong_nhan: tap_the")
    filled = filled.replace("    ten:\n", "    ten: Tổ Toán - Tin\n").replace(
        "    danh_hieu:\n", "    danh_hieu: Tập thể lao động tiên tiến\n")
    path.write_text(filled + "\n", encoding="utf-8")
    decision = load_portal(root).decisions["20-qd-ubnd-2026"]
    assert [r.name for r in decision.recipients] == ["Tổ Toán - Tin"]
    assert decision.draft is False


def test_new_refuses_unknown_kinds_bad_codes_and_existing_files(scratch_project, capsys):
    root = scratch_project()
    assert new(root, "quyet-dinh", "QĐ 20") == 1
    assert new(root, "nghi_quyet", "x") == 1
    assert new(root, "quyet_dinh", "15-qd-ubnd-2026") == 1
    assert capsys.readouterr().err.splitlines() == [
        "Mã QĐ 20 không dùng được cho ma: mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.",
        "Không có loại hồ sơ nghi_quyet. Các loại: " + ", ".join(kind_name(k) for k in KINDS) + ".",
        "Tệp data/quyet_dinh/15-qd-ubnd-2026.yml đã có; chọn mã khác hoặc sửa trực tiếp tệp đó.",
    ]


@pytest.mark.parametrize("kind", ["quyet_dinh", "ke_hoach", "don_vi", "phong_trao"])
def test_a_communes_new_files_give_its_own_names_as_examples(tmp_path, kind):
    from tests.commune_project import make_commune

    root = make_commune(tmp_path / "xa")
    assert new(root, kind, "2027" if kind == "ke_hoach" else "moi") == 0
    text = (root / "data" / kind / f"{'2027' if kind == 'ke_hoach' else 'moi'}.yml").read_text(encoding="utf-8")
    assert "phường" not in text and "Lê Thanh Nghị" not in text
    if kind in ("quyet_dinh", "ke_hoach"):
        assert "Ủy ban nhân dân xã An Hưng" in text
