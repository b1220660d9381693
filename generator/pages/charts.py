"""Bar charts in HTML and CSS: readable without JavaScript, printable, and always beside a table."""

from __future__ import annotations

from markupsafe import Markup, escape

from generator.domain.text import format_number

# Room kept beside the longest bar for its number.
VALUE_ROOM = "4em"


def bar_chart(title: str, rows: list[tuple[str, int]]) -> Markup:
    """A horizontal bar chart in HTML: each label in the page's own font and size on its own lines
    above its bar, so a long name wraps instead of being cut off and stays readable on a phone (an
    SVG scaled to a phone's width had 7.6 px text). The number is written beside each bar so that
    no colour carries meaning. Screen readers get one image named by the title; the table beside
    the chart gives them the figures."""
    if not rows:
        return Markup("")
    largest = max(value for _, value in rows) or 1
    parts = [f'<div class="tdkt-chart" role="img" aria-label="{escape(title)}">']
    for label, value in rows:
        parts.append(
            f'<div class="tdkt-chart__row"><span class="tdkt-chart__label">{escape(label)}</span>'
            f'<span class="tdkt-chart__track"><span class="tdkt-chart__bar" '
            f'style="width:calc((100% - {VALUE_ROOM}) * {value / largest:.4f})"></span>'
            f'<span class="tdkt-chart__value">{format_number(value)}</span></span></div>'
        )
    parts.append("</div>")
    return Markup("".join(parts))
