"""Rules on the awards a decision lists, and on the catalogue's prerequisites, that need the
catalogue: the same person twice with the same title in one decision is an error (one achievement
is commended once: Luật Thi đua, khen thưởng 06/2022/QH15, Article 6 [unsure: article number]),
and a prerequisite must name a title the catalogue has.
"""

from __future__ import annotations

from generator.domain.keys import yaml_key
from generator.domain.records import CatalogueEntry, Decision
from generator.domain.text import fold
from generator.loading.errors import DataError, field_name
from generator.loading.located import Located, catalogue_by_name


def check_award_rules(located: dict[str, list[Located]]) -> list[DataError]:
    catalogue = catalogue_by_name(located)
    errors = []
    for item in located["danh_muc/danh_hieu"]:
        entry = item.record
        if not isinstance(entry, CatalogueEntry):
            continue
        for rule_index, rule in enumerate(entry.prerequisites):
            for name_index, name in enumerate(rule.awards):
                if fold(name) not in catalogue:
                    where = item.base + (yaml_key("prerequisites"), rule_index, yaml_key("awards"), name_index)
                    errors.append(DataError(
                        item.file, item.source.line_of(where), field_name(where),
                        f"danh hiệu phải có trước {name} không có trong danh mục",
                        "ghi đúng tên hoặc mã một danh hiệu trong data/danh_muc/danh_hieu/"))
    for item in located["quyet_dinh"]:
        decision = item.record
        if not isinstance(decision, Decision) or decision.decision_kind != "khen_thuong":
            continue
        first: dict[tuple, int] = {}
        for index, recipient in enumerate(decision.recipients):
            entry = catalogue.get(fold(recipient.award))
            if entry is None:
                continue
            # The same person: one stable code, or else the same name in the same unit.
            who = recipient.person_id or (recipient.recipient_kind, fold(recipient.name), recipient.unit)
            key = (who, entry.id)
            if key not in first:
                first[key] = index
                continue
            where = item.base + (yaml_key("recipients"), index, yaml_key("name"))
            errors.append(DataError(
                item.file, item.source.line_of(where), field_name(where),
                f"{recipient.name} đã có trong danh sách với {entry.name} (mục {first[key] + 1}): một thành tích "
                "chỉ được khen thưởng một lần",
                "xóa mục trùng; nếu là hai người cùng tên thì ghi ma_nguoi khác nhau cho mỗi người",
            ))
    return errors
