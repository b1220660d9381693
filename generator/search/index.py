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
  completing the last word while it is being typed.
- `bg/<shard>.json`: the shown text of `SHARD_SIZE` consecutive records.

theme/overrides/assets/javascripts/search.js reads them.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from array import array
from collections import defaultdict
from pathlib import Path
from typing import Sequence

from generator.domain.text import search_key, words
from generator.kinds import SEARCH_INDEX_FOLDER as INDEX_FOLDER
from generator.search.records import GROUPS, SearchRecord

# A query's results cost their whole files, so a file holds few records; but records that match
# together are often neighbours (the people of one decision), and every file is one more for the
# build to write. At ward-10y, 16 records a file: 1,348 files instead of 2,696 with 8, and the ten
# results a search page shows fetch at most 13.6 KB of them (gzip) instead of 9.3 KB.
SHARD_SIZE = 16


def key_file(key: str) -> str:
    """A file name for a key: the key itself when it is plain ASCII, its UTF-8 in hex otherwise."""
    return key if re.fullmatch(r"[a-z0-9]+", key) else "_" + key.encode("utf-8").hex()


def ordered(records: list[SearchRecord]) -> list[SearchRecord]:
    """Records by group, then newest first: the order of results that match equally well, and
    contiguous groups so that a filter is a range of record numbers."""
    dated = sorted(records, key=lambda r: r.day.toordinal() if r.day else 0, reverse=True)
    return sorted(dated, key=lambda r: GROUPS.index(r.group))


def build_search_files(records: list[SearchRecord]) -> dict[str, bytes]:
    """Every file of the index, by path relative to INDEX_FOLDER."""
    records = ordered(records)
    # The same few thousand words recur in every record: compute each key once.
    key_of = functools.lru_cache(maxsize=None)(search_key)
    # Records are numbered in order, so each spelling's codes arrive sorted and a repeat is the
    # last code: compact arrays, not sets (a city has millions of postings).
    postings: dict[str, dict[str, array]] = defaultdict(lambda: defaultdict(lambda: array("L")))
    for number, record in enumerate(records):
        in_title = {key_of(w) for w in words(record.title)}
        for word in words(record.indexed_text()):
            key = key_of(word)
            codes = postings[key][word.lower()]
            code = 2 * number + (key in in_title)
            if not codes or codes[-1] != code:
                codes.append(code)
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
    for start in range(0, len(records), SHARD_SIZE):
        shard = [r.shown() for r in records[start:start + SHARD_SIZE]]
        files[f"bg/{start // SHARD_SIZE}.json"] = _json(shard)
    groups = []
    for group in GROUPS:
        numbers = [n for n, r in enumerate(records) if r.group == group]
        if numbers:
            groups.append([group, numbers[0], numbers[-1] + 1])
    files["thong-tin.json"] = _json({"so_ban_ghi": len(records), "co_manh": SHARD_SIZE, "nhom": groups})
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
