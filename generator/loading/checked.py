"""A project once loaded and checked: its settings and its Portal, handed to the build as they are."""

from __future__ import annotations

from dataclasses import dataclass

from generator.domain.portal import Portal
from generator.loading.site_config import SiteConfig


@dataclass(frozen=True)
class Checked:
    config: SiteConfig
    portal: Portal
