"""The A4 poster of an example, printed to PDF in Chromium: name, unit and a QR code that
decodes to the example's page."""

from __future__ import annotations

import pypdfium2
import zxingcpp

from generator.loading.loader import load_portal
from generator.loading.site_config import load_site_config
from tests.conftest import SAMPLE


def test_poster_prints_name_unit_and_a_qr_code_to_the_page(page, site_url, tmp_path):
    portal = load_portal(SAMPLE)
    example = next(e for e in sorted(portal.examples.values(), key=lambda e: e.id) if e.person and e.unit)
    unit = portal.units[example.unit]
    page.goto(f"{site_url}dien-hinh/{example.id}/ap-phich/", wait_until="networkidle")
    pdf_path = tmp_path / "ap-phich.pdf"
    page.pdf(path=str(pdf_path), format="A4", print_background=True)

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    assert len(pdf) == 1, "the poster fits one A4 sheet"
    sheet = pdf[0]
    text = " ".join(sheet.get_textpage().get_text_range().split())
    assert example.person.full_name in text
    assert unit.name in text
    image = sheet.render(scale=3).to_pil()
    codes = zxingcpp.read_barcodes(image)
    base = str(load_site_config(SAMPLE).base_url)
    assert [code.text for code in codes] == [f"{base}dien-hinh/{example.id}/"]
