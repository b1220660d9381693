"""A build that fails or is killed leaves the published site exactly as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from generator import swap
from generator.build import build_site
from generator.cli import main

REPO = Path(__file__).resolve().parents[2]
DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(".site-"))


def test_build_killed_mid_way_leaves_the_previous_site(scratch_project):
    root = scratch_project()
    build_site(root)
    before = snapshot(root / "site")
    decision = root / DECISION
    decision.write_text(decision.read_text(encoding="utf-8").replace("Về việc tặng", "Về việc khen"),
                        encoding="utf-8")

    child = subprocess.Popen(
        [sys.executable, "-m", "generator", "--project", str(root), "build"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        # Kill as soon as the staging folder exists: checking the data alone takes longer than
        # this loop's step, and MkDocs' build after it far longer, so the kill lands mid-build.
        for _ in range(6000):
            if leftovers(root) or child.poll() is not None:
                break
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)

    assert child.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    assert [name.startswith(swap.STAGING_PREFIX) for name in leftovers(root)] == [True], \
        "the staging folder must still exist: the kill happened before the swap"
    assert snapshot(root / "site") == before

    build_site(root)
    assert leftovers(root) == []
    assert "Về việc khen" in (root / "site/quyet-dinh/15-qd-ubnd-2026/index.html").read_text(encoding="utf-8")


def test_build_stopped_by_mkdocs_leaves_the_previous_site(scratch_project, capsys):
    root = scratch_project()
    assert main(["--project", str(root), "build"]) == 0
    before = snapshot(root / "site")
    (root / "content/lien-ket-hong.md").write_text("# Trang\n\n[Xem](khong-co.md)\n", encoding="utf-8")

    assert main(["--project", str(root), "build"]) == 1

    assert "Trang web đã xuất bản trước đó (nếu có) vẫn giữ nguyên." in capsys.readouterr().err
    assert snapshot(root / "site") == before
    assert leftovers(root) == []


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _folder(path: Path, marker: str) -> Path:
    path.mkdir()
    (path / "index.html").write_text(marker, encoding="utf-8")
    return path


def test_swap_replaces_the_site_and_leaves_nothing_behind(tmp_path):
    site = _folder(tmp_path / "site", "cũ")
    staging = swap.make_staging(site)
    (staging / "index.html").write_text("mới", encoding="utf-8")

    swap.swap_into_place(staging, site)

    assert (site / "index.html").read_text(encoding="utf-8") == "mới"
    assert leftovers(tmp_path) == []


def test_swap_without_renameat2_uses_two_renames(tmp_path, monkeypatch):
    monkeypatch.setattr(swap, "_exchange", lambda first, second: False)
    site = _folder(tmp_path / "site", "cũ")
    staging = _folder(tmp_path / f".site-tmp-{os.getpid()}-x", "mới")

    swap.swap_into_place(staging, site)

    assert (site / "index.html").read_text(encoding="utf-8") == "mới"
    assert leftovers(tmp_path) == []


def test_leftovers_of_killed_builds_are_cleaned_and_a_site_killed_mid_swap_is_restored(tmp_path):
    dead = _dead_pid()
    _folder(tmp_path / f".site-tmp-{dead}-abc", "dở dang")
    _folder(tmp_path / f".site-old-{dead}", "cũ")
    running = _folder(tmp_path / f".site-tmp-{os.getpid()}-def", "đang tạo")

    swap.remove_leftovers(tmp_path / "site")

    assert ((tmp_path / "site") / "index.html").read_text(encoding="utf-8") == "cũ"
    assert leftovers(tmp_path) == [running.name]
