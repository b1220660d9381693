"""The corpus runner judges outcomes as the editor and the reader would see them."""

from __future__ import annotations

from pathlib import Path

from tests.adversarial.__main__ import table
from tests.adversarial.case import DAMAGE, FALSE_POSITIVE, HANDLED, LEAK, UNEXPECTED, Case, run_case

DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"


def test_a_valid_project_is_handled_and_its_names_are_published(tmp_path: Path) -> None:
    case = Case("valid", "runner", expect_exit=0, legitimate=True)
    assert run_case(case, tmp_path).outcome == HANDLED
    published = Case("names", "runner", expect_exit=0, must_not_publish=["Trần Thị Đức"])
    assert run_case(published, tmp_path / "second").outcome == LEAK


def test_a_refused_legitimate_input_is_a_false_positive(tmp_path: Path) -> None:
    case = Case("refused", "runner", files={DECISION: "ma: [\n"}, command=["check"], expect_exit=0, legitimate=True)
    assert run_case(case, tmp_path).outcome == FALSE_POSITIVE


def test_the_exact_line_is_required(tmp_path: Path) -> None:
    case = Case("line", "runner", command=["check"], expect_exit=0, expect_message="Không có dòng này")
    result = run_case(case, tmp_path)
    assert (result.outcome, result.detail) == (UNEXPECTED, "missing line: Không có dòng này")


def test_a_changed_project_is_damage(tmp_path: Path) -> None:
    case = Case("damage", "runner", command=["new", "don_vi", "moi"], expect_exit=0, project_unchanged=True)
    result = run_case(case, tmp_path)
    assert (result.outcome, result.detail) == (DAMAGE, "changed: data/don_vi/moi.yml")


def test_the_table_counts_outcomes_per_category(tmp_path: Path) -> None:
    from tests.adversarial.case import Result

    results = [Result(Case("a", "x"), HANDLED, 1, ""), Result(Case("b", "x"), LEAK, 0, ""),
               Result(Case("c", "y"), HANDLED, 1, "")]
    lines = table(results).splitlines()
    assert lines[0].split(" | ")[:3] == ["category", "tried", "internal error"]
    assert [cell.strip() for cell in lines[2].split("|")] == ["x", "2", "0", "0", "1", "0", "0", "0", "0", "1"]
    assert [cell.strip() for cell in lines[-1].split("|")] == ["total", "3", "0", "0", "1", "0", "0", "0", "0", "2"]
