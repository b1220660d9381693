"""Markdown written in data or content, rendered and then sanitised: no script can come from data."""

from __future__ import annotations

import threading

import markdown
import nh3
from markupsafe import Markup

# A converter per thread, reset between texts: making one loads its extensions, which took as
# long as converting a record's text (0.4 s of the 600 records' texts a ward-10y build searches).
_converters = threading.local()


def render_markdown(text: str) -> Markup:
    """Markdown written in data, rendered and then sanitised: no script can come from data."""
    converter = getattr(_converters, "markdown", None)
    if converter is None:
        converter = _converters.markdown = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    html = converter.reset().convert(text)
    clean = nh3.clean(
        html,
        tags={"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote",
              "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "hr"},
        attributes={"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    # A table wider than a phone scrolls in a box a keyboard can reach, like the portal's own tables.
    clean = clean.replace("<table>", '<div class="tdkt-table-wrap" tabindex="0" role="region" '
                                     'aria-label="Bảng trong nội dung"><table>').replace("</table>", "</table></div>")
    return Markup(clean)
