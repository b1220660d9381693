import io
import multiprocessing
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageColor, ImageDraw

from generator.exports.share_images import (
    CardStyle,
    ShareCard,
    ShareImageCache,
    _baseline,
    _draw_line,
    _first_lines,
    _length,
    _wrap,
    render_card,
)
from tests.conftest import REPO

STYLE = CardStyle(
    organisation="Ủy ban nhân dân phường Lê Thanh Nghị",
    portal_name="Thi đua, khen thưởng phường Lê Thanh Nghị",
    primary="#a4161a",
    accent="#8a5a00",
    fonts=REPO / "theme" / "share",
)
LONG_TITLE = " ".join(["Phong trào thi đua thực hiện thắng lợi chủ đề năm của phường"] * 6)


def test_card_is_a_1200_by_630_image_under_150_kb_and_the_same_bytes_every_time():
    card = ShareCard("Điển hình tiên tiến", "Nguyễn Văn Đức cứu người đuối nước", "Tổ dân phố số 3")
    first = render_card(card, STYLE)
    assert first == render_card(card, STYLE)
    assert len(first) < 150 * 1024
    with Image.open(io.BytesIO(first)) as image:
        assert image.size == (1200, 630)


def test_card_is_a_palette_png_in_the_style_colours_with_the_title_in_its_ink():
    card = ShareCard("Phong trào thi đua", "Phường Lê Thanh Nghị chung tay xây dựng nếp sống văn minh", "2026")
    with Image.open(io.BytesIO(render_card(card, STYLE))) as image:
        assert image.format == "PNG" and image.mode == "P"
        rgb = image.convert("RGB")
    assert rgb.getpixel((5, 5)) == ImageColor.getrgb(STYLE.primary)
    assert rgb.getpixel((5, 625)) == ImageColor.getrgb("#f4f1ea")
    colours = {colour for _, colour in rgb.getcolors(256)}
    assert {ImageColor.getrgb(STYLE.accent), ImageColor.getrgb("#1a1a1a"), ImageColor.getrgb("#4a4a4a")} <= colours
    # Another title changes the title's lines only.
    other = ShareCard(card.kicker, "Một tiêu đề khác", card.subtitle)
    with Image.open(io.BytesIO(render_card(other, STYLE))) as image:
        changed = ImageChops.difference(rgb, image.convert("RGB")).getbbox()
    assert changed is not None and 200 < changed[1] and changed[3] < 480


@pytest.mark.parametrize("weight, size", [("Bold", size) for size in range(64, 27, -4)] + [("Regular", 28)])
@pytest.mark.parametrize("text", ["Ủy ban nhân dân phường Lê Thanh Nghị", "Quyết định số 104/QĐ-UBND ngày 26/12/2025"])
def test_text_drawn_from_cached_glyphs_is_pillows_own(weight, size, text):
    font = STYLE.font(weight, size)
    expected = Image.new("L", (1300, 120))
    ImageDraw.Draw(expected).text((10, 20), text, font=font, fill=255)
    drawn = Image.new("L", (1300, 120))
    # Twice: the second time every glyph comes from the cache.
    for _ in range(2):
        _draw_line(drawn, 10, _baseline(font, 20, "la"), text, font, tuple(range(256)))
    assert ImageChops.difference(expected, drawn).getbbox() is None


def test_a_very_long_title_still_fits(tmp_path):
    data = render_card(ShareCard("Phong trào thi đua", LONG_TITLE, "2026"), STYLE)
    assert len(data) < 150 * 1024


def test_text_cut_to_its_first_lines_ends_with_an_ellipsis_that_fits():
    font = STYLE.font("Regular", 28)
    width = 300
    lines = _wrap(LONG_TITLE, font, width)
    (cut,) = _first_lines(lines, 1, font, width)
    assert cut.endswith("…") and _length(font, cut) <= width
    shown = cut.removesuffix("…").split()
    assert shown and shown == lines[0].split()[:len(shown)]
    assert _first_lines(lines[:1], 1, font, width) == lines[:1], "a text that fits is not cut"


def test_photo_card_is_a_jpeg_under_the_limit(tmp_path):
    photo = tmp_path / "anh.png"
    Image.new("RGB", (800, 600), "#336699").save(photo)
    data = render_card(ShareCard("Điển hình", "Bà Đào Thị Mận trả lại ví", "Tổ dân phố số 5", photo), STYLE)
    assert data[:3] == b"\xff\xd8\xff"
    assert len(data) < 150 * 1024


def test_cache_draws_a_card_once_and_again_only_when_it_changes(tmp_path, monkeypatch):
    cache = ShareImageCache(tmp_path / "cache", STYLE)
    card = ShareCard("Quyết định khen thưởng", "Quyết định số 15/QĐ-UBND", "15/01/2026")
    first = cache.get(card)
    drawn: list[ShareCard] = []
    monkeypatch.setattr("generator.exports.share_images.render_card",
                        lambda c, s: drawn.append(c) or b"new")
    assert cache.get(card) == first
    assert drawn == []
    changed = ShareCard("Quyết định khen thưởng", "Quyết định số 16/QĐ-UBND", "15/01/2026")
    assert cache.get(changed) == b"new"
    assert drawn == [changed]
    assert len(list(Path(tmp_path / "cache").iterdir())) == 2


def _draw_all(cache: ShareImageCache, cards: list[ShareCard], start) -> None:
    start.wait()
    for card in cards:
        cache.get(card)


def test_two_forked_workers_drawing_the_same_cards_at_once_leave_whole_cards(tmp_path):
    cache = ShareImageCache(tmp_path / "cache", STYLE)
    cards = [ShareCard("Quyết định khen thưởng", f"Quyết định số {n}/QĐ-UBND", "15/01/2026") for n in range(60)]
    fork = multiprocessing.get_context("fork")
    start = fork.Barrier(2)
    workers = [fork.Process(target=_draw_all, args=(cache, cards, start)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [worker.exitcode for worker in workers] == [0, 0]
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == sorted(cache.key(c) + ".png" for c in cards)
    assert all(cache.get(card) == render_card(card, STYLE) for card in cards)
