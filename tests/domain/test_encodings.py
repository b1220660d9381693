"""The one detector of legacy-encoded Vietnamese, shared by the importer and the loader."""

from __future__ import annotations

import pytest

from generator.domain.encodings import legacy_encoding, legacy_word


@pytest.mark.parametrize(
    ("text", "encoding", "word"),
    [
        ("NguyÔn V¨n §øc", "TCVN3 (ABC)", "V¨n"),
        ("Lao ®éng tiªn tiÕn", "TCVN3 (ABC)", "®éng"),
        ("Nguyeãn Vaên Ñöùc", "VNI", "Ñöùc"),
        ("Chieán só thi ñua cô sôû", "VNI", "ñua"),
    ],
)
def test_legacy_text_is_recognised(text, encoding, word):
    assert (legacy_encoding(text), legacy_word(text)) == (encoding, word)


@pytest.mark.parametrize(
    "text",
    ["Nguyễn Văn Đức", "Lao động tiên tiến", "Nhiệt độ 30°C, 25 m²", "Café Sài Gòn", "± 5%", "ÀÁÂÃ", "abc", ""],
)
def test_unicode_vietnamese_is_not_legacy(text):
    assert legacy_encoding(text) is None
