import pytest
from pydantic import ValidationError

from generator.domain.ranking import rank_block
from generator.domain.records import EmulationBlock


def block(scores, **changes):
    fields = {
        "ma": "khoi-8-2026", "ten": "Khối thi đua số 8", "so_khoi": 8, "nam": 2026,
        "co_quan_to_chuc": "Ủy ban nhân dân thành phố Hải Phòng",
        "khoi_truong": "a", "khoi_pho": "b", "thanh_vien": ["a", "b", "c", "d"],
        "giao_uoc": {"ngay_ky": "2026-03-10", "tieu_chi": [
            {"ma": "kt", "ten": "Phát triển kinh tế", "diem_toi_da": 60},
            {"ma": "cchc", "ten": "Cải cách hành chính", "diem_toi_da": 40},
        ]},
        "cham_diem": scores,
    }
    fields.update(changes)
    return EmulationBlock.model_validate(fields)


def sheet(unit, kt, cchc, verified=None, **extra):
    result = {"don_vi": unit, "tu_cham": {"kt": kt, "cchc": cchc}, **extra}
    if verified is not None:
        result["tham_dinh"] = {"kt": verified[0], "cchc": verified[1]}
    return result


def test_equal_totals_share_a_rank_and_the_next_rank_is_skipped():
    ranked = rank_block(block([
        sheet("a", 55, 38, verified=(54, 37)),          # 91
        sheet("b", 58, 38, verified=(52, 36), diem_thuong=3),  # 91
        sheet("c", 60, 40, verified=(57, 39)),          # 96
        sheet("d", 50, 30, verified=(50, 30), diem_tru=2),     # 78
    ]))
    assert [(r.sheet.unit, r.total, r.rank, r.tied_with) for r in ranked] == [
        ("c", 96, 1, ()),
        ("a", 91, 2, ("b",)),
        ("b", 91, 2, ("a",)),
        ("d", 78, 4, ()),
    ]


def test_unverified_sheet_ranks_on_its_self_score():
    ranked = rank_block(block([sheet("a", 50, 30), sheet("b", 40, 30, verified=(45, 30))]))
    assert [(r.sheet.unit, r.total, r.verified) for r in ranked] == [("a", 80, False), ("b", 75, True)]


def test_floating_point_noise_does_not_split_a_tie():
    ranked = rank_block(block([sheet("a", 0.1, 0.2), sheet("b", 0.3, 0)]))
    assert [r.rank for r in ranked] == [1, 1]


def test_score_above_the_criterion_maximum_is_an_error():
    with pytest.raises(ValidationError, match="tiêu chí cchc được 41 điểm, vượt điểm tối đa 40"):
        block([sheet("a", 55, 41)])


def test_score_of_an_unknown_criterion_or_non_member_is_an_error():
    with pytest.raises(ValidationError, match="không có tiêu chí mã xd"):
        block([{"don_vi": "a", "tu_cham": {"xd": 5}}])
    with pytest.raises(ValidationError, match="đơn vị z không phải thành viên"):
        block([sheet("z", 1, 1)])
