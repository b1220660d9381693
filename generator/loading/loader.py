"""Read every file under `data/`, validate it against its schema, and return the Portal.

Every problem in every file is collected before anything is reported, so an editor fixes a
whole batch at once instead of one error per build.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from generator.loading.privacy import check_personal_data
from generator.loading.publication import check_publication
from generator.loading.references import check_references
from generator.loading.yaml_source import SourceMap, parse_yaml

# Above this size a file is certainly not a hand-written record; refuse before parsing it.
MAX_FILE_BYTES = 5 * 1024 * 1024

ATTACHMENTS_FOLDER = "tep"


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


# The last Portal loaded, with the state of the files it came from: `build` checks the data and
# then the MkDocs plugin needs it again, and `serve` rebuilds after edits elsewhere.
_last_load: tuple[tuple, Portal] | None = None


def _files_state(root: Path) -> tuple:
    """Name, size and modification time of every file the Portal depends on (data, the
    hand-written pages and the settings the checks read), and the build date (which decides
    what is published)."""
    files = sorted(p for folder in ("data", "content") if (root / folder).is_dir()
                   for p in (root / folder).rglob("*"))
    files += [p for p in (root / "site_config.yml",) if p.exists()]
    state = tuple((p.as_posix(), s.st_size, s.st_mtime_ns) for p in files for s in [p.stat()])
    return (str(root.resolve()), build_date(), state)


def load_portal(root: Path) -> Portal:
    """Load and check all data of the project at `root`; raise DataErrors listing every problem.

    Loading the same unchanged files twice in one process returns the Portal already loaded.
    """
    global _last_load
    state = _files_state(root)
    if _last_load is not None and _last_load[0] == state:
        return _last_load[1]
    portal = _load_portal(root)
    _last_load = (state, portal)
    return portal


def _load_portal(root: Path) -> Portal:
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
    for path in sorted(data_dir.rglob("*")):
        relative = path.relative_to(root).as_posix()
        inside = path.relative_to(data_dir)
        if path.is_dir() or inside.parts[0] == ATTACHMENTS_FOLDER:
            continue
        folder = inside.parent.as_posix()
        if path.name.startswith("."):
            continue
        if folder not in known_folders:
            errors.append(
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
        if path.suffix not in (".yml", ".yaml"):
            errors.append(
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
        before = len(errors)
        items = _load_file(path, relative, kind, errors)
        if not items and len(errors) > before:
            unreadable.add(folder)
        loaded[folder].extend(items)

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
    errors.extend(check_personal_data(root, loaded))
    errors.extend(check_addresses(root, loaded))
    if errors:
        raise DataErrors(errors)
    return portal


def _load_file(path: Path, relative: str, kind: Kind, errors: list[DataError]) -> list[Located]:
    if path.stat().st_size > MAX_FILE_BYTES:
        errors.append(
            DataError(
                relative,
                1,
                "",
                f"tệp quá lớn ({path.stat().st_size // (1024 * 1024)} MB, tối đa "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB)",
                "tách dữ liệu thành nhiều tệp nhỏ; ảnh và PDF đặt trong data/tep/",
            )
        )
        return []
    raw = path.read_bytes()
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
    document, problems = parse_yaml(text, relative)
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
