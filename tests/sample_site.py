"""The committed sample project, built once per test session (strict: any warning fails it)."""

from __future__ import annotations

from pathlib import Path

from generator.build import build_site

SAMPLE = Path(__file__).resolve().parent / "sample_project"


def build_sample(site_dir: Path) -> Path:
    build_site(SAMPLE, site_dir)
    return site_dir
