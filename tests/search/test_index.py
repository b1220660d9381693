"""The search index files, as exact text, and the Vietnamese search keys they are built on."""

from __future__ import annotations

import json
from datetime import date

from generator.domain.text import search_key, words
from generator.search.index import SHARD_SIZE, build_search_files, key_file
from generator.search.records import GROUPS, Facet, SearchRecord
from generator.search.terms import Term, indexed_terms, terms
from tests.search.postings import read_postings


def record(url, title, group, day=None, text=(), description="Mô tả.", found=True, name="", facets=()):
    return SearchRecord(url, title, "Loại", group, description, day, list(text), description_found=found,
                        name=name, facets=facets)


def spelled(spelling: str) -> bytes:
    """A spelling as a postings file starts it: its length in bytes (under 128: one byte), its UTF-8."""
    return bytes([len(spelling.encode())]) + spelling.encode()


def test_search_keys_ignore_marks_and_d_stroke_and_i_y_spelling_and_leading_zeros():
    typed = words("Nguyễn Văn Đức, Chiến sỹ thi đua; kĩ thuật; Quý 15/QĐ-UBND, số 08, số 0")
    assert [search_key(w) for w in typed] == [
        "nguyen", "van", "duc", "chien", "si", "thi", "dua", "ki", "thuat", "qui", "15", "qd", "ubnd",
        "so", "8", "so", "0"]


def test_a_documents_number_and_symbol_is_one_term_and_a_date_is_not():
    # Decree 30/2020/NĐ-CP, Annex I: "Số: …/QĐ-…", with the year for legal documents.
    assert terms("QĐ 08/QĐ-UBND ngày 16/07/2026") == [
        Term("qđ", "qd"), Term("08/qđ-ubnd", "8-qd-ubnd"), Term("ngày", "ngay"),
        Term("16", "16"), Term("07", "7"), Term("2026", "2026")]
    assert [t.key for t in terms("86/2023/NĐ-CP và 06/2022/QH15")] == ["86-2023-nd-cp", "va", "6-2022-qh15"]
    assert [t.key for t in terms("8/QD-UBND")] == [t.key for t in terms("08/QĐ-UBND")]
    # A record is also found by the words of its number: "UBND", "15".
    assert [t.key for t in indexed_terms("Số 15/QĐ-UBND")] == ["15-qd-ubnd", "so", "15", "qd", "ubnd"]


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
        # The first characters of the keys that tu/ lists: a query reads no other.
        "chu_dau": "5dgmnoqstuv", "viet_tat": {},
    }
    # Terms of each record's name (its title here): b "quyết định số 5/qđ-ubnd" 4, a 4, c 2.
    assert files["do-dai.bin"] == bytes([4 | 4 << 4, 2])


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


def test_an_abbreviation_in_a_record_adds_the_words_it_stands_for_and_the_table_is_shipped():
    files = build_search_files(
        [record("a/", "Ông An", "Người, tập thể", text=["Đạt CSTĐ cơ sở"], found=False)],
        {"CSTĐ": "Chiến sĩ thi đua"})
    assert read_postings(files["k/cstd.bin"]) == {"cstđ": [0]}
    assert read_postings(files["k/chien.bin"]) == {"chiến": [0]}
    assert read_postings(files["k/si.bin"]) == {"sĩ": [0]}
    assert json.loads(files["thong-tin.json"])["viet_tat"] == {"cstd": ["chien", "si", "thi", "dua"]}


def test_name_lengths_take_four_bits_a_record_and_the_name_not_the_honorific():
    files = build_search_files([
        record("a/", "Bà Nguyễn Thị Hường", "Người, tập thể", name="Nguyễn Thị Hường"),
        record("b/", "Hộ bà Nguyễn Thị Minh Hường", "Người, tập thể"),
        record("c/", " ".join(f"từ{n}" for n in range(20)), "Khác"),
    ])
    # a: 3, b: 6 (a household is named with "Hộ bà"), c: 20 words, written as the longest, 15.
    assert files["do-dai.bin"] == bytes([3 | 6 << 4, 15])


def test_each_filter_offered_has_its_file_of_records_even_when_empty():
    year = Facet("nam", "2025")
    files = build_search_files([
        record("a/", "Ông An", "Người, tập thể", date(2025, 5, 1),
               facets=(year, Facet("cap", "phuong"), Facet("dh", "lao-dong-tien-tien"))),
        record("b/", "Ông Ba", "Người, tập thể", date(2024, 5, 1), facets=(Facet("nam", "2024"),)),
        record("c/", "Bà Chi", "Người, tập thể", date(2023, 5, 1), facets=(year,)),
    ], filters={"nam": [("2025", "2025"), ("2024", "2024"), ("2023", "2023")], "cap": [("phuong", "Phường")],
                "dh": [("lao-dong-tien-tien", "Lao động tiên tiến")]})
    # Newest first: a=0, b=1, c=2; a filter file is one spelling, empty, with codes 2n.
    assert read_postings(files["loc/nam-2025.bin"]) == {"": [0, 4]}
    assert read_postings(files["loc/dh-lao-dong-tien-tien.bin"]) == {"": [0]}
    assert files["loc/nam-2023.bin"] == b"\x00\x00"


def test_long_words_get_keys_of_thirty_characters_and_are_found_by_their_start():
    long_word = "a" * 300
    wide = "漢" * 100  # three bytes a character, six in a hex file name
    files = build_search_files([record("a/", "Tiêu đề", GROUPS[0], text=[long_word, wide])])
    assert read_postings(files[f"k/{'a' * 30}.bin"]) == {long_word: [0]}
    assert read_postings(files["k/" + key_file("漢" * 30) + ".bin"]) == {wide: [0]}
    # Every file name fits the 255 bytes a file system allows.
    assert max(len(name.rsplit("/", 1)[-1].encode()) for name in files) <= 255
