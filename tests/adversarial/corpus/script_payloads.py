"""Script written into data runs nowhere: each payload in a story (Markdown) and in a decision's
summary (plain text), built together and every page opened in Chromium.

Each payload is planted in a record of its own: an example whose story holds it, a decision whose
`trich_yeu` holds it. Most payloads run by themselves when a page is opened (an image that fails
to load, an SVG that loads, a `<details>` that opens, autofocus); some set the marker global
instead of opening a dialog; the rest (links, handlers that wait for the mouse) are found as
handlers or script URLs in the page's DOM. Nothing of them may reach the site as markup either.
"""

from __future__ import annotations

import textwrap

from tests.adversarial.case import Case
from tests.adversarial.payloads import DECISION, EXAMPLE, another_decision, another_example
from tests.conftest import MINIMAL_DATA

CATEGORY = "script payloads"
BATCH = "script-payloads"
STORY = "Cô Đức đã **số hóa** 120 bài giảng."
SUMMARY = "trich_yeu: Về việc tặng danh hiệu Lao động tiên tiến năm 2025"

# (name, payload, strings that would show it reached a page as markup: each starts with "<", which
# a page showing the payload as text has as "&lt;"; markup written back in another form is found
# in the browser, as a handler or a script URL in the DOM)
PAYLOADS = [
    ("script", '<script>alert("s")</script>', ['<script>alert("s")']),
    ("img-onerror", '"><img src=x onerror=alert(1)>', ["<img src=x onerror", 'onerror="alert']),
    ("svg-onload", "'><svg onload=alert(2)>", ["<svg onload", 'onload="alert']),
    ("details-ontoggle", "<details open ontoggle=alert(3)>x</details>", ["<details open ontoggle"]),
    ("autofocus-onfocus", "<input autofocus onfocus=alert(4)>", ["<input autofocus onfocus"]),
    ("title-break-out", "</title><script>alert(5)</script>", ["<script>alert(5)"]),
    ("mxss-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(6)>", ["<img src=x onerror"]),
    ("noscript-mxss", '<noscript><p title="</noscript><img src=x onerror=alert(7)>">', ["<img src=x onerror"]),
    ("marker-global", '<img src=x onerror="window.xss=1">', ['<img src=x onerror="window']),
    ("entity-handler", "<img src=x onerror=&#97;lert(8)>", ["<img src=x onerror=&#97;", 'onerror="alert']),
    ("javascript-link", '<a href="javascript:alert(9)">bấm</a> [bấm](javascript:alert(10))', ['href="javascript:']),
    ("iframe-javascript", '<iframe src="javascript:alert(11)"></iframe>', ["<iframe"]),
    ("meta-refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(12)">', ["<meta http-equiv"]),
    ("svg-animate", "<svg><animate onbegin=alert(13) attributeName=x dur=1s>", ["<animate onbegin"]),
]

_EXAMPLE = textwrap.dedent(MINIMAL_DATA[EXAMPLE])
_DECISION = textwrap.dedent(MINIMAL_DATA[DECISION])


def in_story(number: int, payload: str) -> dict[str, str]:
    # The story is a YAML block: the payload goes on a line of its own, indented with it.
    return another_example(f"ma-doc-{number:02d}", _EXAMPLE.replace(STORY, f"{STORY}\n\n  {payload}"))


def in_summary(number: int, payload: str) -> dict[str, str]:
    quoted = "'" + f"Về việc tặng danh hiệu {payload}".replace("'", "''") + "'"
    return another_decision(300 + number, _DECISION.replace(SUMMARY, f"trich_yeu: {quoted}"))


def payload_case(name: str, files: dict[str, str], needles: list[str]) -> Case:
    # Looked for in pages only: the open-data downloads (JSON, CSV) and the search index carry the
    # text as it was written, which is what data is.
    return Case(name, CATEGORY, files=files, expect_exit=0, must_not_publish=needles, published_suffixes=(".html",),
                browser=True, batch=BATCH)


CASES = [
    *(payload_case(f"story-{name}", in_story(number, payload), needles)
      for number, (name, payload, needles) in enumerate(PAYLOADS)),
    *(payload_case(f"summary-{name}", in_summary(number, payload), needles)
      for number, (name, payload, needles) in enumerate(PAYLOADS)),
]
