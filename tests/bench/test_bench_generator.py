"""The benchmark's data generator (bench/generate.py) at its tiny scale: valid, buildable, reproducible."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from generator.cli import main

GENERATE = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
# The end of the generated data's last year, in Vietnam: every record is in the past.
BUILD_DAY = datetime(2026, 12, 31, 12, tzinfo=timezone(timedelta(hours=7)))


def generate(out: Path, seed: int = 1) -> Path:
    subprocess.run(
        [sys.executable, str(GENERATE), "--scale", "tiny", "--seed", str(seed), "--out", str(out)],
        check=True, capture_output=True,
    )
    return out


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_generated_project_passes_check_and_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(BUILD_DAY.timestamp())))
    project = generate(tmp_path / "tiny")
    assert main(["--project", str(project), "check"]) == 0
    assert main(["--project", str(project), "build"]) == 0
    data, site = project / "data", project / "site"
    for folder, section in (("quyet_dinh", "quyet-dinh"), ("don_vi", "don-vi"), ("phong_trao", "phong-trao")):
        codes = [path.stem for path in (data / folder).glob("*.yml")]
        assert codes, folder
        for code in codes:
            assert (site / section / code / "index.html").is_file(), f"{section}/{code}"


def test_same_seed_gives_the_same_bytes(tmp_path):
    first = tree(generate(tmp_path / "first"))
    assert first == tree(generate(tmp_path / "again"))
    other = tree(generate(tmp_path / "other", seed=2))
    assert first.keys() & other.keys() and first != other
