"""Two builds of the same input give the same bytes, and no build shows the machine's clock."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

from generator.build import build_site
from generator.domain.text import format_date_formal
from generator.loading.loader import load_portal

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "sample_project"
# A build date far from every date in the sample data, so that finding it on a page can only
# mean the page shows the build date.
EPOCH = 1_900_000_000  # 2030-03-17 17:46 UTC (2027-01-15 is now a planned date in the sample)
TEXT_SUFFIXES = {".html", ".xml", ".json", ".js", ".css", ".txt", ".svg"}


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def date_forms(day: date) -> list[str]:
    # The formal form as pages write it (Decree 30/2020: "ngày 17 tháng 3 năm 2030").
    return [day.isoformat(), day.strftime("%d/%m/%Y"), f"{day.day}/{day.month}/{day.year}", format_date_formal(day)]


def test_two_builds_are_byte_identical_and_show_no_build_date(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    first = tmp_path / "first"
    build_site(SAMPLE, first)
    # The second build runs in another process with another hash seed, so that nothing may
    # depend on the order of a set or on anything else that changes between runs.
    subprocess.run(
        [sys.executable, "-m", "generator", "--project", str(SAMPLE), "build", "--site-dir",
         str(tmp_path / "second")],
        cwd=REPO, check=True, capture_output=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), "PYTHONHASHSEED": "12345"},
    )
    one, two = files_of(first), files_of(tmp_path / "second")
    # The compressed copies for hosts (.gz) are compared too.
    assert "index.html.gz" in one and "assets/css/portal.css.gz" in one
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []

    build_day = datetime.fromtimestamp(EPOCH, timezone.utc).date()
    data_text = "\n".join(p.read_text(encoding="utf-8") for p in (SAMPLE / "data").rglob("*.yml"))
    # The dates the tool works out from the data: the consultations' deadlines (working days).
    portal = load_portal(SAMPLE)
    computed = {form for consultation in portal.consultations.values()
                for form in date_forms(portal.deadline(consultation))}
    # The real clock too: whatever reads it instead of SOURCE_DATE_EPOCH would print today,
    # unless today is a date the data holds or gives (then it proves nothing either way).
    forbidden = date_forms(build_day) + [
        form for form in date_forms(datetime.now(timezone.utc).date())
        if form not in data_text and form not in computed
    ]
    texts = {name: content.decode("utf-8") for name, content in one.items()
             if Path(name).suffix in TEXT_SUFFIXES}
    assert len(texts) > 50
    assert [(name, form) for name, text in texts.items() for form in forbidden if form in text] == []

    # The sitemap's dates, and the time in its gzip header, come from data.
    with gzip.open(first / "sitemap.xml.gz") as packed:
        assert packed.read() == one["sitemap.xml"]
    header_time = int.from_bytes(one["sitemap.xml.gz"][4:8], "little")
    # A page showing no dated record (the search page) has no lastmod.
    newest = max(text.split("<lastmod>")[1][:10] for text in texts["sitemap.xml"].split("<url>")[1:]
                 if "<lastmod>" in text)
    assert datetime.fromtimestamp(header_time, timezone.utc).date().isoformat() == newest
    assert newest in data_text
