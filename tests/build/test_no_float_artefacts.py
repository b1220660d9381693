"""No page, table or download of the sample site shows floating-point noise such as 88,30000000000001."""

from __future__ import annotations

import re

# A decimal fraction ending in a long run of 0s or 9s and one more digit: binary noise, never a
# figure anyone wrote.
ARTEFACT = re.compile(r"\d[,.]\d*(?:0{6,}|9{6,})\d")


def test_no_float_artefact_anywhere_in_the_sample_site(sample_site):
    found = []
    for path in sorted(sample_site.rglob("*")):
        if path.suffix in {".html", ".csv", ".json", ".xml"}:
            text = path.read_text(encoding="utf-8-sig")
            # Asset fingerprints and coordinates of drawings are not figures.
            text = re.sub(r'(?:src|href|d|points|viewBox|transform)="[^"]*"', "", text)
            found += [f"{path.relative_to(sample_site)}: {m.group()}" for m in ARTEFACT.finditer(text)]
    assert found == []
