"""Make the portal's web fonts from the share-card fonts: one WOFF2 file per weight.

    python theme/make_web_fonts.py      (needs fontTools with Brotli: pip install -e '.[test]')

Reads theme/share/BeVietnamPro-{Regular,Bold}.ttf (SIL Open Font License 1.1, no reserved font
name) and writes theme/overrides/assets/fonts/be-vietnam-pro-{400,700}.woff2, which
assets/css/portal.css loads. Run it again only when those fonts or the characters below change,
and commit its output: the build copies the files as they are.

What makes the files small, for a phone's first visit:
- One file per weight holding both the Latin and the Vietnamese letters: a Vietnamese page uses
  both, so two files per weight (as @fontsource ships them) meant four downloads and the shared
  outlines twice.
- No TrueType hinting instructions (a third of each file): Android, iOS and macOS draw text
  without them; on a low-resolution Windows screen small text is a little less crisp.
- Only the layout features text needs: kerning, the standard ligatures, and the mark placement
  that stacks Vietnamese tone marks typed as separate characters.
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

THEME = Path(__file__).resolve().parent
SOURCES = {400: THEME / "share" / "BeVietnamPro-Regular.ttf", 700: THEME / "share" / "BeVietnamPro-Bold.ttf"}
OUTPUT = THEME / "overrides" / "assets" / "fonts"


def _ranges(text: str) -> set[int]:
    """The code points of a CSS unicode-range list such as "U+0102-0103,U+20AB"."""
    points: set[int] = set()
    for part in text.split(","):
        first, _, last = part.strip().removeprefix("U+").partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


# The characters of @fontsource/be-vietnam-pro's `latin` and `vietnamese` subsets (their
# unicode-range values), which the portal shipped before: Vietnamese in precomposed and
# decomposed form, the Latin-1 letters of foreign names, punctuation (– — ‘ ’ “ ” … •), ₫ and €.
# A character outside them is drawn in the reader's system font.
CHARACTERS = _ranges(
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,"
    "U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
) | _ranges(
    "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,"
    "U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB"
)
FEATURES = ["kern", "liga", "ccmp", "locl", "mark", "mkmk"]


def web_font(source: Path, target: Path) -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.layout_features = FEATURES
    # The copyright, names, version and licence address (OFL: the licence travels with the font).
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    font = subset.load_font(str(source), options)
    # The source's date stays in the file: the same fonts give the same bytes.
    font.recalcTimestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=CHARACTERS & set(TTFont(source).getBestCmap()))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def main() -> None:
    for weight, source in SOURCES.items():
        target = OUTPUT / f"be-vietnam-pro-{weight}.woff2"
        web_font(source, target)
        print(f"{target.relative_to(THEME.parent)}: {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
