"""One adversarial case, how it is planted into a scratch project, run, and judged.

A case is what an attacker or a careless editor could put in a ward's project: files (text or
bytes) planted into a copy of the minimal valid project (tests/conftest.py), optionally a `setup`
for what a file cannot express (symlinks, FIFOs, permissions), and one command of the tool.
The outcome is judged from the outside, as the editor and the reader would see it:

- internal error: exit code 2, a Python traceback on the screen, or an exception out of the tool;
- hang: the command did not finish within the case's timeout;
- leak: a string that must never be published is in a file of the built site, or a payload left
  an event handler or a script URL in a built page's DOM (browser cases);
- dialog: opening a built page in Chromium fired alert/confirm/prompt or set the payloads' marker
  global (browser cases);
- damage: the case requires the project left byte-identical and it was not;
- false positive: a legitimate input (`legitimate=True`) was refused;
- unexpected: another exit code or message than the case expects;
- handled: none of the above.

How a case runs: in this process, by calling the tool's entry point (`generator.cli.main`, what
`python -m generator` calls) in the project folder with stdout and stderr captured, which costs a
few milliseconds for `check` instead of a second for a new Python; an alarm ends a run that
overstays the case's timeout. Cases marked `isolated` run the same way in a process of their own,
forked from this one and killed after their timeout: input that could block the tool where no
alarm reaches it (FIFOs, links in loops) or end the process (nesting deep enough to exhaust the C
stack), and commands that would serve forever if they did not refuse. Cases sharing a `batch` are
planted together and run once (`run_batch`).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import selectors
import shutil
import signal
import sys
import tempfile
import textwrap
import time
import traceback
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from tests.conftest import MINIMAL_DATA, REPO, SAMPLE

# Outcomes, worst first; only HANDLED passes.
INTERNAL_ERROR = "internal error"
HANG = "hang"
LEAK = "leak"
DIALOG = "dialog"
DAMAGE = "damage"
FALSE_POSITIVE = "false positive"
UNEXPECTED = "unexpected"
HANDLED = "handled"
OUTCOMES = (INTERNAL_ERROR, HANG, LEAK, DIALOG, DAMAGE, FALSE_POSITIVE, UNEXPECTED, HANDLED)

# Long enough for a build of the minimal project on a loaded 2-core machine; a FIFO or a symlink
# loop that blocks the tool is a hang well before it.
DEFAULT_TIMEOUT_S = 60
# An isolated case's own alarm ends a run that overstays its timeout; a process still there this
# much later is blocked where no signal reaches Python (in C), and is killed.
KILL_GRACE_S = 5


@dataclass(frozen=True)
class Case:
    """One input and what the tool must do with it.

    `files` maps a path in the project to its text (dedented, UTF-8) or bytes (written as they
    are); None removes a file of the minimal project. `expect_message` is one exact line the tool
    must print (stdout or stderr), or None when only the exit code matters. `must_not_publish`
    lists strings no file of the built site may contain. `legitimate` marks input that must be
    accepted: refusing it is a false positive. `setup`, when given, is called with the project
    folder after the files are planted.

    `browser`: after a build that succeeds, every page of the site (and every SVG it publishes) is
    opened in headless Chromium; a dialog, the marker global or a handler in the DOM fails the case.
    `batch`: cases with the same batch are planted into one project and run with one command
    (their files may not disagree); each is still judged on its own.
    `isolated`: run as a process of its own with the timeout (see the module's docstring).
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
    browser: bool = False
    batch: str | None = None
    isolated: bool = False

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


class PageOpener(Protocol):
    """What judges the built pages of browser cases (tests/adversarial/browser.py)."""

    def problems(self, site: Path) -> list[str]: ...


def plant(case: Case, folder: Path) -> Path:
    """A copy of the minimal project in `folder/project`, with the case's files planted."""
    return _plant([case], folder)


def _plant(cases: list[Case], folder: Path) -> Path:
    root = folder / "project"
    shutil.copytree(REPO / "theme", root / "theme")
    shutil.copytree(SAMPLE / "content", root / "content")
    shutil.copy(SAMPLE / "site_config.yml", root / "site_config.yml")
    merged: dict[str, str | bytes | None] = dict(MINIMAL_DATA)
    for case in cases:
        merged.update(case.files)
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
    for case in cases:
        if case.setup is not None:
            case.setup(root)
    return root


def run_case(case: Case, folder: Path, opener: PageOpener | None = None) -> Result:
    """Plant `case` in `folder`, run its command there, and judge what happened. `opener` opens
    the built pages of a browser case; without one a browser case cannot be judged."""
    root = plant(case, folder)
    before = _fingerprint(root) if case.project_unchanged else None
    code, output, hung = (_run_isolated if case.isolated else _run_in_process)(case.command, case.env, root,
                                                                               case.timeout_s)
    opened = _open_pages([case], root, code, opener)
    return _judge(case, root, code, output, hung, before, opened)


def run_batch(cases: list[Case], folder: Path, opener: PageOpener | None = None) -> list[Result]:
    """Plant every case of one batch into one project, run their command once, and judge each case
    on its own: its exit code, its line, its strings in the site, the pages in the browser.

    A batch is a shortcut that may only ever agree with running its cases one by one: when a case
    of it is not handled (a payload that broke the build would fail every case with it, a dialog
    cannot tell which payload fired), each such case is run again alone, in a folder of its own,
    and that result is the one reported.
    """
    check_batch(cases)
    first = cases[0]
    root = _plant(cases, folder / "batch")
    code, output, hung = _run_in_process(first.command, first.env, root, first.timeout_s)
    opened = _open_pages(cases, root, code, opener)
    results = []
    for number, case in enumerate(cases):
        result = _judge(case, root, code, output, hung, None, opened)
        if result.outcome != HANDLED:
            result = run_case(case, folder / f"alone-{number}", opener)
        results.append(result)
    return results


def check_batch(cases: list[Case]) -> None:
    """Raise ValueError when the cases cannot share one project and one command."""
    first = cases[0]
    shared = {(tuple(c.command), tuple(sorted(c.env.items())), c.site_dir) for c in cases}
    if len(shared) > 1 or any(c.isolated or c.project_unchanged for c in cases):
        raise ValueError(f"batch {first.batch}: its cases need one command, environment and site folder, and none "
                         "may be isolated or need the project unchanged")
    planted: dict[str, str | bytes | None] = {}
    for case in cases:
        for name, content in case.files.items():
            if planted.setdefault(name, content) != content:
                raise ValueError(f"batch {first.batch}: two cases plant different {name}")


def batches(cases: list[Case]) -> list[list[Case]]:
    """The cases in units of work: each batch together (in the order of its first case), every other
    case alone."""
    units: dict[str, list[Case]] = {}
    for case in cases:
        units.setdefault(case.batch or f"\0{case.id}", []).append(case)
    return list(units.values())


class _Timeout(BaseException):
    """Raised by the alarm in an in-process run; a BaseException so that the tool's own `except
    Exception` (an internal error, exit 2) does not take it for a failure of its own."""


def _on_alarm(signum, frame):
    raise _Timeout


def _run_in_process(command: list[str], env: dict[str, str], root: Path,
                    timeout_s: float) -> tuple[int | None, str, bool]:
    """`python -m generator COMMAND` in `root`, in this process: (exit code, output, hung).

    Everything the tool changes for the process is put back: working folder, environment, the
    standard streams (also at the file-descriptor level, where forked workers and libraries
    write), logging handlers made while stderr was captured, the alarm.
    """
    from generator.cli import main

    saved_cwd, saved_env = os.getcwd(), dict(os.environ)
    saved_logging = _logging_state()
    text = io.StringIO()
    code: int | None = None
    hung = False
    with tempfile.TemporaryFile() as raw:
        sys.stdout.flush()
        sys.stderr.flush()
        saved_fds = os.dup(1), os.dup(2)
        os.dup2(raw.fileno(), 1)
        os.dup2(raw.fileno(), 2)
        old_alarm = signal.signal(signal.SIGALRM, _on_alarm)
        try:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
            os.environ.update(env)
            os.chdir(root)
            signal.setitimer(signal.ITIMER_REAL, timeout_s)
            try:
                with redirect_stdout(text), redirect_stderr(text):
                    code = main(list(command))
            except SystemExit as stop:  # argparse refusing the arguments
                code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
            except _Timeout:
                hung = True
            except BaseException:  # noqa: BLE001 - anything out of the tool is what the case is looking for
                text.write("Traceback (most recent call last):\n" + traceback.format_exc())
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, old_alarm)
            os.chdir(saved_cwd)
            os.environ.clear()
            os.environ.update(saved_env)
            _restore_logging(saved_logging)
            os.dup2(saved_fds[0], 1)
            os.dup2(saved_fds[1], 2)
            os.close(saved_fds[0])
            os.close(saved_fds[1])
        raw.seek(0)
        written = raw.read().decode("utf-8", "replace")
    return code, text.getvalue() + written, hung


def _logging_state() -> dict[str, tuple]:
    loggers = {name: logger for name, logger in logging.Logger.manager.loggerDict.items()
               if isinstance(logger, logging.Logger)}
    loggers[""] = logging.getLogger()
    return {name: (logger, list(logger.handlers), logger.level, logger.propagate, logger.disabled)
            for name, logger in loggers.items()}


def _restore_logging(saved: dict[str, tuple]) -> None:
    """Handlers made during a run write to the stream captured for it: none may outlive it."""
    for name, logger in logging.Logger.manager.loggerDict.items():
        if isinstance(logger, logging.Logger) and name not in saved:
            logger.handlers.clear()
    for logger, handlers, level, propagate, disabled in saved.values():
        logger.handlers[:] = handlers
        logger.setLevel(level)
        logger.propagate = propagate
        logger.disabled = disabled


def _run_isolated(command: list[str], env: dict[str, str], root: Path,
                  timeout_s: float) -> tuple[int | None, str, bool]:
    """`python -m generator COMMAND` in a process of its own, forked from this one (the tool is
    already imported: no second spent starting Python), killed with everything it started when it
    has not finished after `timeout_s`: (exit code, output, hung). A tool killed by a signal (the C
    stack exhausted) gives minus the signal's number, as `subprocess` does."""
    receive, send = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe and never returns
        status = 0
        try:
            os.close(receive)
            os.setsid()  # a group of its own, so that its workers are killed with it
            code, output, hung = _run_in_process(command, env, root, timeout_s)
            with os.fdopen(send, "wb") as pipe:
                pipe.write(json.dumps([code, output, hung]).encode("utf-8"))
        except BaseException:  # noqa: BLE001 - whatever happens, the child must not go on as the test run
            status = 70
        finally:
            os._exit(status)
    os.close(send)
    received, hung = _read_until(receive, time.monotonic() + timeout_s + KILL_GRACE_S)
    if hung:
        os.killpg(child, signal.SIGKILL)
    _, status = os.waitpid(child, 0)
    if hung:
        return None, received.decode("utf-8", "replace"), True
    if not received:
        return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else None, "", False
    code, output, hung = json.loads(received)
    return code, output, hung


def _read_until(fd: int, deadline: float) -> tuple[bytes, bool]:
    """Everything written to the pipe `fd` until it is closed, and whether `deadline` passed first."""
    chunks = []
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    return b"".join(chunks), True
                chunk = os.read(fd, 65536)
                if not chunk:
                    return b"".join(chunks), False
                chunks.append(chunk)
        finally:
            os.close(fd)


def _open_pages(cases: list[Case], root: Path, code: int | None, opener: PageOpener | None) -> list[str] | None:
    """What the browser found in the built pages, when a case of `cases` asks for it and the build
    succeeded; None when no page was opened."""
    wanted = [case for case in cases if case.browser]
    if not wanted or code != 0:
        return None
    if opener is None:
        raise ValueError(f"{wanted[0].id} is judged in a browser: run it with a page opener")
    return opener.problems(root / wanted[0].site_dir)


def _judge(case: Case, root: Path, code: int | None, output: str, hung: bool, before: dict[str, str] | None,
           opened: list[str] | None) -> Result:
    if hung:
        return Result(case, HANG, None, output, f"no exit after {case.timeout_s} s")
    if code == 2 or "Traceback (most recent call last)" in output:
        return Result(case, INTERNAL_ERROR, code, output)
    leaked = _leaks(root / case.site_dir, case.must_not_publish, case.published_suffixes)
    if leaked:
        return Result(case, LEAK, code, output, "published: " + ", ".join(leaked))
    if case.browser and opened:
        fired = [problem for problem in opened if problem.startswith(DIALOG)]
        if fired:
            return Result(case, DIALOG, code, output, "; ".join(fired))
        return Result(case, LEAK, code, output, "in the DOM: " + "; ".join(opened))
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
