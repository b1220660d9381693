"""Validate, then build the site into a temporary folder and move it into place only when complete."""

from __future__ import annotations

import gc
import logging
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import yaml
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError

from generator.domain.portal import Portal
from generator.loading.errors import DataErrors
from generator.loading.loader import forget_files, load_portal
from generator.output_folder import BUILD_MARKER, MARKER_TEXT
from generator.settings import SiteConfig, load_site_config, mkdocs_settings
from generator.site.plugin import PortalPlugin
from generator.swap import make_staging, swap_into_place


# Objects made (less those freed) between two runs of Python's collector on the youngest ones,
# during a build; Python's default is 700.
GC_YOUNG_OBJECTS = 50_000


class BuildFailed(Exception):
    """The build stopped for a reason that is not in the data (already logged by MkDocs)."""


@dataclass(frozen=True)
class Checked:
    config: SiteConfig
    portal: Portal


def check_project(root: Path) -> Checked:
    """Load and validate everything; raise DataErrors with every problem in settings and data."""
    errors = []
    config = portal = None
    try:
        config = load_site_config(root)
    except DataErrors as problems:
        errors.extend(problems.errors)
    try:
        portal = load_portal(root)
    except DataErrors as problems:
        errors.extend(problems.errors)
    if errors:
        raise DataErrors(errors)
    assert config is not None and portal is not None
    return Checked(config, portal)


@contextmanager
def mkdocs_config(root: Path, site_dir: Path, *, preview: bool = False) -> Iterator[MkDocsConfig]:
    """The MkDocs configuration derived from site_config.yml, loaded as MkDocs loads its own."""
    settings = mkdocs_settings(root, load_site_config(root), site_dir, preview=preview)
    with tempfile.TemporaryDirectory(prefix="thi-dua-config-") as folder:
        path = Path(folder) / "mkdocs.yml"
        path.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
        try:
            yield load_config(config_file=str(path))
        except ConfigurationError as error:
            raise BuildFailed(f"Cấu hình MkDocs sinh ra không hợp lệ: {error}") from None


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
    checked = check_project(root)
    # The plugin gets the same Portal back (`load_portal` keeps the last one); nothing is read
    # again in this build, and the memory goes to its pages.
    forget_files()
    site_dir = (site_dir or root / "site").resolve()
    staging = make_staging(site_dir)
    try:
        with mkdocs_config(root, staging, preview=preview) as config:
            plugin = config.plugins["thi-dua"]
            plugin.progress = progress
            if memory_mb is not None:
                plugin.memory_mb = memory_mb
            mkdocs_build(config)
            (staging / BUILD_MARKER).write_text(MARKER_TEXT, encoding="utf-8")
            if finished is not None:
                finished(plugin)
    except Abort as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(_vietnamese_abort(str(error))) from None
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


def _vietnamese_abort(message: str) -> str:
    if "in strict mode" in message:
        count = message.split("with ")[-1].split(" warning")[0]
        return f"Dừng tạo trang vì có {count} cảnh báo (xem các dòng WARNING ở trên)."
    return message


def quiet_mkdocs_logging(level: int = logging.WARNING) -> None:
    """Show MkDocs' own warnings to the editor, in one short line each."""
    logger = logging.getLogger("mkdocs")
    logger.setLevel(level)
    if not any(isinstance(h, logging.StreamHandler) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        logger.addHandler(handler)
    logger.propagate = False
