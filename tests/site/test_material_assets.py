"""Material's files as the portal ships them: no unused palette stylesheet, no reference to a
source map that is not there."""

from __future__ import annotations


def test_no_palette_stylesheet_and_no_missing_source_map(sample_site):
    assets = sample_site / "assets"
    assert not list(assets.rglob("palette.*"))
    assert not list(assets.rglob("*.map"))
    shipped = [*assets.rglob("*.js"), *assets.rglob("*.css")]
    assert any(path.name.startswith("bundle.") for path in shipped)
    assert [path.name for path in shipped if "sourceMappingURL" in path.read_text(encoding="utf-8")] == []
