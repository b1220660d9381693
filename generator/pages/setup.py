"""What the pages outside the navigation are made with, set up in one place.

A build (the MkDocs plugin) and `serve`, which makes a changed record's pages again at once
into the current preview, both set up here: a page the preview makes quickly is the page a
full build would make.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path

from generator.domain.portal import Portal
from generator.domain.publication import public_portal
from generator.exports.share_images import CardStyle, ShareCard, ShareImageCache
from generator.loading.site_config import SiteConfig
from generator.pages.kit import Kit
from generator.pages.preview import withheld_notices
from generator.pages.promotion import share_cards


class PageSetup:
    """The kit at once; what only writing needs (notices, share cards) when first asked for:
    `serve` makes a kit at every save to see which records changed, and often writes nothing."""

    def __init__(self, root: Path, site_config: SiteConfig, portal: Portal, today: date, *, preview: bool):
        self.root = root
        self.site_config = site_config
        self.today = today
        self.preview = preview
        self.templates = root / "theme" / "templates"
        self._portal = portal
        # The editor's preview shows everything, marked; the public build only what is published.
        self.kit = Kit(portal if preview else public_portal(portal, today), site_config,
                                   self.templates, today)

    @cached_property
    def notices(self) -> dict[str, str]:
        """The notice at the top of each withheld record's page, by source path: the preview's only."""
        return withheld_notices(self._portal, self.today, self.templates) if self.preview else {}

    @cached_property
    def cards(self) -> dict[str, tuple[str, ShareCard]]:
        return share_cards(self.kit, self.root)

    @cached_property
    def card_cache(self) -> ShareImageCache:
        """Cards are kept between builds and drawn again only when what they show changes."""
        config = self.site_config
        return ShareImageCache(self.root / ".cache" / "the-chia-se", CardStyle(
            organisation=config.organisation, portal_name=config.portal_name,
            primary=config.primary_colour, accent=config.accent_colour, fonts=self.root / "theme" / "share"))
