"""The home page stays light whatever the size of the data (a city of a hundred wards has
hundreds of running campaigns and thousands of events a year): it shows a few of each and says
where the rest are."""

from __future__ import annotations

import re
from datetime import date

import pytest

from generator.domain.promotion import digest, year_events
from generator.domain.publication import public_portal
from generator.loading.loader import load_portal
from generator.loading.site_config import load_site_config
from generator.pages import home as home_module
from generator.pages.kit import Kit
from generator.pages.promotion import month_url
from tests.conftest import REPO, SAMPLE

TODAY = date(2026, 11, 20)
EVENTS = 4


@pytest.fixture(scope="module")
def home():
    """The sample's home page, made with room for one campaign and four events a quarter."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(home_module, "HOME_LATEST", 1)
        patch.setattr(home_module, "HOME_EVENTS", EVENTS)
        portal = public_portal(load_portal(SAMPLE), TODAY)
        kit = Kit(portal, load_site_config(SAMPLE), REPO / "theme" / "templates", TODAY)
        year = portal.current_year()
        return portal, home_module.year_timeline(kit, year), home_module.home(kit)


def test_each_quarter_shows_a_few_events_other_milestones_before_decisions(home):
    portal, quarters, _ = home
    events = year_events(portal, portal.current_year().year)
    assert any(quarter["more"] for quarter in quarters)
    assert any(e.kind == "decision" for quarter in quarters for e in quarter["events"])
    for quarter in quarters:
        inside = [e for e in events if (e.date.month - 1) // 3 + 1 == quarter["quarter"]]
        shown = quarter["events"]
        assert len(shown) == min(EVENTS, len(inside))
        assert quarter["more"] == len(inside) - len(shown)
        assert shown == [e for e in inside if e in shown], "in date order"
        assert [e for e in shown if e.kind != "decision"] == [e for e in inside if e.kind != "decision"][:EVENTS]


def test_the_rest_of_a_quarter_is_in_the_digests_of_its_months(home):
    portal, quarters, page = home
    months = digest(portal)
    for quarter in quarters:
        number = quarter["quarter"]
        assert [d["url"] for d in quarter["digests"]] == [
            month_url(y, m) for y, m in sorted(months) if y == portal.current_year().year and (m - 1) // 3 + 1 == number]
        if quarter["more"]:
            said = re.search(rf'id="lich-quy-{number}".*?<p class="tdkt-card__meta">Và {quarter["more"]} mốc khác '
                             r'trong quý: xem bản tin tháng (.*?)\.</p>', page.html, re.S)
            assert said and re.findall(r'href="([^"]+)"', said.group(1)) == [d["url"] for d in quarter["digests"]]


def test_a_few_running_campaigns_and_a_link_to_all(home):
    portal, _, page = home
    running = [c for c in portal.campaigns_newest_first() if c.status == "dang_trien_khai"]
    assert len(running) > 1
    section = page.html[page.html.index('id="phong-trao"'):]
    section = section[:section.index("</section>")]
    assert re.findall(r'<h3><a href="phong-trao/([^"]+)/">', section) == [running[0].id]
    assert f'<a href="phong-trao/">Xem tất cả {len(running)} phong trào đang triển khai</a>' in section
