"""The QR code every page prints in its footer, drawn by Chromium for print and decoded."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image

from generator.loading.site_config import load_site_config
from tests.browser.pages import pages_of_every_kind
from tests.conftest import SAMPLE


def test_the_print_footer_qr_code_decodes_to_the_page_address(page, site_url, sample_site):
    base = str(load_site_config(SAMPLE).base_url)
    for kind in ("trang chủ", "quyet-dinh/…", "khen-thuong/…/trang-2"):
        address = pages_of_every_kind(sample_site)[kind]
        page.goto(site_url + address)
        page.emulate_media(media="print")
        shot = page.locator(".tdkt-print-footer img.tdkt-qr").screenshot()
        codes = zxingcpp.read_barcodes(Image.open(io.BytesIO(shot)))
        # A further page of a list leads to the list's first page, where the whole list starts.
        assert [code.text for code in codes] == [base + address.removesuffix("trang-2/")], kind
