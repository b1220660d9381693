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

# (name, payload, strings that would show it reached a page as markup)
PAYLOADS = [
    ("script", '<script>alert("s")</script>', ['<script>alert("s")']),
    ("img-onerror", '"><img src=x onerror=alert(1)>', ["<img src=x onerror", 'onerror="alert']),
    ("svg-onload", "'><svg onload=alert(2)>", ["<svg onload", 'onload="alert']),
    ("details-ontoggle", "<details open ontoggle=alert(3)>x</details>", ["ontoggle="]),
    ("autofocus-onfocus", "<input autofocus onfocus=alert(4)>", ["onfocus="]),
    ("title-break-out", "</title><script>alert(5)</script>", ["<script>alert(5)"]),
    ("mxss-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(6)>", ["<img src=x onerror"]),
    ("noscript-mxss", '<noscript><p title="</noscript><img src=x onerror=alert(7)>">', ["<img src=x onerror"]),
    ("marker-global", '<img src=x onerror="window.xss=1">', ["window.xss", 'onerror="window']),
    ("entity-handler", "<img src=x onerror=&#97;lert(8)>", ["onerror=&#97;", 'onerror="alert']),
    ("javascript-link", '<a href="javascript:alert(9)">bấm</a> [bấm](javascript:alert(10))', ['href="javascript:']),
    ("iframe-javascript", '<iframe src="javascript:alert(11)"></iframe>', ["<iframe"]),
    ("meta-refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(12)">', ["http-equiv"]),
    ("svg-animate", "<svg><animate onbegin=alert(13) attributeName=x dur=1s>", ["onbegin="]),
]

_EXAMPLE = textwrap.dedent(MINIMAL_DATA[EXAMPLE])
_DECISION = textwrap.dedent(MINIMAL_DATA[DECISION])


def in_story(number: int, payload: str) -> dict[str, str]:
    # The story is a YAML block: the payload goes on a line of its own, indented with it.
    return another_example(f"ma-doc-{number:02d}", _EXAMPLE.replace(STORY, f"{STORY}\n\n  {payload}"))


def in_summary(number: int, payload: str) -> dict[str, str]:
    quoted = "'" + f"Về việc tặng danh hiệu {payload}".replace("'", "''") + "'"
    return another_decision(300 + number, _DECISION.replace(SUMMARY, f"trich_yeu: {quoted}"))


def payload_case(name: str, files: dict[str, str], needles: list[str], suffixes: tuple[str, ...] = ()) -> Case:
    return Case(name, CATEGORY, files=files, expect_exit=0, must_not_publish=needles, browser=True, batch=BATCH,
                published_suffixes=suffixes)


CASES = [
    # The downloads (CSV, JSON) hold a story as it was typed, which no browser runs: pages only.
    *(payload_case(f"story-{name}", in_story(number, payload), needles, (".html", ".svg"))
      for number, (name, payload, needles) in enumerate(PAYLOADS)),
    # A summary is plain text: its payload shows escaped, as words ("onbegin=" is then harmless
    # text), so what must never reach a page is the payload as it was typed, markup and all.
    *(payload_case(f"summary-{name}", in_summary(number, payload), [payload], (".html", ".svg"))
      for number, (name, payload, _) in enumerate(PAYLOADS)),
]
