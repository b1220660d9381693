"""The values search results can be narrowed to: years, levels and titles or forms of award.

The search page lists them (rendered with the page, so that its first load fetches nothing of the
index) and the index writes a file of records for each (generator/search/index.py): one list, so
that every filter the page offers has its file. Each search record takes its own from the same
dates, levels and catalogue (generator/search/records.py, `_facets`).
"""

from __future__ import annotations

from generator.domain.labels import LEVEL
from generator.domain.portal import Portal
from generator.domain.text import vietnamese_key


def filter_options(portal: Portal) -> dict[str, list[tuple[str, str]]]:
    """For each filter ("nam", "cap", "dh"), its (value, label) pairs in the order shown: newest
    year first, highest level first, titles in Vietnamese alphabetical order."""
    years = {d.signed.year for d in portal.decisions.values()}
    years |= {e.published.year for e in portal.examples.values()}
    years |= {c.start.year for c in portal.campaigns.values()}
    years |= {c.published.year for c in portal.consultations.values()}
    years |= {b.year for b in portal.blocks.values()}
    years |= {r.year for r in portal.reports.values()}
    years |= {m.date.year for m in portal.meetings.values()}
    years |= set(portal.years)
    levels = {d.level for d in portal.decisions.values()} | {c.launch_level for c in portal.campaigns.values()}
    levels |= {e.level for e in portal.catalogue.values()}
    entries = sorted(portal.catalogue.values(), key=lambda e: vietnamese_key(e.name))
    return {
        "nam": [(str(y), str(y)) for y in sorted(years, reverse=True)],
        "cap": [(level, LEVEL[level]) for level in LEVEL if level in levels],
        "dh": [(e.id, e.name) for e in entries],
    }
