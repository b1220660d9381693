"""`init`: a new ward's skeleton that checks and builds as it is, and never overwrites anything."""

from __future__ import annotations

import yaml

from generator.authoring.skeleton import PLACEHOLDER
from generator.cli import main
from tests.conftest import REPO


def test_skeleton_checks_and_builds_right_away(tmp_path):
    ward = tmp_path / "phuong-moi"
    assert main(["--project", str(REPO), "init", str(ward)]) == 0
    assert main(["--project", str(ward), "check"]) == 0
    assert main(["--project", str(ward), "build"]) == 0
    assert (ward / "site" / "gioi-thieu" / "index.html").is_file()
    home = (ward / "site" / "index.html").read_text(encoding="utf-8")
    assert f"{PLACEHOLDER}: Thi đua, khen thưởng phường (xã) ..." in home


def test_skeleton_holds_the_catalogue_and_no_sample_record(tmp_path):
    ward = tmp_path / "phuong-moi"
    assert main(["--project", str(REPO), "init", str(ward)]) == 0
    catalogue = sorted(p.relative_to(ward).as_posix() for p in (ward / "data" / "danh_muc").rglob("*.yml"))
    assert catalogue == sorted(p.relative_to(REPO).as_posix() for p in (REPO / "data" / "danh_muc").rglob("*.yml"))
    records = [p for p in (ward / "data").rglob("*.yml") if "danh_muc" not in p.parts]
    assert records == []
    assert (ward / "data" / "quyet_dinh" / ".gitkeep").is_file()


def keys(mapping: dict, prefix: str = "") -> set[str]:
    found = set()
    for key, value in mapping.items():
        found.add(prefix + key)
        if isinstance(value, dict):
            found |= keys(value, f"{prefix}{key}.")
    return found


def test_skeleton_settings_have_every_setting_of_the_sample(tmp_path):
    ward = tmp_path / "phuong-moi"
    assert main(["--project", str(REPO), "init", str(ward)]) == 0
    skeleton = yaml.safe_load((ward / "site_config.yml").read_text(encoding="utf-8"))
    sample = yaml.safe_load((REPO / "site_config.yml").read_text(encoding="utf-8"))
    assert keys(skeleton) == keys(sample)


def test_init_refuses_a_folder_that_has_something(tmp_path, capsys):
    ward = tmp_path / "phuong-moi"
    ward.mkdir()
    (ward / "ghi-chu.txt").write_text("của tôi", encoding="utf-8")
    assert main(["--project", str(REPO), "init", str(ward)]) == 1
    assert capsys.readouterr().err == (
        f"{ward} đã có nội dung; lệnh init không ghi đè để khỏi mất dữ liệu. "
        "Cách sửa: chọn một thư mục chưa có hoặc thư mục trống.\n"
    )
    assert [p.name for p in ward.iterdir()] == ["ghi-chu.txt"]
