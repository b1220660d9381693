"""Printing to A4 PDF in Chromium, read back with pdftotext: every page keeps the publisher, its
address and a QR code to it; decisions and open public-comment lists print as notices for the
ward's notice board; navigation, search, filters and downloads stay off paper.

Page kinds covered: decision, public-comment list, home, decision list, award page by year,
statistics, hand-written page.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from generator.loading.site_config import load_site_config
from tests.browser.pages import pages_of_every_kind
from tests.conftest import SAMPLE


def printed(page, tmp_path, site_url, address) -> tuple[str, str]:
    """The page printed as its stylesheet asks: (its text, the PDF's page size)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install Debian's poppler-utils (see .ci/run)")
    page.goto(site_url + address, wait_until="networkidle")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return text, re.search(r"Page size:.*", info).group(0)


def squeezed(text: str) -> str:
    return "".join(text.split())


def every_word_printed(names: list[str], text: str) -> bool:
    """Names wrap inside narrow table cells on paper, so pdftotext may give their words apart."""
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
        assert "(A4)" in size, kind
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

    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "THÔNG BÁO" in text
    assert number in text and signed in text
    assert every_word_printed(names, text)


def test_an_open_public_comment_list_prints_as_a_notice_with_deadline_and_where_to_write(
        page, site_url, sample_site, tmp_path):
    page.goto(site_url + "lay-y-kien/")
    open_lists = page.locator("ul.tdkt-cards a")
    assert open_lists.count() > 0, "the sample has no list open for comment on the build date"
    open_lists.first.click()
    address = page.url.removeprefix(site_url)
    deadline = page.locator("dt:text-is('Thời hạn') + dd").inner_text()
    where = page.locator("dt:text-is('Nơi nhận ý kiến') + dd").inner_text()
    names = page.locator("table[data-table='danh-sach'] tbody tr td:nth-child(2)").all_inner_texts()

    text, _ = printed(page, tmp_path, site_url, address)

    assert "THÔNG BÁO" in text and "Lấy ý kiến Nhân dân" in text
    assert squeezed(deadline) in squeezed(text) and squeezed(where) in squeezed(text)
    assert every_word_printed(names, text)
