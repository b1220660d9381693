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


def test_the_browser_finds_a_dialog_the_marker_and_an_armed_handler(tmp_path: Path) -> None:
    from tests.adversarial.browser import Chromium

    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text("<!doctype html><meta charset=utf-8><title>x</title><script>alert('mở')</script>", encoding="utf-8")
    (site / "a" / "index.html").write_text(
        '<!doctype html><title>x</title><img alt="" src="khong-co.png" onerror="window.xss=1">'
        '<a href="javascript:void(0)">bấm</a>', encoding="utf-8")
    (site / "sach.html").write_text("<!doctype html><title>x</title><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
                                    encoding="utf-8")
    chromium = Chromium()
    problems = chromium.problems(site)
    assert any(p.startswith("dialog on ") and "alert 'mở'" in p for p in problems), problems
    assert any(p.startswith("dialog on ") and "window.xss" in p for p in problems), problems
    assert "a/index.html: <img onerror>" in problems
    assert "a/index.html: <a href=javascript:void(0)>" in problems
    # Escaped text is text: the third page adds nothing.
    assert not any("sach.html" in p for p in problems)
    assert (chromium.sites, chromium.pages, chromium.dialogs) == (1, 3, 2)
