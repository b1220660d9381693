"""Plan targets judged by period, per part, and with the plan's own wording (generator/domain/targets.py).

Not a legal article: the plan's text ("trên 80%", "dưới 0,3%", "đạt 100%; trên 80%") is the rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from generator.domain.records import Target
from generator.domain.targets import judge, year_fraction


def target(direction="toi_thieu", value=80.0, actuals=(), accrual="muc_do", **extra) -> Target:
    fields = {"ma": "t", "ten": "Hồ sơ trực tuyến", "muc_tieu": "Trên 80%", "don_vi_tinh": "%",
              "gia_tri_muc_tieu": value, "chieu": direction, "cach_tinh": accrual,
              "thuc_hien": [{"ky": str(day), "ngay": day, "gia_tri": v} for day, v in actuals], **extra}
    return Target.model_validate(fields)


YEAR_END = date(2026, 12, 31)
NINE_MONTHS = date(2026, 9, 30)


@pytest.mark.parametrize("direction, figure, expected", [
    pytest.param("tren", 80, "chua_dat", id="tren-80-is-not-met-by-80"),
    pytest.param("tren", 80.1, "dat", id="tren-80-is-met-above"),
    pytest.param("toi_thieu", 80, "dat", id="at-least-80-is-met-by-80"),
    pytest.param("duoi", 80, "chua_dat", id="duoi-80-is-not-met-by-80"),
    pytest.param("duoi", 79.9, "dat", id="duoi-80-is-met-below"),
    pytest.param("toi_da", 80, "dat", id="at-most-80-is-met-by-80"),
])
def test_plan_wording_tren_and_duoi_are_strict(direction, figure, expected):
    assert judge(target(direction, actuals=[(YEAR_END, figure)]), 2026).status == expected


@pytest.mark.parametrize("accrual, value, figure, status, expected, on_track", [
    # Thu ngân sách 86,2% of the annual plan after nine months, against 105%: ahead of the 78,75 due.
    pytest.param("luy_ke", 105, 86.2, "dang_thuc_hien", 78.75, True, id="accruing-ahead-of-pace"),
    pytest.param("luy_ke", 95, 60, "dang_thuc_hien", 71.25, False, id="accruing-behind-pace"),
    pytest.param("muc_do", 5, 5.4, "dang_thuc_hien", None, True, id="a-rate-compared-with-the-year-target"),
    pytest.param("muc_do", 56, 55, "dang_thuc_hien", None, False, id="a-rate-below-is-under-way-not-failed"),
])
def test_an_interim_figure_is_under_way_never_failed(accrual, value, figure, status, expected, on_track):
    standing = judge(target(value=value, accrual=accrual, actuals=[(NINE_MONTHS, figure)]), 2026)
    part = standing.parts[0]
    assert (standing.status, part.expected, part.on_track) == (status, expected, on_track)


def test_the_year_figure_is_judged_against_the_annual_target():
    standing = judge(target(value=105, accrual="luy_ke", actuals=[(NINE_MONTHS, 86.2), (YEAR_END, 101)]), 2026)
    assert (standing.status, standing.parts[0].latest.value) == ("chua_dat", 101)


@pytest.mark.parametrize("on_time, online, expected", [
    pytest.param(100, 86.7, "dat", id="both-parts-met"),
    pytest.param(98, 86.7, "chua_dat", id="one-part-missed-is-not-met"),
    pytest.param(None, 86.7, "chua_co_so_lieu", id="a-part-without-figures-is-not-met"),
])
def test_a_composite_target_is_judged_per_part(on_time, online, expected):
    parts = [
        {"ten": "Đúng hạn", "don_vi_tinh": "%", "gia_tri_muc_tieu": 100, "chieu": "toi_thieu",
         "thuc_hien": [] if on_time is None else [{"ky": "Năm", "ngay": YEAR_END, "gia_tri": on_time}]},
        {"ten": "Trực tuyến", "don_vi_tinh": "%", "gia_tri_muc_tieu": 80, "chieu": "tren",
         "thuc_hien": [{"ky": "Năm", "ngay": YEAR_END, "gia_tri": online}]},
    ]
    composite = Target.model_validate({"ma": "tthc", "ten": "TTHC", "muc_tieu": "Đúng hạn 100%; trực tuyến trên 80%",
                                       "thanh_phan": parts})
    assert judge(composite, 2026).status == expected


def test_a_target_has_one_measure_or_parts_not_both():
    with pytest.raises(ValidationError, match="chỉ tiêu có thanh_phan thì ghi"):
        target(thanh_phan=[{"ten": "A", "don_vi_tinh": "%", "gia_tri_muc_tieu": 1, "chieu": "tren"}])
    with pytest.raises(ValidationError, match="chỉ tiêu cần don_vi_tinh, gia_tri_muc_tieu và chieu"):
        Target.model_validate({"ma": "t", "ten": "T", "muc_tieu": "M"})


def test_the_year_gone_is_counted_in_months():
    assert (year_fraction(date(2026, 9, 30)), year_fraction(date(2026, 6, 30)), year_fraction(YEAR_END)) == (
        0.75, 0.5, 1.0)
