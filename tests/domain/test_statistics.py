"""Statistics by sex, ethnic minority and direct-worker status: aggregates only, small groups hidden.

Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 (ethnicity is sensitive personal data): the fields are
never dumped with a record, and a group under SMALL_COUNT is hidden (generator/domain/statistics.py).
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from generator.domain.portal import Award
from generator.domain.records import CatalogueEntry, Decision, Recipient
from generator.domain.statistics import personal_statistics

ENTRY = CatalogueEntry.model_validate({"ma": "ldtt", "ten": "Lao động tiên tiến", "nhom": "danh_hieu_thi_dua",
                                      "doi_tuong": ["ca_nhan"], "cap": "phuong", "tham_quyen": "Chủ tịch"})


def awards(*people: dict) -> list[Award]:
    recipients = [{"doi_tuong_nhan": "ca_nhan", "danh_xung": "Bà" if p.get("gioi_tinh") == "nu" else "Ông",
                   "ten": f"Người {i}", "danh_hieu": "Lao động tiên tiến", **p} for i, p in enumerate(people)]
    decision = Decision.model_validate({
        "ma": "1-qd", "so_ky_hieu": "1/QĐ-UBND", "ngay_ky": "2026-01-15", "co_quan_ban_hanh": "UBND phường",
        "cap": "phuong", "nguoi_ky": {"chuc_vu": "Chủ tịch", "ho_ten": "A"}, "trich_yeu": "Về việc tặng",
        "loai_hinh": "cong-trang", "danh_sach": recipients})
    return [Award(decision, r, ENTRY, n) for n, r in enumerate(decision.recipients, start=1)]


@pytest.mark.parametrize("people, expected", [
    pytest.param([{"gioi_tinh": "nu"}] * 6 + [{"gioi_tinh": "nam"}] * 5,
                 [("theo-gioi-tinh", {"Nữ": 6, "Nam": 5})], id="groups-of-five-or-more-are-shown"),
    pytest.param([{"gioi_tinh": "nu"}] * 9 + [{"gioi_tinh": "nam"}] * 2,
                 [("theo-gioi-tinh", {"Nữ": None, "Nam": None})],
                 id="one-small-group-hides-the-next-smallest-too"),
    pytest.param([{"dan_toc_thieu_so": True}] * 3 + [{"dan_toc_thieu_so": False}] * 7 + [{}] * 6,
                 [("theo-dan-toc", {"Người dân tộc thiểu số": None, "Không thuộc dân tộc thiểu số": 7,
                                    "Không ghi": None})], id="three-minority-people-are-not-shown"),
    pytest.param([{"truc_tiep_lao_dong": True}] * 5, [("theo-lao-dong-truc-tiep",
                  {"Người trực tiếp lao động, công tác": 5})], id="direct-workers"),
    pytest.param([{}] * 8, [], id="nothing-recorded-nothing-shown"),
])
def test_law_91_2025_personal_statistics_are_aggregates_with_small_counts_hidden(people, expected):
    assert [(anchor, counts) for anchor, _, counts in personal_statistics(awards(*people))] == expected


def test_law_91_2025_the_fields_are_never_dumped_with_the_record():
    award = awards({"gioi_tinh": "nu", "dan_toc_thieu_so": True, "truc_tiep_lao_dong": True})[0]
    dumped = award.decision.model_dump(mode="json", by_alias=True)["danh_sach"][0]
    assert not {"gioi_tinh", "dan_toc_thieu_so", "truc_tiep_lao_dong"} & set(dumped)


@pytest.mark.parametrize("fields, message", [
    pytest.param({"doi_tuong_nhan": "tap_the", "dan_toc_thieu_so": True},
                 "gioi_tinh, dan_toc_thieu_so, truc_tiep_lao_dong chỉ ghi cho cá nhân", id="people-only"),
    pytest.param({"danh_xung": "Ông", "gioi_tinh": "nu"}, "gioi_tinh nu không khớp danh xưng Ông",
                 id="sex-matches-the-honorific"),
])
def test_the_statistics_fields_are_checked(fields, message):
    with pytest.raises(ValidationError, match=message):
        Recipient.model_validate({"doi_tuong_nhan": "ca_nhan", "danh_xung": "Bà", "ten": "A",
                                  "danh_hieu": "Lao động tiên tiến", **fields})
