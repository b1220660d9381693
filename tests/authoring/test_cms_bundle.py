"""The vendored Decap CMS bundle is the pinned release, whole, and only the preview serves it."""

from __future__ import annotations

import hashlib

from generator.authoring.cms_config import EDITOR_ASSETS
from generator.serving.cms import DECAP_VERSION

BUNDLE = EDITOR_ASSETS / "decap"
# Notes about the files, not files the editor loads.
UNLISTED = {"SHA256SUMS", "README.md"}


def test_every_vendored_file_has_its_recorded_checksum():
    recorded = {}
    for line in (BUNDLE / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        recorded[name] = digest
    present = {path.name for path in BUNDLE.iterdir() if path.name not in UNLISTED}
    assert present == set(recorded)
    changed = [name for name, digest in recorded.items()
               if hashlib.sha256((BUNDLE / name).read_bytes()).hexdigest() != digest]
    assert changed == []
    assert {"decap-cms.js", "LICENSE", "decap-cms.js.LICENSE.txt"} <= present


def test_the_bundle_is_the_version_the_code_and_the_note_name():
    assert f"decap-cms-app {DECAP_VERSION}" in (BUNDLE / "decap-cms.js").read_text(encoding="utf-8")
    assert f"`decap-cms` {DECAP_VERSION}" in (BUNDLE / "README.md").read_text(encoding="utf-8")


def test_the_public_site_has_no_editor(sample_site):
    assert not (sample_site / "quan-tri").exists()
    assert not any("decap" in path.name for path in sample_site.rglob("*.js"))
