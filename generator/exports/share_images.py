"""Share images (1200×630) for links pasted into Zalo or Facebook, drawn at build time.

Nothing is fetched: the font is bundled (`theme/share/`, Be Vietnam Pro, OFL) and a photo is
used only when its subject consented. The same card gives the same bytes, and a card is drawn
again only when something it shows changes (see `ShareImageCache`).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
HEADER = 96
FOOTER = 72
PHOTO_WIDTH = 440
# Raised whenever the drawing below changes, so cached cards are drawn anew.
LAYOUT_VERSION = "2"


@dataclass(frozen=True)
class ShareCard:
    kicker: str
    title: str
    subtitle: str
    photo: Path | None = None


@dataclass(frozen=True)
class CardStyle:
    organisation: str
    portal_name: str
    primary: str
    accent: str
    fonts: Path

    def font(self, weight: str, size: int) -> ImageFont.FreeTypeFont:
        return _font(str(self.fonts / f"BeVietnamPro-{weight}.ttf"), size)


@lru_cache(maxsize=64)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    # The basic layout engine gives the same pixels whether or not libraqm is installed;
    # NFC Vietnamese text uses precomposed glyphs, so it needs no complex shaping.
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.BASIC)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _fit_title(title: str, style: CardStyle, width: int, height: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size at which the title fits; cut with an ellipsis at the smallest size."""
    for size in range(64, 35, -4):
        font = style.font("Bold", size)
        lines = _wrap(title, font, width)
        if len(lines) * int(size * 1.25) <= height:
            return font, lines
    font = style.font("Bold", 36)
    lines = _wrap(title, font, width)
    fitting = max(1, height // int(36 * 1.25))
    if len(lines) > fitting:
        lines = lines[:fitting]
        lines[-1] = lines[-1].rstrip(",.;:") + "…"
    return font, lines


def is_image(path: Path) -> bool:
    """Whether Pillow can read the file: a photo it cannot read is left off the card."""
    try:
        with Image.open(path) as image:
            image.verify()
    except (OSError, SyntaxError, ValueError):
        return False
    return True


def render_card(card: ShareCard, style: CardStyle) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, HEADER), fill=style.primary)
    draw.text((MARGIN, HEADER // 2), style.organisation.upper(), font=style.font("Bold", 30),
              fill="#ffffff", anchor="lm")
    draw.rectangle((0, HEIGHT - FOOTER, WIDTH, HEIGHT), fill="#f4f1ea")
    draw.text((MARGIN, HEIGHT - FOOTER // 2), style.portal_name, font=style.font("Regular", 26),
              fill="#3a3a3a", anchor="lm")

    text_right = WIDTH - MARGIN
    if card.photo is not None:
        photo = ImageOps.fit(Image.open(card.photo).convert("RGB"), (PHOTO_WIDTH, HEIGHT - HEADER - FOOTER))
        image.paste(photo, (WIDTH - PHOTO_WIDTH, HEADER))
        text_right = WIDTH - PHOTO_WIDTH - 40

    top = HEADER + 44
    draw.rectangle((MARGIN, top, MARGIN + 10, top + 40), fill=style.accent)
    draw.text((MARGIN + 26, top + 20), card.kicker.upper(), font=style.font("Bold", 28),
              fill=style.accent, anchor="lm")
    subtitle_font = style.font("Regular", 28)
    title_top = top + 72
    title_height = HEIGHT - FOOTER - 56 - title_top - 40
    font, lines = _fit_title(card.title, style, text_right - MARGIN, title_height)
    line_height = int(font.size * 1.25)
    for index, line in enumerate(lines):
        draw.text((MARGIN, title_top + index * line_height), line, font=font, fill="#1a1a1a")
    subtitle = _wrap(card.subtitle, subtitle_font, text_right - MARGIN)[:1]
    if subtitle:
        draw.text((MARGIN, HEIGHT - FOOTER - 56), subtitle[0], font=subtitle_font, fill="#4a4a4a")

    output = io.BytesIO()
    if card.photo is not None:
        image.save(output, format="JPEG", quality=82, optimize=True, progressive=False)
    else:
        # Fast compression: a card stays well under the size limit and a thousand of them are
        # drawn in seconds (optimize=True costs five times as long for 5% fewer bytes).
        image.save(output, format="PNG", compress_level=1)
    return output.getvalue()


def extension(card: ShareCard) -> str:
    return ".jpg" if card.photo is not None else ".png"


class ShareImageCache:
    """Cards drawn once and kept under `.cache/`, keyed by everything that shows on them."""

    def __init__(self, folder: Path, style: CardStyle):
        self.folder = folder
        self.style = style

    def key(self, card: ShareCard) -> str:
        digest = hashlib.sha256()
        for part in (LAYOUT_VERSION, card.kicker, card.title, card.subtitle, self.style.organisation,
                     self.style.portal_name, self.style.primary, self.style.accent):
            digest.update(part.encode("utf-8") + b"\0")
        for path in [p for p in (card.photo,) if p] + sorted(self.style.fonts.glob("*.ttf")):
            digest.update(path.read_bytes())
        return digest.hexdigest()[:24]

    def get(self, card: ShareCard) -> bytes:
        path = self.folder / (self.key(card) + extension(card))
        if path.is_file():
            return path.read_bytes()
        data = render_card(card, self.style)
        self.folder.mkdir(parents=True, exist_ok=True)
        staging = path.with_suffix(".tmp")
        staging.write_bytes(data)
        staging.replace(path)
        return data
