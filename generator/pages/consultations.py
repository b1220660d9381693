"""Lists put to public comment: open ones first, each with its deadline and nominees."""

from __future__ import annotations

from typing import Any

from generator.domain.records import (
    Consultation,
)
from generator.domain.text import format_date
from generator.kinds import SECTIONS
from generator.pages import paging
from generator.pages.kit import Kit
from generator.pages.page import GeneratedPage
from generator.pages.views import (
    consultation_view,
)


def consultation_list_pages(kit: Kit, first: bool) -> list[GeneratedPage]:
    """The lists put to public comment, open ones first: with `first`, the first page alone (in the
    navigation); else the further pages of the closed ones, `lay-y-kien/trang-2/`, … (made with the
    record pages)."""
    views = [consultation_view(kit.portal, kit.today, c) for c in kit.portal.consultations_open_first(kit.today)]

    def part(view: dict[str, Any]) -> tuple[str, str]:
        year = view["deadline"].year
        return ("dang-lay-y-kien", "Đang lấy ý kiến") if view["open"] else (f"nam-{year}", f"Đã kết thúc năm {year}")

    parts = paging.sectioned(views, part, f"{SECTIONS['consultation']}/", paging.SHORT_LINES)
    return kit.sectioned_pages(
        f"{SECTIONS['consultation']}/index.md", "consultation_list.html", "Lấy ý kiến Nhân dân",
        "Danh sách tập thể, cá nhân được đề nghị khen thưởng, công khai để lấy ý kiến Nhân dân.",
        parts[:1] if first else parts[1:],
        none_open=not any(view["open"] for view in views),
    )


def consultation_page(kit: Kit, consultation: Consultation) -> GeneratedPage:
    view = consultation_view(kit.portal, kit.today, consultation)
    return kit.page(
        f"{SECTIONS['consultation']}/{consultation.id}.md", "consultation.html", consultation.name,
        f"{consultation.name}: {len(consultation.nominees)} đề nghị, nhận ý kiến đến hết ngày "
        f"{format_date(view['deadline'])}.",
        view=view,
        consultation=consultation,
        nominees=kit.tables.nominees(consultation),
        decisions=[kit.portal.decisions[d] for d in consultation.decisions],
    )
