"""Records the tests start from, written once: each test states only what it changes.

Tests that expect a line number count it in these texts, so a change here moves the lines those
tests expect (tests/loading/test_error_messages.py, test_fast_loading.py, test_malformed_corpus.py,
tests/build/test_build.py).
"""

from __future__ import annotations

import textwrap

from tests.conftest import MINIMAL_DATA

# A second decision beside MINIMAL_DATA's: one person of its school, the title written in its other
# spelling (Chiến sỹ).
DECISION = "data/quyet_dinh/16-qd-ubnd-2026.yml"
DECISION_TEXT = """\
ma: 16-qd-ubnd-2026
so_ky_hieu: 16/QĐ-UBND
ngay_ky: 2026-01-20
co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị
cap: phuong
nguoi_ky:
  chuc_vu: Chủ tịch
  ho_ten: Nguyễn Hữu Phúc
trich_yeu: Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025
loai_hinh: cong-trang
danh_sach:
  - doi_tuong_nhan: ca_nhan
    danh_xung: Ông
    ten: Lê Văn Bình
    don_vi: truong-thcs
    danh_hieu: Chiến sỹ thi đua cơ sở
"""


def edited(text: str, *changes: tuple[str, str]) -> str:
    """`text` with the first `old` of each (old, new) replaced; an `old` not found fails the test, so
    a record that moves on cannot silently leave a case testing the unchanged text."""
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def minimal_text(name: str, *changes: tuple[str, str]) -> str:
    """The text of MINIMAL_DATA's file `name`, without its indentation, with `changes` made."""
    return edited(textwrap.dedent(MINIMAL_DATA[name]), *changes)
