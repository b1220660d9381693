"""Reading the files of `data/`: each file on its own, read and validated against its kind's
schema; a large first load shared with a forked helper process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path

from pydantic import ValidationError

from generator.kinds import Kind
from generator.loading.errors import UNREADABLE, UNREADABLE_HINT, DataError
from generator.loading.located import FileLoad, Located
from generator.loading.messages import translate
from generator.loading.privacy import Guard, check_records
from generator.loading.yaml_source import read_yaml
from generator.machine import usable_cores

# Above this size a file is certainly not a hand-written record; refuse before parsing it.
MAX_FILE_BYTES = 5 * 1024 * 1024

# From this much data to read, half is read by a forked helper (at ward-10y, 9.5 MB: 1.5 s of
# reading and checking in one process, 1.1 s in two); below it, starting a process costs more.
PARALLEL_LOAD_BYTES = 2 * 1024 * 1024

Entry = tuple[tuple[str, ...], os.stat_result, bool]


def walk(folder: Path) -> list[Entry]:
    """Every file and folder inside `folder`, as the names leading to it, its status and whether
    it is a folder, in the order of pathlib's sorted `rglob("*")`; several times faster, which
    `serve` notices at city scale."""
    found: list[Entry] = []

    def visit(directory: str, parts: tuple[str, ...]) -> None:
        try:
            listing = os.scandir(directory)
        except OSError:
            # A folder that cannot be listed (no permission): its contents are unknown, and the
            # loader names the folder (`listable`).
            return
        with listing as entries:
            for entry in entries:
                inside = parts + (entry.name,)
                try:
                    status, is_folder = entry.stat(), entry.is_dir()
                except OSError:
                    # A broken link or a loop of links: its own status, reported by the loader.
                    status, is_folder = entry.stat(follow_symlinks=False), False
                found.append((inside, status, is_folder))
                # Like rglob, folders reached through a symbolic link are listed, not entered.
                if entry.is_dir(follow_symlinks=False):
                    visit(entry.path, inside)

    if folder.is_dir():
        visit(str(folder), ())
    return sorted(found, key=lambda entry: entry[0])


def listable(folder: str) -> bool:
    """Whether the files of `folder` can be listed (read and search permission, a working disk)."""
    try:
        with os.scandir(folder):
            return True
    except OSError:
        return False


@dataclass(frozen=True)
class FileTask:
    """A data file to read, as the loader found it."""

    path: str
    status: os.stat_result
    relative: str
    kind: Kind

    @property
    def stamp(self) -> tuple[int, int]:
        return (self.status.st_size, self.status.st_mtime_ns)


def load_files(root: Path, tasks: list[FileTask], previous: dict, office: Guard) -> dict[str, FileLoad]:
    """Each file's FileLoad, by path: the last one if the file did not change, else read again.

    A large amount of data to read (a first build) is shared with a forked process: reading and
    validating is most of the time before pages can be made, and one core would wait.
    """
    loads = {t.path: previous[t.path][1] for t in tasks if t.path in previous and previous[t.path][0] == t.stamp}
    for load in loads.values():
        # An unchanged file is checked again when the office contact allowed everywhere changed.
        if load.personal_data[0] != office:
            load.personal_data = (office, check_records(root, load.items, office))
    todo = [t for t in tasks if t.path not in loads]
    if sum(t.status.st_size for t in todo) >= PARALLEL_LOAD_BYTES and _can_fork():
        loads.update(_load_with_helper(root, todo, office))
    else:
        loads.update(_load_share(root, todo, office))
    return loads


def _load_with_helper(root: Path, tasks: list[FileTask], office: Guard) -> dict[str, FileLoad]:
    """`_load_share` of `tasks`, half of their bytes read by a forked helper at the same time."""
    # The largest files first, each to the share with fewer bytes so far: equal halves.
    mine: list[FileTask] = []
    theirs: list[FileTask] = []
    mine_bytes = theirs_bytes = 0
    for task in sorted(tasks, key=lambda t: -t.status.st_size):
        if theirs_bytes <= mine_bytes:
            theirs.append(task)
            theirs_bytes += task.status.st_size
        else:
            mine.append(task)
            mine_bytes += task.status.st_size
    fork = multiprocessing.get_context("fork")
    receiver, sender = fork.Pipe(duplex=False)
    helper = fork.Process(target=_help_load, args=(root, theirs, office, sender), daemon=True)
    helper.start()
    sender.close()
    try:
        loads = _load_share(root, mine, office)
        try:
            loads.update(receiver.recv())
        except (EOFError, OSError):
            # The helper failed or died (killed, out of memory): its files are read here.
            loads.update(_load_share(root, theirs, office))
        return loads
    finally:
        receiver.close()
        # Its result is in, or no longer wanted.
        helper.kill()
        helper.join()


def _can_fork() -> bool:
    # Forking a process with other threads running (`serve`'s watcher and server) could copy
    # a lock another thread holds; a daemon process (a worker) may not start processes.
    return ("fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
            and not multiprocessing.current_process().daemon and usable_cores() > 1)


def _help_load(root: Path, tasks: list[FileTask], office: Guard, sender: Connection) -> None:
    """The forked helper: its share of the files, sent back through `sender`."""
    try:
        sender.send(_load_share(root, tasks, office))
    except BaseException:  # noqa: BLE001 - the build reads the share itself and reports what went wrong
        # Sending nothing (closing the pipe) tells the build; a traceback here would reach the editor.
        pass
    finally:
        sender.close()


def _load_share(root: Path, tasks: list[FileTask], office: Guard) -> dict[str, FileLoad]:
    """Read and check the files of `tasks`."""
    # One copy of each key and text for all files of the share: they repeat in every record.
    strings: dict[str, str] = {}
    loads = {}
    for task in tasks:
        errors: list[DataError] = []
        items = _load_file(task.path, task.relative, task.kind, task.status.st_size, strings, errors)
        loads[task.path] = FileLoad(items, errors, (office, check_records(root, items, office)))
    return loads


def _load_file(
    path: str, relative: str, kind: Kind, size: int, strings: dict[str, str], errors: list[DataError]
) -> list[Located]:
    if size > MAX_FILE_BYTES:
        errors.append(
            DataError(
                relative,
                1,
                "",
                f"tệp quá lớn ({size // (1024 * 1024)} MB, tối đa "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB)",
                "tách dữ liệu thành nhiều tệp nhỏ; ảnh và PDF đặt trong data/tep/",
            )
        )
        return []
    try:
        with open(path, "rb") as file:
            raw = file.read()
    except OSError:
        errors.append(DataError(relative, 1, "", UNREADABLE, UNREADABLE_HINT))
        return []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        errors.append(
            DataError(
                relative,
                line,
                "",
                "tệp không ở bảng mã UTF-8 (có thể là TCVN3 hoặc VNI của phần mềm cũ)",
                "mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode)",
            )
        )
        return []
    document, problems = read_yaml(text, relative, partial(_reread, path), strings)
    errors.extend(problems)
    if document is None:
        return []
    data = document.data
    if data is None:
        errors.append(DataError(relative, 1, "", "tệp trống", "thêm nội dung hoặc xóa tệp này"))
        return []
    items = list(enumerate(data)) if isinstance(data, list) else [(None, data)]
    result = []
    for index, item in items:
        base: tuple = () if index is None else (index,)
        line = document.source.line_of(base)
        if not isinstance(item, dict):
            errors.append(
                DataError(
                    relative,
                    line,
                    "",
                    f"mỗi {kind.label} cần là một nhóm các khóa: giá trị",
                    "viết mỗi thông tin trên một dòng dạng `khoa: gia_tri`",
                )
            )
            continue
        try:
            record = kind.schema.model_validate(item)
        except ValidationError as invalid:
            for error in invalid.errors():
                errors.append(translate(error, kind.schema, base, document.source))
            record = None
        # Invalid records are kept (without a record) so their references are still checked.
        result.append(Located(record, item, relative, line, document.source, base))
    return result


def _reread(path: str) -> str:
    """A file's text again, to find the lines of a problem in it; nothing (no lines) when it
    has since become unreadable: the next load reports that."""
    try:
        with open(path, "rb") as file:
            return file.read().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""
