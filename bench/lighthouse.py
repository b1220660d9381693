"""Lighthouse 12.2.3 (mobile) on pages of a built site, with Debian's Chromium: issue 19's scores.

Lighthouse is installed into bench/node_modules from bench/package-lock.json the first time it is
needed (`npm ci`), not by the test session: the tests never need it. 13.x needs Node.js 22; this
machine has 20, hence 12.2.3. The site is served on loopback as a host with `gzip_static` serves
it: a file's `.gz` copy, when the build wrote one and the browser accepts gzip. Lighthouse's
simulated throttling makes scores vary from run to run, so each page is measured RUNS times and
the median of each category is reported.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
from pathlib import Path

from measure import _QuietHandler

BENCH = Path(__file__).resolve().parent
CLI = BENCH / "node_modules" / "lighthouse" / "cli" / "index.js"
VERSION = "12.2.3"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
RUNS = 3
# Issue 19: performance at least 98 on the home page and a decision page; the others 100.
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
# Bounds on every wait: installing Lighthouse, and one Lighthouse run of one page (a run takes
# about 15 s on a loaded 2-core machine).
INSTALL_TIMEOUT_S = 300
RUN_TIMEOUT_S = 180


class LighthouseError(Exception):
    """Lighthouse could not be installed or run: the figures are reported as not measured."""


def available() -> str | None:
    """Why Lighthouse cannot run here, or None."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing"
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "Node.js and npm are missing"
    return None


def install() -> None:
    """Lighthouse at the locked version in bench/node_modules, when it is not there yet."""
    if _installed_version() == VERSION:
        return
    try:
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=BENCH, check=True,
                       capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        raise LighthouseError(f"npm ci in bench/ failed: {getattr(error, 'stderr', '') or error}") from None
    if _installed_version() != VERSION:
        raise LighthouseError(f"bench/node_modules has Lighthouse {_installed_version()}, not {VERSION}")


def _installed_version() -> str | None:
    manifest = BENCH / "node_modules" / "lighthouse" / "package.json"
    return json.loads(manifest.read_text(encoding="utf-8"))["version"] if manifest.exists() else None


class GzipStaticHandler(_QuietHandler):
    """Serves `x.gz` for `x` with `Content-Encoding: gzip` when the browser accepts it, as nginx's
    `gzip_static on;` does; quiet, as the benchmark's other server (bench/measure.py)."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        compressed = path.with_name(path.name + ".gz")
        if "gzip" in self.headers.get("Accept-Encoding", "") and compressed.is_file() and path.is_file():
            body = compressed.open("rb")
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(compressed.stat().st_size))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return body
        return super().send_head()


def scores(site: Path, pages: dict[str, str], runs: int = RUNS) -> dict[str, dict[str, float]]:
    """For each labelled page (a path under the site, "" for the home page), the median score of
    each category over `runs` Lighthouse runs, from 0 to 100."""
    handler = functools.partial(GzipStaticHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = {}
        for label, page in pages.items():
            url = f"http://127.0.0.1:{server.server_port}/{page}"
            measured = [_run(url) for _ in range(runs)]
            result[label] = {category: statistics.median(run[category] for run in measured) for category in CATEGORIES}
        return result
    finally:
        server.shutdown()
        server.server_close()


def _run(url: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = ["node", str(CLI), url, f"--chrome-path={CHROMIUM}", f"--chrome-flags={CHROME_FLAGS}",
                   "--output=json", f"--output-path={report}", f"--only-categories={','.join(CATEGORIES)}",
                   "--quiet"]
        try:
            subprocess.run(command, check=True, capture_output=True, text=True, timeout=RUN_TIMEOUT_S,
                           env={**os.environ, "CHROME_PATH": CHROMIUM})
        except subprocess.TimeoutExpired:
            raise LighthouseError(f"Lighthouse gave no report for {url} within {RUN_TIMEOUT_S} s") from None
        except subprocess.CalledProcessError as error:
            raise LighthouseError(f"Lighthouse failed on {url}: {error.stderr.strip()[-300:]}") from None
        categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    if any(categories[c]["score"] is None for c in CATEGORIES):
        raise LighthouseError(f"Lighthouse could not score every category of {url}")
    return {c: round(categories[c]["score"] * 100) for c in CATEGORIES}


def target_lines(measured: dict[str, dict[str, float]]) -> list[str]:
    """One line per page: each category's median against issue 19's target."""
    lines = []
    for label, figures in measured.items():
        parts = [f"{category} {figures[category]:.0f} (target {TARGETS[category]}: "
                 + ("met" if figures[category] >= TARGETS[category] else "NOT met") + ")" for category in CATEGORIES]
        lines.append(f"- {label}: " + ", ".join(parts))
    return lines
