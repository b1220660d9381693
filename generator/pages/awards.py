"""The awards across decisions: by year, by title or form, and the statistics."""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.domain import labels
from generator.kinds import SECTIONS
from generator.pages.charts import bar_chart
from generator.pages.kit import Kit, count
from generator.pages.page import GeneratedPage


def awards_index(kit: Kit) -> GeneratedPage:
    # Counted on the lists the award pages show: made here, before the workers that make
    # those pages start, the lists are made once and shared by the workers.
    def in_force(lists: dict[Any, list]) -> dict[Any, int]:
        counts = {key: sum(1 for row in rows if row.award.in_force) for key, rows in lists.items()}
        return {key: count for key, count in counts.items() if count}

    years = in_force(kit.tables.year_awards())
    entries = in_force(kit.tables.entry_awards())
    catalogue = kit.portal.catalogue
    ranks = kit.tables.entry_ranks
    return kit.page(
        f"{SECTIONS['awards']}/index.md", "awards_index.html", "Kết quả khen thưởng",
        "Các tập thể, cá nhân, hộ gia đình được khen thưởng, theo năm và theo danh hiệu, hình thức.",
        years=sorted(years.items(), reverse=True),
        entries=sorted(((catalogue[e], n) for e, n in entries.items()), key=lambda x: ranks[x[0].id]),
    )


def award_year_pages(kit: Kit, year: int) -> list[GeneratedPage]:
    """The year's awards, by title or form and then by name, in pages."""
    rows = kit.tables.year_awards()[year]
    table, groups = kit.tables.awards(
        "danh-sach", f"Danh sách khen thưởng năm {year}", rows,
        group=lambda row: (row.award.entry.name, row.award.entry.id))
    return kit.listing_pages(
        f"{SECTIONS['awards']}/nam-{year}.md", f"Khen thưởng năm {year}",
        f"Toàn bộ {len(rows)} lượt khen thưởng năm {year}, theo quyết định đã công khai.",
        table, groups, order="xếp theo danh hiệu, hình thức rồi theo tên")


def award_entry_pages(kit: Kit, entry_id: str) -> list[GeneratedPage]:
    """The awards of a title or form, newest first, in pages."""
    rows = kit.tables.entry_awards()[entry_id]
    entry = kit.portal.catalogue[entry_id]
    table, groups = kit.tables.awards(
        "danh-sach", f"Danh sách được tặng {entry.name}", rows, without="danh_hieu",
        group=lambda row: (f"Năm {row.award.decision.signed.year}", f"nam-{row.award.decision.signed.year}"))
    return kit.listing_pages(
        f"{SECTIONS['awards']}/{entry_id}.md", entry.name,
        f"{len(rows)} lượt {entry.name}: ai được tặng, năm nào, theo quyết định nào.",
        table, groups, order="mới nhất trước, cùng ngày thì theo tên", entry=entry)


def statistics(kit: Kit) -> GeneratedPage:
    in_force = [a for a in kit.portal.awards() if a.in_force]
    by_year = sorted(Counter(str(a.decision.signed.year) for a in in_force).items())
    by_entry = count(a.entry.name for a in in_force)
    by_level = count(labels.LEVEL[a.decision.level] for a in in_force)
    by_kind = count(labels.RECIPIENT_KIND[a.recipient.recipient_kind] for a in in_force)
    units = kit.portal.units
    by_unit = count(units[a.recipient.unit].name for a in in_force if a.recipient.unit)[:15]
    charts = [
        ("theo-nam", "Số lượt khen thưởng theo năm", "Năm", by_year),
        ("theo-danh-hieu", "Theo danh hiệu, hình thức", "Danh hiệu, hình thức", by_entry),
        ("theo-cap", "Theo cấp khen thưởng", "Cấp", by_level),
        ("theo-doi-tuong", "Theo đối tượng", "Đối tượng", by_kind),
        ("theo-don-vi", "15 đơn vị có nhiều lượt khen thưởng nhất", "Đơn vị", by_unit),
    ]
    return kit.page(
        f"{SECTIONS['statistics']}/index.md", "statistics.html", "Thống kê khen thưởng",
        f"Thống kê {len(in_force)} lượt khen thưởng còn hiệu lực theo năm, danh hiệu, cấp và đơn vị.",
        total=len(in_force),
        revoked=sum(1 for a in kit.portal.awards() if not a.in_force),
        charts=[{"id": i, "title": t, "svg": bar_chart(t, rows),
                 "table": kit.tables.counts(i, t, c, rows)} for i, t, c, rows in charts],
    )
