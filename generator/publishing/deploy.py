"""Publish a built site to the ward's own web server, keeping earlier releases for a rollback.

Layout of the target folder, local or on a server reached over SSH:

    releases/<release>/   one complete copy of the site per publication
    current               symbolic link to releases/<release>: the web server's document root

A new release is copied in full under a hidden name, renamed once complete, and `current` is
switched by renaming a new link over it, so a visitor always gets one whole release, never a mix.
Release names are `<UTC time>-<hash of the content>`: sorted by name they are in publishing order,
and publishing content identical to the live release does nothing.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Protocol

# Releases kept besides the live one, unless the editor asks for another number.
DEFAULT_KEEP = 5

RELEASES = "releases"
CURRENT = "current"
RELEASE_NAME = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{12}$")
# rsync's normalisation: the build's staging folder is private (mode 700), a web server
# running as another user must be able to read everything.
PUBLIC_MODES = "Du=rwx,go=rx,Fu=rw,go=r"


class DeployFailed(Exception):
    """A publication or rollback that could not be done; the message is for the editor."""


@dataclass(frozen=True)
class Outcome:
    release: str
    previous: str | None
    removed: tuple[str, ...] = ()
    unchanged: bool = False


class Target(Protocol):
    """Where releases live. Every method leaves the live release untouched until `switch`."""

    def state(self) -> tuple[list[str], str | None]:
        """The releases in publishing order, and the live one (None before the first)."""

    def upload(self, site: Path, release: str) -> None: ...

    def switch(self, release: str) -> None: ...

    def remove(self, releases: list[str]) -> None: ...


def site_digest(site: Path) -> str:
    """A short hash of every file's path and bytes: equal digests mean identical sites."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        digest.update(path.relative_to(site).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:12]


def publish(site: Path, target: Target, *, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Outcome:
    """Copy `site` as a new release, make it live, and remove releases beyond the `keep` newest."""
    if not (site / "index.html").is_file():
        raise DeployFailed(
            f"Không tìm thấy trang web đã tạo trong {site} (thiếu index.html). "
            "Cách sửa: chạy python -m generator build trước, hoặc bỏ tùy chọn --no-build."
        )
    releases, current = target.state()
    digest = site_digest(site)
    if current is not None and current.endswith(f"-{digest}"):
        return Outcome(current, current, unchanged=True)
    # The clock only names the release folder; nothing of it reaches the published pages.
    name = f"{(now or datetime.now(timezone.utc)).astimezone(timezone.utc):%Y%m%dT%H%M%SZ}-{digest}"
    if name not in releases:
        target.upload(site, name)
    target.switch(name)
    older = [r for r in releases if r != name]
    removed = older[: max(len(older) - keep, 0)]
    target.remove(removed)
    return Outcome(name, current, tuple(removed))


def rollback(target: Target) -> Outcome:
    """Make the release before the live one live again, and remove the one rolled back from."""
    releases, current = target.state()
    if current is None:
        raise DeployFailed("Chưa có bản nào được xuất bản ở đây nên không có gì để quay lại.")
    earlier = [r for r in releases if r < current]
    if not earlier:
        raise DeployFailed(
            f"Bản đang chạy ({current}) là bản cũ nhất còn giữ; không còn bản trước để quay lại."
        )
    target.switch(earlier[-1])
    # Removed so that the history stays a straight line: a second rollback goes one further back.
    target.remove([current])
    return Outcome(earlier[-1], current, (current,))


class LocalTarget:
    """A folder on this machine, for example the document root of the office's own server."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.releases = folder / RELEASES
        self.current = folder / CURRENT

    def state(self) -> tuple[list[str], str | None]:
        if self.current.exists() and not self.current.is_symlink():
            raise DeployFailed(
                f"{self.current} đã có và không phải liên kết do lệnh deploy tạo. "
                "Cách sửa: chọn một thư mục khác cho --to, hoặc chuyển nội dung đó đi nơi khác."
            )
        releases = sorted(
            p.name for p in self.releases.glob("*") if p.is_dir() and RELEASE_NAME.match(p.name)
        ) if self.releases.is_dir() else []
        current = Path(os.readlink(self.current)).name if self.current.is_symlink() else None
        return releases, current

    def upload(self, site: Path, release: str) -> None:
        self.releases.mkdir(parents=True, exist_ok=True)
        partial = self.releases / f".{release}.tmp"
        shutil.rmtree(partial, ignore_errors=True)
        shutil.copytree(site, partial)
        for folder, _, files in os.walk(partial):
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o644)
        os.rename(partial, self.releases / release)

    def switch(self, release: str) -> None:
        link = self.folder / f".{CURRENT}.tmp"
        link.unlink(missing_ok=True)
        # Relative, so that the whole folder can be moved or mounted elsewhere.
        os.symlink(f"{RELEASES}/{release}", link)
        os.replace(link, self.current)

    def remove(self, releases: list[str]) -> None:
        for release in releases:
            shutil.rmtree(self.releases / release)


Runner = Callable[[list[str]], str]

# Never ask for a password or to trust an unknown server: nobody is there to answer in CI, and a
# prompt would hang the publication. Fails at once instead, with ssh's own explanation.
SSH = ["ssh", "-o", "BatchMode=yes"]


def run_command(argv: list[str]) -> str:
    """Run one command; its output for the caller, its failure as a message for the editor."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise DeployFailed(
            f"Không tìm thấy chương trình {argv[0]} trên máy này. "
            f"Cách sửa: cài {argv[0]} (trên Debian, Ubuntu: apt-get install rsync openssh-client)."
        ) from None
    if done.returncode != 0:
        raise DeployFailed(
            f"Lệnh {shlex.join(argv)} thất bại (mã {done.returncode}): {done.stderr.strip().rstrip('.')}. "
            "Cách sửa: đăng nhập thử một lần bằng ssh để máy chủ được ghi nhận và khóa SSH được dùng "
            "không cần mật khẩu; kiểm tra quyền ghi thư mục đích trên máy chủ."
        )
    return done.stdout


class RemoteTarget:
    """A folder on a server reached with `ssh` and `rsync`, written `user@host:/path`.

    The same layout is built there with plain POSIX and GNU coreutils commands; SSH settings
    (port, key) belong in ~/.ssh/config.
    """

    def __init__(self, host: str, path: str, run: Runner = run_command):
        self.host = host
        self.path = path.rstrip("/") or "/"
        self.run = run

    def _ssh(self, command: str) -> str:
        return self.run([*SSH, self.host, command])

    def state(self) -> tuple[list[str], str | None]:
        releases = shlex.quote(f"{self.path}/{RELEASES}")
        current = shlex.quote(f"{self.path}/{CURRENT}")
        # The first line is where `current` points (empty before the first release).
        lines = self._ssh(
            f"mkdir -p {releases} && {{ readlink {current} || echo; }} && ls -1 {releases}"
        ).splitlines()
        live = lines[0].strip().rsplit("/", 1)[-1] if lines else ""
        return sorted(n for n in lines[1:] if RELEASE_NAME.match(n)), live or None

    def upload(self, site: Path, release: str) -> None:
        partial = f"{self.path}/{RELEASES}/.{release}.tmp"
        self.run([
            "rsync", "--archive", "--delete", f"--chmod={PUBLIC_MODES}", f"--rsh={shlex.join(SSH)}",
            # Unchanged files are hard links to the live release: a release costs only what changed.
            f"--link-dest=../../{CURRENT}/",
            f"{site}/", f"{self.host}:{partial}/",
        ])
        self._ssh(f"mv -T {shlex.quote(partial)} {shlex.quote(f'{self.path}/{RELEASES}/{release}')}")

    def switch(self, release: str) -> None:
        self._ssh(
            f"cd {shlex.quote(self.path)} && ln -sfn {shlex.quote(f'{RELEASES}/{release}')} .{CURRENT}.tmp"
            f" && mv -Tf .{CURRENT}.tmp {CURRENT}"
        )

    def remove(self, releases: list[str]) -> None:
        if releases:
            self._ssh(f"cd {shlex.quote(f'{self.path}/{RELEASES}')} && rm -rf -- {shlex.join(releases)}")


def target_for(destination: str, *, run: Runner = run_command) -> Target:
    """`user@host:/path` (rsync's notation) names a server; anything else a local folder."""
    host, colon, path = destination.partition(":")
    if colon and host and "/" not in host:
        if not path:
            raise DeployFailed(
                f"Thiếu thư mục trên máy chủ trong --to {destination}. "
                "Cách sửa: ghi dạng nguoi-dung@may-chu:/duong/dan, ví dụ web@thiduakhenthuong.gov.vn:/srv/thi-dua"
            )
        return RemoteTarget(host, path, run)
    return LocalTarget(Path(destination).resolve())
