"""A decision may confer only what its level and signer had the power to confer on its date.

Luật Thi đua, khen thưởng 06/2022/QH15 Articles 77 to 80 (and, for the commune level since
1 July 2025, Nghị định 129/2025/NĐ-CP) say who decides each title and form; the catalogue holds
those powers (`tham_quyen_tang`) and `generator.domain.authority` applies them. A ward decision
that awards a Huân chương is refused here, with its file and line, rather than published.
"""

from __future__ import annotations

from generator.domain import labels
from generator.domain.authority import may_confer, who_may_confer
from generator.domain.keys import yaml_key
from generator.domain.records import Decision
from generator.domain.text import fold, format_date
from generator.loading.errors import DataError, field_name
from generator.loading.located import Located, catalogue_by_name


def check_authority(located: dict[str, list[Located]]) -> list[DataError]:
    catalogue = catalogue_by_name(located)
    errors = []
    for item in located["quyet_dinh"]:
        decision = item.record
        # Corrections and revocations list entries of other decisions, not awards of their own.
        if not isinstance(decision, Decision) or decision.decision_kind != "khen_thuong":
            continue
        # One message per title, at its first line: a decision entered at the wrong level
        # otherwise repeats the same message for every person on it.
        refused: dict[str, list[int]] = {}
        # A decision's level, signer and date are the same for all its lines: one answer per title.
        allowed: dict[str, bool] = {}
        for index, recipient in enumerate(decision.recipients):
            entry = catalogue.get(fold(recipient.award))
            # A title missing from the catalogue is reported by the reference check.
            if entry is None:
                continue
            if entry.id not in allowed:
                allowed[entry.id] = may_confer(entry, decision.level, decision.signer.position, decision.signed)
            if not allowed[entry.id]:
                refused.setdefault(entry.id, []).append(index)
        for entry_id, indexes in refused.items():
            entry = catalogue[fold(entry_id)]
            where = item.base + (yaml_key("recipients"), indexes[0], yaml_key("award"))
            others = f" (và {len(indexes) - 1} mục khác cùng danh hiệu)" if len(indexes) > 1 else ""
            errors.append(DataError(
                item.file, item.source.line_of(where), field_name(where),
                f"{decision.signer.position} cấp {labels.LEVEL[decision.level].lower()} không có thẩm quyền "
                f"tặng {entry.name} vào ngày {format_date(decision.signed)}{others}; thẩm quyền: "
                + "; ".join(who_may_confer(entry, decision.level, decision.signed)),
                "kiểm tra cap, nguoi_ky và ngay_ky của quyết định; nếu cấp này chỉ đề nghị thì nhập quyết "
                "định của cấp có thẩm quyền, hoặc sửa danh_hieu cho đúng",
            ))
    return errors
