"""The ward's data and the sample project agree with the seed plan (/work/shared/seeds/, the 2026 plan of
the People's Committee of Lê Thanh Nghị ward): nothing the plan leaves blank is filled in, nothing it
does not say is claimed. Each test pins one correction of issue 17."""

from __future__ import annotations

import pytest

from generator.loading.loader import load_portal
from tests.conftest import REPO, SAMPLE


@pytest.fixture(scope="module", params=[REPO, SAMPLE], ids=["data", "sample_project"])
def portal(request):
    return load_portal(request.param)


def all_text(portal) -> str:
    plan = portal.years[2026]
    return " ".join([*(t.output or "" for t in plan.tasks), *(t.content for t in plan.tasks),
                     *(r.content for r in portal.reports.values()), *(m.results for m in portal.meetings.values())])


def test_the_plan_keeps_its_blank_number_and_date(portal):
    # "Số: /KH-UBND", "ngày tháng 02 năm 2026": never invent a document number.
    plan = portal.years[2026].plan
    assert (plan.number, plan.date) == (None, None)
    assert "18/KH-UBND" not in all_text(portal)


def test_the_city_document_is_its_plan_24_kh_ubnd(portal):
    document = portal.campaigns["chu-de-nam-2026-thanh-pho"].launch_document
    assert (document.number, document.date.isoformat()) == ("24/KH-UBND", "2026-01-26")


def test_the_block_review_of_january_2027_is_a_so_ket(portal):
    task = next(t for t in portal.years[2026].tasks if "01/2027" in t.content)
    assert "sơ kết" in task.content and "tổng kết" not in task.content
    assert "Hội nghị tổng kết Khối" not in all_text(portal)


def test_block_8_mid_year_review_has_one_date(portal):
    reviews = [m.date.isoformat() for c in portal.campaigns.values() for m in c.milestones
               if "sơ kết 6 tháng" in m.event and "Khối thi đua số 8" in m.event]
    assert reviews == ["2026-07-10"]
    assert "ngày 10/7/2026" in next(t.output for t in portal.years[2026].tasks if t.id == "q3-b")


def test_no_count_of_blocks_is_claimed_that_the_data_does_not_hold(portal):
    assert "6/6 khối" not in all_text(portal)


def test_a_campaign_for_the_14th_party_congress(portal):
    campaign = portal.campaigns["chao-mung-dai-hoi-dang-xiv"]
    assert "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" in campaign.name
    assert campaign.launch_document is None
