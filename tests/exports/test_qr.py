"""The QR code image, read back as a scanner would: decoded from the PNG the page carries."""

from __future__ import annotations

import base64
import io
import re

import pytest
import zxingcpp
from PIL import Image

from generator.exports.qr import QUIET_ZONE, qr_image, qr_png

SCALE = 4


def modules(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    assert image.mode == "1", "one bit a module"
    return image


@pytest.mark.parametrize("address", [
    "https://example.org/",
    "https://thiduakhenthuong.lethanhnghi.haiphong.gov.vn/khen-thuong/ca-nhan/nguyen-thi-thu-huong-1984/",
    # Long enough for a code of version 7 or more, which carries version information blocks.
    "https://example.org/" + "dien-hinh/" * 12,
])
def test_the_png_decodes_to_the_address_with_a_quiet_zone(address):
    image = modules(qr_png(address))
    enlarged = image.convert("L").resize((image.width * SCALE, image.height * SCALE), Image.Resampling.NEAREST)
    assert [code.text for code in zxingcpp.read_barcodes(enlarged)] == [address]
    dark = [(x, y) for y in range(image.height) for x in range(image.width) if not image.getpixel((x, y))]
    assert dark, "the code has dark modules"
    size = image.width
    assert all(QUIET_ZONE <= x < size - QUIET_ZONE and QUIET_ZONE <= y < size - QUIET_ZONE for x, y in dark)


def test_the_image_carries_the_png_its_label_escaped_and_a_page_address_costs_under_1_kb():
    address = "https://example.org/quyet-dinh/qd-2026-015/"
    html = qr_image(address, 'Mã QR dẫn tới "<trang>"')
    assert 'alt="Mã QR dẫn tới &#34;&lt;trang&gt;&#34;"' in html
    (data,) = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert base64.b64decode(data) == qr_png(address)
    assert len(html.encode()) < 1024
