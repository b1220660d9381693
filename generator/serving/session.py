"""What the preview shows, and how it follows the editor's changes.

A full build takes seconds at the scale of a ward publishing for ten years; an editor who saves
a record wants to see it at once. So when files in data/ change, the records whose content
changed get their own pages made again here, in this process (the loader re-reads only the
changed files), and the preview shows them; a full build then runs in a process of its own for
every page that lists or counts them, and replaces the preview when it is done. A change in
content/, theme/ or site_config.yml only starts a full build.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from generator.clock import build_date
from generator.domain.portal import Portal
from generator.loading.errors import DataErrors
from generator.loading.loader import PortalLoader
from generator.loading.site_config import SiteConfig, load_site_config
from generator.pages.jobs import own_page_jobs
from generator.pages.page import PageJob
from generator.pages.setup import PageSetup
from generator.site.frame import SavedShells
from generator.site.writer import PageWriter

# What the log says when the preview is ready and after each full build (the benchmark waits
# for these lines).
READY = "Bản xem trước đã sẵn sàng"
REBUILT = "Đã tạo lại toàn bộ bản xem trước"


def preview_setup(root: Path, config: SiteConfig, portal: Portal) -> PageSetup:
    """What the preview's pages are made with, as in its full builds."""
    return PageSetup(root, config, portal, build_date(), preview=True)


def records_by_page(jobs: list[PageJob]) -> dict[str, object]:
    """Each record with a page of its own (`own_page_jobs`), by the page's source path."""
    return {job.src_uri: job.record for job in jobs}


def changed_pages(before: dict[str, object], jobs: list[PageJob]) -> list[PageJob]:
    """The jobs of the records' own pages whose record is new or differs from `before`."""
    return [job for job in jobs
            if before.get(job.src_uri) is not job.record and before.get(job.src_uri) != job.record]


class PreviewSession:
    def __init__(self, root: Path, config: SiteConfig, portal: Portal, log: Callable[[str], None],
                 loader: PortalLoader):
        self.root = root
        # The loader that gave `portal`: it reads again only the files that change.
        self.loader = loader
        self.folder = root / ".cache" / "xem-truoc"
        self.log = log
        # Pages poll this to reload themselves when what they show may have changed.
        self.version = 1
        # The problems in the data, shown on every page until they are fixed.
        self.problems = ""
        self.current: Path | None = None
        # The records the preview shows, by page: a change makes again the pages of those that differ.
        self._records = records_by_page(own_page_jobs(preview_setup(root, config, portal).kit))
        self._shells: SavedShells | None = None
        self._builds = 0
        self._build: subprocess.Popen | None = None
        self._lock = threading.RLock()

    # --- full builds ------------------------------------------------------------------------

    def first_build(self) -> bool:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        started = time.perf_counter()
        with self._lock:
            process, site_dir, shells = self._start_build()
        output = process.communicate()[0]
        if process.returncode != 0:
            self.log(output.rstrip())
            return False
        self._finish_build(site_dir, shells)
        self.log(f"{READY} ({time.perf_counter() - started:.1f} giây).")
        return True

    def _start_build(self) -> tuple[subprocess.Popen, Path, Path]:
        self._builds += 1
        site_dir = self.folder / f"ban-{self._builds}"
        shells = self.folder / f"khung-{self._builds}.json"
        # A session of its own: stopping it stops the workers it forked too.
        process = subprocess.Popen(
            [sys.executable, "-m", "generator.serving.full_build", str(self.root), str(site_dir), str(shells)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
        )
        self._build = process
        return process, site_dir, shells

    def rebuild(self) -> None:
        """Start a full build in the background, stopping one that is now out of date."""
        with self._lock:
            self.stop()
            process, site_dir, shells = self._start_build()
        threading.Thread(target=self._await_build, args=(process, site_dir, shells), daemon=True).start()

    def _await_build(self, process: subprocess.Popen, site_dir: Path, shells: Path) -> None:
        started = time.perf_counter()
        output = process.communicate()[0]
        with self._lock:
            if process is not self._build:  # stopped: a newer build is on its way
                return
            self._build = None
            if process.returncode != 0:
                self.log(output.rstrip())
                shutil.rmtree(site_dir, ignore_errors=True)
                return
            # Said before the new build is served, so the log never lags behind the pages.
            self.log(f"{REBUILT} ({time.perf_counter() - started:.1f} giây).")
            self._finish_build(site_dir, shells)
            self.version += 1

    def _finish_build(self, site_dir: Path, shells: Path) -> None:
        previous = self.current
        self.current = site_dir
        self._shells = SavedShells(shells)
        if previous is not None:
            # Thousands of files: deleted aside, not while the next save waits for the lock.
            threading.Thread(target=shutil.rmtree, args=(previous,), kwargs={"ignore_errors": True},
                             daemon=True).start()

    def stop(self) -> None:
        with self._lock:
            if self._build is not None and self._build.poll() is None:
                os.killpg(self._build.pid, signal.SIGKILL)
            self._build = None

    # --- changes ------------------------------------------------------------------------------

    def changed(self, paths: set[Path]) -> None:
        """Called with the files that changed since the last call (never two calls at once)."""
        started = time.perf_counter()
        try:
            # Cheap: the loader reads again only the files that changed.
            config = load_site_config(self.root)
            portal = self.loader.load(self.root)
        except DataErrors as problems:
            with self._lock:
                self.stop()
                self.problems = problems.report()
                self.version += 1
            self.log(self.problems)
            self.log("Bản xem trước giữ nguyên cho đến khi sửa xong các lỗi trên.")
            return
        if self.problems:
            self.log("Đã sửa xong lỗi dữ liệu.")
        self.problems = ""
        setup = preview_setup(self.root, config, portal)
        own_pages = own_page_jobs(setup.kit)
        jobs = changed_pages(self._records, own_pages)
        self._records = records_by_page(own_pages)
        data = self.root / "data"
        # A template or a setting can change every page: only a full build shows that.
        if jobs and all(path.is_relative_to(data) for path in paths):
            self._show(setup, jobs)
            self.log(f"Đã cập nhật {len(jobs)} trang hồ sơ ({time.perf_counter() - started:.2f} giây); "
                     "đang tạo lại các trang danh sách…")
        self.rebuild()

    def _show(self, setup: PageSetup, jobs: list[PageJob]) -> None:
        """Make the pages of these jobs into the current preview."""
        with self._lock:
            assert self.current is not None and self._shells is not None
            writer = PageWriter(self.current, setup, self._shells)
            for job in jobs:
                for page in job.make():
                    writer.write(page)
            self.version += 1
