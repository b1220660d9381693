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


# An emulation block with every optional field filled in: two members scored on a covenant of two
# criteria (the first verified, with a bonus, a penalty and a note; the second self-assessed), and
# an honour proposed and then granted by MINIMAL_DATA's decision.
BLOCK = "data/khoi_thi_dua/khoi-8-2026.yml"
BLOCK_TEXT = """\
ma: khoi-8-2026
ten: Khối thi đua số 8
so_khoi: 8
nam: 2026
co_quan_to_chuc: Ủy ban nhân dân thành phố Hải Phòng
khoi_truong: ubnd-phuong
thanh_vien: [ubnd-phuong, truong-thcs]
giao_uoc:
  ngay_ky: 2026-02-20
  tieu_chi:
    - ma: chi-dao
      ten: Công tác chỉ đạo, điều hành
      diem_toi_da: 20
    - ma: ket-qua
      ten: Kết quả thực hiện nhiệm vụ
      diem_toi_da: 70
cham_diem:
  - don_vi: ubnd-phuong
    tu_cham: {chi-dao: 18, ket-qua: 65.5}
    tham_dinh: {chi-dao: 17, ket-qua: 64}
    diem_thuong: 1
    diem_tru: 0.5
    ghi_chu: Dẫn đầu khối
  - don_vi: truong-thcs
    tu_cham: {chi-dao: 15, ket-qua: 60}
khoi_pho: truong-thcs
phong_trao: thi-dua-2026
suy_ton:
  - don_vi: truong-thcs
    de_nghi: Tập thể lao động tiên tiến
    quyet_dinh_khen_thuong: 15-qd-ubnd-2026
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
