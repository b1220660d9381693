"""A corrected or revoked decision, or entry, must name the decision that really changed it.

A decision is corrected (đính chính) or revoked (hủy bỏ) only by a later decision of that kind,
which states what it changes; the public page says "hủy bỏ" or "đính chính" from that decision,
so a wrong `quyet_dinh_thay_doi` would publish a false legal fact (an ordinary award decision
"revoking" another). Sources:
- Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5: commendation is "chính xác, công khai, minh
  bạch" (the public record of who holds an award must be true);
- Nghị định 30/2020/NĐ-CP về công tác văn thư, Điều 16: a document sent out with errors is
  corrected (đính chính) or replaced by another document of the issuing authority — so it is
  signed later, and it names the content it corrects or cancels.

Checked on validated records, after references (an unknown code is reported there, not here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.domain.keys import yaml_key
from generator.domain.records import Decision, Recipient
from generator.domain.text import fold, format_date
from generator.loading.errors import DataError, field_name

if TYPE_CHECKING:
    from generator.loading.located import Located

# The kind of decision that gives each changed status.
CHANGING_KIND = {"da_dinh_chinh": "dinh_chinh", "da_huy_bo": "huy_bo"}
_KIND_WORDS = {"khen_thuong": "khen thưởng", "dinh_chinh": "đính chính", "huy_bo": "hủy bỏ"}


def check_changes(located: dict[str, list[Located]]) -> list[DataError]:
    items = [item for item in located.get("quyet_dinh", []) if isinstance(item.record, Decision)]
    decisions = {item.record.id: item.record for item in items}
    errors: list[DataError] = []
    for item in items:
        decision: Decision = item.record
        # A decision naming itself is reported with the references.
        if decision.changed_by in decisions and decision.changed_by != decision.id:
            errors.extend(_check(item, (yaml_key("changed_by"),), decision, None,
                                 decisions[decision.changed_by]))
        for index, recipient in enumerate(decision.recipients):
            if recipient.changed_by in decisions and recipient.changed_by != decision.id:
                at = (yaml_key("recipients"), index, yaml_key("changed_by"))
                errors.extend(_check(item, at, decision, recipient, decisions[recipient.changed_by]))
    return errors


def _check(item: Located, at: tuple, decision: Decision, recipient: Recipient | None,
           changer: Decision) -> list[DataError]:
    status = (recipient or decision).status
    expected = CHANGING_KIND[status]
    where = item.source.line_of(item.base + at)
    field = field_name(item.base + at)
    named = f"Quyết định số {changer.number} ({changer.id})"
    errors = []
    if changer.decision_kind != expected:
        errors.append(DataError(
            item.file, where, field,
            f"{named} là quyết định {_KIND_WORDS[changer.decision_kind]} "
            f"({yaml_key('decision_kind')}: {changer.decision_kind}), không phải quyết định "
            f"{_KIND_WORDS[expected]}",
            f"ghi mã của quyết định {_KIND_WORDS[expected]} đã {_KIND_WORDS[expected]} "
            f"{'mục' if recipient else 'quyết định'} này; nếu quyết định đó đúng là quyết định "
            f"{_KIND_WORDS[expected]}, ghi `{yaml_key('decision_kind')}: {expected}` trong tệp của nó",
        ))
    if changer.signed <= decision.signed:
        errors.append(DataError(
            item.file, where, field,
            f"{named} ký ngày {format_date(changer.signed)}, không sau ngày ký của quyết định này "
            f"({format_date(decision.signed)}): không thể {_KIND_WORDS[expected]} một quyết định "
            "ký sau nó",
            f"kiểm tra mã quyết định đã {_KIND_WORDS[expected]} và ngày ký (ngay_ky) của hai quyết định",
        ))
    if recipient is not None and not any(_same_entry(recipient, listed) for listed in changer.recipients):
        errors.append(DataError(
            item.file, where, field,
            f"{named} không nêu {recipient.name} trong danh sách {_KIND_WORDS[expected]} của nó",
            f"thêm mục của người, tập thể này vào danh_sach của quyết định {changer.id} (cùng "
            f"{yaml_key('person_id')} hoặc cùng tên), hoặc kiểm tra lại mã quyết định",
        ))
    return errors


def _same_entry(entry: Recipient, listed: Recipient) -> bool:
    """The changing decision names the entry: by the person's stable code where both have one,
    otherwise by name, as written or as corrected."""
    if entry.person_id and listed.person_id:
        return entry.person_id == listed.person_id
    names = {fold(entry.name), fold(entry.as_corrected().name)}
    return fold(listed.name) in names
