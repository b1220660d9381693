"""Check that every code an editor wrote points at a record that exists."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING

from generator.domain.keys import yaml_key
from generator.domain.portal import Portal
from generator.loading.errors import DataError

if TYPE_CHECKING:
    from generator.loading.loader import Located

_KIND_OF_RECIPIENT = {"ca_nhan": "cá nhân", "tap_the": "tập thể", "ho_gia_dinh": "hộ gia đình"}


class _Checker:
    def __init__(self, portal: Portal, data_dir: Path):
        self.portal = portal
        self.data_dir = data_dir
        self.errors: list[DataError] = []

    def at(self, item: Located, *path: str | int) -> int:
        keys = tuple(yaml_key(p) if isinstance(p, str) else p for p in path)
        return item.source.line_of(item.base + keys)

    def exists(
        self, item: Located, code: str | None, known: dict, label: str, folder: str, *path
    ) -> None:
        if code is None or code in known:
            return
        close = difflib.get_close_matches(code, list(known), n=1, cutoff=0.7)
        hint = f"có phải ý bạn là `{close[0]}`? " if close else ""
        self.errors.append(
            DataError(
                item.file,
                self.at(item, *path),
                yaml_key(path[-1]) if isinstance(path[-1], str) else yaml_key(path[-2]),
                f"không có {label} nào mang mã {code}",
                hint + f"kiểm tra mã trong thư mục data/{folder}/ hoặc thêm {label} đó trước",
            )
        )

    def attachment(self, item: Located, name: str | None, *path) -> None:
        if name is None:
            return
        target = (self.data_dir / name).resolve()
        inside = self.data_dir.resolve() / "tep"
        if inside not in target.parents or not target.is_file():
            self.errors.append(
                DataError(
                    item.file,
                    self.at(item, *path),
                    yaml_key(path[-1]),
                    f"không tìm thấy tệp {name} trong data/",
                    "đặt tệp trong thư mục data/tep/ và ghi đường dẫn tính từ data/, ví dụ "
                    "`tep/quyet-dinh/15-qd-ubnd.pdf`",
                )
            )


def check_references(portal: Portal, located: dict[str, list[Located]], data_dir: Path) -> list[DataError]:
    check = _Checker(portal, data_dir)

    for item in located["don_vi"]:
        unit = item.record
        check.exists(item, unit.parent, portal.units, "đơn vị", "don_vi", "parent")
        if unit.parent == unit.id:
            check.errors.append(
                DataError(item.file, check.at(item, "parent"), yaml_key("parent"),
                          "đơn vị không thể là cấp trên của chính nó", "ghi mã của đơn vị cấp trên")
            )

    for item in located["phong_trao"]:
        for index, unit_id in enumerate(item.record.units):
            check.exists(item, unit_id, portal.units, "đơn vị", "don_vi", "units", index)

    for item in located["quyet_dinh"]:
        decision = item.record
        check.exists(item, decision.commendation_type, portal.commendation_types,
                     "loại hình khen thưởng", "danh_muc", "commendation_type")
        check.exists(item, decision.campaign, portal.campaigns, "phong trào", "phong_trao", "campaign")
        check.exists(item, decision.changed_by, portal.decisions, "quyết định", "quyet_dinh", "changed_by")
        if decision.changed_by == decision.id:
            check.errors.append(
                DataError(item.file, check.at(item, "changed_by"), yaml_key("changed_by"),
                          "quyết định không thể tự đính chính hoặc hủy bỏ chính nó",
                          "ghi mã của quyết định đã đính chính hoặc hủy bỏ quyết định này")
            )
        check.attachment(item, decision.attachment, "attachment")
        for index, recipient in enumerate(decision.recipients):
            path = ("recipients", index)
            check.exists(item, recipient.unit, portal.units, "đơn vị", "don_vi", *path, "unit")
            entry = portal.catalogue_entry(recipient.award)
            if entry is None:
                names = [e.name for e in portal.catalogue.values()]
                close = difflib.get_close_matches(recipient.award, names, n=1, cutoff=0.6)
                hint = f"có phải ý bạn là `{close[0]}`? " if close else ""
                check.errors.append(
                    DataError(item.file, check.at(item, *path, "award"), yaml_key("award"),
                              f"không có danh hiệu hay hình thức khen thưởng nào tên {recipient.award}",
                              hint + "ghi đúng tên như trong data/danh_muc/danh_hieu/")
                )
            elif recipient.recipient_kind not in entry.recipient_kinds:
                allowed = ", ".join(_KIND_OF_RECIPIENT[k] for k in entry.recipient_kinds)
                check.errors.append(
                    DataError(item.file, check.at(item, *path, "award"), yaml_key("award"),
                              f"{entry.name} không tặng cho {_KIND_OF_RECIPIENT[recipient.recipient_kind]}",
                              f"danh hiệu này chỉ dành cho: {allowed}; kiểm tra lại doi_tuong_nhan")
                )

    for item in located["dien_hinh"]:
        example = item.record
        check.exists(item, example.unit, portal.units, "đơn vị", "don_vi", "unit")
        check.exists(item, example.campaign, portal.campaigns, "phong trào", "phong_trao", "campaign")
        for index, decision_id in enumerate(example.decisions):
            check.exists(item, decision_id, portal.decisions, "quyết định", "quyet_dinh", "decisions", index)
        for index, photo in enumerate(example.photos):
            check.attachment(item, photo.file, "photos", index, "file")

    return check.errors
