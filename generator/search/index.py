"""The search index: static files a reader's browser fetches a few of per query.

Vietnamese has a few thousand syllables, each on a great many pages, so general-purpose static
search (Pagefind, measured: 400–650 KB per query on a site of 3,000 pages, and "duc" not finding
"Đức") downloads too much. This index keeps, for each search key (`search_key`: no marks, đ as d),
only the numbers of the records holding it, grouped by the exact spelling so that a query typed
with marks can rank exact matches first; a query reads one small file per word, then the shown
text of the results it displays.

Files, under `INDEX_FOLDER`:
- `thong-tin.json`: number of records, records per shard, the group (filter) ranges.
- `k/<key>.bin`: for each spelling of the key: its length in bytes, its UTF-8, the number of
  items, then the items. The records holding the spelling are listed by number n as 2n+1 when the
  key is in the record's title, 2n otherwise, in order, each as its difference d from the one
  before; an item is 2d, or 2d+1 followed by r when the difference repeats r times in a row (the
  people of one decision are consecutive records). Every number is a varint: 7 bits a byte, low
  bits first, the high bit set on all bytes but the last. Binary halves what a query of common
  words downloads, measured against the same list written as text.
- `tu/<first character>.txt`: the keys starting with that character and their record counts, for
  completing the last word while it is being typed, and so that a query reads the postings of
  keys that exist only (a file that is not there answers 404, an error in the reader's console).
  `thong-tin.json` lists the characters that have such a file.
- `do-dai.bin`: for each record, the number of different terms of its name (`SearchRecord.name`),
  at most 15, four bits each, low half first: a record whose name holds the query's terms and no
  other ranks first ("Bà Nguyễn Thị Hường" before "Hộ bà Nguyễn Thị Minh Hường").
- `loc/<field>-<value>.bin`: the records a filter (year, level, title of award) keeps, written
  like one spelling of a postings file with an empty spelling; one for every value the search
  page offers (generator/domain/facets.py).
- `bg/<shard>.json`: the shown text of `SHARD_SIZE` consecutive records.

Terms are words, and numbers and symbols of documents taken whole (generator/search/terms.py).
An abbreviation of data/danh_muc/viet_tat/ found in a record adds the words it stands for; a query
that types it reads those words instead (`thong-tin.json` holds the table).

theme/overrides/assets/javascripts/search.js reads them.
"""

from __future__ import annotations

import itertools
import json
import re
from array import array
from collections import defaultdict
from pathlib import Path
from typing import Sequence

from generator.domain.text import search_key
from generator.kinds import SEARCH_INDEX_FOLDER as INDEX_FOLDER
from generator.search.records import GROUPS, SearchRecord
from generator.search.terms import Term, expand, indexed_terms, terms

# A query's results cost their whole files, so a file holds few records; but records that match
# together are often neighbours (the people of one decision), and every file is one more for the
# build to write. At ward-10y, 16 records a file: 1,348 files instead of 2,696 with 8, and the ten
# results a search page shows fetch at most 13.6 KB of them (gzip) instead of 9.3 KB.
SHARD_SIZE = 16


# Four bits a record in do-dai.bin: a longer name is no exact match of any query anyway.
LONGEST_NAME = 15


def key_file(key: str) -> str:
    """A file name for a key: the key itself when it is plain ASCII ("8-qd-ubnd" for a document's
    number and symbol), its UTF-8 in hex otherwise."""
    return key if re.fullmatch(r"[a-z0-9][a-z0-9-]*", key) else "_" + key.encode("utf-8").hex()


def ordered(records: list[SearchRecord]) -> list[SearchRecord]:
    """Records by group, then newest first: the order of results that match equally well, and
    contiguous groups so that a filter is a range of record numbers."""
    dated = sorted(records, key=lambda r: r.day.toordinal() if r.day else 0, reverse=True)
    return sorted(dated, key=lambda r: GROUPS.index(r.group))


def abbreviation_terms(abbreviations: dict[str, str]) -> dict[str, list[Term]]:
    """Each abbreviation's key with the terms of what it stands for."""
    return {search_key(short): terms(meaning) for short, meaning in sorted(abbreviations.items())}


def build_search_files(records: list[SearchRecord], abbreviations: dict[str, str] | None = None,
                       filters: dict[str, list[tuple[str, str]]] | None = None) -> dict[str, bytes]:
    """Every file of the index, by path relative to INDEX_FOLDER. `abbreviations`: each short form
    readers type, with the words it stands for; `filters`: the values the search page offers
    (generator/domain/facets.py), each of which gets its file, empty if no record has it."""
    records = ordered(records)
    short_forms = abbreviation_terms(abbreviations or {})

    def terms_of(text: str) -> list[Term]:
        return expand(indexed_terms(text), short_forms)

    # Records are numbered in order, so each spelling's codes arrive sorted and a repeat is the
    # last code: compact arrays, not sets (a city has millions of postings).
    postings: dict[str, dict[str, array]] = defaultdict(lambda: defaultdict(lambda: array("L")))
    kept: dict[tuple[str, str], array] = defaultdict(lambda: array("L"))
    for name, options in (filters or {}).items():
        for value, _ in options:
            kept[name, value] = array("L")
    lengths = bytearray()
    for number, record in enumerate(records):
        in_title = {term.key for term in terms_of(record.title)}
        for term in terms_of(record.indexed_text()):
            codes = postings[term.key][term.spelling]
            code = 2 * number + (term.key in in_title)
            if not codes or codes[-1] != code:
                codes.append(code)
        lengths.append(min(LONGEST_NAME, len({t.key for t in terms(record.name or record.title)})))
        for facet in record.facets:
            kept[facet.field, facet.value].append(2 * number)
    files: dict[str, bytes] = {}
    vocabulary: dict[str, list[str]] = defaultdict(list)
    for key in sorted(postings):
        spellings = postings[key]
        files[f"k/{key_file(key)}.bin"] = b"".join(
            _spelling(spelling, codes) for spelling, codes in sorted(spellings.items()))
        count = len({code // 2 for codes in spellings.values() for code in codes})
        vocabulary[key_file(key)[0]].append(f"{key}\t{count}")
    for first, lines in vocabulary.items():
        files[f"tu/{first}.txt"] = ("\n".join(lines) + "\n").encode("utf-8")
    lengths += bytes(len(lengths) % 2)
    files["do-dai.bin"] = bytes(low | high << 4 for low, high in zip(lengths[::2], lengths[1::2]))
    for (name, value), codes in kept.items():
        files[f"loc/{name}-{value}.bin"] = _spelling("", codes)
    for start in range(0, len(records), SHARD_SIZE):
        shard = [r.shown() for r in records[start:start + SHARD_SIZE]]
        files[f"bg/{start // SHARD_SIZE}.json"] = _json(shard)
    groups = []
    for group in GROUPS:
        numbers = [n for n, r in enumerate(records) if r.group == group]
        if numbers:
            groups.append([group, numbers[0], numbers[-1] + 1])
    files["thong-tin.json"] = _json({
        "so_ban_ghi": len(records), "co_manh": SHARD_SIZE, "nhom": groups,
        "chu_dau": "".join(sorted(vocabulary)),
        "viet_tat": {short: [t.key for t in meaning] for short, meaning in short_forms.items()},
    })
    return files


def write_search_files(files: dict[str, bytes], site_dir: Path) -> None:
    folder = site_dir / INDEX_FOLDER
    # Thousands of files in a handful of folders: each folder made once.
    for parent in sorted({(folder / name).parent for name in files}):
        parent.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content)


def _spelling(spelling: str, codes: Sequence[int]) -> bytes:
    differences = [code - previous for previous, code in zip([0, *codes], codes)]
    items = []
    for difference, run in itertools.groupby(differences):
        repeats = len(list(run))
        items.append(_varint(2 * difference) if repeats == 1 else _varint(2 * difference + 1) + _varint(repeats))
    name = spelling.encode("utf-8")
    return _varint(len(name)) + name + _varint(len(items)) + b"".join(items)


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low, number = number & 0x7F, number >> 7
        out.append(low | (0x80 if number else 0))
        if not number:
            return bytes(out)


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
