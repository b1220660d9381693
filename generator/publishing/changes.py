"""From "saved" to "published" for an office that edits locally: the changed records go into one
git commit whose message names them, then to the shared repository (whose CI publishes) or to
the office's server.

Only what editors change is committed: data/ (records and their files), content/ and
site_config.yml. Anything else in the working copy is left alone.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.kinds import ATTACHMENTS_FOLDER, BY_FOLDER

EDITED = ("data", "content", "site_config.yml")
# How many records the first line of the message names before "và N thay đổi khác".
NAMED_IN_SUBJECT = 3

_STATE = {"A": "mới", "?": "mới", "M": "sửa", "D": "xóa", "R": "đổi tên", "T": "sửa"}


class PublishFailed(Exception):
    """A step of publishing that could not be done; the message says what to do."""


@dataclass(frozen=True)
class Change:
    path: str
    state: str

    def describe(self) -> str:
        """The change as the office names it: "quyết định khen thưởng 30-qd-ubnd-2026 (mới)"."""
        parts = Path(self.path).parts
        what = self.path
        if parts[:2] == ("data", ATTACHMENTS_FOLDER):
            what = "tệp " + "/".join(parts[1:])
        elif parts[0] == "data":
            folder = "/".join(parts[1:-1])
            kind = BY_FOLDER.get(folder)
            if kind is not None:
                what = f"{kind.label} {Path(parts[-1]).stem}"
        elif parts[0] == "content":
            what = "trang " + "/".join(parts[1:])
        elif self.path == "site_config.yml":
            what = "cấu hình cổng thông tin"
        return f"{what} ({_STATE.get(self.state, 'sửa')})"


def commit_message(changes: list[Change]) -> str:
    named = [change.describe() for change in changes]
    subject = "Cập nhật " + ", ".join(named[:NAMED_IN_SUBJECT])
    if len(named) > NAMED_IN_SUBJECT:
        subject += f" và {len(named) - NAMED_IN_SUBJECT} thay đổi khác"
    return subject + "\n\n" + "".join(f"- {line}\n" for line in named)


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise PublishFailed("Máy này chưa có git. Cách sửa: cài git (apt-get install git, hoặc Git for "
                            "Windows) rồi chạy lại.") from None


def changes(root: Path) -> list[Change]:
    """What editors changed since the last commit, file by file, in path order."""
    if _git(root, "rev-parse", "--is-inside-work-tree").returncode != 0:
        raise PublishFailed(f"{root} chưa phải một kho git. Cách sửa: sao chép (git clone) kho của "
                            "cổng thông tin rồi làm việc trong đó; xem docs/ap-dung-cho-phuong-xa-khac.md.")
    status = _git(root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", *EDITED)
    entries = status.stdout.split("\0")
    found = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if not entry:
            continue
        state, path = entry[:2].strip() or "M", entry[3:]
        if state.startswith("R"):
            index += 1  # the old name follows a renamed file
        found.append(Change(path, state[0]))
    return sorted(found, key=lambda change: change.path)


def commit(root: Path, found: list[Change]) -> str:
    """Commit exactly these changes; return the message."""
    message = commit_message(found)
    _git(root, "add", "-A", "--", *EDITED)
    done = _git(root, "commit", "--quiet", "-m", message, "--", *EDITED)
    if done.returncode != 0:
        raise PublishFailed("Không ghi được thay đổi vào git: " + (done.stderr or done.stdout).strip()
                            + " Cách sửa: nếu git hỏi tên người dùng, chạy git config user.name \"Tên\" và "
                            "git config user.email \"dia-chi@co-quan.gov.vn\" rồi chạy lại.")
    return message


def push(root: Path) -> str | None:
    """Send the commit to the shared repository, if there is one; return its name."""
    remotes = _git(root, "remote").stdout.split()
    if not remotes:
        return None
    sent = _git(root, "push", "--quiet")
    if sent.returncode != 0:
        raise PublishFailed("Đã ghi thay đổi vào git trên máy này nhưng chưa gửi được lên kho chung: "
                            + sent.stderr.strip() + " Cách sửa: kiểm tra mạng và quyền ghi vào kho, rồi chạy "
                            "git push (hoặc chạy lại lệnh này).")
    return remotes[0]
