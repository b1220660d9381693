"""The year plans: themes, targets and their results, tasks by quarter."""

from __future__ import annotations

from generator.domain import labels
from generator.domain.records import (
    YearPlan,
)
from generator.kinds import SECTIONS
from generator.pages.kit import Kit
from generator.pages.page import GeneratedPage
from generator.pages.views import (
    target_rows,
)


def plan_list(kit: Kit) -> GeneratedPage:
    years = sorted(kit.portal.years.values(), key=lambda y: y.year, reverse=True)
    return kit.page(
        f"{SECTIONS['plan']}/index.md", "plan_list.html", "Kế hoạch thi đua, khen thưởng",
        "Kế hoạch công tác thi đua, khen thưởng hằng năm: chủ đề, chỉ tiêu và nhiệm vụ theo quý.",
        years=years,
    )


def plan_page(kit: Kit, year: YearPlan) -> GeneratedPage:
    quarters = []
    for quarter in range(1, 5):
        tasks = [t for t in year.tasks if t.quarter == quarter]
        if tasks:
            name = labels.QUARTER_IN_SENTENCE[quarter]
            quarters.append({"quarter": quarter, "table": kit.tables.tasks(
                f"nhiem-vu-quy-{quarter}", f"Nhiệm vụ {name} năm {year.year}", tasks)})
    done = sum(1 for t in year.tasks if t.status == "hoan_thanh")
    return kit.page(
        f"{SECTIONS['plan']}/{year.year}.md", "plan.html",
        f"Kế hoạch thi đua, khen thưởng năm {year.year}",
        f"Chủ đề, {len(year.targets)} chỉ tiêu và {len(year.tasks)} nhiệm vụ năm {year.year}.",
        year=year,
        targets=kit.tables.targets("chi-tieu", f"Chỉ tiêu năm {year.year} và kết quả thực hiện",
                                    target_rows(year), full=True) if year.targets else None,
        quarters=quarters,
        done=done,
    )
