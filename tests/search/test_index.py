"""The search index files, as exact text, and the Vietnamese search keys they are built on."""

from __future__ import annotations

import json
from datetime import date

from generator.domain.text import search_key, words
from generator.search.index import SHARD_SIZE, build_search_files, key_file
from generator.search.records import GROUPS, SearchRecord
from tests.search.postings import read_postings


def record(url, title, group, day=None, text=(), description="Mô tả.", found=True):
    return SearchRecord(url, title, "Loại", group, description, day, list(text), description_found=found)


def spelled(spelling: str) -> bytes:
    """A spelling as a postings file starts it: its length in bytes (under 128: one byte), its UTF-8."""
    return bytes([len(spelling.encode())]) + spelling.encode()


def test_search_keys_ignore_marks_and_d_stroke_and_i_y_spelling():
    typed = words("Nguyễn Văn Đức, Chiến sỹ thi đua; kĩ thuật; Quý 15/QĐ-UBND")
    assert [search_key(w) for w in typed] == [
        "nguyen", "van", "duc", "chien", "si", "thi", "dua", "ki", "thuat", "qui", "15", "qd", "ubnd"]


def test_text_pasted_from_word_in_nfd_has_the_same_keys():
    decomposed = "Nguye\u0302\u0303n Đu\u031b\u0301c"
    assert [search_key(w) for w in words(decomposed)] == ["nguyen", "duc"]


def test_keys_outside_ascii_get_a_hex_file_name():
    assert key_file("duc") == "duc"
    assert key_file("ß") == "_c39f"


def test_index_files_as_exact_text():
    files = build_search_files([
        record("a/", "Ông Nguyễn Văn Đức", "Người, tập thể", date(2025, 1, 2), ["Giáo dục"], found=False),
        record("b/", "Quyết định số 5/QĐ-UBND", "Quyết định", date(2024, 3, 4), ["Đức"]),
        record("c/", "Giới thiệu", "Khác"),
    ])

    # Records are numbered by group, then newest first: b=0, a=1, c=2. Record n is 2n+1 when the
    # key is in its title (a: "Đức", so its "dục" too), 2n otherwise; an item is twice the
    # difference from the previous code.
    assert files["k/duc.bin"] == (spelled("dục") + bytes([1, 2 * 3])
                                  + spelled("đức") + bytes([2, 2 * 0, 2 * 3]))
    assert read_postings(files["k/mo.bin"]) == {"mô": [0, 4]}
    assert files["tu/d.txt"].decode() == "dinh\t1\nduc\t2\n"
    assert json.loads(files["bg/0.json"]) == [
        ["b/", "Quyết định số 5/QĐ-UBND", "Loại", "Mô tả.", "04/03/2024"],
        ["a/", "Ông Nguyễn Văn Đức", "Loại", "Mô tả.", "02/01/2025"],
        ["c/", "Giới thiệu", "Loại", "Mô tả.", ""],
    ]
    assert json.loads(files["thong-tin.json"]) == {
        "so_ban_ghi": 3, "co_manh": SHARD_SIZE,
        "nhom": [["Quyết định", 0, 1], ["Người, tập thể", 1, 2], ["Khác", 2, 3]],
    }


def test_runs_of_equal_differences_are_written_once_with_their_count():
    files = build_search_files([record(f"r{n}/", f"Bản ghi {n}", "Khác", text=["chẵn"] * (n % 2 == 0))
                                for n in range(80)])
    # "ban" is in every title: codes 1, 3, … 159: 1, then 79 times 2 more (item 2·2+1, then 79).
    assert files["k/ban.bin"] == spelled("bản") + bytes([2, 2 * 1, 2 * 2 + 1, 79])
    # "chẵn" is in records 0, 2, … 78: codes 0, 4, … 156: 0, then 39 times 4 more.
    assert read_postings(files["k/chan.bin"]) == {"chẵn": list(range(0, 160, 4))}
    assert len([f for f in files if f.startswith("bg/")]) == -(-80 // SHARD_SIZE)


def test_numbers_of_more_than_seven_bits_take_more_bytes():
    files = build_search_files([record(f"r{n}/", "Hồ sơ" + (" hiếm" if n in (0, 300) else ""), "Khác")
                                for n in range(301)])
    # Codes 1 and 601: the second item is 2·600 = 1200 = 0b1001_0110000, low 7 bits first.
    assert files["k/hiem.bin"] == spelled("hiếm") + bytes([2, 2 * 1, 0b1011_0000, 0b1001])


def test_long_words_get_keys_of_thirty_characters_and_are_found_by_their_start():
    long_word = "a" * 300
    wide = "漢" * 100  # three bytes a character, six in a hex file name
    files = build_search_files([record("a/", "Tiêu đề", GROUPS[0], text=[long_word, wide])])
    assert read_postings(files[f"k/{'a' * 30}.bin"]) == {long_word: [0]}
    assert read_postings(files["k/" + key_file("漢" * 30) + ".bin"]) == {wide: [0]}
    # Every file name fits the 255 bytes a file system allows.
    assert max(len(name.rsplit("/", 1)[-1].encode()) for name in files) <= 255
