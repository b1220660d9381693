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


FOUR_VERIFIED = [sheet("a", 50, 30, verified=(45, 30)), sheet("b", 40, 30, verified=(40, 30)),
                 sheet("c", 59, 40, verified=(50, 30)), sheet("d", 30, 30, verified=(30, 30))]


@pytest.mark.parametrize("scores, expected", [
    pytest.param(FOUR_VERIFIED,
                 [("c", 80, 1, False), ("a", 75, 2, False), ("b", 70, 3, False), ("d", 60, 4, False)],
                 id="all-verified-ranks-on-verified-scores-final"),
    # An unverified 99 does not come first on a verified scale: until all are verified, everyone is
    # ranked on self-assessed scores, and the ranking says it is provisional.
    pytest.param([sheet("a", 59, 40), *FOUR_VERIFIED[1:]],
                 [("a", 99, 1, True), ("c", 99, 1, True), ("b", 70, 3, True), ("d", 60, 4, True)],
                 id="one-unverified-makes-all-provisional-on-self-scores"),
    pytest.param(FOUR_VERIFIED[:3],
                 [("c", 99, 1, True), ("a", 80, 2, True), ("b", 70, 3, True)],
                 id="a-member-without-a-sheet-is-not-verified"),
])
def test_law_06_2022_art_5_ranking_is_final_only_when_every_member_is_verified(scores, expected):
    ranked = rank_block(block(scores))
    assert [(r.sheet.unit, r.total, r.rank, r.provisional) for r in ranked] == expected


@pytest.mark.parametrize("precision, scores, expected", [
    pytest.param(1, {"kt": 55.1, "cchc": 33.2}, 88.3, id="tenths"),
    pytest.param(0, {"kt": 55.4, "cchc": 33.4}, 89, id="whole-points"),
    pytest.param(2, {"kt": 0.1, "cchc": 0.2}, 0.3, id="binary-noise-rounded-away"),
])
def test_totals_are_rounded_to_the_covenant_precision(precision, scores, expected):
    covenant = {"ngay_ky": "2026-03-10", "so_chu_so_thap_phan": precision, "tieu_chi": [
        {"ma": "kt", "ten": "Phát triển kinh tế", "diem_toi_da": 60},
        {"ma": "cchc", "ten": "Cải cách hành chính", "diem_toi_da": 40}]}
    ranked = rank_block(block([{"don_vi": "a", "tu_cham": scores, "tham_dinh": scores}],
                              thanh_vien=["a", "b"], khoi_pho=None, giao_uoc=covenant))
    assert (ranked[0].self_total, ranked[0].verified_total, ranked[0].total) == (expected,) * 3


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
