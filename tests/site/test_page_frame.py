"""Material's frame around a record (header, tabs, navigation drawer, footer): the same in every
page, so its bytes are paid on every record page, whose HTML the issue keeps under 30 KB."""

from __future__ import annotations

FRAME_BUDGET = 14_000


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
        # Without Material's indentation and blank lines (page_shells.compact).
        outside = html[:start] + html[end:]
        assert not [line for line in outside.split("\n") if not line or line != line.strip()], page


def test_the_frame_of_a_navigation_page_is_compacted_but_its_content_is_not(sample_site):
    """Pages MkDocs renders itself (hand-written ones): the same compact frame, and their content,
    where a code block's indentation matters, untouched."""
    html = (sample_site / "gioi-thieu" / "index.html").read_text(encoding="utf-8")
    start, end = html.index("<article"), html.rindex("</article>")
    assert "\n\n" not in html[:start] + html[end:]
    assert "\n  " in html[start:end] or "\n\n" in html[start:end], "the content keeps its own layout"
