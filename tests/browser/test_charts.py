"""The statistics page's charts on a phone (360 px): text at least 12 px, no label cut off,
each label above its bar."""

from __future__ import annotations

CHART_TEXT = """() => [...document.querySelectorAll('.tdkt-chart__row')].map(row => {
    const label = row.querySelector('.tdkt-chart__label'), value = row.querySelector('.tdkt-chart__value');
    const bar = row.querySelector('.tdkt-chart__bar').getBoundingClientRect(), box = label.getBoundingClientRect();
    return {label: label.textContent,
            sizes: [label, value].map(e => parseFloat(getComputedStyle(e).fontSize)),
            cut: label.scrollWidth > label.clientWidth || box.left < 0 || box.right > innerWidth,
            above: box.bottom <= bar.top + 0.5};
})"""


def test_charts_are_readable_at_360_px(page, site_url):
    page.goto(site_url + "thong-ke/")
    rows = page.evaluate(CHART_TEXT)
    assert len(rows) > 10
    assert [r["label"] for r in rows if min(r["sizes"]) < 12] == []
    assert [r["label"] for r in rows if r["cut"]] == []
    assert [r["label"] for r in rows if not r["above"]] == []
    # The longest labels wrap onto more lines instead of being shortened.
    assert any(len(r["label"]) > 40 for r in rows)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
