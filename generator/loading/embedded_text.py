"""The text a reader or a machine can get out of a published PDF or image, besides its pixels.

An SVG drawing (the logo) is text, and is read whole.

A PDF has a text layer (what a search engine indexes and a reader copies) and metadata
(/Author, /Title, /Subject, /Keywords, /Creator, /Producer); a photo has EXIF, XMP, IPTC and PNG
text chunks (author, description, comment, copyright). Read with maintained libraries
(pypdfium2, Pillow), never by hand. A file that cannot be read as what it claims to be gives no
text: the checks of attachments and photos report it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

PDF_SUFFIXES = (".pdf",)
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff")
# A drawing is text: its <title>, <desc>, <metadata> and attributes are read like a page.
DRAWING_SUFFIXES = (".svg",)

# Reading stops after this many pages: a decision's scan has a few; a 500-page book pasted into
# data/tep/ would slow every build, and its first pages show whether it holds personal data.
MAX_PDF_PAGES = 200


@dataclass(frozen=True)
class EmbeddedText:
    """One piece of text inside a file: where a reader finds it, and the text."""

    # The page (1 for metadata and images), and what holds it: "trang 2", "thuộc tính Author".
    page: int
    place: str
    text: str


def embedded_texts(path: Path) -> Iterator[EmbeddedText]:
    """Every text of the PDF or image at `path` (none for other files, or an unreadable one)."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        yield from _pdf_texts(path)
    elif suffix in IMAGE_SUFFIXES:
        yield from _image_texts(path)
    elif suffix in DRAWING_SUFFIXES:
        try:
            yield EmbeddedText(1, "nội dung SVG", path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            return


def _pdf_texts(path: Path) -> Iterator[EmbeddedText]:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except (pypdfium2.PdfiumError, OSError, ValueError):
        return
    found: list[EmbeddedText] = []
    try:
        for key, value in sorted(pdf.get_metadata_dict(skip_empty=True).items()):
            if key not in ("CreationDate", "ModDate"):
                found.append(EmbeddedText(1, f"thuộc tính {key}", value))
        for number in range(min(len(pdf), MAX_PDF_PAGES)):
            page = pdf[number]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            if text.strip():
                # pdfium ends lines with CR LF; a number is never split across lines by the
                # layout, so lines are read as they are.
                found.append(EmbeddedText(number + 1, f"trang {number + 1}", text.replace("\r\n", "\n")))
    except pypdfium2.PdfiumError:
        pass
    finally:
        pdf.close()
    yield from found


# EXIF tags that hold text a person typed or a camera wrote about its owner.
_EXIF_TEXT = {
    0x010E: "ImageDescription", 0x013B: "Artist", 0x8298: "Copyright", 0x010F: "Make", 0x0110: "Model",
    0x0131: "Software", 0x9C9B: "XPTitle", 0x9C9C: "XPComment", 0x9C9D: "XPAuthor", 0x9C9E: "XPKeywords",
    0x9C9F: "XPSubject", 0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber",
}
_EXIF_IFD = 0x8769
_USER_COMMENT = 0x9286


def _image_texts(path: Path) -> Iterator[EmbeddedText]:
    from PIL import Image, IptcImagePlugin, UnidentifiedImageError

    found: list[EmbeddedText] = []
    try:
        with Image.open(path) as image:
            exif = image.getexif()
            for tag, name in _EXIF_TEXT.items():
                if tag in exif:
                    found.append(EmbeddedText(1, f"EXIF {name}", _exif_text(exif[tag])))
            comment = exif.get_ifd(_EXIF_IFD).get(_USER_COMMENT)
            if comment is not None:
                found.append(EmbeddedText(1, "EXIF UserComment", _exif_text(comment)))
            xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
            if xmp:
                found.append(EmbeddedText(1, "XMP", _xmp_text(xmp)))
            for key, value in sorted((getattr(image, "text", None) or {}).items()):
                if key != "XML:com.adobe.xmp":
                    found.append(EmbeddedText(1, f"PNG {key}", str(value)))
            if image.info.get("comment"):
                found.append(EmbeddedText(1, "chú thích ảnh (COM)", _exif_text(image.info["comment"])))
            iptc = IptcImagePlugin.getiptcinfo(image) or {}
            for (record, dataset), value in sorted(iptc.items()):
                values = value if isinstance(value, list) else [value]
                found.extend(EmbeddedText(1, f"IPTC {record}:{dataset}", _exif_text(v)) for v in values)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return
    yield from (text for text in found if text.text.strip())


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        # XP* tags are UTF-16; UserComment starts with an 8-byte charset code; others are ASCII/UTF-8.
        if value[:8] in (b"UNICODE\x00",):
            return value[8:].decode("utf-16", "replace")
        if value[:8] in (b"ASCII\x00\x00\x00", b"\x00" * 8):
            value = value[8:]
        if len(value) > 1 and value[1:2] == b"\x00":
            return value.decode("utf-16-le", "replace").rstrip("\x00")
        return value.decode("utf-8", "replace").rstrip("\x00")
    if isinstance(value, tuple):
        return bytes(value).decode("utf-16-le", "replace").rstrip("\x00")
    return str(value)


def _xmp_text(value: str | bytes) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    # The values of the XMP packet, one per line; its element and attribute names are no one's data.
    values = re.findall(r">([^<>]+)<", text) + re.findall(r'="([^"]*)"', text)
    return "\n".join(v.strip() for v in values if v.strip() and not v.startswith(("http://", "uuid:", "adobe:")))
