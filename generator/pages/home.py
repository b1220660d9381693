"""The home page: the year's theme, targets, latest decisions and examples, campaigns running,
consultations open, and the year's timeline by quarter."""

from __future__ import annotations

from typing import Any

from generator.domain.headlines import headlines
from generator.domain.promotion import digest, featured_examples, year_events
from generator.domain.records import (
    YearPlan,
)
from generator.exports import jsonld
from generator.pages.kit import Kit, few_events
from generator.pages.page import GeneratedPage
from generator.pages.promotion import month_url
from generator.pages.views import (
    consultation_view,
    target_rows,
)

# How many of the newest records the home page shows: three of each keep the page within about
# five screens of a phone (the headline figures and the "see all" links lead to the rest).
HOME_LATEST = 3
# Events a quarter shows on the home page: a ward has a few dozen a year, a city of a hundred
# wards thousands, most of them award decisions, which have their own list.
HOME_EVENTS = 10


def home(kit: Kit) -> GeneratedPage:
    year = kit.portal.current_year()
    running = [c for c in kit.portal.campaigns_newest_first() if c.status == "dang_trien_khai"]
    consultations = [consultation_view(kit.portal, kit.today, c)
                     for c in kit.portal.consultations_open_first(kit.today)]
    return kit.page(
        "index.md", "home.html", kit.config.portal_name,
        f"Công khai thi đua, khen thưởng của {kit.config.organisation}.",
        year=year,
        targets=kit.tables.targets(
            "chi-tieu", "Chỉ tiêu kinh tế - xã hội và kết quả thực hiện mới nhất", target_rows(year),
            full=False) if year and year.targets else None,
        open_consultations=[c for c in consultations if c["open"]],
        latest=HOME_LATEST,
        decisions=kit.tables.decisions("quyet-dinh-moi", "Các quyết định khen thưởng mới nhất",
                                        kit.portal.decisions_newest_first()[:HOME_LATEST]),
        examples=kit.portal.examples_newest_first()[:HOME_LATEST],
        campaigns=running[:HOME_LATEST],
        running=len(running),
        jsonld=jsonld.script(jsonld.home(kit.config)),
        featured=featured_examples(kit.portal, kit.today),
        quarters=year_timeline(kit, year) if year else [],
        headlines=headlines(kit.portal, kit.today),
    )


def year_timeline(kit: Kit, year: YearPlan) -> list[dict[str, Any]]:
    """The plan's quarters: each with its tasks and up to HOME_EVENTS dated events of the year
    in it, other milestones before award decisions, and the months whose digest lists the rest."""
    events = year_events(kit.portal, year.year)
    months = {month for y, month in digest(kit.portal) if y == year.year}
    quarters = []
    for quarter in range(1, 5):
        shown, more = few_events([e for e in events if (e.date.month - 1) // 3 + 1 == quarter], HOME_EVENTS)
        quarters.append({
            "quarter": quarter,
            "tasks": [t for t in year.tasks if t.quarter == quarter],
            "done": sum(1 for t in year.tasks if t.quarter == quarter and t.status == "hoan_thanh"),
            "events": shown,
            "more": more,
            "digests": [{"url": month_url(year.year, m), "label": f"{m:02d}/{year.year}"}
                        for m in range(3 * quarter - 2, 3 * quarter + 1) if m in months],
        })
    return quarters
