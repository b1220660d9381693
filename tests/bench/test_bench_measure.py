"""How the benchmark measures builds (bench/measure.py): each from scratch, nothing deleted in between."""

from __future__ import annotations

import importlib
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

    result, seconds = measure.median_build(build, [site], trash, repeats=3, log=tmp_path / "build.log")

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
