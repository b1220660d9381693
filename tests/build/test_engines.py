"""ProperDocs (the default) and MkDocs 1.6 render the same site: every byte the same but the
`<meta name="generator">` tag, which names the engine that built the page.

The session's sample site is built by the session's engine; this test builds the sample once more
with the other engine, in a process of its own (the engine is chosen at import), on the same build
date, and compares. `.ci/run` therefore runs the suite once, with the default engine, and both
engines are still proven in that run.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

from generator.site.engine_choice import ENGINE_VARIABLE
from tests.conftest import SAMPLE
from tests.sample_site import SAMPLE_EPOCH

GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')
# How each engine names itself in the tag.
SIGNATURES = {"properdocs": "ProperDocs 1.6", "mkdocs": "mkdocs-1.6"}


def generator_tag(site: Path) -> str:
    tag = GENERATOR_TAG.search((site / "index.html").read_bytes())
    assert tag is not None
    return tag.group(0).decode()


def build_with(engine: str, site: Path) -> None:
    """Build the sample with `engine` in a process of its own, on the sample's build date."""
    env = {**os.environ, ENGINE_VARIABLE: engine, "SOURCE_DATE_EPOCH": SAMPLE_EPOCH}
    result = subprocess.run([sys.executable, "-m", "generator", "--project", str(SAMPLE), "build", "--site-dir",
                             str(site)], env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def files(site: Path) -> dict[str, bytes]:
    # A compressed copy (.gz) is compared by what it holds: the tag is inside.
    return {path.relative_to(site).as_posix(): GENERATOR_TAG.sub(b"", gzip.decompress(path.read_bytes())
                                                                 if path.suffix == ".gz" else path.read_bytes())
            for path in sorted(site.rglob("*")) if path.is_file()}


def test_both_engines_build_the_same_site(sample_site, tmp_path):
    [this_engine] = [name for name, signature in SIGNATURES.items() if signature in generator_tag(sample_site)]
    [other_engine] = [name for name in SIGNATURES if name != this_engine]
    build_with(other_engine, tmp_path / other_engine)

    assert SIGNATURES[other_engine] in generator_tag(tmp_path / other_engine)
    built_here, built_there = files(sample_site), files(tmp_path / other_engine)
    assert built_here.keys() == built_there.keys()
    assert [name for name in built_here if built_here[name] != built_there[name]] == []
