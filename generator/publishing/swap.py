"""Put a completely built site in place of the published one in a single step.

The site is built in a staging folder beside `site/`. On Linux both folders are exchanged with
one `renameat2(RENAME_EXCHANGE)` call, so at every instant `site/` is either the old site or
the new one, whatever happens to the process. Where that call does not exist (other systems,
or file systems without it), two renames are used and `site/` is missing for the instant
between them; a build interrupted there is repaired by the next one.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

STAGING_PREFIX = ".site-tmp-"
PREVIOUS_PREFIX = ".site-old-"

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def make_staging(site_dir: Path) -> Path:
    """A new empty folder beside `site_dir`, on the same file system so the swap is a rename.

    Its name carries the process id, so a later build can tell a folder left by a killed build
    from one that another build is still writing.
    """
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(site_dir)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=site_dir.parent))
    # mkdtemp makes the folder private; the published site must be readable by a web server.
    staging.chmod(0o755)
    return staging


def swap_into_place(staging: Path, site_dir: Path) -> None:
    """Replace `site_dir` with `staging` (which must be complete), then delete the old site."""
    if not site_dir.exists():
        os.rename(staging, site_dir)
        return
    if _exchange(staging, site_dir):
        shutil.rmtree(staging)
        return
    previous = site_dir.with_name(f"{PREVIOUS_PREFIX}{os.getpid()}")
    os.rename(site_dir, previous)
    os.rename(staging, site_dir)
    shutil.rmtree(previous)


def remove_leftovers(site_dir: Path) -> None:
    """Delete the folders of builds that were killed; put back a site killed mid-swap."""
    pattern = re.compile(rf"^(?:{re.escape(STAGING_PREFIX)}|{re.escape(PREVIOUS_PREFIX)})(\d+)(?:-.*)?$")
    for folder in sorted(site_dir.parent.iterdir()):
        match = pattern.match(folder.name)
        if match is None or not folder.is_dir() or _is_running(int(match.group(1))):
            continue
        if folder.name.startswith(PREVIOUS_PREFIX) and not site_dir.exists():
            os.rename(folder, site_dir)
        else:
            shutil.rmtree(folder, ignore_errors=True)


def _is_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exchange(first: Path, second: Path) -> bool:
    """Exchange two paths atomically; False when this system or file system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:  # glibc before 2.28, or another C library
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))
