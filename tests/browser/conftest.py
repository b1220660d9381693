"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against a built site."""

from __future__ import annotations

import atexit
import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the name is http.server's
        pass


def serve_folder(folder: Path, mount: str = "/") -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve `folder` on a free loopback port; return the server and the site's address."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{mount}"


@pytest.fixture(scope="session")
def site_url(sample_site):
    server, url = serve_folder(sample_site)
    yield url
    server.shutdown()


@functools.cache
def shared_browser():
    """The one Chromium of this test process, started on first use and stopped at its exit.

    Playwright's sync API runs one event loop per thread: a second `sync_playwright()` in the same
    process fails ("using Playwright Sync API inside the asyncio loop"). The browser tests and the
    adversarial corpus's browser cases (tests/adversarial/browser.py) share this one, whichever
    pytest-xdist worker runs them.
    """
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"Chromium not found at {CHROMIUM}: install Debian's chromium (see .ci/run)")
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)

    def stop() -> None:
        browser.close()
        playwright.stop()

    atexit.register(stop)
    return browser


@pytest.fixture(scope="session")
def browser():
    try:
        return shared_browser()
    except RuntimeError as missing:
        pytest.fail(str(missing))


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    page = context.new_page()
    yield page
    context.close()
