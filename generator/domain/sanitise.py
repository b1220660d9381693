"""The HTML allowed on the portal from what editors write: Markdown in data, and content/ pages.

Both go through nh3 (Rust's ammonia) with one allow-list: no script, no style, no event handler,
no `javascript:` or `data:` address. Hand-written pages get a few more elements that MkDocs'
Markdown makes for them (headings of every level with their anchors, images, admonition boxes),
images only from the site itself (no request leaves the site for a third party), and an
`<iframe>` only from an address the ward lists in `nhung_duoc_phep` (site_config.yml), sandboxed;
any other frame is removed whole.
"""

from __future__ import annotations

import re
from typing import Iterable

import nh3

DATA_TAGS = frozenset({"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote",
                       "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "hr"})
DATA_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
REL = "noopener noreferrer"

CONTENT_TAGS = DATA_TAGS | {"h1", "h2", "h5", "h6", "img", "div", "span", "dl", "dt", "dd", "sup", "sub", "del",
                            "ins", "s", "u", "mark", "small", "abbr", "kbd", "details", "summary", "figure",
                            "figcaption", "caption"}
CONTENT_ATTRIBUTES = {
    **DATA_ATTRIBUTES,
    # Anchors of headings (toc), the boxes of `!!! note` (admonition), and `{: .class }` (attr_list).
    "*": {"id", "class", "title", "lang"},
    "img": {"src", "alt", "width", "height"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "abbr": {"title"},
}
CONTENT_URL_SCHEMES = URL_SCHEMES | {"tel"}
# What an allowed embed may do: run its own player in its own origin, never reach the portal's
# page (no allow-top-navigation), never learn which page embedded it.
EMBED_ATTRIBUTES = {"src", "title", "width", "height", "allow", "allowfullscreen"}
# Written by us in this order (nh3's own way to set attributes orders them differently from one
# run to the next, and the site must be the same bytes every time).
EMBED_FORCED = ('sandbox="allow-scripts allow-same-origin allow-popups allow-presentation" '
                'referrerpolicy="no-referrer" loading="lazy"')


_IFRAME = re.compile(r"<iframe(?=[ >])")
# A frame whose address was not on the list has lost its `src` above; the whole element goes, so
# that the page shows no empty box (nh3 writes attributes as ` name="value"`, `>` only escaped
# outside them: a `>` inside a kept title ends the look-ahead early, which only removes more).
_FRAME_WITHOUT_ADDRESS = re.compile(r"<iframe(?![^>]*\ssrc=)[^>]*>.*?</iframe>", re.DOTALL)


def clean_data_html(html: str) -> str:
    """HTML rendered from Markdown written in a data field."""
    return nh3.clean(html, tags=set(DATA_TAGS), attributes={k: set(v) for k, v in DATA_ATTRIBUTES.items()},
                     url_schemes=set(URL_SCHEMES), link_rel=REL)


def clean_content_html(html: str, embeds: Iterable[str] = ()) -> str:
    """HTML MkDocs rendered from a page of content/; `embeds` are the address prefixes whose
    `<iframe>` may stay."""
    prefixes = tuple(embeds)
    tags = set(CONTENT_TAGS) | ({"iframe"} if prefixes else set())
    attributes = {k: set(v) for k, v in CONTENT_ATTRIBUTES.items()}
    if prefixes:
        attributes["iframe"] = set(EMBED_ATTRIBUTES)

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            # The site's own files only: a third party's image would tell it who reads the page.
            return value if _is_relative(value) else None
        if tag == "iframe" and attribute == "src":
            return value if value.startswith(prefixes) else None
        return value

    clean = nh3.clean(html, tags=tags, attributes=attributes, attribute_filter=keep,
                      url_schemes=set(CONTENT_URL_SCHEMES), link_rel=REL)
    if prefixes:
        clean = _FRAME_WITHOUT_ADDRESS.sub("", clean)
    # nh3 writes every kept tag as `<iframe>` or `<iframe ` followed by its attributes.
    return _IFRAME.sub(f"<iframe {EMBED_FORCED}", clean)


def _is_relative(url: str) -> bool:
    stripped = url.strip()
    return ":" not in stripped.split("/", 1)[0] and not stripped.startswith("//")
