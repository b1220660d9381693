"""Validate, then build the site into a temporary folder and move it into place only when complete."""

from __future__ import annotations

import gc
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from generator.authoring.hosted_editor import hosted_backend, write_hosted_editor
from generator.loading.checked import Checked
from generator.loading.errors import DataErrors
from generator.loading.loader import PortalLoader
from generator.loading.placeholders import find_placeholders
from generator.loading.site_config import load_site_config, project_above
from generator.publishing.output_folder import BUILD_MARKER, MARKER_TEXT
from generator.publishing.precompressed import write_compressed_copies
from generator.publishing.swap import make_staging, swap_into_place
from generator.site.engine import render_site
from generator.site.plugin import PortalPlugin

# Objects made (less those freed) between two runs of Python's collector on the youngest ones,
# during a build; Python's default is 700.
GC_YOUNG_OBJECTS = 50_000


def check_project(root: Path, loader: PortalLoader | None = None) -> Checked:
    """Load and validate everything; raise DataErrors with every problem in settings and data.
    `loader` keeps what it read for the next check (`serve`)."""
    errors = []
    config = portal = None
    try:
        config = load_site_config(root)
    except DataErrors as problems:
        if project_above(root) is not None:
            raise  # in a folder of the project: what else would be said about it is noise
        errors.extend(problems.errors)
    try:
        portal = (loader or PortalLoader()).load(root)
    except DataErrors as problems:
        errors.extend(problems.errors)
    try:
        hosted_backend(root)
    except DataErrors as problems:
        errors.extend(problems.errors)
    # What `init` left to fill in: one error each. A value still a placeholder may also be refused as
    # a value (an address that is not one): its placeholder says better what to write.
    unfilled = find_placeholders(root)
    lines = {(problem.file, problem.line) for problem in unfilled}
    errors = unfilled + [problem for problem in errors if (problem.file, problem.line) not in lines]
    if errors:
        raise DataErrors(errors)
    assert config is not None and portal is not None
    return Checked(config, portal)


def build_site(
    root: Path, site_dir: Path | None = None, progress: Callable[[int, int], None] | None = None,
    *, preview: bool = False, finished: Callable[[PortalPlugin], None] | None = None,
    memory_mb: int | None = None,
) -> Checked:
    """Build the public site into `site_dir` (default `root/site`), replacing it atomically.

    `progress`, if given, is called with (pages done, pages in all) as pages are written.
    `preview` builds the editor's preview instead (`serve`); `finished` is given the plugin
    that built the site, before it is moved into place. `memory_mb` bounds the memory the build
    and its worker processes may use (default: the plugin's `DEFAULT_MEMORY_MB`).
    """
    with fewer_collections():
        return _build_site(root, site_dir, progress, preview, finished, memory_mb)


def _build_site(root: Path, site_dir: Path | None, progress: Callable[[int, int], None] | None,
                preview: bool, finished: Callable[[PortalPlugin], None] | None, memory_mb: int | None) -> Checked:
    # Loaded once: the engine's plugin is handed this Portal and reads nothing again.
    checked = check_project(root)
    site_dir = (site_dir or root / "site").resolve()
    staging = make_staging(site_dir)
    try:
        render_site(root, checked, staging, preview=preview, progress=progress, memory_mb=memory_mb,
                    finished=finished)
        if not preview:
            write_hosted_editor(root, staging)
            # Last, once every file is final; the preview is served by `serve` itself, which
            # rewrites pages as they are edited and compresses nothing.
            write_compressed_copies(staging)
        (staging / BUILD_MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_into_place(staging, site_dir)
    return checked


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's collector less often while a build loads data and makes pages: both make millions
    of objects, nearly all kept (the data) or freed at once (a page's), and the collector ran
    every 700 of them. At ward-10y its 2,200 runs took 1.2 s of a 16 s build, against 0.2 s with
    this threshold; what waits between two runs is at most a few pages' garbage."""
    previous = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_OBJECTS, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
