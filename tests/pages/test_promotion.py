"""Issue 9 on the committed sample: share previews, share cards, the monthly digest and its feed."""

from __future__ import annotations

import io
import re
import textwrap
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

from PIL import Image

from generator.cli import main
from generator.domain.promotion import digest
from generator.exports.digest_feed import FEED_MONTHS
from generator.kinds import record_url
from generator.loading.loader import load_portal
from generator.loading.site_config import load_site_config
from tests.conftest import MINIMAL_DATA, SAMPLE

ATOM = "{http://www.w3.org/2005/Atom}"


class _Meta(HTMLParser):
    def __init__(self):
        super().__init__()
        self.properties: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "meta" and ("property" in values or "name" in values):
            self.properties[values.get("property") or values["name"]] = values.get("content", "")


def meta_of(page: Path) -> dict[str, str]:
    parser = _Meta()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.properties


def test_every_kind_of_page_carries_open_graph_tags_with_an_absolute_image(sample_site):
    base = str(load_site_config(SAMPLE).base_url)
    pages = [p for p in sample_site.rglob("index.html") if p.parent.name != "chi-muc"]
    assert len(pages) > 100
    for page in pages:
        meta = meta_of(page)
        for key in ("og:title", "og:description", "og:image", "og:url", "twitter:card"):
            assert meta.get(key), (page, key)
        assert meta["og:locale"] == "vi_VN"
        assert meta["og:image"].startswith(base), page
        image = sample_site / meta["og:image"].removeprefix(base)
        assert image.is_file(), (page, meta["og:image"])
        assert meta["og:url"].startswith(base)


def test_share_cards_are_1200_by_630_and_under_150_kb(sample_site):
    cards = list((sample_site / "assets" / "chia-se").iterdir())
    portal = load_portal(SAMPLE)
    assert len(cards) == len(portal.examples) + len(portal.decisions) + len(portal.campaigns) + 1
    for card in cards:
        data = card.read_bytes()
        assert len(data) < 150 * 1024, card
        with Image.open(io.BytesIO(data)) as image:
            assert image.size == (1200, 630)


def test_example_page_uses_its_own_card_and_photo_only_with_consent(sample_site):
    portal = load_portal(SAMPLE)
    for example in portal.examples.values():
        image = meta_of(sample_site / "dien-hinh" / example.id / "index.html")["og:image"]
        consented = any(photo.consent for photo in example.photos)
        assert image.endswith(f"dien-hinh-{example.id}.jpg" if consented else f"dien-hinh-{example.id}.png")


def test_digest_and_its_feed_list_exactly_the_records_of_a_month(sample_site):
    months = digest(load_portal(SAMPLE))
    items = months[(2026, 11)]
    page = (sample_site / "ban-tin" / "2026-11" / "index.html").read_text(encoding="utf-8")
    article = page[page.index("<article"): page.index("</article>")]
    linked = set(re.findall(r'href="\.\./\.\./([a-z-]+/[a-z0-9-]+)/"', article))
    assert linked == {record_url(item.kind, item.record_id).rstrip("/") for item in items}
    feed = ET.parse(sample_site / "ban-tin" / "ban-tin.xml").getroot()
    entry = next(e for e in feed.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == "Bản tin tháng 11/2026")
    content = entry.findtext(f"{ATOM}content")
    assert content.count("<li>") == len(items)
    for item in items:
        assert f"/{item.record_id}/" in content
    assert len(list(feed.iter(f"{ATOM}entry"))) == min(len(months), FEED_MONTHS)


def test_featured_example_shows_on_home_and_campaign_pages_only_in_its_period(scratch_project, monkeypatch):
    example = textwrap.dedent(MINIMAL_DATA["data/dien_hinh/co-giao-so-hoa.yml"]) + (
        "noi_bat:\n  tu_ngay: 2026-11-01\n  den_ngay: 2026-11-30\n  nhan: Gương điển hình tháng 11/2026\n"
    )
    root = scratch_project({"data/dien_hinh/co-giao-so-hoa.yml": example})
    for day, shown in ((datetime(2026, 11, 25, 12), True), (datetime(2026, 12, 2, 12), False)):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(day.replace(tzinfo=timezone.utc).timestamp())))
        assert main(["--project", str(root), "build"]) == 0
        home = (root / "site" / "index.html").read_text(encoding="utf-8")
        campaign = (root / "site" / "phong-trao" / "thi-dua-2026" / "index.html").read_text(encoding="utf-8")
        assert ("Gương điển hình tháng 11/2026" in home) is shown
        assert ("Gương điển hình tháng 11/2026" in campaign) is shown
