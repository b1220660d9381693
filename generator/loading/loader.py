"""Read every file under `data/`, validate it against its schema, and return the Portal.

Every problem in every file is collected before anything is reported, so an editor fixes a
whole batch at once instead of one error per build.
"""

from __future__ import annotations

import multiprocessing
import os
import stat
import threading
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.clock import build_date
from generator.domain.portal import Portal
from generator.domain.records import (
    Campaign,
    CatalogueEntry,
    CommendationType,
    Consultation,
    Decision,
    EmulationBlock,
    Example,
    Holiday,
    Meeting,
    Report,
    Unit,
    YearPlan,
)
from generator.loading.addresses import check_addresses
from generator.loading.errors import DataError, DataErrors
from generator.loading.messages import translate
from generator.loading.privacy import check_pages, check_records, office_contact
from generator.loading.publication import check_publication
from generator.loading.files import check_content
from generator.loading.references import check_references
from generator.loading.yaml_source import SourceMap, read_yaml
from generator.machine import usable_cores

# Above this size a file is certainly not a hand-written record; refuse before parsing it.
MAX_FILE_BYTES = 5 * 1024 * 1024

ATTACHMENTS_FOLDER = "tep"
NOT_A_FILE = "không phải một tệp thường (liên kết tượng trưng hỏng, vòng lặp liên kết, FIFO hay thiết bị)"
UNREADABLE = "không đọc được tệp (không có quyền đọc, hoặc lỗi ổ đĩa)"

# From this much data to read, half is read by a forked helper (at ward-10y, 9.5 MB: 1.5 s of
# reading and checking in one process, 1.1 s in two); below it, starting a process costs more.
PARALLEL_LOAD_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Kind:
    """A folder of `data/` holding one kind of record."""

    folder: str
    schema: type[BaseModel]
    label: str
    key: str = "id"


KINDS: tuple[Kind, ...] = (
    Kind("danh_muc/danh_hieu", CatalogueEntry, "danh hiệu, hình thức khen thưởng"),
    Kind("danh_muc/loai_hinh", CommendationType, "loại hình khen thưởng"),
    Kind("don_vi", Unit, "đơn vị"),
    Kind("phong_trao", Campaign, "phong trào thi đua"),
    Kind("quyet_dinh", Decision, "quyết định khen thưởng"),
    Kind("dien_hinh", Example, "điển hình"),
    Kind("ke_hoach", YearPlan, "kế hoạch năm", key="year"),
    Kind("khoi_thi_dua", EmulationBlock, "khối thi đua"),
    Kind("lay_y_kien", Consultation, "danh sách lấy ý kiến Nhân dân"),
    Kind("ngay_nghi", Holiday, "ngày nghỉ lễ", key="date"),
    Kind("bao_cao", Report, "báo cáo"),
    Kind("hoi_dong", Meeting, "phiên họp Hội đồng Thi đua - Khen thưởng"),
)


@dataclass
class Located:
    """A validated record with the file and line it came from."""

    record: Any
    raw: Any
    file: str
    line: int
    source: SourceMap
    base: tuple


@dataclass
class FileLoad:
    """What one data file gives on its own: its records, and the problems found in it alone."""

    items: list[Located]
    errors: list[DataError]
    # Personal data found in its records, with the office contact (allowed everywhere) that
    # was allowed then: it comes from site_config.yml, which may change on its own.
    personal_data: tuple[frozenset[str], list[DataError]]


# The last Portal loaded, with the state of the files it came from: `build` checks the data and
# then the MkDocs plugin needs it again, and `serve` rebuilds after edits elsewhere.
_last_load: tuple[tuple, Portal] | None = None

# Every data file of the last load, by path, with the size and modification time it was read
# at: after an edit, only the files that changed are read and validated again (`serve`); the
# checks across files and the Portal are made anew.
_file_loads: dict[str, tuple[tuple[int, int], FileLoad]] = {}


Entry = tuple[tuple[str, ...], os.stat_result, bool]


def forget_files() -> None:
    """Let go of what each data file gave (kept so that the next load reads only the files that
    changed): a build that loads once needs only the Portal, and the files' raw records, lines
    and checks are a quarter of the loaded data (10 MB at ward-10y)."""
    global _file_loads
    _file_loads = {}


def _walk(folder: Path) -> list[Entry]:
    """Every file and folder inside `folder`, as the names leading to it, its status and whether
    it is a folder, in the order of pathlib's sorted `rglob("*")`; several times faster, which
    `serve` notices at city scale."""
    found: list[Entry] = []

    def visit(directory: str, parts: tuple[str, ...]) -> None:
        with os.scandir(directory) as entries:
            for entry in entries:
                inside = parts + (entry.name,)
                try:
                    status = entry.stat()
                except OSError:
                    # A broken link or a loop of links: its own status, reported by the loader.
                    status = entry.stat(follow_symlinks=False)
                found.append((inside, status, entry.is_dir()))
                # Like rglob, folders reached through a symbolic link are listed, not entered.
                if entry.is_dir(follow_symlinks=False):
                    visit(entry.path, inside)

    if folder.is_dir():
        visit(str(folder), ())
    return sorted(found, key=lambda entry: entry[0])


def _files_state(root: Path, data: list[Entry]) -> tuple:
    """Name, size and modification time of every file the Portal depends on (data, the
    hand-written pages and the settings the checks read), and the build date (which decides
    what is published)."""
    files = [(("data",) + parts, status) for parts, status, _ in data]
    files += [(("content",) + parts, status) for parts, status, _ in _walk(root / "content")]
    config = root / "site_config.yml"
    files += [((config.name,), config.stat())] if config.exists() else []
    state = tuple(("/".join(parts), status.st_size, status.st_mtime_ns) for parts, status in files)
    return (str(root.resolve()), build_date(), state)


def load_portal(root: Path) -> Portal:
    """Load and check all data of the project at `root`; raise DataErrors listing every problem.

    Loading the same unchanged files twice in one process returns the Portal already loaded.
    """
    global _last_load
    data = _walk(root / "data")
    state = _files_state(root, data)
    if _last_load is not None and _last_load[0] == state:
        return _last_load[1]
    portal = _load_portal(root, data)
    _last_load = (state, portal)
    return portal


def _load_portal(root: Path, data: list[Entry]) -> Portal:
    global _file_loads
    previous, _file_loads = _file_loads, {}
    # Absolute, so that a file whose lines are read later is found whatever the working folder.
    root = root.resolve()
    data_dir = root / "data"
    errors: list[DataError] = []
    loaded: dict[str, list[Located]] = {kind.folder: [] for kind in KINDS}
    if not data_dir.is_dir():
        raise DataErrors(
            [DataError("data", 1, "", "không tìm thấy thư mục dữ liệu", "tạo thư mục data/")]
        )
    known_folders = {kind.folder for kind in KINDS}
    # Folders with a file that could not be read at all: its records' codes are unknown, so
    # references to that folder are not checked (they would only echo the first error).
    unreadable: set[str] = set()
    office = office_contact(root)
    # The files to read, in order, each with the folder it belongs to; a file in the wrong
    # place is reported where it comes.
    steps: list[DataError | _FileTask] = []
    for inside, status, is_folder in data:
        relative = "/".join(("data",) + inside)
        if is_folder or inside[0] == ATTACHMENTS_FOLDER:
            continue
        folder = "/".join(inside[:-1]) or "."
        if inside[-1].startswith("."):
            continue
        if not stat.S_ISREG(status.st_mode):
            # Reading a FIFO would wait forever; a broken link has nothing to read.
            steps.append(DataError(relative, 1, "", NOT_A_FILE, "xóa nó, hoặc thay liên kết bằng chính tệp"))
            continue
        if folder not in known_folders:
            steps.append(
                DataError(
                    relative,
                    1,
                    "",
                    "tệp nằm ngoài các thư mục dữ liệu đã biết",
                    "chuyển tệp vào một trong các thư mục: "
                    + ", ".join(f"data/{k.folder}/" for k in KINDS)
                    + f"; ảnh và tệp PDF đặt trong data/{ATTACHMENTS_FOLDER}/",
                )
            )
            continue
        if not inside[-1].endswith((".yml", ".yaml")):
            steps.append(
                DataError(
                    relative,
                    1,
                    "",
                    "chỉ nhận tệp YAML (.yml) trong thư mục này",
                    f"ảnh và tệp PDF đặt trong data/{ATTACHMENTS_FOLDER}/; đổi đuôi tệp thành .yml",
                )
            )
            continue
        kind = next(k for k in KINDS if k.folder == folder)
        steps.append(_FileTask(os.path.join(data_dir, *inside), status, relative, kind))
    file_loads = _load_files(root, [s for s in steps if isinstance(s, _FileTask)], previous, office)
    for step in steps:
        if isinstance(step, DataError):
            errors.append(step)
            continue
        file_load = file_loads[step.path]
        _file_loads[step.path] = (step.stamp, file_load)
        errors.extend(file_load.errors + file_load.personal_data[1])
        if not file_load.items and file_load.errors:
            unreadable.add(step.kind.folder)
        loaded[step.kind.folder].extend(file_load.items)

    records = {kind.folder: _index(loaded[kind.folder], kind, errors) for kind in KINDS}
    portal = Portal(
        catalogue=records["danh_muc/danh_hieu"],
        commendation_types=records["danh_muc/loai_hinh"],
        units=records["don_vi"],
        campaigns=records["phong_trao"],
        decisions=records["quyet_dinh"],
        examples=records["dien_hinh"],
        years=records["ke_hoach"],
        blocks=records["khoi_thi_dua"],
        consultations=records["lay_y_kien"],
        holidays=records["ngay_nghi"],
        reports=records["bao_cao"],
        meetings=records["hoi_dong"],
    )
    errors.extend(check_references(loaded, data_dir, unreadable))
    errors.extend(check_publication(loaded, build_date()))
    content_errors = check_content(root)
    errors.extend(content_errors)
    # The pages are read only once all are safe to read (a FIFO would block).
    if not content_errors:
        errors.extend(check_pages(root, office))
    errors.extend(check_addresses(root, loaded))
    if errors:
        raise DataErrors(errors)
    return portal


@dataclass(frozen=True)
class _FileTask:
    """A data file to read, as the loader found it."""

    path: str
    status: os.stat_result
    relative: str
    kind: Kind

    @property
    def stamp(self) -> tuple[int, int]:
        return (self.status.st_size, self.status.st_mtime_ns)


def _load_files(root: Path, tasks: list[_FileTask], previous: dict, office: frozenset[str]) -> dict[str, FileLoad]:
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


def _load_with_helper(root: Path, tasks: list[_FileTask], office: frozenset[str]) -> dict[str, FileLoad]:
    """`_load_share` of `tasks`, half of their bytes read by a forked helper at the same time."""
    # The largest files first, each to the share with fewer bytes so far: equal halves.
    mine: list[_FileTask] = []
    theirs: list[_FileTask] = []
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


def _help_load(root: Path, tasks: list[_FileTask], office: frozenset[str], sender: Connection) -> None:
    """The forked helper: its share of the files, sent back through `sender`."""
    try:
        sender.send(_load_share(root, tasks, office))
    except BaseException:  # noqa: BLE001 - the build reads the share itself and reports what went wrong
        # Sending nothing (closing the pipe) tells the build; a traceback here would reach the editor.
        pass
    finally:
        sender.close()


def _load_share(root: Path, tasks: list[_FileTask], office: frozenset[str]) -> dict[str, FileLoad]:
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
        errors.append(DataError(relative, 1, "", UNREADABLE, "cấp quyền đọc tệp cho người chạy lệnh, hoặc chép lại tệp"))
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


def _index(items: list[Located], kind: Kind, errors: list[DataError]) -> dict:
    by_key: dict = {}
    first_seen: dict = {}
    for item in items:
        if item.record is None:
            continue
        key = getattr(item.record, kind.key)
        if key in by_key:
            other = first_seen[key]
            yaml_key = kind.schema.model_fields[kind.key].alias
            errors.append(
                DataError(
                    item.file,
                    item.source.line_of(item.base + (yaml_key,)),
                    yaml_key,
                    f"mã {key} đã được dùng cho một {kind.label} khác ({other.file}:{other.line})",
                    "mỗi hồ sơ cần một mã riêng; đổi mã của một trong hai",
                )
            )
            continue
        by_key[key] = item.record
        first_seen[key] = item
    return by_key
