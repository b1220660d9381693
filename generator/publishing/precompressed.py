"""Compressed copies (`.gz`) of the site's text files, for hosts that send them as they are.

nginx with `gzip_static on;`, Apache with its rewrite rules, Caddy's `precompressed`, GitLab Pages
send `trang/index.html.gz` to a browser that accepts gzip when `trang/index.html` is asked for:
compressed once at build time instead of on every request (or never, on a host that does not
compress). Hosts that do not know them serve the files as before; the `.gz` files
are then only stored. The copies are reproducible: no file name and time 0 in the gzip header
(RFC 1952, 2.3.1), the same bytes in, the same bytes out.
"""

from __future__ import annotations

import gzip
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generator.machine import usable_cores

COPY_SUFFIX = ".gz"
# Text the browser reads: pages, styles, scripts, open data, feeds and sitemap, drawings. Fonts
# and images are compressed formats already.
COMPRESSED_KINDS = frozenset({".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv"})
# A reply this small goes in one network packet (about 1,400 bytes of content) compressed or not:
# its copy would save no round trip, only take space.
SMALLEST = 1024
# zlib's default level. At ward-10y (7,400 text files, 188 MB) level 9 took 3.1 s of processor
# time against 2.2 s for level 6, for copies 0.9 % smaller: not worth a slower build.
LEVEL = 6


def compressed(data: bytes) -> bytes:
    """The gzip copy of `data`, the same for the same bytes: no file name, time 0."""
    return gzip.compress(data, compresslevel=LEVEL, mtime=0)


def compressible(path: Path) -> bool:
    return path.suffix in COMPRESSED_KINDS


def write_compressed_copies(site: Path, threads: int | None = None) -> int:
    """Write `name.gz` beside every text file of `site` worth it; return how many were written.

    A copy the build wrote itself (the sitemap's, dated by the data) is kept. zlib releases
    Python's lock while it compresses, so threads use every core."""
    files = [
        path for path in sorted(site.rglob("*"))
        if compressible(path) and path.is_file() and not path.is_symlink()
        and not path.with_name(path.name + COPY_SUFFIX).exists()
    ]
    with ThreadPoolExecutor(max_workers=threads or usable_cores()) as pool:
        return sum(pool.map(_write_copy, files))


def _write_copy(path: Path) -> bool:
    data = path.read_bytes()
    if len(data) < SMALLEST:
        return False
    packed = compressed(data)
    if len(packed) >= len(data):
        return False
    path.with_name(path.name + COPY_SUFFIX).write_bytes(packed)
    return True


def copy_problem(copy: Path) -> str | None:
    """What is wrong with the compressed copy `copy` (a `.gz` file of a site), or None: a host
    would send a copy that does not hold its file's bytes in place of the file."""
    original = copy.with_name(copy.name.removesuffix(COPY_SUFFIX))
    if not original.is_file():
        return f"bản nén {copy.name} không có tệp gốc {original.name} bên cạnh"
    try:
        held = gzip.decompress(copy.read_bytes())
    except (OSError, EOFError):
        return f"bản nén {copy.name} không đọc được (không phải tệp gzip nguyên vẹn)"
    if held != original.read_bytes():
        return f"bản nén {copy.name} khác tệp {original.name}: máy chủ sẽ gửi nội dung cũ"
    return None
