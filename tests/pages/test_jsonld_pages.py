"""JSON-LD on the pages of examples, campaigns, units and lists for public comment: valid JSON,
the schema.org type that fits, and nothing a machine reads that the page does not show a reader.

Page kinds covered: example, campaign, unit, consultation (one of each, and every one for the
check that nothing beyond the page is said).
"""

from __future__ import annotations

import html
import json
import re
from datetime import date

import pytest

from generator.exports.jsonld import script

# Keys whose values are addresses, schema.org's own words, or the language.
_NOT_TEXT = {"@context", "@type", "@id", "url", "inLanguage"}
_DATES = {"datePosted", "expires", "startDate", "endDate", "datePublished"}


def described(page: str) -> list[dict]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return [json.loads(text) for text in found]


def visible_text(page: str) -> str:
    body = re.sub(r"<script\b.*?</script>|<style\b.*?</style>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def leaves(value, key=""):
    if isinstance(value, dict):
        for inner, item in value.items():
            yield from leaves(item, inner)
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item, key)
    else:
        yield key, value


def pages(site, section):
    return sorted(p for p in (site / section).glob("*/index.html") if not p.parent.name.startswith("trang-"))


@pytest.mark.parametrize("section, kind", [
    ("dien-hinh", "Article"), ("phong-trao", "Event"), ("lay-y-kien", "SpecialAnnouncement"),
    ("don-vi", ("Organization", "GovernmentOrganization", "EducationalOrganization")),
])
def test_each_record_page_describes_its_record_and_only_what_it_shows(sample_site, section, kind):
    checked = 0
    for path in pages(sample_site, section):
        page = path.read_text(encoding="utf-8")
        (data,) = described(page)
        ward, record = data["@graph"]
        address = f"{ward['url']}{section}/{path.parent.name}/"
        assert record["@id"] == record["url"] == address
        assert record["@type"] in (kind if isinstance(kind, tuple) else (kind,))
        text = visible_text(page)
        for key, value in leaves(data):
            if key in _NOT_TEXT or not isinstance(value, str):
                continue
            if key in _DATES:
                value = date.fromisoformat(value).strftime("%d/%m/%Y")
            if key == "award":  # "Tổ dân phố văn hóa (2025)": the title, and a decision of that year
                value, year = re.fullmatch(r"(.*) \((\d{4})\)", value).groups()
                assert re.search(rf"\b\d\d/\d\d/{year}\b", text), (path, year)
            assert value in text, (path, key, value)
        checked += 1
    assert checked > 1


def test_an_award_revoked_or_a_collective_inside_a_unit_is_not_claimed_by_the_unit(sample_site):
    unit = described((sample_site / "don-vi" / "to-dan-pho-so-3" / "index.html").read_text(encoding="utf-8"))[0]
    # Its own: Tổ dân phố văn hóa 2025, Giấy khen 2026; not the street model honoured in its name.
    assert unit["@graph"][1]["award"] == [
        "Giấy khen của Chủ tịch Ủy ban nhân dân phường (2026)", "Tổ dân phố văn hóa (2025)"]


def test_people_proposed_for_an_award_are_not_said_to_have_it(sample_site):
    for path in pages(sample_site, "lay-y-kien"):
        notice = described(path.read_text(encoding="utf-8"))[0]["@graph"][1]
        assert notice["about"] and not [p for p in notice["about"] if "award" in p]


def test_the_script_cannot_be_closed_by_text_in_the_data():
    assert "</script>" not in str(script({"name": "</script><script>alert(1)</script>"}))[:-9]
