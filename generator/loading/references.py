"""Check that every code an editor wrote points at a record that exists.

References are checked on the data as written, not on validated records, so that a dangling
reference is reported together with the other problems of a file that fails validation.
"""

from __future__ import annotations

import difflib
from functools import cache
from pathlib import Path
from typing import Any

from generator.domain.keys import yaml_key
from generator.domain.labels import RECIPIENT_KIND_IN_SENTENCE
from generator.domain.text import fold
from generator.kinds import BY_FOLDER, LINKABLE_FOLDERS
from generator.loading.errors import DataError, field_name
from generator.loading.located import Located

EACH = "*"

# (folder of the record, path of the code in it, folder of the record it names)
REFERENCES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("don_vi", ("parent",), "don_vi"),
    ("phong_trao", ("units", EACH), "don_vi"),
    ("quyet_dinh", ("commendation_type",), "danh_muc/loai_hinh"),
    ("quyet_dinh", ("campaign",), "phong_trao"),
    ("quyet_dinh", ("changed_by",), "quyet_dinh"),
    ("quyet_dinh", ("recipients", EACH, "unit"), "don_vi"),
    ("dien_hinh", ("unit",), "don_vi"),
    ("dien_hinh", ("campaign",), "phong_trao"),
    ("dien_hinh", ("decisions", EACH), "quyet_dinh"),
    ("quyet_dinh", ("recipients", EACH, "changed_by"), "quyet_dinh"),
    ("khoi_thi_dua", ("leader",), "don_vi"),
    ("khoi_thi_dua", ("deputy",), "don_vi"),
    ("khoi_thi_dua", ("members", EACH), "don_vi"),
    ("khoi_thi_dua", ("campaign",), "phong_trao"),
    ("khoi_thi_dua", ("honours", EACH, "decision"), "quyet_dinh"),
    ("lay_y_kien", ("nominees", EACH, "unit"), "don_vi"),
    ("lay_y_kien", ("decisions", EACH), "quyet_dinh"),
    ("hoi_dong", ("decisions", EACH), "quyet_dinh"),
)

# (folder of the record, path of a file name in it) for attachments that must exist in data/tep/
ATTACHMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("quyet_dinh", ("attachment",)),
    ("dien_hinh", ("photos", EACH, "file")),
    ("bao_cao", ("attachment",)),
)

# (folder of the record, path of a list, key of the title or form in each item, who receives it)
AWARD_NAMES: tuple[tuple[str, tuple[str, ...], str, str | None], ...] = (
    ("quyet_dinh", ("recipients", EACH), "award", None),
    ("lay_y_kien", ("nominees", EACH), "award", None),
    ("khoi_thi_dua", ("honours", EACH), "proposal", "tap_the"),
)



def values_at(raw: Any, path: tuple[str, ...]) -> list[tuple[tuple, Any]]:
    """Every value found at `path` in raw data, with the path of keys and indexes leading to it,
    in the order they are written."""
    found: list[tuple[tuple, Any]] = [((), raw)]
    for head in _yaml_path(path):
        if head == EACH:
            found = [(at + (index,), item) for at, value in found if isinstance(value, list)
                     for index, item in enumerate(value)]
        else:
            found = [(at + (head,), value[head]) for at, value in found
                     if isinstance(value, dict) and value.get(head) is not None]
    return found


@cache
def _yaml_path(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(head if head == EACH else yaml_key(head) for head in path)


def check_references(
    located: dict[str, list[Located]], data_dir: Path, unreadable: set[str]
) -> list[DataError]:
    errors: list[DataError] = []
    ids = {
        folder: {item.raw.get(yaml_key("id")) for item in items if isinstance(item.raw, dict)}
        for folder, items in located.items()
    }

    for folder, path, target in REFERENCES:
        label = BY_FOLDER[target].noun
        if target in unreadable:
            continue
        known = {code for code in ids[target] if isinstance(code, str)}
        # A code renamed in one place is often still used in thousands: one guess for all.
        guesses: dict[str, str] = {}
        for item in located[folder]:
            for at, code in values_at(item.raw, path):
                if not isinstance(code, str) or code in known:
                    continue
                if code not in guesses:
                    close = difflib.get_close_matches(code, sorted(known), n=1, cutoff=0.7)
                    guesses[code] = f"; có phải ý bạn là `{close[0]}`?" if close else ""
                guess = guesses[code]
                errors.append(
                    DataError(
                        item.file,
                        item.source.line_of(item.base + at),
                        field_name(item.base + at),
                        f"không có {label} nào mang mã {code}",
                        f"kiểm tra mã trong thư mục data/{target}/ hoặc thêm {label} đó trước" + guess,
                    )
                )
            if target != folder:
                continue
            for at, code in values_at(item.raw, path):
                if code is not None and code == item.raw.get(yaml_key("id")):
                    errors.append(
                        DataError(item.file, item.source.line_of(item.base + at), field_name(item.base + at),
                                  f"{label} không thể trỏ tới chính nó",
                                  f"ghi mã của một {label} khác")
                    )

    attachments_dir = (data_dir / "tep").resolve()
    for folder, path in ATTACHMENTS:
        for item in located[folder]:
            for at, name in values_at(item.raw, path):
                if not isinstance(name, str):
                    continue
                target_file = (data_dir / name).resolve()
                if attachments_dir not in target_file.parents or not target_file.is_file():
                    errors.append(
                        DataError(
                            item.file,
                            item.source.line_of(item.base + at),
                            field_name(item.base + at),
                            f"không tìm thấy tệp {name} trong data/tep/",
                            "đặt tệp trong thư mục data/tep/ và ghi đường dẫn tính từ data/, ví dụ "
                            "`tep/quyet-dinh/15-qd-ubnd.pdf`",
                        )
                    )

    errors.extend(_check_awards(located))
    errors.extend(_check_task_links(located, ids))
    return errors


def _check_awards(located: dict[str, list[Located]]) -> list[DataError]:
    """Every title or form named must be in the catalogue and meant for that kind of recipient."""
    catalogue: dict[str, dict] = {}
    names: list[str] = []
    for item in located["danh_muc/danh_hieu"]:
        raw = item.raw
        if not isinstance(raw, dict):
            continue
        name = raw.get(yaml_key("name"))
        if isinstance(name, str):
            names.append(name)
        aliases = raw.get(yaml_key("aliases")) or []
        for known in (raw.get(yaml_key("id")), name, *(aliases if isinstance(aliases, list) else [])):
            if isinstance(known, str):
                catalogue[fold(known)] = raw
    errors = []
    guesses: dict[str, str] = {}
    for folder, path, key, fixed_kind in AWARD_NAMES:
        for item in located[folder]:
            for at, entry_raw in values_at(item.raw, path):
                if not isinstance(entry_raw, dict):
                    continue
                award = entry_raw.get(yaml_key(key))
                kind = fixed_kind or entry_raw.get(yaml_key("recipient_kind"), "ca_nhan")
                if not isinstance(award, str):
                    continue
                where = item.base + at + (yaml_key(key),)
                entry = catalogue.get(fold(award))
                if entry is None:
                    if award not in guesses:
                        close = difflib.get_close_matches(award, names, n=1, cutoff=0.6)
                        guesses[award] = f"; có phải ý bạn là `{close[0]}`?" if close else ""
                    errors.append(
                        DataError(item.file, item.source.line_of(where), field_name(where),
                                  f"không có danh hiệu hay hình thức khen thưởng nào tên {award}",
                                  "ghi đúng tên như trong data/danh_muc/danh_hieu/" + guesses[award])
                    )
                    continue
                allowed = entry.get(yaml_key("recipient_kinds")) or []
                if kind in RECIPIENT_KIND_IN_SENTENCE and isinstance(allowed, list) and kind not in allowed:
                    readable = ", ".join(RECIPIENT_KIND_IN_SENTENCE.get(k, str(k)) for k in allowed)
                    errors.append(
                        DataError(item.file, item.source.line_of(where), field_name(where),
                                  f"{entry.get(yaml_key('name'))} không tặng cho {RECIPIENT_KIND_IN_SENTENCE[kind]}",
                                  f"danh hiệu này chỉ dành cho: {readable}; kiểm tra lại doi_tuong_nhan")
                    )
    return errors


def _check_task_links(located: dict[str, list[Located]], ids: dict[str, set]) -> list[DataError]:
    errors = []
    for item in located["ke_hoach"]:
        for at, link in values_at(item.raw, ("tasks", EACH, "links", EACH)):
            if not isinstance(link, str) or "/" not in link:
                continue
            folder, code = link.split("/", 1)
            if folder in LINKABLE_FOLDERS and code in ids.get(folder, set()):
                continue
            errors.append(
                DataError(item.file, item.source.line_of(item.base + at), field_name(item.base + at),
                          f"liên kết {link} không trỏ tới hồ sơ nào",
                          "ghi dạng thư_mục/mã, ví dụ `bao_cao/so-ket-6-thang-2026`; thư mục là một "
                          "trong: " + ", ".join(LINKABLE_FOLDERS))
            )
    return errors
