"""Reading a postings file of the search index (format in generator/search/index.py)."""

from __future__ import annotations


def read_postings(data: bytes) -> dict[str, list[int]]:
    """Each spelling with its codes: 2n+1 for record n with the key in its title, 2n otherwise."""
    at = 0

    def varint() -> int:
        nonlocal at
        number = shift = 0
        while True:
            byte = data[at]
            at += 1
            number |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return number

    spellings = {}
    while at < len(data):
        length = varint()
        spelling = data[at:at + length].decode("utf-8")
        at += length
        code, codes = 0, []
        for _ in range(varint()):
            item = varint()
            repeats = varint() if item % 2 else 1
            for _ in range(repeats):
                code += item // 2
                codes.append(code)
        spellings[spelling] = codes
    return spellings
