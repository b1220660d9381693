"""A commune adopts the portal: its data (villages, commune-level decisions, commune titles) passes
`check`, `build` and `check --site`, and its pages call it a xã: the word "phường" appears only where
its own data writes it."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from generator.cli import main
from tests.commune_project import COMMUNE_FILES, make_commune

# Every file a reader or a program gets as text; the search index (.bin) holds folded words only.
# One worker runs this module, so that its costly module fixture is made once (pyproject.toml).
pytestmark = pytest.mark.xdist_group("commune")
TEXT_SUFFIXES = {".html", ".xml", ".json", ".csv", ".txt", ".js", ".svg"}
WARD = re.compile("phường", re.IGNORECASE)


@pytest.fixture(scope="module")
def commune(tmp_path_factory, validators):
    """The commune's project after `check`, `build` and `check --site`: (root, exit codes, output)."""
    root = make_commune(tmp_path_factory.mktemp("commune") / "project")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        codes = [main(["--project", str(root), *command]) for command in (["check"], ["build"], ["check", "--site"])]
    return root, codes, out.getvalue()


def test_a_commune_passes_check_build_and_check_site(commune):
    _, codes, out = commune
    assert codes == [0, 0, 0], out
    assert "Dữ liệu hợp lệ: 3 quyết định, 6 lượt khen thưởng còn hiệu lực, 1 điển hình, 1 phong trào, 6 đơn vị." in out
    assert "Trang đã tạo hợp lệ: " in out


def test_the_word_phuong_appears_only_where_the_communes_data_writes_it(commune):
    root, _, _ = commune
    site = root / "site"
    # The commune's data never says "phường": every one on its pages would come from the tool.
    assert not any(WARD.search(text) for text in COMMUNE_FILES.values())
    found = []
    scanned = 0
    for path in sorted(site.rglob("*")):
        if path.suffix not in TEXT_SUFFIXES:
            continue
        scanned += 1
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(site)}: …{text[max(0, m.start() - 60):m.end() + 20]}…"
                  for m in WARD.finditer(text)]
    assert found == [], "\n".join(found)
    assert scanned > 100
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "<strong>Xã:</strong>" in home and "<strong>Tỉnh:</strong>" in home
    assert "bản tin của xã" in home


def test_villages_show_as_villages(commune):
    root, _, _ = commune
    units = (root / "site" / "don-vi" / "index.html").read_text(encoding="utf-8")
    for heading in ("Thôn", "Ấp", "Bản"):
        assert re.search(rf"<h2[^>]*>{heading}</h2>", units), heading
    assert "Tổ dân phố" not in units

