"""How each figure of the benchmark is measured, the same way for our build and the baselines.

- Build time and peak memory: each build is a child process started as in a fresh clone (no
  output folder, no cache). What a build would find from the one before is moved aside into a
  `Trash`, emptied after the last build: on ext4 without a journal (this benchmark's VM), the
  kernel avoids reusing an inode freed less than 60 s ago (360 s while its inode table block is
  unwritten), and looks at every such inode again for each file it creates. Deleting the last
  build's site (12,000 files) just before the next made our ward-10y builds 10.8, 12.0, 13.7,
  15.1 s in a row (system time 2 → 14 s; `perf`: `recently_deleted` in `ext4_create`), and Hugo's
  3.8 → 6.8 s: a cost a fresh clone never pays, growing faster than the number of files.
  A build's wall time is measured on builds left alone; its peak memory on one more build,
  sampled every 50 ms: the largest total of the proportional set sizes (PSS) of
  the build and every process it started (our build forks workers that share the loaded data;
  PSS counts each shared page once in all), or the maximum resident set size the kernel reports
  to `wait4` if that is larger (a peak shorter than the sampling interval). Reading a process's
  PSS makes the kernel walk its memory, under the lock its page faults need: our sampled builds
  ran about a sixth slower (ward-10y, three of each, alternated: 12.2–14.2 s against 14.0–16.5 s).
- Transfer sizes: what a browser fetches, each file counted at its gzip size (level 6, as a web
  server compresses text), except formats that are compressed already (fonts, images, Pagefind's
  index files), counted as they are. Which files a page fetches is decided by Debian's Chromium
  (Playwright, cold cache, until the network is idle): it alone knows which fonts a page uses.
- Search: the files one query fetches after the first visit of a record page (what that visit
  fetched is in the browser's cache); the largest of a few typical queries (`SEARCH_QUERIES`). Material's search fetches its worker, its language files
  and the whole `search_index.json` on every page load, before any query: those are counted here,
  not in the first load. Pagefind is asked through its JavaScript API (a query, then the first
  five results, as its UI shows). A search form (`form[role=search]`, as the portal's own search
  has in its header) is submitted with the query, and the search page it opens fetches its
  script and the index files it needs.
- serve: the time from writing an edited record file to the served page showing the edit.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

try:
    from playwright.sync_api import Error as PlaywrightError
except ImportError:  # Browser.available() says so; the other figures need no browser.
    PlaywrightError = Exception

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# As in tests/browser/conftest.py: no connection attempt to Google's services.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
PRECOMPRESSED = {".woff2", ".woff", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".gz",
                 ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".pagefind"}
SEARCH_PATHS = ("/search/", "/workers/search", "/lunr/", "/pagefind/")
# What citizens type, without diacritics: a common name, a title, a place; the largest counts.
SEARCH_QUERIES = ("nguyen van hung", "lao dong tien tien", "to dan pho so 1")


class BenchError(Exception):
    """A build or a server of the benchmark failed; the message says where its log is."""


# --- builds -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Build:
    seconds: float
    peak_mb: float


def run_once(command: list[str], *, cwd: Path | None = None, env: dict | None = None, log: Path,
             sample_memory: bool = True) -> Build:
    """Run one build as a child process: its wall time and peak memory (without `sample_memory`,
    only the largest resident size of the build's own process); raise if it fails."""
    with log.open("w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        sampler = TreeMemory(process.pid)
        if sample_memory:
            sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        if sample_memory:
            sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise BenchError(f"{' '.join(command)} exited with {process.returncode}; see {log}")
    return Build(seconds, max(sampler.peak_kb, usage.ru_maxrss) / 1024)


class TreeMemory(threading.Thread):
    """Samples the memory of a process and all its descendants until stopped (Linux /proc)."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak_kb = 0
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(self.interval):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(pid) for pid in _tree(self.pid)))

    def stop(self) -> None:
        self._stopped.set()
        self.join()


def _tree(pid: int) -> list[int]:
    """The process and its descendants, as /proc lists each task's children."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                queue += [int(child) for child in (task / "children").read_text().split()]
        except OSError:  # the process ended between two reads
            continue
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def median_build(command: list[str], scratch: list[Path], trash: Trash, *, repeats: int,
                 cwd: Path | None = None, env: dict | None = None, log: Path) -> tuple[Build, list[float]]:
    """The median wall time of `repeats` builds from scratch, and the peak memory of one more,
    sampled (see the module's notes): the folders in `scratch` (output, caches) are put in the
    trash before each, as in a fresh clone."""
    runs = []
    for sampled in [False] * repeats + [True]:
        for folder in scratch:
            trash.put(folder)
        runs.append(run_once(command, cwd=cwd, env=env, log=log, sample_memory=sampled))
    seconds = [run.seconds for run in runs[:-1]]
    return Build(statistics.median(seconds), max(run.peak_mb for run in runs)), seconds


class Trash:
    """A folder that what the benchmark replaces is renamed into (on the same file system: one
    rename, no inode freed), deleted only by `empty` once nothing is measured any more (see the
    module's notes on builds)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._count = 0

    def put(self, path: Path) -> None:
        if not path.exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        while (self.folder / str(self._count)).exists():
            self._count += 1
        path.rename(self.folder / str(self._count))

    def empty(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


# --- pages and bytes ----------------------------------------------------------------------------


def html_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if p.name != "404.html"]


def record_page_sizes(site: Path, sections: set[str]) -> dict[str, int]:
    """The HTML size of every record page (`<section>/<code>/`), by address: not the further pages
    of the section's own list (`<section>/trang-2/`), which are list pages."""
    sizes = {}
    for section in sections:
        folder = site / section
        for page in folder.glob("*/index.html") if folder.is_dir() else []:
            if not re.fullmatch(r"trang-\d+", page.parent.name):
                sizes[page.parent.relative_to(site).as_posix() + "/"] = page.stat().st_size
    return sizes


@functools.lru_cache(maxsize=None)
def transfer_size(path: Path) -> int:
    data = path.read_bytes()
    if path.suffix in PRECOMPRESSED:
        return len(data)
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def _file_of(site: Path, url: str) -> Path | None:
    path = unquote(urlsplit(url).path).lstrip("/")
    file = site / path
    if file.is_dir() or path.endswith("/") or not path:
        file = file / "index.html"
    return file if file.is_file() else None


def _files(site: Path, base: str, urls: list[str]) -> set[Path]:
    return {f for f in (_file_of(site, u) for u in urls if u.startswith(base)) if f is not None}


def is_search(url: str) -> bool:
    return any(part in urlsplit(url).path for part in SEARCH_PATHS)


# --- the browser ------------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the name is http.server's
        pass


@dataclass(frozen=True)
class Transfer:
    page_bytes: int
    search_bytes: int | None
    """None when the site has no search."""
    by_kind: dict[str, int]
    """The first load's bytes by kind of file: HTML, CSS, JS, fonts, other."""


KINDS = {".html": "HTML", ".css": "CSS", ".js": "JS", ".woff2": "fonts", ".woff": "fonts", ".ttf": "fonts"}


class Browser:
    """Debian's Chromium through Playwright, loading pages of a folder served on loopback."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)

    @staticmethod
    def available() -> str | None:
        """Why the browser figures cannot be measured here, or None when they can."""
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            return "Playwright is not installed (python -m pip install -e '.[test]')"
        if not Path(CHROMIUM).exists():
            return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        return None

    def close(self) -> None:
        self._browser.close()
        self._playwright.stop()

    def load(self, site: Path, url: str, *, search: bool = True) -> Transfer:
        """A first visit of `url` on a cold cache; then, with `search`, for each query a first visit
        followed by that query (each in a cache of its own), the largest query counting."""
        handler = functools.partial(_QuietHandler, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            first, _ = self._visit(site, base, url, None)
            queries = [self._visit(site, base, url, query)[1] for query in SEARCH_QUERIES] if search else []
        except PlaywrightError as error:
            raise BenchError(f"Chromium could not load /{url}: {str(error).splitlines()[0]}") from None
        finally:
            server.shutdown()
            server.server_close()
        prefetched = {f for f in first if is_search("/" + f.relative_to(site).as_posix())}
        by_kind: dict[str, int] = {}
        for file in first - prefetched:
            kind = KINDS.get(file.suffix, "other")
            by_kind[kind] = by_kind.get(kind, 0) + transfer_size(file)
        searches = [prefetched | query for query in queries if query is not None]
        if prefetched and not searches:
            searches = [prefetched]
        return Transfer(
            sum(by_kind.values()),
            max(sum(transfer_size(f) for f in search) for search in searches) if searches else None,
            by_kind,
        )

    def _visit(self, site: Path, base: str, url: str, query: str | None) -> tuple[set[Path], set[Path] | None]:
        """The files a first visit fetches, and those `query` fetches after it (None: no search)."""
        context = self._browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
        # A city's list of a year's awards is tens of megabytes: give it time before giving up.
        context.set_default_timeout(180_000)
        try:
            page = context.new_page()
            requested: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.goto(base + url, wait_until="networkidle")
            first = _files(site, base, requested)
            if query is None:
                return first, None
            requested.clear()
            form = page.locator("form[role=search]:has(input[type=search])")
            if (site / "pagefind" / "pagefind.js").is_file():
                page.evaluate(
                    """async ([script, query]) => {
                        const pagefind = await import(script);
                        const search = await pagefind.search(query);
                        await Promise.all(search.results.slice(0, 5).map(result => result.data()));
                    }""",
                    [base + "pagefind/pagefind.js", query],
                )
                page.wait_for_load_state("networkidle")
            elif form.count():
                # Submitted as pressing Enter in it would: on a phone the field may be folded away.
                with page.expect_navigation(wait_until="networkidle"):
                    form.first.evaluate(
                        """(form, query) => {
                            form.querySelector("input[type=search]").value = query;
                            form.requestSubmit();
                        }""",
                        query,
                    )
            else:
                return first, None
            return first, _files(site, base, requested) - first
        finally:
            context.close()


# --- serve ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def _wait(condition: Callable[[], bool], timeout: float, what: str, *, process: subprocess.Popen, log: Path,
          interval: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            raise BenchError(f"the server stopped (exit code {process.returncode}) while waiting for {what}; see {log}")
        if time.monotonic() > deadline:
            raise BenchError(f"timed out after {timeout:.0f} s waiting for {what}; see {log}")
        time.sleep(interval)


@dataclass(frozen=True)
class Edit:
    """How one file is changed for the n-th edit, and the text that shows the change on the page."""

    file: Path
    change: Callable[[str, int], str]

    @staticmethod
    def token(n: int) -> str:
        return f"lần sửa {n}"


def append_to_line(prefix: str) -> Callable[[str, int], str]:
    """Append the edit's token to the first line starting with `prefix`."""

    def change(text: str, n: int) -> str:
        lines = text.split("\n")
        index = next(i for i, line in enumerate(lines) if line.startswith(prefix))
        lines[index] += f" ({Edit.token(n)})"
        return "\n".join(lines)

    return change


def serve_latency(command: list[str], *, url: str, edit: Edit, edits: int, ready: str, rebuilt: str,
                  log: Path, cwd: Path | None = None, env: dict | None = None, startup: float = 1800,
                  timeout: float = 900) -> list[float]:
    """Seconds from saving each edit to `url` serving it.

    `ready` and `rebuilt` are what the server logs when its first build and a rebuild are done;
    each rebuild is awaited before the next edit, so that no edit waits for another's build.
    """
    original = edit.file.read_text(encoding="utf-8")
    times = []
    # The log is read to know when a build is done: a Python server writing to a file would keep
    # a line in its buffer (MkDocs' "Documentation built" once stayed there for minutes).
    env = {**(os.environ if env is None else env), "PYTHONUNBUFFERED": "1"}
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    wait = functools.partial(_wait, process=process, log=log)
    try:
        wait(lambda: _fetch(url) is not None, startup, url, interval=0.2)
        wait(lambda: ready in log.read_text(errors="replace"), startup, "the first build")
        for n in range(1, edits + 1):
            builds = log.read_text(errors="replace").count(rebuilt)
            edit.file.write_text(edit.change(original, n), encoding="utf-8")
            start = time.perf_counter()
            wait(lambda n=n: Edit.token(n) in (_fetch(url) or ""), timeout, f"edit {n} on {url}")
            times.append(time.perf_counter() - start)
            wait(lambda builds=builds: log.read_text(errors="replace").count(rebuilt) > builds, timeout,
                 f"the rebuild after edit {n}")
    finally:
        edit.file.write_text(original, encoding="utf-8")
        _stop(process)
    return times


def _stop(process: subprocess.Popen) -> None:
    """Stop a server this benchmark started, and the processes it started itself."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
