"""ProperDocs (the default) and MkDocs 1.6 render the same site: every byte the same but the
`<meta name="generator">` tag, which names the engine that built the page."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE

GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')


def build_with(engine: str, site: Path) -> str:
    """Build the sample with `engine`; the name and version of the engine that built it."""
    env = {**os.environ, "THI_DUA_ENGINE": engine, "SOURCE_DATE_EPOCH": "1780000000"}
    result = subprocess.run([sys.executable, "-m", "generator", "--project", str(SAMPLE), "build", "--site-dir",
                             str(site)], env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    tag = GENERATOR_TAG.search((site / "index.html").read_bytes())
    assert tag is not None
    return tag.group(0).decode()


def files(site: Path) -> dict[str, bytes]:
    # A compressed copy (.gz) is compared by what it holds: the tag is inside.
    return {path.relative_to(site).as_posix(): GENERATOR_TAG.sub(b"", gzip.decompress(path.read_bytes())
                                                                 if path.suffix == ".gz" else path.read_bytes())
            for path in sorted(site.rglob("*")) if path.is_file()}


def test_both_engines_build_the_same_site(tmp_path):
    properdocs = build_with("properdocs", tmp_path / "properdocs")
    mkdocs = build_with("mkdocs", tmp_path / "mkdocs")

    assert "ProperDocs 1.6" in properdocs and "mkdocs-1.6" in mkdocs
    built_by_properdocs, built_by_mkdocs = files(tmp_path / "properdocs"), files(tmp_path / "mkdocs")
    assert built_by_properdocs.keys() == built_by_mkdocs.keys()
    assert [name for name in built_by_properdocs if built_by_properdocs[name] != built_by_mkdocs[name]] == []
