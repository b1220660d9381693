"""Published photos, PDFs and the logo carry no metadata: no EXIF position or author, no PDF author or title.

All are built together: each photo in an example of its own, each PDF in a decision of its own.
"""

from __future__ import annotations

from tests.adversarial.case import Case
from tests.adversarial.payloads import AUTHOR, PHONE, another_decision, another_example, attachment, image, pdf, photo
from tests.conftest import SAMPLE

CATEGORY = "metadata"
CONFIG = (SAMPLE / "site_config.yml").read_text(encoding="utf-8")
# How the planted metadata reads in a file: UTF-8 (EXIF, XMP, PNG text), or a PDF string in
# UTF-16 written in hexadecimal.
NEEDLES = [AUTHOR, PHONE, AUTHOR.encode("utf-16-be").hex(), PHONE.encode("utf-16-be").hex()]
# Looked for in the published files themselves (the pages show the photo's caption, not this).
MEDIA = (".jpg", ".jpeg", ".png", ".webp", ".pdf")


def published(name: str, files: dict) -> Case:
    return Case(name, CATEGORY, files=files, expect_exit=0, must_not_publish=NEEDLES,
                published_suffixes=MEDIA, batch=CATEGORY)


def photo_in_example(suffix: str, content: bytes) -> dict:
    file = f"co-duc-{suffix.lower()}-{len(content)}.{suffix}"
    return {**another_example(f"anh-{suffix.lower()}-{len(content)}", photo(f"tep/anh/{file}")[0]),
            f"data/tep/anh/{file}": content}


def pdf_in_decision(number: int, content: bytes) -> dict:
    return {**another_decision(number, attachment(f"tep/quyet-dinh/{number}.pdf")[0]),
            f"data/tep/quyet-dinh/{number}.pdf": content}


CASES = [
    *(published(f"photo-{kind.lower()}-exif-gps-author", photo_in_example(suffix, image(kind, metadata=True)))
      for kind, suffix in (("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"))),
    published("photo-large-jpeg-exif", photo_in_example("jpg", image("JPEG", metadata=True, size=(1600, 1200)))),
    *(published(f"pdf-{field.lower()}", pdf_in_decision(200 + number, pdf(**{field: f"{AUTHOR} {PHONE}"})))
      for number, field in enumerate(("Author", "Creator", "Producer", "Title", "Subject", "Keywords"))),
    published("pdf-every-field", pdf_in_decision(210, pdf(Author=AUTHOR, Creator=PHONE, Title=AUTHOR))),
    published("content-image-exif", {"content/anh/tru-so.jpg": image("JPEG", metadata=True),
                                     "content/tru-so.md": "# Trụ sở\n\n![Trụ sở](anh/tru-so.jpg)\n"}),
    published("content-pdf-author", {"content/tai-lieu/ke-hoach.pdf": pdf(Author=f"{AUTHOR} {PHONE}"),
                                     "content/van-ban.md": "# Văn bản\n\n[Kế hoạch](tai-lieu/ke-hoach.pdf)\n"}),
    published("logo-png-text-chunks", {"site_config.yml": CONFIG.replace("theme/logo.svg", "theme/logo-phuong.png"),
                                       "theme/logo-phuong.png": image("PNG", metadata=True)}),
]
