"""site_config.yml states the kind of local unit, or the agency's name gives it."""

from __future__ import annotations

from generator.cli import main
from generator.loading.site_config import load_site_config
from tests.conftest import SAMPLE


def config_with(root, old: str, new: str) -> None:
    path = root / "site_config.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_existing_configuration_keeps_working_its_kind_read_from_the_agency(scratch_project):
    root = scratch_project()
    assert "loai_dia_phuong" not in (SAMPLE / "site_config.yml").read_text(encoding="utf-8")
    assert load_site_config(root).local_unit.word == "phường"


def test_a_commune_says_so_or_is_named_so(scratch_project):
    root = scratch_project()
    config_with(root, "ten_co_quan: Ủy ban nhân dân phường Lê Thanh Nghị", "ten_co_quan: Ủy ban nhân dân xã An Hưng")
    assert load_site_config(root).locality_kind == "xa"
    # The key wins over the name.
    config_with(root, "nam: 2026", "nam: 2026\nloai_dia_phuong: dac_khu")
    assert load_site_config(root).local_unit.title == "Đặc khu"


def test_no_kind_anywhere_is_refused_with_the_line_to_add(scratch_project, capsys):
    root = scratch_project()
    config_with(root, "ten_co_quan: Ủy ban nhân dân phường Lê Thanh Nghị", "ten_co_quan: Ban Thi đua - Khen thưởng")
    config_with(root, "dia_phuong: phường Lê Thanh Nghị, thành phố Hải Phòng", "dia_phuong: Hải Phòng")

    assert main(["--project", str(root), "check"]) == 1

    assert capsys.readouterr().err.splitlines()[0] == (
        "site_config.yml:4: loai_dia_phuong: không rõ cổng thông tin của phường, xã hay đặc khu. Cách sửa: thêm "
        "dòng `loai_dia_phuong: xa` (hoặc phuong, dac_khu) vào site_config.yml"
    )
