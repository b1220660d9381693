"""`init`: a new commune's, ward's or special zone's skeleton, with the national catalogue and
holiday calendar, that cannot be built or deployed while a placeholder remains, and builds a valid
site once they are filled in; it never overwrites anything."""

from __future__ import annotations

import re
import subprocess

import pytest
import yaml

from generator.cli import main
from generator.loading.placeholders import MARKER
from tests.conftest import REPO

KINDS = {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu"}
GUIDE = REPO / "docs" / "ap-dung-cho-phuong-xa-khac.md"


def filled_in(kind: str) -> dict[str, str]:
    """What a unit writes in place of each placeholder, by the key (or page) that holds it."""
    word = KINDS[kind]
    return {
        "ten_co_quan": f"Ủy ban nhân dân {word} An Hưng",
        "ten_cong_thong_tin": f"Thi đua, khen thưởng {word} An Hưng",
        "dia_phuong": f"{word} An Hưng, tỉnh Hưng Yên",
        "co_quan_dang_tai.ten": f"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {word} An Hưng",
        "co_quan_dang_tai.dia_chi": "Số 1 đường Trung tâm, thôn Đông",
        "co_quan_dang_tai.dien_thoai": "0221 3800 000",
        "co_quan_dang_tai.email": "vanphong.anhung@hungyen.gov.vn",
        "dia_chi_web": "https://anhung.example.gov.vn/thi-dua/",
        "content/gioi-thieu.md": f"Cổng thông tin thi đua, khen thưởng của {word} An Hưng.",
        "content/tuyen-bo-tiep-can.md": "01/03/2026.",
    }


def unfilled_lines(root) -> list[str]:
    """`file:line` of every line the guide's search for the marker finds."""
    found = subprocess.run(["grep", "-rn", MARKER, "site_config.yml", "content", "data"], cwd=root,
                           capture_output=True, text=True, check=False).stdout
    return sorted(":".join(hit.split(":")[:2]) for hit in found.splitlines())


@pytest.mark.parametrize("kind", KINDS)
def test_a_skeleton_builds_nothing_until_every_placeholder_is_filled_in(kind, tmp_path, capsys, validators):
    unit = tmp_path / "khung-moi"
    assert main(["--project", str(REPO), "init", str(unit), "--loai", kind]) == 0
    capsys.readouterr()

    # `build` (like `check` and `deploy`) refuses, listing each placeholder at its line.
    assert main(["--project", str(unit), "build"]) == 1
    errors = capsys.readouterr().err.splitlines()[:-1]
    values = filled_in(kind)
    assert len(errors) == len(values)
    assert all("chưa điền, còn chỗ đánh dấu của bộ khung. Cách sửa: thay “SỬA: …” bằng " in e for e in errors)
    assert sorted(":".join(error.split(":")[:2]) for error in errors) == unfilled_lines(unit)
    assert not (unit / "site").exists()
    assert main(["--project", str(unit), "deploy", "--to", str(tmp_path / "srv")]) == 1
    assert not (tmp_path / "srv").exists()
    config = (unit / "site_config.yml").read_text(encoding="utf-8")
    assert f"loai_dia_phuong: {kind}\n" in config and f"Ủy ban nhân dân {KINDS[kind]} An Hưng" in config

    fill_in(unit, errors, values)
    assert unfilled_lines(unit) == []
    capsys.readouterr()
    assert main(["--project", str(unit), "build"]) == 0
    assert main(["--project", str(unit), "check", "--site"]) == 0, capsys.readouterr().err
    home = (unit / "site" / "index.html").read_text(encoding="utf-8")
    assert f"Thi đua, khen thưởng {KINDS[kind]} An Hưng" in home
    assert (unit / "site" / "tuyen-bo-tiep-can" / "index.html").is_file()


def fill_in(unit, errors: list[str], values: dict[str, str]) -> None:
    """Replace each placeholder as the guide says: the whole "SỬA: …" by the unit's own text."""
    for error in errors:
        name, line, field = re.match(r"([^:]+):(\d+): (?:([\w.]+): )?chưa điền", error).groups()
        path = unit / name
        lines = path.read_text(encoding="utf-8").split("\n")
        lines[int(line) - 1] = re.sub(r"SỬA: [^\"\n]*", values[field or name], lines[int(line) - 1])
        path.write_text("\n".join(lines), encoding="utf-8")


def test_the_guide_searches_for_the_marker_and_no_instruction_holds_it(tmp_path):
    unit = tmp_path / "khung-moi"
    assert main(["--project", str(REPO), "init", str(unit), "--loai", "xa"]) == 0
    guide = GUIDE.read_text(encoding="utf-8")
    assert f'grep -rn "{MARKER}" site_config.yml content data' in guide
    assert "python -m generator init ../khung-moi --loai xa" in guide
    # Every line the search finds is a value to write, none an instruction about it.
    for hit in unfilled_lines(unit):
        name, line = hit.split(":")
        text = (unit / name).read_text(encoding="utf-8").splitlines()[int(line) - 1]
        assert not text.lstrip().startswith("#"), hit


def test_skeleton_holds_the_national_catalogue_and_calendar_and_no_sample_record(tmp_path):
    unit = tmp_path / "xa-moi"
    assert main(["--project", str(REPO), "init", str(unit), "--loai", "xa"]) == 0
    for shared in ("danh_muc", "ngay_nghi"):
        copied = sorted(p.relative_to(unit).as_posix() for p in (unit / "data" / shared).rglob("*.yml"))
        assert copied == sorted(p.relative_to(REPO).as_posix() for p in (REPO / "data" / shared).rglob("*.yml"))
        assert copied
    records = [p for p in (unit / "data").rglob("*.yml") if not {"danh_muc", "ngay_nghi"} & set(p.parts)]
    assert records == []
    assert (unit / "data" / "quyet_dinh" / ".gitkeep").is_file()
    assert (unit / "content" / "tuyen-bo-tiep-can.md").is_file()


def keys(mapping: dict, prefix: str = "") -> set[str]:
    found = set()
    for key, value in mapping.items():
        found.add(prefix + key)
        if isinstance(value, dict):
            found |= keys(value, f"{prefix}{key}.")
    return found


def test_skeleton_settings_have_every_setting_of_the_sample(tmp_path):
    unit = tmp_path / "xa-moi"
    assert main(["--project", str(REPO), "init", str(unit), "--loai", "xa"]) == 0
    skeleton = yaml.safe_load((unit / "site_config.yml").read_text(encoding="utf-8"))
    sample = yaml.safe_load((REPO / "site_config.yml").read_text(encoding="utf-8"))
    assert keys(skeleton) == keys(sample)


@pytest.mark.parametrize(("argument", "given"), [([], "chưa ghi"), (["--loai", "huyen"], "nhận được “huyen”")])
def test_init_asks_for_the_kind_of_unit(tmp_path, capsys, argument, given):
    assert main(["--project", str(REPO), "init", str(tmp_path / "moi"), *argument]) == 1
    assert capsys.readouterr().err == (
        f"--loai: {given}. Cách sửa: ghi --loai xa, --loai phuong hoặc --loai dac_khu (ví dụ python -m "
        "generator init ../thi-dua-xa-moi --loai xa).\n"
    )
    assert not (tmp_path / "moi").exists()


def test_init_refuses_a_folder_that_has_something(tmp_path, capsys):
    unit = tmp_path / "phuong-moi"
    unit.mkdir()
    (unit / "ghi-chu.txt").write_text("của tôi", encoding="utf-8")
    assert main(["--project", str(REPO), "init", str(unit), "--loai", "phuong"]) == 1
    assert capsys.readouterr().err == (
        f"{unit} đã có nội dung; lệnh init không ghi đè để khỏi mất dữ liệu. "
        "Cách sửa: chọn một thư mục chưa có hoặc thư mục trống.\n"
    )
    assert [p.name for p in unit.iterdir()] == ["ghi-chu.txt"]
