"""QR codes as small inline SVG, so a printed page or poster leads back to its address."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from markupsafe import Markup, escape

# Four modules of quiet zone, as the QR standard asks for reliable scanning from paper.
QUIET_ZONE = 4
MASK = 2


@lru_cache(maxsize=4096)
def qr_svg(address: str, label: str) -> Markup:
    """An SVG QR code of `address`; runs of dark modules are drawn as one rectangle each,
    which keeps the markup to a few kilobytes."""
    # A fixed mask: choosing the best of eight is scored in pure Python and made QR codes the
    # largest cost of a build (thousands of pages each print one); any mask scans.
    code = qrcode.QRCode(border=QUIET_ZONE, error_correction=qrcode.constants.ERROR_CORRECT_M,
                         mask_pattern=MASK)
    code.add_data(address)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    path = []
    for y, row in enumerate(matrix):
        x = 0
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                path.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    return Markup(
        f'<svg class="tdkt-qr" role="img" aria-label="{escape(label)}" viewBox="0 0 {size} {size}" '
        f'xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">'
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(path)}"/></svg>'
    )
