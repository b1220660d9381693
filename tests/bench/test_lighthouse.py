"""How the benchmark serves a site to Lighthouse (bench/lighthouse.py): as a host with gzip_static
does, and how it judges the scores against issue 19's targets. Lighthouse itself runs in the
benchmark only: the tests never need it."""

from __future__ import annotations

import functools
import gzip
import http.server
import importlib
import threading
import urllib.request
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def lighthouse(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    return importlib.import_module("lighthouse")


def fetch(port: int, path: str, accept: str | None) -> tuple[bytes, str | None]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/{path}",
                                     headers={"Accept-Encoding": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read(), response.headers.get("Content-Encoding")


def test_the_gz_copy_is_sent_to_a_browser_that_accepts_it(lighthouse, tmp_path):
    (tmp_path / "index.html").write_text("<p>trang chủ</p>", encoding="utf-8")
    (tmp_path / "index.html.gz").write_bytes(gzip.compress("<p>trang chủ</p>".encode(), mtime=0))
    (tmp_path / "a.css").write_text("p{}", encoding="utf-8")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(lighthouse.GzipStaticHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        body, encoding = fetch(server.server_port, "", "gzip, deflate")
        assert (gzip.decompress(body).decode(), encoding) == ("<p>trang chủ</p>", "gzip")
        assert fetch(server.server_port, "", None) == ("<p>trang chủ</p>".encode(), None)
        # A file without a copy is sent as it is.
        assert fetch(server.server_port, "a.css", "gzip") == (b"p{}", None)
    finally:
        server.shutdown()
        server.server_close()


def test_each_category_is_judged_against_issue_19s_target(lighthouse):
    lines = lighthouse.target_lines({"home page": {"performance": 98, "accessibility": 100,
                                                   "best-practices": 96, "seo": 100}})
    assert lines == ["- home page: performance 98 (target 98: met), accessibility 100 (target 100: met), "
                     "best-practices 96 (target 100: NOT met), seo 100 (target 100: met)"]
