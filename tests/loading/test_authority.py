"""A decision that confers what its level and signer may not is refused by `check`, with its line."""

from __future__ import annotations

from generator.cli import main
from tests.conftest import REPO
from tests.sample_records import DECISION, DECISION_TEXT, edited

CATALOGUE = "data/danh_muc/danh_hieu/danh_hieu.yml"


def with_catalogue(text: str) -> dict[str, str]:
    """The shipped catalogue (with its authorities) and one decision."""
    return {CATALOGUE: (REPO / CATALOGUE).read_text(encoding="utf-8"), DECISION: text}


def test_law_06_2022_article_77_a_ward_decision_awarding_a_huan_chuong_fails_check(scratch_project, capsys):
    root = scratch_project(with_catalogue(edited(
        DECISION_TEXT, ("danh_hieu: Chiến sỹ thi đua cơ sở", "danh_hieu: Huân chương Lao động hạng Ba"))))

    assert main(["--project", str(root), "check"]) == 1

    assert capsys.readouterr().err.splitlines()[0] == (
        f"{DECISION}:16: danh_hieu (danh_sach, mục 1): Chủ tịch cấp phường không có thẩm quyền tặng "
        "Huân chương Lao động hạng Ba vào ngày 20/01/2026; thẩm quyền: Chủ tịch nước hoặc Phó Chủ tịch "
        "nước (cấp trung ương; Luật Thi đua, khen thưởng 06/2022/QH15, Điều 77). Cách "
        "sửa: kiểm tra cap, nguoi_ky và ngay_ky của quyết định; nếu cấp này chỉ đề nghị thì nhập quyết "
        "định của cấp có thẩm quyền, hoặc sửa danh_hieu cho đúng"
    )


def test_law_06_2022_article_80_one_message_per_title_for_a_decision_at_the_wrong_level(scratch_project, capsys):
    # Entered as a district decision after the district tier ended: every line is wrong, one message says so.
    second = "  - doi_tuong_nhan: ca_nhan\n    danh_xung: Bà\n    ten: Trần Thị Hoa\n    don_vi: truong-thcs\n" \
             "    danh_hieu: Chiến sĩ thi đua cơ sở\n"
    root = scratch_project(with_catalogue(edited(DECISION_TEXT, ("cap: phuong", "cap: quan_huyen")) + second))

    assert main(["--project", str(root), "check"]) == 1

    errors = capsys.readouterr().err.splitlines()
    assert errors[0].startswith(
        f"{DECISION}:16: danh_hieu (danh_sach, mục 1): Chủ tịch cấp quận, huyện không có thẩm quyền tặng "
        "Chiến sĩ thi đua cơ sở vào ngày 20/01/2026 (và 1 mục khác cùng danh hiệu); thẩm quyền: Chủ tịch hoặc "
        "Phó Chủ tịch (cấp quận, huyện; đến 30/06/2025; Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 khoản 2 "
        "(cấp huyện, đến khi bỏ cấp huyện)). Cách sửa:"
    )
    assert errors[1].startswith("Tìm thấy 1 lỗi")


def test_decree_129_2025_the_ward_confers_chien_si_thi_dua_co_so_since_july_2025(scratch_project, capsys):
    assert main(["--project", str(scratch_project(with_catalogue(DECISION_TEXT))), "check"]) == 0


def test_corrections_are_not_checked_as_new_awards(scratch_project, capsys):
    # A correction names entries of another decision; who may correct is not a power to confer.
    correction = edited(DECISION_TEXT, ("cap: phuong", "loai_quyet_dinh: dinh_chinh\ncap: phuong"),
                        ("danh_hieu: Chiến sỹ thi đua cơ sở", "danh_hieu: Huân chương Lao động hạng Ba"))
    assert main(["--project", str(scratch_project(with_catalogue(correction))), "check"]) == 0
