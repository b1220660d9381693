"""Read every file under `data/`, validate it against its schema, and return the Portal.

Every problem in every file is collected before anything is reported, so an editor fixes a
whole batch at once instead of one error per build.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from generator.clock import build_date
from generator.domain.portal import Portal
from generator.kinds import ATTACHMENTS_FOLDER, BY_FOLDER, KINDS, Kind
from generator.loading.addresses import check_addresses
from generator.loading.authority import check_authority
from generator.loading.award_rules import check_award_rules
from generator.loading.calendar import check_calendar
from generator.loading.changes import check_changes
from generator.loading.errors import UNLISTABLE, UNLISTABLE_HINT, DataError, DataErrors
from generator.loading.files import Entry, FileTask, listable, load_files, walk
from generator.loading.located import FileLoad, Located
from generator.loading.plausibility import check_legacy_pages, check_plausibility
from generator.loading.privacy import check_pages, office_contact
from generator.loading.publication import check_publication
from generator.loading.published_files import check_content
from generator.loading.references import check_references

NOT_A_FILE = "không phải một tệp thường (liên kết tượng trưng hỏng, vòng lặp liên kết, FIFO hay thiết bị)"
LINKED_FOLDER = "thư mục này là liên kết tượng trưng (symlink) tới nơi khác; dữ liệu trong đó không được đọc"


def load_portal(root: Path) -> Portal:
    """Load and check all data of the project at `root`; raise DataErrors listing every problem."""
    return PortalLoader().load(root)


class PortalLoader:
    """Loads a project's Portal, again and again for `serve`: after an edit, only the files that
    changed are read and validated again; the checks across files and the Portal are made anew."""

    def __init__(self) -> None:
        # The last Portal loaded, with the state of the files it came from.
        self._last: tuple[tuple, Portal] | None = None
        # Every data file of the last load, by path, with the size and modification time it
        # was read at.
        self._file_loads: dict[str, tuple[tuple[int, int], FileLoad]] = {}

    def load(self, root: Path) -> Portal:
        """Load and check all data of the project at `root`; raise DataErrors listing every
        problem. The same unchanged files give the Portal already loaded."""
        data = walk(root / "data")
        state = _files_state(root, data)
        if self._last is not None and self._last[0] == state:
            return self._last[1]
        portal = self._load(root, data)
        self._last = (state, portal)
        return portal

    def _load(self, root: Path, data: list[Entry]) -> Portal:
        previous, self._file_loads = self._file_loads, {}
        # Absolute, so that a file whose lines are read later is found whatever the working folder.
        root = root.resolve()
        data_dir = root / "data"
        errors: list[DataError] = []
        loaded: dict[str, list[Located]] = {kind.folder: [] for kind in KINDS}
        if data_dir.is_dir() and not listable(str(data_dir)):
            raise DataErrors([DataError("data", 1, "", UNLISTABLE, UNLISTABLE_HINT)])
        if not data_dir.is_dir():
            raise DataErrors(
                [DataError("data", 1, "", "không tìm thấy thư mục dữ liệu", "tạo thư mục data/")]
            )
        # Folders with a file that could not be read at all: its records' codes are unknown, so
        # references to that folder are not checked (they would only echo the first error).
        unreadable: set[str] = set()
        office = office_contact(root)
        # The files to read, in order, each with the folder it belongs to; a file in the wrong
        # place is reported where it comes.
        steps: list[DataError | FileTask] = []
        for inside, status, is_folder in data:
            relative = "/".join(("data",) + inside)
            if inside[0] == ATTACHMENTS_FOLDER:
                # Attachments are checked where they are published (loading/published_files.py).
                continue
            if is_folder and not inside[-1].startswith(".") and os.path.islink(os.path.join(data_dir, *inside)):
                # walk() lists a linked folder without entering it (it may lead out of the project,
                # or back into itself): its records would be missing from the site without a word.
                steps.append(DataError(relative, 1, "", LINKED_FOLDER,
                                       "thay liên kết bằng chính thư mục: chép các tệp vào đây"))
                continue
            if is_folder:
                if not listable(os.path.join(data_dir, *inside)):
                    steps.append(DataError(relative, 1, "", UNLISTABLE, UNLISTABLE_HINT))
                    # Its records are unknown: references to them are not checked (they would
                    # only echo this error once per reference).
                    prefix = "/".join(inside)
                    unreadable.update(k.folder for k in KINDS if (k.folder + "/").startswith(prefix + "/"))
                continue
            folder = "/".join(inside[:-1]) or "."
            if inside[-1].startswith("."):
                continue
            if not stat.S_ISREG(status.st_mode):
                # Reading a FIFO would wait forever; a broken link has nothing to read.
                steps.append(DataError(relative, 1, "", NOT_A_FILE, "xóa nó, hoặc thay liên kết bằng chính tệp"))
                continue
            if folder not in BY_FOLDER:
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
            kind = BY_FOLDER[folder]
            steps.append(FileTask(os.path.join(data_dir, *inside), status, relative, kind))
        file_loads = load_files(root, [s for s in steps if isinstance(s, FileTask)], previous, office)
        for step in steps:
            if isinstance(step, DataError):
                errors.append(step)
                continue
            file_load = file_loads[step.path]
            self._file_loads[step.path] = (step.stamp, file_load)
            errors.extend(file_load.errors + file_load.personal_data[1])
            if not file_load.items and file_load.errors:
                unreadable.add(step.kind.folder)
            loaded[step.kind.folder].extend(file_load.items)

        records = {kind.folder: _index(loaded[kind.folder], kind, errors) for kind in KINDS}
        portal = Portal(**{kind.portal_field: records[kind.folder] for kind in KINDS})
        errors.extend(check_references(loaded, data_dir, unreadable))
        errors.extend(check_authority(loaded))
        errors.extend(check_award_rules(loaded))
        errors.extend(check_calendar(loaded))
        errors.extend(check_changes(loaded))
        errors.extend(check_publication(loaded, build_date()))
        errors.extend(check_plausibility(loaded, build_date(), root))
        content_errors = check_content(root)
        errors.extend(content_errors)
        # The pages are read only once all are safe to read (a FIFO would block).
        if not content_errors:
            errors.extend(check_legacy_pages(root))
            errors.extend(check_pages(root, office))
        errors.extend(check_addresses(root, loaded))
        if errors:
            raise DataErrors(errors)
        return portal


def _files_state(root: Path, data: list[Entry]) -> tuple:
    """Name, size and modification time of every file the Portal depends on (data, the
    hand-written pages and the settings the checks read), and the build date (which decides
    what is published)."""
    files = [(("data",) + parts, status) for parts, status, _ in data]
    files += [(("content",) + parts, status) for parts, status, _ in walk(root / "content")]
    config = root / "site_config.yml"
    files += [((config.name,), config.stat())] if config.exists() else []
    state = tuple(("/".join(parts), status.st_size, status.st_mtime_ns) for parts, status in files)
    return (str(root.resolve()), build_date(), state)


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
