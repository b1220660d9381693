"""Record pages framed from a shared shell read exactly as if Material had rendered each one."""

from __future__ import annotations

import re

from generator.cli import main


def test_shell_framed_page_has_its_own_title_address_and_one_heading(scratch_project):
    root = scratch_project({"content/lien-ket.md": "# Liên kết\n\nXem [quyết định](quyet-dinh/15-qd-ubnd-2026.md).\n"})
    assert main(["--project", str(root), "build"]) == 0
    html = (root / "site/quyet-dinh/15-qd-ubnd-2026/index.html").read_text(encoding="utf-8")
    assert "tdkt" + "segment" not in html and "TDKT" not in html
    assert re.search(r"<title>Quyết định số 15/QĐ-UBND - ", html)
    assert ('<link rel="canonical" href="https://thiduakhenthuong.lethanhnghi.haiphong.gov.vn/'
            'quyet-dinh/15-qd-ubnd-2026/">') in html
    assert html.count("<h1") == 1
    assert 'href="../../assets/stylesheets/' in html
    poster = (root / "site/dien-hinh/co-giao-so-hoa/ap-phich/index.html").read_text(encoding="utf-8")
    assert 'href="../../../assets/stylesheets/' in poster
    assert "/dien-hinh/co-giao-so-hoa/ap-phich/" in poster

    # Record pages are written by the workers, not by MkDocs: a hand-written link to one is
    # still rewritten to the page's address, and the sitemap lists every page there is.
    linking = (root / "site/lien-ket/index.html").read_text(encoding="utf-8")
    assert 'href="../quyet-dinh/15-qd-ubnd-2026/"' in linking
    sitemap = (root / "site/sitemap.xml").read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>https://thiduakhenthuong.lethanhnghi.haiphong.gov.vn/([^<]*)</loc>", sitemap))
    pages = {"" if page.parent == root / "site" else page.parent.relative_to(root / "site").as_posix() + "/"
             for page in (root / "site").rglob("index.html")}
    assert listed == pages
