"""What the search finds on the sample: one result per person or unit, with their awards."""

from __future__ import annotations

from collections import Counter

import pytest

from generator.domain.facets import filter_options
from generator.loading.loader import load_portal
from generator.loading.site_config import load_site_config
from generator.search.records import search_records
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def portal():
    return load_portal(SAMPLE)


def test_a_person_honoured_several_times_is_one_result_listing_every_award(portal):
    records = search_records(portal, load_site_config(SAMPLE).local_unit)
    people = [r for r in records if r.kind == "Cá nhân được khen thưởng"]
    twice = Counter((a.recipient.honorific, a.recipient.name, a.recipient.unit) for a in portal.awards()
                    if a.recipient.recipient_kind == "ca_nhan")
    honorific, name, _ = next(person for person, count in twice.items() if count > 1)
    found = [r for r in people if r.title == f"{honorific} {name}"]

    assert len(found) == 1
    awards = [item for item in found[0].items if item.url.startswith("quyet-dinh/")]
    assert len(awards) == twice[honorific, name, _] > 1
    assert all("#muc-" in item.url for item in found[0].items)
    assert len({r.title for r in people}) == len(people)


def test_a_collective_that_is_a_unit_is_found_as_its_unit_page_with_its_awards(portal):
    records = search_records(portal, load_site_config(SAMPLE).local_unit)
    own = [a for a in portal.awards() if a.recipient.recipient_kind == "tap_the"
           and a.recipient.unit == "to-dan-pho-so-3" and a.recipient.name == "Tổ dân phố số 3"]
    assert own, "the sample's Tổ dân phố số 3 was honoured: the test needs it"
    unit = next(r for r in records if r.url == "don-vi/to-dan-pho-so-3/")

    assert {item.url for item in unit.items} >= {f"quyet-dinh/{a.decision.id}/#muc-{a.position}" for a in own}
    assert not [r for r in records if r.title == "Tổ dân phố số 3" and r.url != unit.url]


def test_every_award_is_listed_once_under_its_person_or_unit(portal):
    listed = Counter(item.url for r in search_records(portal, load_site_config(SAMPLE).local_unit) for item in r.items
                     if item.url.startswith("quyet-dinh/"))
    assert sorted(listed.elements()) == sorted(
        f"quyet-dinh/{a.decision.id}/#muc-{a.position}" for a in portal.awards())


def test_filters_give_each_award_holder_the_years_levels_and_titles_of_their_awards(portal):
    unit = next(r for r in search_records(portal, load_site_config(SAMPLE).local_unit) if r.url == "don-vi/to-dan-pho-so-3/")
    facets = {(f.field, f.value) for f in unit.facets}
    assert {("nam", "2025"), ("nam", "2026"), ("dh", "to-dan-pho-van-hoa"), ("cap", "phuong")} <= facets


def test_the_filters_the_page_offers_are_every_value_a_record_has(portal):
    offered = {(name, value) for name, options in filter_options(portal).items() for value, _ in options}
    held = {(f.field, f.value) for r in search_records(portal, load_site_config(SAMPLE).local_unit) for f in r.facets}
    assert held == offered


def test_a_corrected_entry_is_found_by_its_corrected_name_and_by_the_name_first_printed(portal):
    """Decision 415 misspelt "Ánh" as "Anh"; the correction's value titles the result, and the
    printed name still finds it, said as such."""
    [found] = [r for r in search_records(portal, load_site_config(SAMPLE).local_unit) if "Nguyễn Thị Ngọc" in r.title]
    assert found.title == "Bà Nguyễn Thị Ngọc Ánh"
    assert found.description.endswith("Trước khi đính chính ghi: Nguyễn Thị Ngọc Anh.")
    assert "Nguyễn Thị Ngọc Anh" in found.text
