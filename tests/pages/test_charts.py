"""Bar charts of the statistics page: labels whole and escaped, bars in proportion."""

from __future__ import annotations

import re

from generator.pages.charts import bar_chart


def test_labels_are_whole_and_escaped_and_bars_in_proportion():
    long = "Ủy ban nhân dân phường Lê Thanh Nghị <và> các đơn vị trực thuộc của phường"
    html = str(bar_chart("Theo đơn vị", [(long, 40), ("Tổ dân phố số 3", 10), ("Chưa có", 0)]))
    assert html.startswith('<div class="tdkt-chart" role="img" aria-label="Theo đơn vị">')
    assert re.findall(r'class="tdkt-chart__label">([^<]*)<', html) == [
        "Ủy ban nhân dân phường Lê Thanh Nghị &lt;và&gt; các đơn vị trực thuộc của phường",
        "Tổ dân phố số 3", "Chưa có"]
    assert re.findall(r"\* ([0-9.]+)\)", html) == ["1.0000", "0.2500", "0.0000"]
    assert re.findall(r'class="tdkt-chart__value">([^<]*)<', html) == ["40", "10", "0"]


def test_no_rows_no_chart():
    assert bar_chart("Trống", []) == ""
