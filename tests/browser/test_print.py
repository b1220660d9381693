"""Printing to A4 PDF in Chromium, read back with pypdfium2: every page keeps the publisher, its
address and a QR code to it; decisions and open public-comment lists print as notices for the
ward's notice board; navigation, search, filters and downloads stay off paper.

Page kinds covered: decision, public-comment list, home, decision list, award page by year,
statistics, hand-written page.
"""

from __future__ import annotations

import pypdfium2
import pytest

from generator.loading.site_config import load_site_config
from tests.browser.pages import pages_of_every_kind
from tests.conftest import SAMPLE

# A4 in PostScript points (1/72 inch), as PDF page sizes are given.
A4_POINTS = (595, 842)


def printed(page, tmp_path, site_url, address) -> tuple[str, set[tuple[int, int]]]:
    """The page printed as its stylesheet asks: (its text, the sizes of its PDF pages in points).

    The text is read with pypdfium2 (a test dependency), so that the tests need no tool outside
    the project's own dependencies."""
    page.goto(site_url + address, wait_until="networkidle")
    pdf_path = tmp_path / "page.pdf"
    page.pdf(path=str(pdf_path), prefer_css_page_size=True, print_background=True)
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        text = "\n".join(pdf[number].get_textpage().get_text_range() for number in range(len(pdf)))
        sizes = {tuple(round(side) for side in pdf[number].get_size()) for number in range(len(pdf))}
    finally:
        pdf.close()
    return text.replace("\r\n", "\n"), sizes


def squeezed(text: str) -> str:
    return "".join(text.split())


def every_word_printed(names: list[str], text: str) -> bool:
    """Names wrap inside narrow table cells on paper, so the PDF's text may give their words apart."""
    printed_words = set(text.split())
    return bool(names) and all(set(name.split()) <= printed_words for name in names)


@pytest.fixture(scope="module")
def config():
    return load_site_config(SAMPLE)


def test_every_kind_of_page_prints_on_a4_with_publisher_address_and_qr(page, site_url, sample_site, tmp_path, config):
    kinds = pages_of_every_kind(sample_site)
    for kind in ("trang chủ", "quyet-dinh", "khen-thuong/nam-…", "thong-ke", "gioi-thieu", "quyet-dinh/…"):
        address = kinds[kind]
        text, size = printed(page, tmp_path, site_url, address)
        assert size == {A4_POINTS}, kind
        assert config.organisation.upper() in text.upper(), kind
        assert squeezed(f"{config.base_url}{address}") in squeezed(text), kind
        for screen_only in ("Tìm kiếm", "Tải bảng"):
            assert screen_only not in text, (kind, screen_only)
        assert not page.locator(".tdkt-print-footer").is_visible(), kind
        page.emulate_media(media="print")
        qr = page.locator(".tdkt-print-footer img.tdkt-qr").bounding_box()
        assert qr is not None and qr["width"] > 90, kind  # 3 cm
        assert not page.locator(".md-header, .md-tabs, .tdkt-filters").first.is_visible(), kind
        page.emulate_media(media="null")


def test_a_decision_prints_as_a_notice_with_its_number_date_and_list(page, site_url, sample_site, tmp_path):
    address = next(a for k, a in pages_of_every_kind(sample_site).items() if k == "quyet-dinh/…")
    page.goto(site_url + address)
    number = page.locator("dt:text-is('Số ký hiệu') + dd").inner_text()
    signed = page.locator("dt:text-is('Ngày ký') + dd").inner_text()
    names = page.locator("table[data-table='danh-sach'] tbody tr td:nth-child(2)").all_inner_texts()

    text, _ = printed(page, tmp_path, site_url, address)

    # Labelled an information copy: a printed page has no number, place-and-date line or signature
    # of its own, which a THÔNG BÁO must have (Nghị định 30/2020/NĐ-CP, Điều 8).
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "BẢN THÔNG TIN" in text
    assert "THÔNG BÁO" not in text and squeezed("không phải văn bản hành chính") in squeezed(text)
    assert number in text and signed in text
    assert every_word_printed(names, text)


def test_a_public_comment_list_prints_as_a_notice_with_deadline_and_where_to_write(
        page, site_url, sample_site, tmp_path):
    # The sample's newest list, open or closed on the day the tests run (the sample is built as of
    # that day): its printout says the same either way.
    address = "lay-y-kien/huan-chuong-lao-dong-2026/"
    page.goto(site_url + address)
    deadline = page.locator("dt:text-is('Thời hạn') + dd").inner_text()
    where = page.locator("dt:text-is('Nơi nhận ý kiến') + dd").inner_text()
    names = page.locator("table[data-table='danh-sach'] tbody tr td:nth-child(2)").all_inner_texts()

    text, _ = printed(page, tmp_path, site_url, address)

    assert "BẢN THÔNG TIN" in text and "THÔNG BÁO" not in text and "Lấy ý kiến Nhân dân" in text
    assert squeezed(deadline) in squeezed(text) and squeezed(where) in squeezed(text)
    assert every_word_printed(names, text)
