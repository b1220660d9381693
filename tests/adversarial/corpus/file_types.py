"""Attachments, photos, the logo and content/ files are published only when their bytes are of an allowed type."""

from __future__ import annotations

import os
from pathlib import Path

from tests.adversarial.case import Case
from tests.adversarial.payloads import DECISION, EXAMPLE, attachment, image, pdf, photo, png_header
from tests.conftest import SAMPLE

CATEGORY = "file-types"
CONFIG = (SAMPLE / "site_config.yml").read_text(encoding="utf-8")
LOGO_LINE = 22
SCRIPT = "alert(document.domain)"
ONLY_PDF = "Cách sửa: chỉ nhận PDF (.pdf)"
ONLY_IMAGES = "Cách sửa: chỉ nhận JPEG (.jpg, .jpeg), PNG (.png), WebP (.webp)"
ONLY_LOGO = "Cách sửa: chỉ nhận PNG (.png), SVG (.svg)"
ONLY_CONTENT = "Cách sửa: chỉ nhận PDF (.pdf), JPEG (.jpg, .jpeg), PNG (.png), WebP (.webp)"
NEVER = "; trang web (.html) và ảnh SVG có thể chứa mã chạy trên trang nên không bao giờ được đăng"
BROKEN_IMAGE = ("bị hỏng hoặc bị cắt cụt, không đọc hết được. Cách sửa: mở ảnh bằng trình xem ảnh để kiểm tra, rồi "
                "chép lại tệp đầy đủ hoặc lưu lại ảnh")
SVG_HINT = ("Cách sửa: logo SVG chỉ được có hình vẽ (path, circle, rect, text, gradient…), không có script, sự kiện "
            "(on…), liên kết hay ảnh nhúng; xuất lại logo dưới dạng SVG đơn giản, hoặc dùng logo PNG")
TOO_LARGE = ("quá lớn: hơn 80 triệu điểm ảnh. Cách sửa: thu nhỏ ảnh (cạnh dài khoảng 2000 điểm ảnh là đủ cho trang "
             "web) rồi lưu lại")
HTML = f"<!doctype html><script>{SCRIPT}</script>".encode()
SVG_SCRIPT = f'<svg xmlns="http://www.w3.org/2000/svg"><script>{SCRIPT}</script></svg>'.encode()
JPEG_TRUNCATED = image("JPEG", size=(640, 480))[:-400]


def mismatch(suffix: str, actual: str | None, claimed: str) -> str:
    what = f"là {actual}" if actual else f"không phải {claimed}"
    return (f"có đuôi {suffix} nhưng nội dung {what}. Cách sửa: mở tệp bằng phần mềm đã tạo ra nó và lưu (hoặc "
            f"xuất) lại dưới dạng {claimed}")


def wrong_type(suffix: str) -> str:
    return f"thuộc loại {suffix}, không được đăng"


def attachment_case(name: str, file: str, content: bytes, message: str, hint: str = "") -> Case:
    text, line = attachment(f"tep/quyet-dinh/{file}")
    return Case(name, CATEGORY, files={DECISION: text, f"data/tep/quyet-dinh/{file}": content}, command=["check"],
                expect_message=f"{DECISION}:{line}: tep_dinh_kem: tệp tep/quyet-dinh/{file} {message}{hint}")


def photo_case(name: str, file: str, content: bytes, message: str, *, word: str = "tệp") -> Case:
    text, line = photo(f"tep/anh/{file}")
    return Case(name, CATEGORY, files={EXAMPLE: text, f"data/tep/anh/{file}": content}, command=["check"],
                expect_message=f"{EXAMPLE}:{line}: tep (anh, mục 1): {word} tep/anh/{file} {message}")


def logo_case(name: str, file: str, content: bytes, message: str, *, command: str = "check") -> Case:
    return Case(name, CATEGORY, files={"site_config.yml": CONFIG.replace("theme/logo.svg", f"theme/{file}"),
                                       f"theme/{file}": content},
                command=[command], must_not_publish=[SCRIPT],
                expect_message=f"site_config.yml:{LOGO_LINE}: logo: tệp theme/{file} {message}")


def svg(body: str, head: str = "") -> bytes:
    return f'{head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{body}</svg>'.encode()


def content_case(name: str, file: str, content: bytes, message: str) -> Case:
    return Case(name, CATEGORY, files={f"content/{file}": content}, command=["check"],
                expect_message=f"content/{file}:1: tệp content/{file} {message}")


def fifo(relative: str):
    def make(root: Path) -> None:
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(root / relative)
    return make


CASES = [
    # Attachments: PDF only, by content.
    attachment_case("attachment-html", "15.html", HTML, wrong_type(".html"), f". {ONLY_PDF}{NEVER}"),
    attachment_case("attachment-htm", "15.htm", HTML, wrong_type(".htm"), f". {ONLY_PDF}{NEVER}"),
    attachment_case("attachment-svg", "15.svg", SVG_SCRIPT, wrong_type(".svg"), f". {ONLY_PDF}{NEVER}"),
    attachment_case("attachment-xhtml", "15.xhtml", HTML, wrong_type(".xhtml"), f". {ONLY_PDF}{NEVER}"),
    attachment_case("attachment-js", "15.js", SCRIPT.encode(), wrong_type(".js"), f". {ONLY_PDF}{NEVER}"),
    attachment_case("attachment-docx", "15.docx", b"PK\x03\x04", wrong_type(".docx"), f". {ONLY_PDF}{NEVER}"),
    attachment_case("attachment-no-suffix", "15", pdf(), wrong_type("(không có đuôi)"), f". {ONLY_PDF}{NEVER}"),
    attachment_case("attachment-jpeg-is-not-an-attachment", "15.jpg", image("JPEG"), wrong_type(".jpg"),
                    f". {ONLY_PDF}{NEVER}"),
    attachment_case("attachment-pdf-holding-html", "15.pdf", HTML, mismatch(".pdf", None, "PDF")),
    attachment_case("attachment-pdf-holding-svg", "15.pdf", SVG_SCRIPT, mismatch(".pdf", "SVG", "PDF")),
    attachment_case("attachment-pdf-holding-png", "15.pdf", image("PNG"), mismatch(".pdf", "PNG", "PDF")),
    attachment_case("attachment-pdf-empty", "15.pdf", b"", mismatch(".pdf", None, "PDF")),
    attachment_case("attachment-pdf-html-after-header", "15.pdf", b"%PDF-1.4\n" + HTML,
                    "bị hỏng, không đọc được. Cách sửa: mở tệp bằng trình đọc PDF để kiểm tra, rồi xuất (hoặc quét) lại "
                    "tệp PDF"),
    Case("attachment-pdf-upper-case-suffix", CATEGORY,
         files={DECISION: attachment("tep/quyet-dinh/15.PDF")[0], "data/tep/quyet-dinh/15.PDF": pdf()},
         expect_exit=0, legitimate=True),
    Case("attachment-pdf-fifo", CATEGORY, isolated=True, files={DECISION: attachment("tep/quyet-dinh/15.pdf")[0]},
         setup=fifo("data/tep/quyet-dinh/15.pdf"), command=["check"],
         expect_message=f"{DECISION}:{attachment('')[1]}: tep_dinh_kem: không tìm thấy tệp tep/quyet-dinh/15.pdf "
                        "trong data/tep/. Cách sửa: đặt tệp trong thư mục data/tep/ và ghi đường dẫn tính từ data/, ví "
                        "dụ `tep/quyet-dinh/15-qd-ubnd.pdf`"),
    # Photos: JPEG, PNG, WebP, decoded whole.
    photo_case("photo-svg", "co-duc.svg", SVG_SCRIPT, f"{wrong_type('.svg')}. {ONLY_IMAGES}{NEVER}"),
    photo_case("photo-html", "co-duc.html", HTML, f"{wrong_type('.html')}. {ONLY_IMAGES}{NEVER}"),
    photo_case("photo-gif", "co-duc.gif", b"GIF89a", f"{wrong_type('.gif')}. {ONLY_IMAGES}{NEVER}"),
    photo_case("photo-heic", "co-duc.heic", b"\0\0\0\x18ftypheic", f"{wrong_type('.heic')}. {ONLY_IMAGES}{NEVER}"),
    photo_case("photo-jpg-holding-html", "co-duc.jpg", HTML, mismatch(".jpg", None, "JPEG")),
    photo_case("photo-jpg-holding-svg", "co-duc.jpg", SVG_SCRIPT, mismatch(".jpg", "SVG", "JPEG")),
    photo_case("photo-png-holding-jpeg", "co-duc.png", image("JPEG"), mismatch(".png", "JPEG", "PNG")),
    photo_case("photo-webp-holding-png", "co-duc.webp", image("PNG"), mismatch(".webp", "PNG", "WebP")),
    photo_case("photo-jpg-holding-pdf", "co-duc.jpg", pdf(), mismatch(".jpg", "PDF", "JPEG")),
    photo_case("photo-truncated-jpeg", "co-duc.jpg", JPEG_TRUNCATED, BROKEN_IMAGE, word="ảnh"),
    photo_case("photo-truncated-png", "co-duc.png", image("PNG", size=(640, 480))[:-30], BROKEN_IMAGE, word="ảnh"),
    photo_case("photo-jpeg-header-only", "co-duc.jpg", b"\xff\xd8\xff\xe0", BROKEN_IMAGE, word="ảnh"),
    photo_case("photo-decompression-bomb", "co-duc.png", png_header(20000, 10000),
               TOO_LARGE, word="ảnh"),
    photo_case("photo-bomb-wide", "co-duc.png", png_header(1_000_000, 1_000),
               TOO_LARGE, word="ảnh"),
    photo_case("photo-just-over-limit", "co-duc.png", png_header(10000, 8001), TOO_LARGE, word="ảnh"),
    photo_case("photo-unpublished-svg-still-refused", "ban-nhap.svg", SVG_SCRIPT,
               f"{wrong_type('.svg')}. {ONLY_IMAGES}{NEVER}"),
    *(Case(f"photo-{suffix}-accepted", CATEGORY,
           files={EXAMPLE: photo(f"tep/anh/co-duc.{suffix}")[0], f"data/tep/anh/co-duc.{suffix}": image(kind)},
           expect_exit=0, legitimate=True)
      for kind, suffix in (("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"), ("JPEG", "JPEG"))),
    # The logo: PNG, or SVG made of drawing elements only.
    logo_case("logo-html", "logo.html", HTML, f"{wrong_type('.html')}. {ONLY_LOGO}{NEVER}"),
    logo_case("logo-svg-script", "logo.svg", SVG_SCRIPT, f"có phần tử <script> không được phép trong logo. {SVG_HINT}"),
    logo_case("logo-svg-onload", "logo.svg", svg('<circle r="3"/>').replace(b"<svg ", b'<svg onload="alert(1)" '),
              f'có thuộc tính onload="alert(1)" không được phép trong logo. {SVG_HINT}'),
    logo_case("logo-svg-onclick-on-shape", "logo.svg", svg('<rect width="3" onclick="alert(1)"/>'),
              f'có thuộc tính onclick="alert(1)" không được phép trong logo. {SVG_HINT}'),
    logo_case("logo-svg-foreign-object", "logo.svg",
              svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
              f"có phần tử <foreignObject> không được phép trong logo. {SVG_HINT}"),
    logo_case("logo-svg-anchor-javascript", "logo.svg", svg('<a href="javascript:alert(1)"><circle r="3"/></a>'),
              f"có phần tử <a> không được phép trong logo. {SVG_HINT}"),
    logo_case("logo-svg-use-external", "logo.svg", svg('<use xlink:href="https://example.com/x.svg#a"/>'),
              f'có thuộc tính href="https://example.com/x.svg#a" không được phép trong logo. {SVG_HINT}'),
    logo_case("logo-svg-image-tracker", "logo.svg", svg('<image href="https://example.com/pixel.png"/>'),
              f"có phần tử <image> không được phép trong logo. {SVG_HINT}"),
    logo_case("logo-svg-style-element", "logo.svg", svg("<style>@import url(https://example.com/a.css);</style>"),
              f"có phần tử <style> không được phép trong logo. {SVG_HINT}"),
    logo_case("logo-svg-style-url", "logo.svg", svg('<rect style="fill:url(https://example.com/a)"/>'),
              f'có thuộc tính style="fill:url(https://example.com/a)" không được phép trong logo. {SVG_HINT}'),
    logo_case("logo-svg-animate-href", "logo.svg",
              svg('<set attributeName="href" to="javascript:alert(1)"/>'),
              f"có phần tử <set> không được phép trong logo. {SVG_HINT}"),
    logo_case("logo-svg-entity-bomb", "logo.svg",
              svg("&b;", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'),
              "không đọc được (không phải XML hợp lệ, hoặc có khai báo DTD). Cách sửa: xuất lại logo từ phần mềm vẽ "
              "dưới dạng SVG thường, hoặc dùng logo PNG"),
    logo_case("logo-svg-not-xml", "logo.svg", b"<svg><script>alert(1)</svg",
              "không đọc được (không phải XML hợp lệ, hoặc có khai báo DTD). Cách sửa: xuất lại logo từ phần mềm vẽ "
              "dưới dạng SVG thường, hoặc dùng logo PNG"),
    logo_case("logo-svg-holding-html", "logo.svg", HTML, mismatch(".svg", None, "SVG")),
    logo_case("logo-png-holding-svg", "logo.png", SVG_SCRIPT, mismatch(".png", "SVG", "PNG")),
    logo_case("logo-svg-script-build", "logo.svg", SVG_SCRIPT,
              f"có phần tử <script> không được phép trong logo. {SVG_HINT}", command="build"),
    Case("logo-svg-drawing-accepted", CATEGORY,
         files={"site_config.yml": CONFIG.replace("theme/logo.svg", "theme/logo-phuong.svg"),
                "theme/logo-phuong.svg": svg('<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>'
                                             '<title>Logo</title><rect fill="url(#g)" width="9" height="9"/>'
                                             '<use xlink:href="#g"/><text x="1" y="8">P</text>')},
         expect_exit=0, legitimate=True),
    # content/: pages and the images, PDFs they link to.
    content_case("content-html", "bieu-mau.html", HTML, f"{wrong_type('.html')}. {ONLY_CONTENT}{NEVER}"),
    content_case("content-svg", "so-do.svg", SVG_SCRIPT, f"{wrong_type('.svg')}. {ONLY_CONTENT}{NEVER}"),
    content_case("content-js", "them.js", SCRIPT.encode(), f"{wrong_type('.js')}. {ONLY_CONTENT}{NEVER}"),
    content_case("content-png-holding-html", "anh.png", HTML, mismatch(".png", None, "PNG")),
    content_case("content-subfolder-html", "tai-lieu/mau.html", HTML, f"{wrong_type('.html')}. {ONLY_CONTENT}{NEVER}"),
    Case("content-fifo-page", CATEGORY, isolated=True, setup=fifo("content/treo.md"), timeout_s=30,
         expect_message="content/treo.md:1: content/treo.md không phải một tệp thường (FIFO, thiết bị hay socket). "
                        "Cách sửa: xóa nó khỏi content/"),
    Case("content-assets-accepted", CATEGORY,
         files={"content/tai-lieu/ke-hoach.pdf": pdf(), "content/anh/tru-so.jpg": image("JPEG"),
                "content/anh/so-do.png": image("PNG"), "content/.ghi-chu.txt": "bỏ qua\n"},
         expect_exit=0, legitimate=True),
]
