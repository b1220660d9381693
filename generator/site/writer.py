"""Writing the pages outside the navigation straight into the site, without MkDocs' page pipeline.

MkDocs would read each page, run Markdown on it, render Material's `main.html` around it and
write it: milliseconds a page, thousands of pages. These pages have no Markdown, and their
frame is the same for every page at the same folder depth (`page_shells.py`), so a worker
frames the body and writes the page itself, with its tables as CSV and JSON, the files that
go beside it and its share card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.exports.share_images import ShareImageCache
from generator.exports.tables import table_csv, table_json
from generator.kinds import DEFAULT_CARD, SHARE_FOLDER
from generator.pages.page import GeneratedPage
from generator.pages.setup import PageSetup
from generator.site.frame import PageShells, SavedShells, framed_content


@dataclass(frozen=True)
class Written:
    """What the build needs to know of a page once it is on disk: for the sitemap and clashes."""
    src_uri: str
    url: str
    title: str
    updated: date | None


class PageWriter:
    def __init__(self, site_dir: Path, setup: PageSetup, shells: PageShells | SavedShells):
        self.site_dir = site_dir
        self.setup = setup
        self.shells = shells
        self.cards = setup.cards
        self.card_cache: ShareImageCache = setup.card_cache
        self.base_url = str(setup.site_config.base_url)
        self._cards_folder_made = False

    def write(self, page: GeneratedPage) -> Written:
        url = page.url
        content = framed_content(self.setup, page.src_uri, url, page.html)
        card = self.cards.get(page.src_uri)
        image = f"{self.base_url}{SHARE_FOLDER}/{card[0] if card else DEFAULT_CARD}"
        html = self.shells.shell(url).fill(url, page.title, page.description, image, content)
        self.write_beside(page)
        (self.site_dir / url / "index.html").write_bytes(html.encode())
        if card is not None:
            cards = self.site_dir / SHARE_FOLDER
            if not self._cards_folder_made:
                cards.mkdir(parents=True, exist_ok=True)
                self._cards_folder_made = True
            (cards / card[0]).write_bytes(self.card_cache.get(card[1]))
        return Written(page.src_uri, url, page.title, page.updated)

    def write_beside(self, page: GeneratedPage) -> None:
        """The files beside a page: its tables as CSV and JSON, its other files, and the large
        ones written as they are made. Pages in the navigation (which MkDocs renders) get theirs
        here too."""
        folder = self.site_dir / page.url
        folder.mkdir(parents=True, exist_ok=True)
        for table in page.tables:
            (folder / f"{table.id}.csv").write_bytes(table_csv(table).encode())
            (folder / f"{table.id}.json").write_bytes(table_json(table, f"{self.base_url}{page.url}").encode())
        for name, text in page.files:
            (folder / name).write_bytes(text.encode())
        for name, write in page.streamed:
            with (folder / name).open("w", encoding="utf-8", newline="") as out:
                write(out)
