"""The QR code SVG, read back as a scanner would: its path drawn module by module, then decoded."""

from __future__ import annotations

import re

import pytest
import zxingcpp
from PIL import Image

from generator.exports.qr import QUIET_ZONE, qr_svg

SCALE = 4


def drawn(svg: str) -> tuple[Image.Image, set[tuple[int, int]]]:
    """The modules the path covers, drawn black on white, and their coordinates. The path holds
    only what qr_svg writes: moves (M, m) and horizontal strokes one module high (h)."""
    size = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1))
    (path,) = re.findall(r'<path stroke="#000" d="([^"]+)"/>', svg)
    dark: set[tuple[int, int]] = set()
    x = y = 0.0
    for command, dx, dy in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", path):
        if command == "M":
            x, y = float(dx), float(dy)
        elif command == "m":
            x, y = x + float(dx), y + float(dy)
        else:
            assert float(dx) > 0 and y % 1 == 0.5, "a stroke runs rightwards along a row's middle"
            dark.update((int(x) + i, int(y)) for i in range(int(dx)))
            x += float(dx)
    image = Image.new("L", (size, size), 255)
    for module in dark:
        image.putpixel(module, 0)
    return image.resize((size * SCALE, size * SCALE), Image.Resampling.NEAREST), dark


@pytest.mark.parametrize("address", [
    "https://example.org/",
    "https://thiduakhenthuong.lethanhnghi.haiphong.gov.vn/khen-thuong/ca-nhan/nguyen-thi-thu-huong-1984/",
    # Long enough for a code of version 7 or more, which carries version information blocks.
    "https://example.org/" + "dien-hinh/" * 12,
])
def test_the_svg_decodes_to_the_address_with_a_quiet_zone(address):
    svg = qr_svg(address, f"Mã QR dẫn tới {address}")
    image, dark = drawn(svg)
    assert [code.text for code in zxingcpp.read_barcodes(image)] == [address]
    size = image.width // SCALE
    assert all(QUIET_ZONE <= x < size - QUIET_ZONE and QUIET_ZONE <= y < size - QUIET_ZONE for x, y in dark)


def test_the_label_is_escaped_and_a_page_address_costs_under_3_kb():
    address = "https://example.org/quyet-dinh/qd-2026-015/"
    svg = qr_svg(address, 'Mã QR dẫn tới "<trang>"')
    assert 'aria-label="Mã QR dẫn tới &#34;&lt;trang&gt;&#34;"' in svg
    assert svg.count("<path") == 1
    assert len(svg.encode()) < 3 * 1024
