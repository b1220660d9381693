"""One adversarial case, how it is planted into a scratch project, run, and judged.

A case is what an attacker or a careless editor could put in a ward's project: files (text or
bytes) planted into a copy of the minimal valid project (tests/conftest.py), optionally a `setup`
for what a file cannot express (symlinks, FIFOs, permissions), and one command of the tool.
The outcome is judged from the outside, as the editor and the reader would see it:

- internal error: exit code 2, or a Python traceback on the screen;
- hang: the command did not finish within the case's timeout;
- leak: a string that must never be published is in a file of the built site;
- damage: the case requires the project left byte-identical and it was not;
- false positive: a legitimate input (`legitimate=True`) was refused;
- unexpected: another exit code or message than the case expects;
- handled: none of the above.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tests.conftest import MINIMAL_DATA, REPO, SAMPLE

# Outcomes, worst first; only HANDLED passes.
INTERNAL_ERROR = "internal error"
HANG = "hang"
LEAK = "leak"
DAMAGE = "damage"
FALSE_POSITIVE = "false positive"
UNEXPECTED = "unexpected"
HANDLED = "handled"
OUTCOMES = (INTERNAL_ERROR, HANG, LEAK, DAMAGE, FALSE_POSITIVE, UNEXPECTED, HANDLED)

# Long enough for a build of the minimal project on a loaded 2-core machine; a FIFO or a symlink
# loop that blocks the tool is a hang well before it.
DEFAULT_TIMEOUT_S = 60


@dataclass(frozen=True)
class Case:
    """One input and what the tool must do with it.

    `files` maps a path in the project to its text (dedented, UTF-8) or bytes (written as they
    are); None removes a file of the minimal project. `expect_message` is one exact line the tool
    must print (stdout or stderr), or None when only the exit code matters. `must_not_publish`
    lists strings no file of the built site may contain. `legitimate` marks input that must be
    accepted: refusing it is a false positive. `setup`, when given, is called with the project
    folder after the files are planted.
    """

    name: str
    category: str
    files: dict[str, str | bytes | None] = field(default_factory=dict)
    command: list[str] = field(default_factory=lambda: ["build"])
    expect_exit: int = 1
    expect_message: str | None = None
    must_not_publish: list[str] = field(default_factory=list)
    legitimate: bool = False
    setup: Callable[[Path], None] | None = None
    env: dict[str, str] = field(default_factory=dict)
    project_unchanged: bool = False
    # Where the command writes the site, in the project: must_not_publish is looked for there,
    # in files with one of these endings (all files when empty).
    site_dir: str = "site"
    published_suffixes: tuple[str, ...] = ()
    timeout_s: float = DEFAULT_TIMEOUT_S

    @property
    def id(self) -> str:
        return f"{self.category}/{self.name}"


@dataclass(frozen=True)
class Result:
    case: Case
    outcome: str
    exit_code: int | None
    output: str
    detail: str = ""

    def explain(self) -> str:
        return (f"{self.case.id}: {self.outcome} (exit {self.exit_code}){': ' + self.detail if self.detail else ''}\n"
                f"--- output ---\n{self.output}")


def plant(case: Case, folder: Path) -> Path:
    """A copy of the minimal project in `folder/project`, with the case's files planted."""
    root = folder / "project"
    shutil.copytree(REPO / "theme", root / "theme")
    shutil.copytree(SAMPLE / "content", root / "content")
    shutil.copy(SAMPLE / "site_config.yml", root / "site_config.yml")
    merged: dict[str, str | bytes | None] = {**MINIMAL_DATA, **case.files}
    for name, content in merged.items():
        path = root / name
        if content is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    if case.setup is not None:
        case.setup(root)
    return root


def run_case(case: Case, folder: Path) -> Result:
    """Plant `case` in `folder`, run its command there, and judge what happened."""
    root = plant(case, folder)
    before = _fingerprint(root) if case.project_unchanged else None
    # The tool from this checkout; the build date only when the case sets it.
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    env.update({"PYTHONPATH": str(REPO), **case.env})
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", *case.command], cwd=root, env=env,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        raw, _ = process.communicate(timeout=case.timeout_s)
    except subprocess.TimeoutExpired:
        # The whole group: a build's worker processes must not outlive the case.
        os.killpg(process.pid, signal.SIGKILL)
        raw, _ = process.communicate()
        return Result(case, HANG, None, raw.decode("utf-8", "replace"), f"no exit after {case.timeout_s} s")
    output = raw.decode("utf-8", "replace")
    code = process.returncode
    if code == 2 or "Traceback (most recent call last)" in output:
        return Result(case, INTERNAL_ERROR, code, output)
    leaked = _leaks(root / case.site_dir, case.must_not_publish, case.published_suffixes)
    if leaked:
        return Result(case, LEAK, code, output, "published: " + ", ".join(leaked))
    if before is not None:
        changed = _changes(before, _fingerprint(root))
        if changed:
            return Result(case, DAMAGE, code, output, "changed: " + ", ".join(changed[:5]))
    if case.legitimate and code != case.expect_exit:
        return Result(case, FALSE_POSITIVE, code, output)
    if code != case.expect_exit:
        return Result(case, UNEXPECTED, code, output, f"expected exit {case.expect_exit}")
    if case.expect_message is not None and case.expect_message not in output.splitlines():
        return Result(case, UNEXPECTED, code, output, f"missing line: {case.expect_message}")
    return Result(case, HANDLED, code, output)


def _leaks(site: Path, needles: list[str], suffixes: tuple[str, ...] = ()) -> list[str]:
    if not needles or not site.is_dir():
        return []
    found = set()
    wanted = [(needle, needle.encode("utf-8")) for needle in needles]
    for path in site.rglob("*"):
        if path.is_file() and not path.is_symlink() and (not suffixes or path.name.endswith(suffixes)):
            data = path.read_bytes()
            found.update(needle for needle, raw in wanted if raw in data)
    return sorted(found)


def _fingerprint(root: Path) -> dict[str, str]:
    """Every entry under the project except its built site: a file's hash, a link's target."""
    prints: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        for name in dirnames + filenames:
            path = here / name
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                prints[key] = "link:" + os.readlink(path)
            elif path.is_file():
                prints[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                prints[key] = "folder" if path.is_dir() else "other"
    return prints


def _changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))
