"""The kind of local unit (Luật Tổ chức chính quyền địa phương 72/2025/QH15, Article 2: xã, phường,
đặc khu under a tỉnh or a thành phố) read from names, and how the portal names it."""

from __future__ import annotations

import pytest

from generator.domain.locality import Locality, kind_in_name, province_word


@pytest.mark.parametrize(("name", "kind"), [
    ("Ủy ban nhân dân phường Lê Thanh Nghị", "phuong"),
    ("Ủy ban nhân dân xã An Hưng", "xa"),
    ("Ủy ban nhân dân đặc khu Phú Quốc", "dac_khu"),
    # A field of work, not a commune: names of units are written in lower case.
    ("Phòng Văn hóa - Xã hội", None),
    ("Hội đồng nhân dân thành phố Hải Phòng", None),
    # "xã" inside a word is not the word.
    ("Hợp tác xã Nông nghiệp", None),
])
def test_the_kind_of_unit_is_read_from_a_name(name, kind):
    assert kind_in_name(name) == kind


@pytest.mark.parametrize(("locality", "word"), [
    ("phường Lê Thanh Nghị, thành phố Hải Phòng", "thành phố"),
    ("xã An Hưng, tỉnh Hưng Yên", "tỉnh"),
    ("đặc khu Côn Đảo, thành phố Hồ Chí Minh", "thành phố"),
    ("xã An Hưng", "tỉnh, thành phố"),
])
def test_the_tier_above_is_read_from_the_end_of_the_locality(locality, word):
    assert province_word(locality) == word


@pytest.mark.parametrize(("kind", "word", "title"), [
    ("phuong", "phường", "Phường"),
    ("xa", "xã", "Xã"),
    ("dac_khu", "đặc khu", "Đặc khu"),
])
def test_each_kind_has_its_word_in_a_sentence_and_as_a_label(kind, word, title):
    unit = Locality(kind, "tỉnh")
    assert (unit.word, unit.title, unit.province_title) == (word, title, "Tỉnh")
