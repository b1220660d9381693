"""QR codes as small inline SVG, so a printed page or poster leads back to its address.

Every page prints one, so it must cost little: zxing-cpp encodes in C++ (about 0.2 ms, where the
pure-Python `qrcode` and `segno` took 1.2 and 2 ms with a fixed mask), and the modules become one
stroked path, one horizontal segment per run of dark modules (about 2.5 KB for a page address).
"""

from __future__ import annotations

import re
from functools import lru_cache

import zxingcpp
from markupsafe import Markup, escape

# Four modules of quiet zone, as the QR standard asks for reliable scanning from paper.
QUIET_ZONE = 4
# zxing-cpp gives a module per byte, 0 for dark and 255 for light; rows are joined by a newline. A
# token is the light modules before a run of dark ones (crossing at most one row end) and the run.
_LIGHT, _ROW_END = b"\xff", b"\n"
_TOKEN = re.compile(rb"[\xff\n]*\x00+")


class _Moves(dict):
    """Path commands of each token, for codes `size` modules wide: tokens recur across rows and
    codes, so the string is made once and the whole path is joined from C (map, dict lookups)."""

    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def __missing__(self, token: bytes) -> str:
        *before, run = token.split(_ROW_END)
        dark = run.lstrip(_LIGHT)
        gap = len(run) - len(dark)
        if before:
            # From the end of the last run of a row to the first run of the next one.
            move = f"m{len(before[0]) + gap - self.size} 1h{len(dark)}"
        else:
            move = f"m{gap} 0h{len(dark)}" if gap else f"h{len(dark)}"
        self[token] = move
        return move


@lru_cache(maxsize=None)
def _moves(size: int) -> _Moves:
    return _Moves(size)


@lru_cache(maxsize=4096)
def qr_svg(address: str, label: str) -> Markup:
    """An SVG QR code of `address` (error correction M: a smudged print still scans)."""
    code = zxingcpp.create_barcode(address, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(add_quiet_zones=False)
    size = image.shape[1]
    modules = bytes(memoryview(image))
    rows = _ROW_END.join([modules[start:start + size] for start in range(0, size * size, size)])
    # A stroke one module wide along the middle of the row covers the row's modules exactly.
    path = f"M{QUIET_ZONE} {QUIET_ZONE}.5" + "".join(map(_moves(size).__getitem__, _TOKEN.findall(rows)))
    full = size + 2 * QUIET_ZONE
    return Markup(
        f'<svg class="tdkt-qr" role="img" aria-label="{escape(label)}" viewBox="0 0 {full} {full}" '
        f'xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">'
        f'<rect width="{full}" height="{full}" fill="#fff"/>'
        f'<path stroke="#000" d="{path}"/></svg>'
    )
