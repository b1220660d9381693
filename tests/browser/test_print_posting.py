"""Printing to post on a notice board (A4, as the stylesheet asks): the first sheet of a decision
or public-comment notice carries its title, key facts, the QR code and the office's contact; the
table header repeated on further sheets keeps its text; a poster is exactly one sheet."""

from __future__ import annotations

import pypdfium2
import pytest
import zxingcpp

from generator.loading.site_config import load_site_config
from tests.conftest import SAMPLE


def print_pdf(page, site_url, address, path):
    page.goto(site_url + address, wait_until="networkidle")
    page.pdf(path=str(path), prefer_css_page_size=True, print_background=True)
    return pypdfium2.PdfDocument(str(path))


def sheet_text(pdf, index) -> str:
    return " ".join(pdf[index].get_textpage().get_text_range().split())


@pytest.fixture(scope="module")
def config():
    return load_site_config(SAMPLE)


# The longest decision of the sample (30 rows, several sheets) and a list open for comment.
@pytest.mark.parametrize("address, facts", [
    # 415's list was changed twice since: that notice comes before its facts (issue 17).
    ("quyet-dinh/415-qd-ubnd-2025/", ["Quyết định số 415/QĐ-UBND", "Danh sách của quyết định này đã có 2 thay đổi",
                                      "Số ký hiệu 415/QĐ-UBND", "Ngày ký 26/12/2025"]),
    ("lay-y-kien/huan-chuong-lao-dong-2026/", ["Lấy ý kiến Nhân dân", "Ngày đăng 20/11/2026",
                                                "Thời hạn 10 ngày làm việc, đến hết ngày 04/12/2026"]),
])
def test_the_first_sheet_of_a_notice_has_title_facts_qr_code_and_contact(page, site_url, tmp_path, config,
                                                                         address, facts):
    pdf = print_pdf(page, site_url, address, tmp_path / "notice.pdf")
    first = sheet_text(pdf, 0)
    for fact in ["BẢN THÔNG TIN", *facts, config.office.phone, config.office.email]:
        assert fact in first, fact
    codes = zxingcpp.read_barcodes(pdf[0].render(scale=3).to_pil())
    assert [code.text for code in codes] == [f"{config.base_url}{address}"]


def test_the_header_repeated_on_every_further_sheet_prints_its_text(page, site_url, tmp_path):
    pdf = print_pdf(page, site_url, "quyet-dinh/415-qd-ubnd-2025/", tmp_path / "decision.pdf")
    header = "STT Họ và tên / Tên tập thể Chức vụ Đơn vị Danh hiệu / Hình thức"
    # The sheets after the one where the list starts: each goes on with the list under its header.
    starts = next(index for index in range(len(pdf)) if header in sheet_text(pdf, index))
    with_rows = [index for index in range(starts + 1, len(pdf)) if "Có hiệu lực" in sheet_text(pdf, index)]
    assert len(with_rows) >= 1
    for index in with_rows:
        # Sortable columns' headings are buttons on screen; on paper they are text like the rest.
        assert sheet_text(pdf, index).startswith(header), index


def test_every_poster_is_exactly_one_sheet_with_the_offices_contact(page, site_url, sample_site, tmp_path, config):
    posters = sorted(p.parent.relative_to(sample_site).as_posix() + "/"
                     for p in sample_site.glob("dien-hinh/*/ap-phich/index.html"))
    assert len(posters) > 5
    for address in posters:
        pdf = print_pdf(page, site_url, address, tmp_path / "poster.pdf")
        assert len(pdf) == 1, address
        assert config.office.phone in sheet_text(pdf, 0), address


def test_staff_instructions_are_not_on_the_public_pages(sample_site):
    # How to print a notice is in the editors' guide (docs/tim-kiem-du-lieu-mo-ban-in.md).
    assert not [page for page in sample_site.rglob("*.html")
                if "Để niêm yết tại bảng tin" in page.read_text(encoding="utf-8")]
