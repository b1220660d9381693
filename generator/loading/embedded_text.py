"""The text a reader or a machine can get out of a published PDF or drawing.

A PDF's text layer is what a search engine indexes and a reader copies: it is published as it
is, read with pypdfium2. An SVG drawing (the logo) is text, read whole. The metadata of PDFs and
photos (author, GPS, EXIF, XMP, IPTC) is not read here: it is removed from every published copy
(generator/exports/clean_files.py, docs/an-toan-xuat-ban.md). A file that cannot be read as what
it claims to be gives no text: the checks of published files report it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

PDF_SUFFIXES = (".pdf",)
# A drawing is text: its <title>, <desc>, <metadata> and attributes are read like a page.
DRAWING_SUFFIXES = (".svg",)

# Reading stops after this many pages: a decision's scan has a few; a 500-page book pasted into
# data/tep/ would slow every build, and its first pages show whether it holds personal data.
MAX_PDF_PAGES = 200


@dataclass(frozen=True)
class EmbeddedText:
    """One piece of text inside a file: where a reader finds it, and the text."""

    # The page (1 for a drawing), and what holds it: "trang 2", "nội dung SVG".
    page: int
    place: str
    text: str


def embedded_texts(path: Path) -> Iterator[EmbeddedText]:
    """Every text of the PDF or drawing at `path` (none for other files, or an unreadable one)."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        yield from _pdf_texts(path)
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
