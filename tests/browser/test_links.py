"""The link checker itself, on a tiny site with one of each fault it must find."""

from __future__ import annotations

from tests.browser.conftest import serve_folder
from tests.browser.links import check_links

PAGES = {
    "index.html": """<!doctype html><html><head><link rel="stylesheet" href="style.css"></head><body>
        <a href="other.html#present">fine</a>
        <a href="other.html#absent">missing anchor</a>
        <a href="gone/">missing page</a>
        <a href="https://example.org/">another site, not followed</a>
        <a href="mailto:office@example.org">mail</a>
        <img src="http://127.0.0.2:9/pixel.png" alt="">
        </body></html>""",
    "other.html": '<!doctype html><html><body><h2 id="present">Here</h2></body></html>',
    "style.css": "body { margin: 0 }",
}


def test_reports_broken_links_missing_anchors_and_requests_elsewhere(page, tmp_path):
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    server, url = serve_folder(tmp_path)
    try:
        report = check_links(page, [url + "index.html"])
    finally:
        server.shutdown()

    assert report.broken == [f"{url}index.html -> {url}gone/: 404"]
    assert report.missing_anchors == [f"{url}index.html -> {url}other.html#absent: no element with this id"]
    assert report.outside == [f"{url}index.html -> http://127.0.0.2:9/pixel.png"]
    assert report.checked == {f"{url}other.html", f"{url}gone/", f"{url}style.css"}
