"""The kind of local unit that publishes the portal: a phường, a xã or a đặc khu.

Since 1 July 2025 the local level of government is the commune level ("cấp xã"): xã, phường and
đặc khu (Luật Tổ chức chính quyền địa phương 72/2025/QH15, Article 2), under a tỉnh or a thành phố
(trực thuộc trung ương). Every word the portal writes about its own unit ("bản tin của xã",
"Chủ đề của phường") comes from here, so that a commune's site never calls itself a ward.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

LocalityKind = Literal["phuong", "xa", "dac_khu"]

# The kind as written inside a sentence ("bản tin của xã").
KIND_WORDS: dict[str, str] = {"phuong": "phường", "xa": "xã", "dac_khu": "đặc khu"}

# The first of these words in the agency's name gives the kind when site_config.yml does not state
# it: "Ủy ban nhân dân xã An Hưng". Lower case only, as unit names are written ("Văn hóa - Xã hội"
# is a field of work, not a commune; nor is a "hợp tác xã"). "đặc khu" first: it is two words.
_KIND_IN_NAME = re.compile(r"(?<!\w)(đặc khu|phường|(?<!tác )xã)(?!\w)")
_WORD_KINDS = {word: kind for kind, word in KIND_WORDS.items()}
# The tier above, as `dia_phuong` ends: "…, tỉnh Hưng Yên" or "…, thành phố Hải Phòng".
_PROVINCE_IN_LOCALITY = re.compile(r"(?<!\w)(tỉnh|thành phố)(?!\w)[^,]*$")


def kind_in_name(name: str) -> LocalityKind | None:
    """The kind of unit an agency's name gives ("Ủy ban nhân dân phường Lê Thanh Nghị"), if any."""
    found = _KIND_IN_NAME.search(name)
    return _WORD_KINDS[found.group(1)] if found else None  # type: ignore[return-value]


@dataclass(frozen=True)
class Locality:
    """How the portal names its own unit and the tier above it."""

    kind: LocalityKind
    # "tỉnh" or "thành phố": the provincial tier named at the end of `dia_phuong`.
    province_word: str

    @property
    def word(self) -> str:
        """In a sentence: "xã", "phường", "đặc khu"."""
        return KIND_WORDS[self.kind]

    @property
    def title(self) -> str:
        """At the start of a label: "Xã", "Phường", "Đặc khu"."""
        return self.word[0].upper() + self.word[1:]

    @property
    def province_title(self) -> str:
        return self.province_word[0].upper() + self.province_word[1:]


def province_word(locality: str) -> str:
    """"tỉnh" or "thành phố" as the end of `dia_phuong` names it; "tỉnh, thành phố" when it names neither."""
    found = _PROVINCE_IN_LOCALITY.search(locality)
    return found.group(1) if found else "tỉnh, thành phố"
