"""Photos and PDFs are published without the metadata that could name or locate a person.

A phone photo carries EXIF (GPS position, camera owner, time), XMP and IPTC (author, captions);
a PDF's document information and XMP hold its author, the creating program and often the
clerk's name. None of it is shown on the portal, all of it can be read from the file. So every
published JPEG, PNG and WebP is re-encoded by Pillow from its pixels only (turned upright first,
since the EXIF orientation goes with the EXIF), keeping the colour profile; every PDF is written
again by qpdf (pikepdf) without its document information and XMP metadata. Both give the same
bytes for the same file, so the site stays reproducible; the result is kept under `.cache/`,
keyed by the file's bytes, and made again only when the file changes.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from pathlib import Path

import pikepdf
from PIL import Image, ImageOps

# Part of every cache key: a change in what is removed makes every file again.
CLEAN_VERSION = b"1"
IMAGE_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}
# What a re-encoded lossy image is saved at when its own quantisation cannot be kept.
QUALITY = 90


class CleanFiles:
    """Clean copies of published files, under `folder` (shared by forked workers: each copy is
    written to a file of its own and renamed into place)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, source: Path) -> Path:
        """A copy of `source` without metadata; `source` itself for any other type of file."""
        suffix = source.suffix.lower()
        if suffix not in IMAGE_FORMATS and suffix != ".pdf":
            return source
        data = source.read_bytes()
        key = hashlib.sha256(CLEAN_VERSION + b"\0" + data).hexdigest()[:32]
        path = self.folder / (key + suffix)
        if path.is_file():
            return path
        clean = clean_pdf(data) if suffix == ".pdf" else clean_image(data, IMAGE_FORMATS[suffix])
        self.folder.mkdir(parents=True, exist_ok=True)
        descriptor, staging = tempfile.mkstemp(prefix=key, suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(clean)
            os.replace(staging, path)
        except BaseException:
            os.unlink(staging)
            raise
        return path


def clean_image(data: bytes, kind: str) -> bytes:
    """The image's pixels (upright) and colour profile, and nothing else."""
    with Image.open(io.BytesIO(data)) as image:
        upright = ImageOps.exif_transpose(image)
        turned = upright is not image
        options: dict = {}
        profile = image.info.get("icc_profile")
        if profile:
            options["icc_profile"] = profile
        if kind == "JPEG" and not turned:
            # The file's own quantisation and subsampling: no visible loss from saving again.
            options.update(quality="keep", subsampling="keep")
        elif kind == "JPEG":
            options.update(quality=QUALITY)
        elif kind == "WEBP":
            options.update(quality=QUALITY, lossless=bool(image.info.get("lossless")))
        out = io.BytesIO()
        (upright if turned else image).save(out, kind, **options)
        return out.getvalue()


def clean_pdf(data: bytes) -> bytes:
    """The PDF without its document information (/Info: author, creator, producer, title…) and
    XMP metadata (the catalogue's and each page's)."""
    with pikepdf.open(io.BytesIO(data)) as document:
        if "/Info" in document.trailer:
            del document.trailer["/Info"]
        if "/Metadata" in document.Root:
            del document.Root["/Metadata"]
        for page in document.pages:
            if "/Metadata" in page.obj:
                del page.obj["/Metadata"]
        out = io.BytesIO()
        # deterministic_id: the file identifier is a hash of the content, not of the clock.
        document.save(out, deterministic_id=True)
        return out.getvalue()
