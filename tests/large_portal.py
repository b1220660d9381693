"""A large portal made in memory from the committed sample: its records plus many more decisions.

Each added decision copies a sample award decision under a new code, number and year, its people
renamed from common Vietnamese family, middle and given names, so that a portal of thousands of
pages has the word frequencies of a real one.
"""

from __future__ import annotations

import dataclasses
import random

from generator.domain.portal import Portal

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Mai", "Trịnh"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Đức", "Thanh", "Ngọc", "Quang", "Thu", "Xuân", "Đình", "Kim"]
GIVEN = ["An", "Anh", "Bình", "Chi", "Cường", "Dũng", "Duy", "Đức", "Giang", "Hà", "Hải", "Hằng",
         "Hiền", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga",
         "Ngọc", "Nhung", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn",
         "Việt", "Yến", "Đạt", "Định", "Đông"]


def record_pages(portal: Portal) -> int:
    """How many pages of one record each the portal has (lists and aggregates not counted)."""
    return sum(len(records) for records in (
        portal.decisions, portal.examples, portal.campaigns, portal.units, portal.blocks,
        portal.consultations, portal.reports, portal.meetings, portal.years))


def large_portal(sample: Portal, pages: int, seed: int = 2026) -> Portal:
    """The sample with award decisions added until it has `pages` record pages."""
    templates = [d for d in sample.decisions.values()
                 if d.decision_kind == "khen_thuong" and d.status == "co_hieu_luc"]
    chance = random.Random(seed)
    decisions = dict(sample.decisions)
    for number in range(1, pages - record_pages(sample) + 1):
        template = chance.choice(templates)
        year = 2000 + number % 27
        recipients = [
            r.model_copy(update={
                "name": f"{chance.choice(FAMILY)} {chance.choice(MIDDLE)} {chance.choice(GIVEN)}",
                "person_id": None, "status": "co_hieu_luc", "changed_by": None, "status_note": None,
            }) if r.recipient_kind == "ca_nhan" else r.model_copy(update={
                "status": "co_hieu_luc", "changed_by": None, "status_note": None})
            for r in template.recipients
        ]
        decision = template.model_copy(update={
            "id": f"{number}-qd-them-{year}", "number": f"{number}/QĐ-UBND",
            "signed": template.signed.replace(year=year), "attachment": None, "recipients": recipients,
        })
        decisions[decision.id] = decision
    return dataclasses.replace(sample, decisions=decisions)
