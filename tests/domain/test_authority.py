"""Who may confer what, on the catalogue the project ships (data/danh_muc/danh_hieu/)."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from generator.domain.authority import may_confer, signs_as, who_may_confer
from generator.domain.records import CatalogueEntry
from tests.conftest import REPO, SAMPLE

CATALOGUE = {
    raw["ma"]: CatalogueEntry.model_validate(raw)
    for raw in yaml.safe_load((REPO / "data/danh_muc/danh_hieu/danh_hieu.yml").read_text(encoding="utf-8"))
}

BEFORE_MERGER = date(2025, 6, 30)
AFTER_MERGER = date(2025, 7, 1)
TODAY = date(2026, 8, 27)


# (title or form, level of the decision, signer, date signed, allowed?)
LAW_06_2022_ARTICLE_80 = [
    # 80(3): the commune-level chairman confers Lao động tiên tiến, Giấy khen, Gia đình văn hóa.
    ("lao-dong-tien-tien", "phuong", "Chủ tịch", date(2024, 12, 27), True),
    ("lao-dong-tien-tien", "xa", "Phó Chủ tịch", TODAY, True),
    ("gia-dinh-van-hoa", "dac_khu", "Chủ tịch", TODAY, True),
    ("giay-khen-chu-tich-ubnd-phuong", "phuong", "Chủ tịch Ủy ban nhân dân phường", date(2024, 9, 20), True),
    ("giay-khen-chu-tich-ubnd-xa", "xa", "Chủ tịch", TODAY, True),
    ("giay-khen-chu-tich-ubnd-phuong", "xa", "Chủ tịch", TODAY, False),
    # 80(2): the district chairman, until the district tier ended on 30/6/2025.
    ("giay-khen-chu-tich-ubnd-cap-huyen", "quan_huyen", "Chủ tịch", BEFORE_MERGER, True),
    ("giay-khen-chu-tich-ubnd-cap-huyen", "quan_huyen", "Chủ tịch", AFTER_MERGER, False),
    ("chien-si-thi-dua-co-so", "quan_huyen", "Phó Chủ tịch", date(2024, 12, 20), True),
    ("to-dan-pho-van-hoa", "quan_huyen", "Chủ tịch", date(2024, 12, 20), True),
    # Before 1/7/2025 a ward chairman had no power over Chiến sĩ thi đua cơ sở or Tổ dân phố văn hóa.
    ("chien-si-thi-dua-co-so", "phuong", "Chủ tịch", BEFORE_MERGER, False),
    ("to-dan-pho-van-hoa", "phuong", "Chủ tịch", BEFORE_MERGER, False),
    # 80(1) and 80(4): agency heads, enterprises and cooperatives.
    ("lao-dong-tien-tien", "co_quan", "Hiệu trưởng", TODAY, True),
    ("chien-si-thi-dua-co-so", "doanh_nghiep", "Giám đốc", TODAY, True),
    ("tap-the-lao-dong-tien-tien", "doanh_nghiep", "Chủ nhiệm", TODAY, True),
    ("giay-khen", "doanh_nghiep", "Chủ tịch Hội đồng quản trị", TODAY, True),
    ("chien-si-thi-dua-co-so", "doanh_nghiep", "Chủ tịch Hội đồng quản trị", TODAY, False),
    ("chien-si-thi-dua-co-so", "thanh_pho", "Giám đốc", TODAY, True),
    # 80(5): the armed forces' own titles.
    ("chien-si-tien-tien", "co_quan", "Trưởng Công an phường", TODAY, True),
    ("don-vi-tien-tien", "thanh_pho", "Giám đốc", TODAY, True),
    ("don-vi-tien-tien", "phuong", "Chủ tịch", TODAY, False),
]


@pytest.mark.parametrize("entry, level, signer, day, allowed", LAW_06_2022_ARTICLE_80)
def test_law_06_2022_article_80_lower_levels(entry, level, signer, day, allowed):
    assert may_confer(CATALOGUE[entry], level, signer, day) is allowed


DECREE_129_2025_COMMUNE_POWERS = [
    # From 1/7/2025 the commune level (xã, phường, đặc khu) took over the district's titles.
    ("chien-si-thi-dua-co-so", "phuong", "Chủ tịch", AFTER_MERGER, True),
    ("tap-the-lao-dong-tien-tien", "xa", "Phó Chủ tịch", TODAY, True),
    ("to-dan-pho-van-hoa", "phuong", "Chủ tịch", date(2025, 12, 29), True),
    ("thon-van-hoa", "xa", "Chủ tịch", TODAY, True),
    ("ap-van-hoa", "xa", "Chủ tịch", TODAY, True),
    ("ban-van-hoa", "dac_khu", "Chủ tịch", TODAY, True),
    ("khu-pho-van-hoa", "phuong", "Chủ tịch", TODAY, True),
    ("giay-khen-chu-tich-ubnd-dac-khu", "dac_khu", "Chủ tịch", TODAY, True),
    ("giay-khen-chu-tich-ubnd-dac-khu", "dac_khu", "Chủ tịch", BEFORE_MERGER, False),
    # Still not the commune's: the city's and the State's titles and forms.
    ("chien-si-thi-dua-thanh-pho", "phuong", "Chủ tịch", TODAY, False),
    ("xa-tieu-bieu", "xa", "Chủ tịch", TODAY, False),
    ("huan-chuong-lao-dong-hang-ba", "phuong", "Chủ tịch", TODAY, False),
]


@pytest.mark.parametrize("entry, level, signer, day, allowed", DECREE_129_2025_COMMUNE_POWERS)
def test_decree_129_2025_commune_level_powers(entry, level, signer, day, allowed):
    assert may_confer(CATALOGUE[entry], level, signer, day) is allowed


LAW_06_2022_ARTICLES_77_TO_79 = [
    # 77: the State President; 78: the Prime Minister; 79: ministers and the provincial chairman.
    ("huan-chuong-lao-dong-hang-ba", "trung_uong", "Chủ tịch nước", TODAY, True),
    ("huan-chuong-lao-dong-hang-ba", "trung_uong", "Thủ tướng Chính phủ", TODAY, False),
    ("bang-khen-thu-tuong-chinh-phu", "trung_uong", "Thủ tướng Chính phủ", TODAY, True),
    ("chien-si-thi-dua-toan-quoc", "trung_uong", "Phó Thủ tướng", TODAY, True),
    ("chien-si-thi-dua-toan-quoc", "thanh_pho", "Chủ tịch", TODAY, False),
    ("bang-khen-chu-tich-ubnd-thanh-pho", "thanh_pho", "Phó Chủ tịch", TODAY, True),
    ("bang-khen-chu-tich-ubnd-tinh", "tinh", "Chủ tịch", date(2024, 5, 1), True),
    ("chien-si-thi-dua-thanh-pho", "thanh_pho", "Phó Chủ tịch", TODAY, True),
    ("chien-si-thi-dua-thanh-pho", "thanh_pho", "Giám đốc", TODAY, False),
    ("phuong-tieu-bieu", "thanh_pho", "Chủ tịch", TODAY, True),
    ("don-vi-quyet-thang", "trung_uong", "Bộ trưởng", TODAY, True),
    ("don-vi-quyet-thang", "phuong", "Chủ tịch", TODAY, False),
]


@pytest.mark.parametrize("entry, level, signer, day, allowed", LAW_06_2022_ARTICLES_77_TO_79)
def test_law_06_2022_articles_77_to_79_higher_levels(entry, level, signer, day, allowed):
    assert may_confer(CATALOGUE[entry], level, signer, day) is allowed


@pytest.mark.parametrize("position, allowed, signs", [
    ("Chủ tịch", "Chủ tịch", True),
    ("chủ tịch ủy ban nhân dân phường", "Chủ tịch", True),
    ("Phó Chủ tịch", "Chủ tịch", False),
    ("Chủ tịch", "Phó Chủ tịch", False),
    ("Giám đốc Công an thành phố", "Giám đốc", True),
])
def test_decree_30_2020_a_deputy_signs_only_where_listed(position, allowed, signs):
    # Nghị định 30/2020/NĐ-CP: a deputy signs "KT." for the chairman; the catalogue lists both.
    assert signs_as(position, allowed) is signs


def test_every_entry_lists_its_authorities_and_their_legal_basis():
    for entry in CATALOGUE.values():
        assert entry.authorities, entry.id
        assert all(authority.legal_basis for authority in entry.authorities)


def test_the_sample_project_and_the_init_skeleton_share_the_catalogue():
    # `init` copies data/danh_muc/ (generator/authoring/skeleton.py); the tests' sample keeps the same file.
    shipped = (REPO / "data/danh_muc/danh_hieu/danh_hieu.yml").read_text(encoding="utf-8")
    assert (SAMPLE / "data/danh_muc/danh_hieu/danh_hieu.yml").read_text(encoding="utf-8") == shipped


def test_an_editor_reads_who_may_confer_at_the_decisions_level_or_on_its_day():
    # No power at the ward's level: whoever may confer it on that day.
    assert who_may_confer(CATALOGUE["huan-chuong-lao-dong-hang-ba"], "phuong", TODAY) == [
        "Chủ tịch nước hoặc Phó Chủ tịch nước (cấp trung ương; Luật Thi đua, khen thưởng 06/2022/QH15, "
        "Điều 77)"
    ]
    # The ward's power came later: when it did, and by which text.
    assert who_may_confer(CATALOGUE["to-dan-pho-van-hoa"], "phuong", BEFORE_MERGER) == [
        "Chủ tịch hoặc Phó Chủ tịch (cấp phường, xã, đặc khu; từ 01/07/2025; Nghị định 129/2025/NĐ-CP "
        "(nhận thẩm quyền của cấp huyện) [unsure: điều, khoản])"
    ]
