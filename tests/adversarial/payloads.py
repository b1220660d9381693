"""Files the corpus plants: real PDFs and images made here, deterministic, with or without metadata."""

from __future__ import annotations

import io
import struct
import textwrap
import zlib

import pikepdf
from PIL import Image

from tests.conftest import MINIMAL_DATA

DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"
# Personal data hidden in files' metadata: none of it may reach the site.
AUTHOR = "Nguyễn Văn Tác Giả"
PHONE = "0912345678"
GPS_MARK = "GPSInfo"


def with_lines(path: str, extra: str) -> tuple[str, int]:
    """The minimal project's file at `path` with `extra` lines added at its end, and the line
    number of the first added line."""
    text = textwrap.dedent(MINIMAL_DATA[path])
    return text + textwrap.dedent(extra), text.count("\n") + 1


def attachment(name: str) -> tuple[str, int]:
    """The minimal decision with `tep_dinh_kem: name`, and the line of that key."""
    return with_lines(DECISION, f"tep_dinh_kem: {name}\n")


def photo(name: str, consent: bool = True) -> tuple[str, int]:
    """The minimal example with one photo `name`, and the line of its `tep` key."""
    text, line = with_lines(EXAMPLE, f"""\
        anh:
          - tep: {name}
            chu_thich: Cô Đức trong giờ dạy
            dong_y_cong_bo: {"true" if consent else "false"}
        """)
    return text, line + 1


def another_decision(number: int, text: str) -> dict[str, str]:
    """`text`, the minimal decision or a change of it, as decision `number`/QĐ-UBND in a file of its
    own: cases planted together into one project each keep their own record."""
    assert "ma: 15-qd-ubnd-2026" in text and "so_ky_hieu: 15/QĐ-UBND" in text
    text = text.replace("ma: 15-qd-ubnd-2026", f"ma: {number}-qd-ubnd-2026")
    return {f"data/quyet_dinh/{number}-qd-ubnd-2026.yml": text.replace("15/QĐ-UBND", f"{number}/QĐ-UBND")}


def another_example(code: str, text: str) -> dict[str, str]:
    """`text`, the minimal example or a change of it, as the example `code` in a file of its own."""
    assert "ma: co-giao-so-hoa" in text
    return {f"data/dien_hinh/{code}.yml": text.replace("ma: co-giao-so-hoa", f"ma: {code}")}


def pdf(**metadata: str) -> bytes:
    """A one-page PDF; `metadata` goes into its document information (Author=…) and XMP."""
    document = pikepdf.new()
    document.add_blank_page(page_size=(595, 842))
    if metadata:
        with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            xmp["dc:creator"] = [metadata.get("Author", AUTHOR)]
    for key, value in metadata.items():
        document.docinfo[pikepdf.Name("/" + key)] = value
    out = io.BytesIO()
    document.save(out, static_id=True, deterministic_id=False)
    return out.getvalue()


def image(kind: str, *, metadata: bool = False, size: tuple[int, int] = (64, 48)) -> bytes:
    """A small image in `kind` (JPEG, PNG, WEBP); with `metadata`, EXIF author, GPS position and
    a phone number in its description, plus a PNG text chunk or XMP where the format has one."""
    picture = Image.new("RGB", size, (200, 30, 40))
    out = io.BytesIO()
    options: dict = {}
    if metadata:
        exif = Image.Exif()
        exif[0x013B] = AUTHOR  # Artist
        exif[0x010E] = f"Điện thoại {PHONE}"  # ImageDescription
        exif[0x8825] = {1: "N", 2: (20.0, 51.0, 30.0), 3: "E", 4: (106.0, 41.0, 2.0)}  # GPS
        options["exif"] = exif.tobytes()
        xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{AUTHOR}</dc:creator></x:xmpmeta>'.encode()
        if kind in ("JPEG", "WEBP"):
            options["xmp"] = xmp
        if kind == "PNG":
            from PIL.PngImagePlugin import PngInfo

            info = PngInfo()
            info.add_itxt("Author", AUTHOR)
            info.add_text("Comment", PHONE)
            options["pnginfo"] = info
    picture.save(out, kind, **options)
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width`×`height` pixels in a few bytes: a decompression bomb's header."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + chunk(b"IEND", b""))
