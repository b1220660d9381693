"""Material's files as the portal ships them: no unused palette stylesheet, no Material script (the
portal's own portal.js does what its pages use of it), no unused favicon, no reference to a source
map that is not there."""

from __future__ import annotations


def test_no_palette_no_material_script_and_no_missing_source_map(sample_site):
    assets = sample_site / "assets"
    assert not list(assets.rglob("palette.*"))
    assert not list(assets.rglob("*.map"))
    assert not (assets / "images").exists()
    shipped = [*assets.rglob("*.js"), *assets.rglob("*.css")]
    assert sorted(path.name for path in shipped if path.suffix == ".js") == [
        "portal.js", "search.js", "share.js", "tables.js"]
    assert [path.name for path in shipped if "sourceMappingURL" in path.read_text(encoding="utf-8")] == []
    page = (sample_site / "index.html").read_text(encoding="utf-8")
    assert "bundle." not in page and "__config" not in page
