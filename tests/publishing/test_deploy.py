"""`deploy` to a folder: releases, the atomic switch of `current`, rollback; and the SSH commands."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest

from generator.cli import main
from generator.publishing.deploy import (
    DeployFailed,
    LocalTarget,
    RemoteTarget,
    publish,
    rollback,
    site_digest,
    target_for,
)


def at(day: int) -> datetime:
    return datetime(2026, 1, day, 8, 0, tzinfo=timezone.utc)


def make_site(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True)
    # The build's staging folder is private; a web server reads as another user.
    folder.chmod(0o700)
    (folder / "index.html").write_text(text, encoding="utf-8")
    (folder / "assets").mkdir()
    (folder / "assets" / "style.css").write_text("body {}", encoding="utf-8")
    return folder


def live_text(target: Path) -> str:
    return (target / "current" / "index.html").read_text(encoding="utf-8")


def releases(target: Path) -> list[str]:
    return sorted(p.name for p in (target / "releases").iterdir())


def test_each_publication_becomes_live_and_only_the_newest_are_kept(tmp_path):
    target = tmp_path / "www"
    for day, text in enumerate(["một", "hai", "ba"], start=1):
        site = make_site(tmp_path / text, text)
        outcome = publish(site, LocalTarget(target), keep=1, now=at(day))
        assert outcome.release == f"202601{day:02d}T080000Z-{site_digest(site)}"
        assert live_text(target) == text

    assert os.readlink(target / "current") == f"releases/{outcome.release}"
    assert releases(target) == [outcome.previous, outcome.release]
    assert len(outcome.removed) == 1


def test_rollback_returns_to_the_previous_release_one_step_at_a_time(tmp_path):
    target = tmp_path / "www"
    for day, text in enumerate(["một", "hai", "ba"], start=1):
        publish(make_site(tmp_path / text, text), LocalTarget(target), now=at(day))

    first = rollback(LocalTarget(target))
    assert live_text(target) == "hai"
    assert first.previous not in releases(target)
    rollback(LocalTarget(target))
    assert live_text(target) == "một"
    with pytest.raises(DeployFailed) as refused:
        rollback(LocalTarget(target))
    assert str(refused.value) == (
        f"Bản đang chạy ({releases(target)[0]}) là bản cũ nhất còn giữ; không còn bản trước để quay lại."
    )


def test_identical_content_makes_no_new_release(tmp_path):
    target = tmp_path / "www"
    publish(make_site(tmp_path / "a", "một"), LocalTarget(target), now=at(1))
    outcome = publish(make_site(tmp_path / "b", "một"), LocalTarget(target), now=at(2))
    assert outcome.unchanged
    assert len(releases(target)) == 1


def test_a_release_is_readable_by_the_web_server(tmp_path):
    target = tmp_path / "www"
    publish(make_site(tmp_path / "a", "một"), LocalTarget(target), now=at(1))
    release = (target / "current").resolve()
    assert stat.S_IMODE(release.stat().st_mode) == 0o755
    assert stat.S_IMODE((release / "assets" / "style.css").stat().st_mode) == 0o644


def test_a_real_folder_named_current_is_never_replaced(tmp_path):
    target = tmp_path / "www"
    (target / "current").mkdir(parents=True)
    with pytest.raises(DeployFailed, match="không phải liên kết do lệnh deploy tạo"):
        publish(make_site(tmp_path / "a", "một"), LocalTarget(target), now=at(1))
    assert list((target / "current").iterdir()) == []


def run(root: Path, *args: str) -> int:
    return main(["--project", str(root), *args])


def test_deploy_command_builds_publishes_and_rolls_back(scratch_project, tmp_path, capsys):
    root = scratch_project()
    target = tmp_path / "www"
    earlier = publish(make_site(tmp_path / "earlier", "bản cũ"), LocalTarget(target), now=at(1))

    assert run(root, "deploy", "--to", str(target)) == 0
    assert (target / "current" / "quyet-dinh" / "15-qd-ubnd-2026" / "index.html").is_file()
    live = Path(os.readlink(target / "current")).name
    assert capsys.readouterr().out.splitlines() == [
        f"Đã xuất bản bản {live} tới {target}.",
        f"Quay lại bản trước ({earlier.release}): python -m generator deploy --to {target} --rollback",
    ]

    assert run(root, "deploy", "--to", str(target), "--rollback") == 0
    assert live_text(target) == "bản cũ"
    assert capsys.readouterr().out == f"Đã quay lại bản {earlier.release}; bản {live} đã được gỡ bỏ.\n"


def test_invalid_data_is_never_deployed(scratch_project, tmp_path, capsys):
    root = scratch_project({"data/don_vi/truong-thcs.yml": "ma: truong-thcs\nten: Trường\nloai_don_vi: truong\n"})
    assert run(root, "deploy", "--to", str(tmp_path / "www")) == 1
    assert "data/don_vi/truong-thcs.yml:3: loai_don_vi" in capsys.readouterr().err
    assert not (tmp_path / "www").exists()


def test_rollback_with_nothing_published_says_so(tmp_path, capsys):
    assert run(tmp_path, "deploy", "--to", str(tmp_path / "www"), "--rollback") == 1
    assert capsys.readouterr().err == "Chưa có bản nào được xuất bản ở đây nên không có gì để quay lại.\n"


class FakeServer:
    """Records the commands a remote deploy would run; answers the state query like a server."""

    def __init__(self, listing: str):
        self.listing = listing
        self.commands: list[list[str]] = []

    def __call__(self, argv: list[str]) -> str:
        self.commands.append(argv)
        return self.listing if "readlink" in argv[-1] else ""


OLD = "20260101T080000Z-aaaaaaaaaaaa"
LIVE = "20260102T080000Z-bbbbbbbbbbbb"


def test_remote_publication_runs_rsync_then_switches_over_ssh(tmp_path):
    site = make_site(tmp_path / "site", "một")
    server = FakeServer(f"/srv/thi dua/releases/{LIVE}\n{OLD}\n{LIVE}\n")
    new = f"20260103T080000Z-{site_digest(site)}"

    outcome = publish(site, RemoteTarget("web@may-chu", "/srv/thi dua/", server), keep=1, now=at(3))

    assert outcome.release == new and outcome.previous == LIVE and outcome.removed == (OLD,)
    assert server.commands == [
        ["ssh", "-o", "BatchMode=yes", "web@may-chu", "mkdir -p '/srv/thi dua/releases' && { readlink '/srv/thi dua/current' || echo; }"
                               " && ls -1 '/srv/thi dua/releases'"],
        ["rsync", "--archive", "--delete", "--chmod=Du=rwx,go=rx,Fu=rw,go=r", "--rsh=ssh -o BatchMode=yes",
         "--link-dest=../../current/",
         f"{site}/", f"web@may-chu:/srv/thi dua/releases/.{new}.tmp/"],
        ["ssh", "-o", "BatchMode=yes", "web@may-chu", f"mv -T '/srv/thi dua/releases/.{new}.tmp' '/srv/thi dua/releases/{new}'"],
        ["ssh", "-o", "BatchMode=yes", "web@may-chu", f"cd '/srv/thi dua' && ln -sfn releases/{new} .current.tmp && mv -Tf .current.tmp current"],
        ["ssh", "-o", "BatchMode=yes", "web@may-chu", f"cd '/srv/thi dua/releases' && rm -rf -- {OLD}"],
    ]


def test_remote_rollback_switches_back_and_removes_the_abandoned_release():
    server = FakeServer(f"releases/{LIVE}\n{OLD}\n{LIVE}\n")
    outcome = rollback(RemoteTarget("may-chu", "/srv/web", server))
    assert outcome.release == OLD
    assert server.commands[1:] == [
        ["ssh", "-o", "BatchMode=yes", "may-chu", f"cd /srv/web && ln -sfn releases/{OLD} .current.tmp && mv -Tf .current.tmp current"],
        ["ssh", "-o", "BatchMode=yes", "may-chu", f"cd /srv/web/releases && rm -rf -- {LIVE}"],
    ]


def run_here(argv: list[str]) -> str:
    """Runs what the server would: the shell command given to ssh, and rsync's copy."""
    if argv[0] == "ssh":
        return subprocess.run(["sh", "-c", argv[-1]], capture_output=True, text=True, check=True).stdout
    shutil.copytree(argv[-2], argv[-1].split(":", 1)[1])
    return ""


def test_remote_shell_commands_publish_and_roll_back_on_a_real_folder(tmp_path):
    target = tmp_path / "srv"
    server = RemoteTarget("may-chu", str(target), run_here)
    publish(make_site(tmp_path / "a", "một"), server, now=at(1))
    publish(make_site(tmp_path / "b", "hai"), server, now=at(2))
    assert live_text(target) == "hai"
    assert server.state() == (releases(target), Path(os.readlink(target / "current")).name)

    rollback(server)
    assert live_text(target) == "một"
    assert len(releases(target)) == 1


def test_destination_names_a_server_only_in_rsync_notation(tmp_path):
    remote = target_for("web@thiduakhenthuong.gov.vn:/srv/thi-dua")
    assert isinstance(remote, RemoteTarget)
    assert (remote.host, remote.path) == ("web@thiduakhenthuong.gov.vn", "/srv/thi-dua")
    local = target_for(str(tmp_path / "www"))
    assert isinstance(local, LocalTarget) and local.folder == tmp_path / "www"
    with pytest.raises(DeployFailed, match="^Thiếu thư mục trên máy chủ trong --to may-chu:"):
        target_for("may-chu:")
