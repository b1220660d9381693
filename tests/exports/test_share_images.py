from pathlib import Path

from PIL import Image

from generator.exports.share_images import CardStyle, ShareCard, ShareImageCache, render_card
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
    with Image.open(__import__("io").BytesIO(first)) as image:
        assert image.size == (1200, 630)


def test_a_very_long_title_still_fits(tmp_path):
    data = render_card(ShareCard("Phong trào thi đua", LONG_TITLE, "2026"), STYLE)
    assert len(data) < 150 * 1024


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
