"""The home page's headline figures on the sample, at dates either side of their boundaries."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from generator.domain.headlines import headlines
from generator.domain.publication import public_portal
from generator.loading.loader import load_portal
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def sample():
    return load_portal(SAMPLE)


def figures(sample, today: date):
    return headlines(public_portal(sample, today), today)


def test_awards_this_year_are_those_the_years_award_page_lists(sample, sample_site):
    with (sample_site / "khen-thuong" / "nam-2026" / "danh-sach.csv").open(encoding="utf-8-sig") as table:
        listed = list(csv.DictReader(table))
    assert figures(sample, date(2026, 12, 31)).awards == len(listed) > 0


# (today, lists open): the list posted 20/11/2026 is open to the end of its 10th working day,
# 04/12/2026 (Nghị định 152/2025/NĐ-CP, Art. 60; 24/11 is a working day, see data/ngay_nghi/2026.yml);
# the one posted 09/11/2026 closes earlier.
@pytest.mark.parametrize("today, open_lists", [
    (date(2026, 11, 20), 2),
    (date(2026, 12, 4), 1),
    (date(2026, 12, 5), 0),
])
def test_open_consultations_count_to_the_end_of_the_deadline_day(sample, today, open_lists):
    assert figures(sample, today).open_consultations == open_lists


def test_new_examples_are_those_published_this_year_up_to_today(sample):
    early, late = figures(sample, date(2026, 1, 1)), figures(sample, date(2026, 12, 31))
    assert early.year == late.year == 2026
    assert early.new_examples < late.new_examples
    assert late.new_examples == sum(1 for e in sample.examples.values() if e.published.year == 2026)


def test_running_campaigns_are_those_with_that_status(sample):
    assert figures(sample, date(2026, 12, 31)).running_campaigns == sum(
        1 for c in sample.campaigns.values() if c.status == "dang_trien_khai") > 0
