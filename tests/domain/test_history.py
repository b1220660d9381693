"""Warnings on a person's history: titles repeated within their period, prerequisites not found."""

from __future__ import annotations

import pytest

from generator.domain.history import history_notes
from generator.loading.loader import load_portal
from tests.conftest import REPO

CATALOGUE = "data/danh_muc/danh_hieu/danh_hieu.yml"


def decision(code: str, signed: str, award: str, level: str = "phuong", person: str = "le-van-binh") -> str:
    return f"""\
ma: {code}
so_ky_hieu: {code.split('-')[0]}/QĐ-UBND
ngay_ky: {signed}
co_quan_ban_hanh: Ủy ban nhân dân
cap: {level}
nguoi_ky:
  chuc_vu: Chủ tịch
  ho_ten: Nguyễn Hữu Phúc
trich_yeu: Về việc khen thưởng
loai_hinh: cong-trang
danh_sach:
  - doi_tuong_nhan: ca_nhan
    danh_xung: Ông
    ten: Lê Văn Bình
    ma_nguoi: {person}
    don_vi: truong-thcs
    danh_hieu: {award}
"""


def notes(scratch_project, *decisions: tuple[str, str, str, str]) -> tuple[list[str], list[str]]:
    files = {CATALOGUE: (REPO / CATALOGUE).read_text(encoding="utf-8")}
    for code, signed, award, level in decisions:
        files[f"data/quyet_dinh/{code}.yml"] = decision(code, signed, award, level)
    repeated, missing = history_notes(load_portal(scratch_project(files)))
    return [str(n) for n in repeated], [str(n) for n in missing]


# (decisions, repeated?, missing?): Luật Thi đua, khen thưởng 06/2022/QH15, Article 22 (Chiến sĩ thi
# đua cấp tỉnh after three consecutive Chiến sĩ thi đua cơ sở), Article 23 (Chiến sĩ thi đua cơ sở
# on top of Lao động tiên tiến), titles conferred once a year.
LAW_06_2022_ARTICLES_22_23 = [
    pytest.param([("1-a", "2025-12-26", "Lao động tiên tiến", "phuong"),
                  ("2-a", "2026-12-20", "Lao động tiên tiến", "phuong")], False, False, id="yearly-a-year-apart"),
    pytest.param([("1-a", "2026-01-10", "Lao động tiên tiến", "phuong"),
                  ("2-a", "2026-12-20", "Lao động tiên tiến", "phuong")], False, False, id="yearly-early-then-late"),
    pytest.param([("1-a", "2026-06-10", "Lao động tiên tiến", "phuong"),
                  ("2-a", "2026-12-20", "Lao động tiên tiến", "phuong")], True, False, id="yearly-twice-in-a-year"),
    pytest.param([("1-a", "2025-12-26", "Lao động tiên tiến", "phuong"),
                  ("2-a", "2025-12-26", "Chiến sĩ thi đua cơ sở", "phuong")], False, False, id="cstdcs-with-ldtt"),
    pytest.param([("2-a", "2025-12-26", "Chiến sĩ thi đua cơ sở", "phuong")], False, True, id="cstdcs-without-ldtt"),
    pytest.param([("1-a", "2023-12-20", "Chiến sĩ thi đua cơ sở", "co_quan"),
                  ("2-a", "2024-12-20", "Chiến sĩ thi đua cơ sở", "co_quan"),
                  ("3-a", "2025-12-20", "Chiến sĩ thi đua cơ sở", "phuong"),
                  ("4-a", "2026-04-03", "Chiến sĩ thi đua thành phố", "thanh_pho")], False, True,
                 id="cstd-city-after-three-but-no-ldtt"),
    pytest.param([("1-a", "2024-12-20", "Chiến sĩ thi đua cơ sở", "co_quan"),
                  ("2-a", "2025-12-20", "Chiến sĩ thi đua cơ sở", "phuong"),
                  ("3-a", "2026-04-03", "Chiến sĩ thi đua thành phố", "thanh_pho")], False, True,
                 id="cstd-city-after-two"),
]


@pytest.mark.parametrize("decisions, repeated, missing", LAW_06_2022_ARTICLES_22_23)
def test_law_06_2022_articles_22_23_history_warnings(scratch_project, decisions, repeated, missing):
    found_repeated, found_missing = notes(scratch_project, *decisions)
    assert bool(found_repeated) is repeated
    assert any("Chiến sĩ thi đua thành phố" in n or "Chiến sĩ thi đua cơ sở" in n for n in found_missing) is missing


def test_law_06_2022_article_22_the_warning_says_what_is_missing(scratch_project):
    _, missing = notes(scratch_project,
                       ("1-a", "2025-12-20", "Lao động tiên tiến", "phuong"),
                       ("2-a", "2025-12-20", "Chiến sĩ thi đua cơ sở", "phuong"),
                       ("3-a", "2026-04-03", "Chiến sĩ thi đua thành phố", "thanh_pho"))
    assert missing == [
        "le-van-binh: Chiến sĩ thi đua thành phố (3-a) cần 3 lần Chiến sĩ thi đua cơ sở trong 3 năm trước, trên "
        "cổng có 1 (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22 [unsure: khoản] (03 lần liên tục Chiến sĩ thi "
        "đua cơ sở))"
    ]
