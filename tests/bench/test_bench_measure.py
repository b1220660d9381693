"""How the benchmark measures builds (bench/measure.py): each from scratch, nothing deleted in between."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def measure(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    return importlib.import_module("measure")


def test_trash_keeps_what_it_is_given_until_emptied(measure, tmp_path):
    trash = measure.Trash(tmp_path / "trash")
    for name in ("site", "cache"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "page.html").write_text(name)
    trash.put(tmp_path / "site")
    trash.put(tmp_path / "cache")
    trash.put(tmp_path / "never-built")

    assert not (tmp_path / "site").exists() and not (tmp_path / "cache").exists()
    kept = sorted(p.read_text() for p in (tmp_path / "trash").rglob("page.html"))
    assert kept == ["cache", "site"]
    trash.empty()
    assert not (tmp_path / "trash").exists()


def test_each_build_starts_without_the_last_ones_output(measure, tmp_path):
    site = tmp_path / "site"
    # A build that fails if the folder it makes is already there, as a stale output would be.
    build = [sys.executable, "-c", f"import os; os.mkdir({str(site)!r})"]
    trash = measure.Trash(tmp_path / "trash")

    result, seconds = measure.median_build(build, [site], trash, repeats=3, timeout=120, log=tmp_path / "build.log")

    assert len(seconds) == 3 and result.seconds == sorted(seconds)[1]
    # Three timed builds and the sampled one: the first three outputs wait in the trash.
    assert site.is_dir() and len(list((tmp_path / "trash").iterdir())) == 3


def test_a_target_set_for_another_scale_is_left_to_that_scales_run(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    run = importlib.import_module("run")
    ours = run.System("ours", "Our build", Path("site"), [])
    hugo = run.System("hugo", "Hugo (minimal template)", Path("public"), [])
    ours.figures.update(build_s=9.0, peak_mb=300.0)
    hugo.figures.update(build_s=4.0)

    lines = run.target_lines("ward-10y", {"ours": ours, "hugo": hugo})

    assert "- full build at most 3× Hugo [ward-10y]: 2.25×: met" in lines
    assert "- peak memory under 1 GB [city]: 300.00 MB: judged on the city run" in lines
    assert "- full build at most 3× Hugo [ward-10y]: 2.25×: judged on the ward-10y run" in \
        run.target_lines("city", {"ours": ours, "hugo": hugo})


def test_a_build_past_its_bound_is_stopped_with_what_it_was_and_its_children(measure, tmp_path):
    """A stuck baseline never holds the benchmark: the build and the processes it started are
    stopped at the bound, and the reason names it."""
    marker = tmp_path / "child-still-running"
    # A build that starts a child of its own and never ends.
    child = tmp_path / "child.py"
    child.write_text(f"import time\ntime.sleep(30)\nopen({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    build = tmp_path / "build.py"
    build.write_text(f"import subprocess, sys, time\nsubprocess.Popen([sys.executable, {str(child)!r}])\n"
                     "time.sleep(60)\n", encoding="utf-8")
    stuck = [sys.executable, str(build)]

    with pytest.raises(measure.BenchError) as raised:
        measure.run_once(stuck, log=tmp_path / "build.log", sample_memory=False, timeout=1)

    assert "not finished after 1 s (the bound for this scale), stopped" in str(raised.value)
    # The child was stopped with its parent: it never gets to write its file.
    children = subprocess.run(["pgrep", "-f", str(child)], capture_output=True, text=True).stdout
    assert children == "" and not marker.exists()


def test_a_server_that_never_answers_is_given_up_at_its_bound(measure, tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# Trang\n", encoding="utf-8")
    silent = [sys.executable, "-c", "import time; time.sleep(60)"]

    with pytest.raises(measure.BenchError) as raised:
        measure.serve_latency(silent, url=f"http://127.0.0.1:{measure.free_port()}/", edit=measure.Edit(
            page, measure.append_to_line("# ")), edits=1, ready="ready", rebuilt="rebuilt",
            log=tmp_path / "serve.log", startup=1, timeout=1)

    assert "timed out after 1 s waiting for http://127.0.0.1:" in str(raised.value)
    assert page.read_text(encoding="utf-8") == "# Trang\n"


def test_a_baseline_not_measured_in_time_says_so_in_the_report(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    run = importlib.import_module("run")
    ours = run.System("ours", "Our build", Path("site"), [])
    mkdocs = run.System("mkdocs", "MkDocs best case (records out of nav)", Path("site-best"), [])
    ours.figures.update(build_s=9.0, pages=100, pages_per_s=11.1, peak_mb=300.0)
    mkdocs.notes.append("serve not measured: timed out after 60 s waiting for edit 1 on http://127.0.0.1:1/")
    mkdocs.figures.update(build_s=60.0, pages=100, pages_per_s=1.7, peak_mb=200.0)
    args = type("Args", (), {"scale": "ward-1y", "seed": 1, "repeats": 3, "patience": 1.0})()

    report = run.render(args, [ours, mkdocs], {"quyet_dinh": 1}, "quyet-dinh/a/", "", "load average (1 min) 2.0")

    serve_row = next(line for line in report.splitlines() if line.startswith("| serve"))
    assert "not measured" in serve_row
    assert ("- MkDocs best case (records out of nav): serve not measured: timed out after 60 s waiting for edit 1"
            in report)
    assert "Not measured within the bounds of this scale (300 s a build, 300 s to start a server, 60 s an edit" in report


def test_the_report_gives_the_first_load_by_page_against_the_record_page_target(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    run = importlib.import_module("run")
    ours = run.System("ours", "Our build", Path("site"), [])
    ours.figures.update(build_s=2.0, pages=100, pages_per_s=50.0, peak_mb=100.0, first_load_kb=71.5)
    ours.first_load_by_page.update(home=66.5, decision=71.5, list=63.9, example=65.0)
    args = type("Args", (), {"scale": "ward-1y", "seed": 1, "repeats": 3, "patience": 1.0})()

    report = run.render(args, [ours], {"quyet_dinh": 1}, "quyet-dinh/a/", "", "load average (1 min) 2.0")

    assert ("Our first load by page (gzip; issue 19's target for a record page: 70 KB): home 66.5 KB, "
            "decision 71.5 KB, list 63.9 KB, example 65.0 KB.") in report.splitlines()
    assert "- first load of a record page at most 70 KB gzip (issue 19): 71.50 KB: NOT met" in report.splitlines()
