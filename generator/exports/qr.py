"""QR codes as small inline images, so a printed page or poster leads back to its address.

Every page carries one for its print footer, so it must weigh little: zxing-cpp encodes in C++
(about 0.2 ms), and the modules become a one-bit PNG of one pixel per module written into the page
as a data address, about 0.5 KB for a page address where an SVG path was 2.5 KB. It is drawn with
square pixels (`image-rendering: pixelated` in portal.css), so it stays sharp at 35 mm on paper.
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache

import zxingcpp
from markupsafe import Markup, escape
from PIL import Image

# Four modules of quiet zone, as the QR standard asks for reliable scanning from paper.
QUIET_ZONE = 4


def qr_png(address: str) -> bytes:
    """A PNG of `address` (error correction M: a smudged print still scans), one pixel a module."""
    code = zxingcpp.create_barcode(address, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    modules = code.to_image(add_quiet_zones=False)
    size = modules.shape[1]
    full = size + 2 * QUIET_ZONE
    image = Image.new("1", (full, full), 1)
    # zxing-cpp gives a byte a module, 0 for dark and 255 for light, as Pillow's "L" mode reads.
    image.paste(Image.frombuffer("L", (size, size), bytes(memoryview(modules)), "raw", "L", 0, 1),
                (QUIET_ZONE, QUIET_ZONE))
    png = io.BytesIO()
    image.save(png, "PNG")
    return png.getvalue()


@lru_cache(maxsize=4096)
def qr_image(address: str, label: str) -> Markup:
    """An <img> of the QR code of `address`, described by `label` for screen readers."""
    data = base64.b64encode(qr_png(address)).decode("ascii")
    return Markup(f'<img class="tdkt-qr" alt="{escape(label)}" src="data:image/png;base64,{data}">')
