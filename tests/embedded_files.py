"""Small PDFs and images with a text layer or metadata, made in memory for tests."""

from __future__ import annotations

import io


def pdf_with(pages: list[str], info: dict[str, str] | None = None) -> bytes:
    """A valid PDF with one line of ASCII text per page, and `info` as its metadata."""

    def literal(text: str) -> str:
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    count = len(pages)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [" + " ".join(f"{4 + 2 * i} 0 R" for i in range(count)) + f"] /Count {count} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for index, text in enumerate(pages):
        stream = f"BT /F1 12 Tf 20 100 Td {literal(text)} Tj ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents {5 + 2 * index} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    trailer_info = ""
    if info:
        objects.append("<< " + " ".join(f"/{key} {literal(value)}" for key, value in info.items()) + " >>")
        trailer_info = f" /Info {len(objects)} 0 R"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{trailer_info} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def jpeg_with(exif: dict[int, str] | None = None, comment: str | None = None) -> bytes:
    """A small JPEG with the given EXIF tags (by number) and COM comment."""
    from PIL import Image

    image = Image.new("RGB", (8, 8), (200, 30, 30))
    data = Image.Exif()
    for tag, value in (exif or {}).items():
        data[tag] = value
    out = io.BytesIO()
    options = {"exif": data.tobytes()} if exif else {}
    if comment:
        options["comment"] = comment.encode("utf-8")
    image.save(out, "JPEG", **options)
    return out.getvalue()


def png_with(text: dict[str, str]) -> bytes:
    """A small PNG with the given text chunks."""
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    for key, value in text.items():
        info.add_itxt(key, value)
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "PNG", pnginfo=info)
    return out.getvalue()
