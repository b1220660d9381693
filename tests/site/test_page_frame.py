"""Material's frame around a record (header, tabs, navigation drawer, footer): the same in every
page, so its bytes are paid on every record page, whose HTML the issue keeps under 30 KB."""

from __future__ import annotations

FRAME_BUDGET = 16_000


def test_the_frame_around_a_record_stays_small_and_keeps_the_navigation(sample_site):
    records = [p for p in sample_site.glob("*/*/index.html") if p.parent.parent.name != "assets"]
    assert len(records) > 50
    for page in records:
        html = page.read_text(encoding="utf-8")
        start, end = html.index("<article"), html.index("</article>")
        frame = len(html[:start].encode()) + len(html[end:].encode())

        assert frame <= FRAME_BUDGET, (page, frame)
        # Nothing of the frame a phone needs is left out: the drawer and its groups, the tabs,
        # the search form and the office's contact.
        for part in ('<label class="md-header__button md-icon" for="__drawer">', 'class="md-tabs"',
                     'class="md-nav md-nav--primary', 'class="md-nav__toggle md-toggle"',
                     'role="search"', 'class="tdkt-site-footer"'):
            assert part in html, (page, part)
