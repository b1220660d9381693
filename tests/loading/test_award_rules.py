"""The same person twice with the same title in one decision is refused."""

from __future__ import annotations

import pytest

from generator.loading.errors import DataErrors
from generator.loading.loader import load_portal
from tests.sample_records import DECISION, DECISION_TEXT

TWICE = DECISION_TEXT + """\
  - doi_tuong_nhan: ca_nhan
    danh_xung: Ông
    ten: Lê Văn  Bình
    don_vi: truong-thcs
    danh_hieu: Chiến sĩ thi đua cơ sở
"""


def test_law_06_2022_one_achievement_is_commended_once_in_one_decision(scratch_project):
    with pytest.raises(DataErrors) as raised:
        load_portal(scratch_project({DECISION: TWICE}))
    assert [str(e) for e in raised.value.errors] == [
        f"{DECISION}:19: ten (danh_sach, mục 2): Lê Văn  Bình đã có trong danh sách với Chiến sĩ thi đua cơ sở "
        "(mục 1): một thành tích chỉ được khen thưởng một lần. Cách sửa: xóa mục trùng; nếu là hai người cùng tên "
        "thì ghi ma_nguoi khác nhau cho mỗi người"
    ]


def test_two_people_of_the_same_name_with_their_own_codes_are_two_people(scratch_project):
    text = TWICE.replace("    ten: Lê Văn Bình\n", "    ten: Lê Văn Bình\n    ma_nguoi: le-van-binh-1\n").replace(
        "    ten: Lê Văn  Bình\n", "    ten: Lê Văn  Bình\n    ma_nguoi: le-van-binh-2\n")
    assert len(load_portal(scratch_project({DECISION: text})).decisions["16-qd-ubnd-2026"].recipients) == 2
