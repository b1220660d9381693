"""Bar charts as inline SVG: readable without JavaScript, printable, and always beside a table."""

from __future__ import annotations

from markupsafe import Markup, escape

from generator.domain.text import format_number

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 230
CHART_WIDTH = 560


def bar_chart(title: str, rows: list[tuple[str, int]]) -> Markup:
    """A horizontal bar chart; the numbers are written on the bars so no colour carries meaning."""
    if not rows:
        return Markup("")
    largest = max(value for _, value in rows) or 1
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    bar_space = CHART_WIDTH - LABEL_WIDTH - 60
    parts = [
        f'<svg class="tdkt-chart" role="img" viewBox="0 0 {CHART_WIDTH} {height}" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, value) in enumerate(rows):
        y = GAP + index * (BAR_HEIGHT + GAP)
        width = max(2, round(bar_space * value / largest))
        short = label if len(label) <= 34 else label[:32] + "…"
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT - 6}" text-anchor="end" '
            f'class="tdkt-chart__label">{escape(short)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width}" height="{BAR_HEIGHT}" class="tdkt-chart__bar"/>'
            f'<text x="{LABEL_WIDTH + width + 6}" y="{y + BAR_HEIGHT - 6}" '
            f'class="tdkt-chart__value">{format_number(value)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
