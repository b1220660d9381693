"""Share images (1200×630) for links pasted into Zalo or Facebook, drawn at build time.

Nothing is fetched: the font is bundled (`theme/share/`, Be Vietnam Pro, OFL) and a photo is
used only when its subject consented. The same card gives the same bytes, and a card is drawn
again only when something it shows changes (see `ShareImageCache`).

A build draws a card per example, decision and campaign (about a thousand for ten years of a
ward, on a fresh clone), so a card costs about 4 ms instead of 25: it is a few flat colours with
text of one colour on each, so it is drawn straight into a palette (no colour quantising) and
saved as a palette PNG, half the bytes of RGB and faster to compress; what all cards of a portal
share (header, footer, each kicker) is drawn once per process and copied; each glyph is drawn
and each word measured once per size, as FreeType is slow with this font's hinting.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from PIL import Image, ImageColor, ImageDraw, ImageFont, ImageOps

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
HEADER = 96
FOOTER = 72
PHOTO_WIDTH = 440
KICKER_TOP = HEADER + 44
TITLE_TOP = KICKER_TOP + 72
SUBTITLE_TOP = HEIGHT - FOOTER - 56
WHITE, FOOTER_BACKGROUND = "#ffffff", "#f4f1ea"
TITLE_INK, SUBTITLE_INK, FOOTER_INK = "#1a1a1a", "#4a4a4a", "#3a3a3a"
# Steps of anti-aliasing between a text colour and its background: 32 look as smooth as 256 at
# this size, and five texts' steps fit in one 256-colour palette.
SHADES = 32
# Raised whenever the drawing below changes, so cached cards are drawn anew.
LAYOUT_VERSION = "4"


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


@lru_cache(maxsize=65536)
def _length(font: ImageFont.FreeTypeFont, text: str) -> float:
    # The basic layout adds up advances (kerning only from a `kern` table, which the bundled font
    # has not), so a line is as long as its words and spaces: each is measured once per size.
    return font.getlength(text)


@dataclass(frozen=True)
class _Glyph:
    ink: Image.Image | None  # palette indices of the glyph's blends with its background; None for a space
    where: Image.Image | None  # the pixels it touches
    left: int  # where the images start, from the pen on the baseline
    top: int
    advance: float


@lru_cache(maxsize=8192)
def _glyph(font: ImageFont.FreeTypeFont, char: str, shades: tuple[int, ...]) -> _Glyph:
    left, top, right, bottom = font.getbbox(char, anchor="ls")
    if right <= left or bottom <= top:
        return _Glyph(None, None, left, top, _length(font, char))
    coverage = Image.new("L", (right - left, bottom - top))
    ImageDraw.Draw(coverage).text((-left, -top), char, font=font, fill=255, anchor="ls")
    # Pixels too faint to differ from the background are left alone: they would wipe out the edge
    # of a neighbour (a line's stacked accents come close to the descenders above).
    inked = [0 if shade == shades[0] else 255 for shade in shades]
    return _Glyph(coverage.point(shades), coverage.point(inked), left, top, _length(font, char))


def _draw_line(image: Image.Image, x: float, baseline: int, text: str, font: ImageFont.FreeTypeFont,
               shades: tuple[int, ...]) -> None:
    """`ImageDraw.text` for a palette image, from glyphs drawn once per size and colour: the
    font's hinting program makes FreeType take about 0.1 ms a glyph and Pillow keeps no glyph
    cache. The basic layout puts each glyph at the pen rounded to a pixel, as here, so the pixels
    are Pillow's, but where anti-aliased edges of two glyphs touch the later one's edge is kept."""
    for char in text:
        glyph = _glyph(font, char, shades)
        if glyph.ink is not None:
            image.paste(glyph.ink, (int(x + 0.5) + glyph.left, baseline + glyph.top), glyph.where)
        x += glyph.advance


def _baseline(font: ImageFont.FreeTypeFont, y: int, anchor: str) -> int:
    """The baseline of text that `ImageDraw.text` would draw at `y` with a vertical `anchor`."""
    return y + _below_anchor(font, anchor)


@lru_cache(maxsize=256)
def _below_anchor(font: ImageFont.FreeTypeFont, anchor: str) -> int:
    return font.getbbox("x", anchor=anchor)[1] - font.getbbox("x", anchor="ls")[1]


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    space = _length(font, " ")
    lines: list[str] = []
    length = 0.0
    for word in text.split():
        word_length = _length(font, word)
        if lines and length + space + word_length <= width:
            lines[-1] += " " + word
            length += space + word_length
        else:
            lines.append(word)
            length = word_length
    return lines


def _fit_title(title: str, style: CardStyle, width: int, height: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size at which the title fits; cut with an ellipsis at the smallest size."""
    for size in range(64, 35, -4):
        font = style.font("Bold", size)
        lines = _wrap(title, font, width)
        if len(lines) * int(size * 1.25) <= height:
            return font, lines
    font = style.font("Bold", 36)
    return font, _first_lines(_wrap(title, font, width), max(1, height // int(36 * 1.25)), font, width)


def _first_lines(lines: list[str], count: int, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """The first `count` lines; when some are left out, the last one shown ends with an ellipsis,
    words dropped from it until the ellipsis fits too."""
    if len(lines) <= count:
        return lines
    kept = lines[:count]
    words = kept[-1].split()
    while len(words) > 1 and _length(font, " ".join(words).rstrip(",.;:") + "…") > width:
        words.pop()
    kept[-1] = " ".join(words).rstrip(",.;:") + "…"
    return kept


class _Palette:
    """The colours of a card in the order first used, so the same style gives the same palette."""

    def __init__(self) -> None:
        self.colours: dict[tuple[int, ...], int] = {}

    def index(self, colour: str | tuple[int, ...]) -> int:
        rgb = ImageColor.getrgb(colour)[:3] if isinstance(colour, str) else colour
        return self.colours.setdefault(rgb, len(self.colours))

    def shades(self, background: str, ink: str) -> tuple[int, ...]:
        """For each coverage of a pixel by text (0-255), the index of its blend of the two colours."""
        back, front = ImageColor.getrgb(background)[:3], ImageColor.getrgb(ink)[:3]
        steps = [self.index(tuple(round(b + (f - b) * step / (SHADES - 1)) for b, f in zip(back, front)))
                 for step in range(SHADES)]
        return tuple(steps[round(coverage * (SHADES - 1) / 255)] for coverage in range(256))

    def flat(self) -> list[int]:
        return [value for rgb in self.colours for value in rgb]


@dataclass(frozen=True)
class _Backdrop:
    """What every card of a style shares, drawn once: header, footer, white body, palette."""

    image: Image.Image
    palette: list[int]
    kicker: tuple[int, ...]
    title: tuple[int, ...]
    subtitle: tuple[int, ...]


@lru_cache(maxsize=8)
def _backdrop(style: CardStyle) -> _Backdrop:
    palette = _Palette()
    image = Image.new("L", (WIDTH, HEIGHT), palette.index(WHITE))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, HEADER), fill=palette.index(style.primary))
    font = style.font("Bold", 30)
    _draw_line(image, MARGIN, _baseline(font, HEADER // 2, "lm"), style.organisation.upper(), font,
               palette.shades(style.primary, WHITE))
    draw.rectangle((0, HEIGHT - FOOTER, WIDTH, HEIGHT), fill=palette.index(FOOTER_BACKGROUND))
    font = style.font("Regular", 26)
    _draw_line(image, MARGIN, _baseline(font, HEIGHT - FOOTER // 2, "lm"), style.portal_name, font,
               palette.shades(FOOTER_BACKGROUND, FOOTER_INK))
    draw.rectangle((MARGIN, KICKER_TOP, MARGIN + 10, KICKER_TOP + 40), fill=palette.index(style.accent))
    kicker, title, subtitle = (palette.shades(WHITE, ink) for ink in (style.accent, TITLE_INK, SUBTITLE_INK))
    # Taken once every blend is in: all cards of a style share the palette.
    return _Backdrop(image, palette.flat(), kicker, title, subtitle)


@lru_cache(maxsize=64)
def _with_kicker(style: CardStyle, kicker: str) -> Image.Image:
    """The backdrop with a kicker: a handful of kickers (kinds of record) recur on all cards."""
    backdrop = _backdrop(style)
    image = backdrop.image.copy()
    font = style.font("Bold", 28)
    _draw_line(image, MARGIN + 26, _baseline(font, KICKER_TOP + 20, "lm"), kicker.upper(), font, backdrop.kicker)
    return image


def is_image(path: Path) -> bool:
    """Whether Pillow can read the file: a photo it cannot read is left off the card."""
    try:
        with Image.open(path) as image:
            image.verify()
    except (OSError, SyntaxError, ValueError):
        return False
    return True


def render_card(card: ShareCard, style: CardStyle) -> bytes:
    backdrop = _backdrop(style)
    image = _with_kicker(style, card.kicker).copy()
    text_right = WIDTH - MARGIN if card.photo is None else WIDTH - PHOTO_WIDTH - 40
    font, lines = _fit_title(card.title, style, text_right - MARGIN, SUBTITLE_TOP - TITLE_TOP - 40)
    line_height = int(font.size * 1.25)
    for index, line in enumerate(lines):
        _draw_line(image, MARGIN, _baseline(font, TITLE_TOP + index * line_height, "la"), line, font,
                   backdrop.title)
    subtitle_font = style.font("Regular", 28)
    for line in _first_lines(_wrap(card.subtitle, subtitle_font, text_right - MARGIN), 1, subtitle_font,
                             text_right - MARGIN):
        _draw_line(image, MARGIN, _baseline(subtitle_font, SUBTITLE_TOP, "la"), line, subtitle_font,
                   backdrop.subtitle)
    image.putpalette(backdrop.palette)

    output = io.BytesIO()
    if card.photo is not None:
        image = image.convert("RGB")
        with Image.open(card.photo) as photo:
            # A camera's JPEG is decoded at a reduced scale still larger than the card needs.
            photo.draft("RGB", (PHOTO_WIDTH, HEIGHT - HEADER - FOOTER))
            image.paste(ImageOps.fit(photo.convert("RGB"), (PHOTO_WIDTH, HEIGHT - HEADER - FOOTER)),
                        (WIDTH - PHOTO_WIDTH, HEADER))
        image.save(output, format="JPEG", quality=82, optimize=True, progressive=False)
    else:
        image.save(output, format="PNG", compress_level=2)
    return output.getvalue()


def extension(card: ShareCard) -> str:
    return ".jpg" if card.photo is not None else ".png"


class ShareImageCache:
    """Cards drawn once and kept under `.cache/`, keyed by everything that shows on them.

    `get(card)` may be called at the same time from forked worker processes sharing the folder:
    a card is written to a file of its own and renamed into place, so a reader sees either no
    card or a whole one, and two processes drawing the same card write the same bytes.
    """

    def __init__(self, folder: Path, style: CardStyle):
        self.folder = folder
        self.style = style

    @cached_property
    def _fonts_digest(self) -> bytes:
        digest = hashlib.sha256()
        for path in sorted(self.style.fonts.glob("*.ttf")):
            digest.update(path.read_bytes())
        return digest.digest()

    def key(self, card: ShareCard) -> str:
        digest = hashlib.sha256()
        for part in (LAYOUT_VERSION, card.kicker, card.title, card.subtitle, self.style.organisation,
                     self.style.portal_name, self.style.primary, self.style.accent):
            digest.update(part.encode("utf-8") + b"\0")
        if card.photo is not None:
            digest.update(card.photo.read_bytes())
        digest.update(self._fonts_digest)
        return digest.hexdigest()[:24]

    def get(self, card: ShareCard) -> bytes:
        path = self.folder / (self.key(card) + extension(card))
        try:
            return path.read_bytes()
        except FileNotFoundError:
            pass
        data = render_card(card, self.style)
        self.folder.mkdir(parents=True, exist_ok=True)
        descriptor, staging = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(data)
            os.replace(staging, path)
        except BaseException:
            os.unlink(staging)
            raise
        return data
