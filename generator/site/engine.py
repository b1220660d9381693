"""Rendering the site with the engine (ProperDocs or MkDocs, see `engine_choice`) and the plugin,
and what the engine's stops mean for an editor."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

import mkdocs
from mkdocs.commands.build import build as engine_build
from mkdocs.exceptions import Abort

from generator.loading.checked import Checked
from generator.site.config import ConfigRefused, mkdocs_config
from generator.site.plugin import PLUGIN_NAME, DataRefused, PortalPlugin

# "properdocs" or "mkdocs": the package that builds (ProperDocs' module answers to both names).
ENGINE = mkdocs.__name__
ENGINE_VERSION = mkdocs.__version__
if ENGINE != "mkdocs":
    # Material and other code written for MkDocs log as "mkdocs.…": joined to the engine's own
    # logger, as ProperDocs' command line does, their warnings are shown and counted in strict mode.
    logging.getLogger("mkdocs").parent = logging.getLogger(ENGINE)


class BuildFailed(Exception):
    """The build stopped for a reason that is not in the data (the engine has logged why)."""


class _WarningCount(logging.Handler):
    """Counts the engine's warnings: in strict mode any warning stops the build."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def render_site(root: Path, checked: Checked, site_dir: Path, *, preview: bool,
                progress: Callable[[int, int], None] | None, memory_mb: int | None,
                finished: Callable[[PortalPlugin], None] | None) -> None:
    """Render the checked project's site into `site_dir` with the engine and the portal's plugin;
    raise BuildFailed with a Vietnamese sentence when the engine stops."""
    try:
        config = mkdocs_config(root, checked.config, site_dir, preview=preview)
    except ConfigRefused as refused:
        raise BuildFailed(str(refused)) from None
    plugin = config.plugins[PLUGIN_NAME]
    plugin.checked = checked
    plugin.progress = progress
    if memory_mb is not None:
        plugin.memory_mb = memory_mb
    warnings = _WarningCount()
    logger = logging.getLogger(ENGINE)
    logger.addHandler(warnings)
    try:
        engine_build(config)
    except DataRefused as refused:
        raise BuildFailed(str(refused)) from None
    except Abort as abort:
        if warnings.count:
            raise BuildFailed(f"Dừng tạo trang vì có {warnings.count} cảnh báo (xem các dòng WARNING ở trên).") from None
        raise BuildFailed(f"Công cụ tạo trang ({ENGINE} {ENGINE_VERSION}) dừng lại: {abort}") from None
    finally:
        logger.removeHandler(warnings)
    if finished is not None:
        finished(plugin)


def quiet_engine_logging(level: int = logging.WARNING) -> None:
    """Show the engine's own warnings to the editor, in one short line each."""
    logger = logging.getLogger(ENGINE)
    logger.setLevel(level)
    if not any(isinstance(h, logging.StreamHandler) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        logger.addHandler(handler)
    logger.propagate = False
