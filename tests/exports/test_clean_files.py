"""Published images and PDFs carry no metadata, and the same file always gives the same bytes."""

from __future__ import annotations

import io

import pikepdf
import pytest
from PIL import Image

from generator.exports.clean_files import CleanFiles, clean_image, clean_pdf
from tests.adversarial.payloads import AUTHOR, PHONE, image, pdf


def holds(data: bytes, text: str) -> bool:
    """`text` in `data` as files write it: UTF-8 (XMP), or UTF-16 in hexadecimal (PDF strings)."""
    forms = [text.encode("utf-8"), text.encode("utf-16-be"), text.encode("utf-16-be").hex().encode()]
    forms += [text.encode("latin-1")] if text.isascii() else []
    return any(form in data for form in forms)


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP"])
def test_images_lose_exif_xmp_and_text_but_keep_their_pixels(kind):
    original = image(kind, metadata=True)
    assert AUTHOR.encode() in original
    clean = clean_image(original, kind)
    assert AUTHOR.encode() not in clean and PHONE.encode() not in clean
    with Image.open(io.BytesIO(clean)) as cleaned, Image.open(io.BytesIO(original)) as before:
        assert dict(cleaned.getexif()) == {}
        assert not {"xmp", "XML:com.adobe.xmp", "Author", "Comment", "exif"} & set(cleaned.info)
        assert cleaned.size == before.size and cleaned.format == kind
    assert clean_image(original, kind) == clean


def test_a_photo_taken_sideways_is_turned_upright_before_its_exif_goes():
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 20, 30)).save(out, "JPEG", exif=exif.tobytes())
    with Image.open(io.BytesIO(clean_image(out.getvalue(), "JPEG"))) as cleaned:
        assert cleaned.size == (48, 64)
        assert dict(cleaned.getexif()) == {}


@pytest.mark.parametrize("field", ["Author", "Creator", "Producer", "Title", "Subject", "Keywords"])
def test_pdfs_lose_their_document_information_and_xmp(field):
    original = pdf(**{field: f"{AUTHOR} {PHONE}"})
    assert holds(original, PHONE)
    clean = clean_pdf(original)
    assert not holds(clean, PHONE) and not holds(clean, AUTHOR)
    with pikepdf.open(io.BytesIO(clean)) as document:
        assert "/Info" not in document.trailer and "/Metadata" not in document.Root
        assert len(document.pages) == 1
    assert clean_pdf(original) == clean


def test_clean_copies_are_kept_by_content_and_other_files_are_left_alone(tmp_path):
    source = tmp_path / "a.pdf"
    source.write_bytes(pdf(Author=AUTHOR))
    files = CleanFiles(tmp_path / "cache")
    first = files.path(source)
    assert first.parent == tmp_path / "cache" and first.read_bytes() == clean_pdf(source.read_bytes())
    assert files.path(source) == first
    other = tmp_path / "ghi-chu.txt"
    other.write_text("x")
    assert files.path(other) == other
