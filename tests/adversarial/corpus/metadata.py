"""Published photos, PDFs and the logo carry no metadata: no EXIF position or author, no PDF author or title."""

from __future__ import annotations

from tests.adversarial.case import Case
from tests.adversarial.payloads import AUTHOR, DECISION, EXAMPLE, PHONE, attachment, image, pdf, photo
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
                published_suffixes=MEDIA)


CASES = [
    *(published(f"photo-{kind.lower()}-exif-gps-author", {
        EXAMPLE: photo(f"tep/anh/co-duc.{suffix}")[0], f"data/tep/anh/co-duc.{suffix}": image(kind, metadata=True)})
      for kind, suffix in (("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"))),
    published("photo-large-jpeg-exif", {EXAMPLE: photo("tep/anh/co-duc.jpg")[0],
                                        "data/tep/anh/co-duc.jpg": image("JPEG", metadata=True, size=(1600, 1200))}),
    *(published(f"pdf-{field.lower()}", {DECISION: attachment("tep/quyet-dinh/15.pdf")[0],
                                         "data/tep/quyet-dinh/15.pdf": pdf(**{field: f"{AUTHOR} {PHONE}"})})
      for field in ("Author", "Creator", "Producer", "Title", "Subject", "Keywords")),
    published("pdf-every-field", {DECISION: attachment("tep/quyet-dinh/15.pdf")[0],
                                  "data/tep/quyet-dinh/15.pdf": pdf(Author=AUTHOR, Creator=PHONE, Title=AUTHOR)}),
    published("content-image-exif", {"content/anh/tru-so.jpg": image("JPEG", metadata=True),
                                     "content/gioi-thieu.md": "# Giới thiệu\n\n![Trụ sở](anh/tru-so.jpg)\n"}),
    published("content-pdf-author", {"content/tai-lieu/ke-hoach.pdf": pdf(Author=f"{AUTHOR} {PHONE}"),
                                     "content/gioi-thieu.md": "# Giới thiệu\n\n[Kế hoạch](tai-lieu/ke-hoach.pdf)\n"}),
    published("logo-png-text-chunks", {"site_config.yml": CONFIG.replace("theme/logo.svg", "theme/logo-phuong.png"),
                                       "theme/logo-phuong.png": image("PNG", metadata=True)}),
]
