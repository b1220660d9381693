"""The decision named in `quyet_dinh_thay_doi` must really be the one that corrected or revoked.

Rules (generator/loading/changes.py): Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 (khen
thưởng "chính xác, công khai, minh bạch") and Nghị định 30/2020/NĐ-CP, Điều 16 (a document sent
out with errors is corrected or replaced by a later document of the issuing authority, naming
what it changes).
"""

from __future__ import annotations

import pytest

from generator.loading.errors import DataErrors
from generator.loading.loader import load_portal

CHANGED = "data/quyet_dinh/15-qd-ubnd-2026.yml"
CHANGER = "data/quyet_dinh/20-qd-ubnd-2026.yml"

# Decision 15 of the minimal data, its first entry changed by decision 20 (line 19 names it).
ENTRY_CHANGED = """\
ma: 15-qd-ubnd-2026
so_ky_hieu: 15/QĐ-UBND
ngay_ky: 2026-01-15
co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị
cap: phuong
nguoi_ky:
  chuc_vu: Chủ tịch
  ho_ten: Nguyễn Hữu Phúc
trich_yeu: Về việc tặng danh hiệu Lao động tiên tiến năm 2025
loai_hinh: cong-trang
danh_sach:
  - doi_tuong_nhan: ca_nhan
    danh_xung: Bà
    ten: Trần Thị Đức
    chuc_vu: Giáo viên
    don_vi: truong-thcs
    danh_hieu: Lao động tiên tiến
    trang_thai: {status}
    quyet_dinh_thay_doi: 20-qd-ubnd-2026
{corrected}  - doi_tuong_nhan: tap_the
    ten: Tổ Toán - Tin
    don_vi: truong-thcs
    danh_hieu: Tập thể lao động tiên tiến
"""
CORRECTED = "    dinh_chinh_thanh:\n      ten: Trần Thị Đứcc\n"

# Decision 15 changed whole (line 11 names the changing decision).
WHOLE_CHANGED = """\
ma: 15-qd-ubnd-2026
so_ky_hieu: 15/QĐ-UBND
ngay_ky: 2026-01-15
co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị
cap: phuong
nguoi_ky:
  chuc_vu: Chủ tịch
  ho_ten: Nguyễn Hữu Phúc
trich_yeu: Về việc tặng danh hiệu Lao động tiên tiến năm 2025
trang_thai: {status}
quyet_dinh_thay_doi: 20-qd-ubnd-2026
loai_hinh: cong-trang
danh_sach:
  - doi_tuong_nhan: ca_nhan
    danh_xung: Bà
    ten: Trần Thị Đức
    danh_hieu: Lao động tiên tiến
"""


def changer(kind: str = "huy_bo", signed: str = "2026-02-01", listed: str = "Trần Thị Đức") -> str:
    items = "" if listed is None else (
        "danh_sach:\n  - doi_tuong_nhan: ca_nhan\n    danh_xung: Bà\n"
        f"    ten: {listed}\n    danh_hieu: Lao động tiên tiến\n")
    return (
        f"ma: 20-qd-ubnd-2026\nloai_quyet_dinh: {kind}\nso_ky_hieu: 20/QĐ-UBND\nngay_ky: {signed}\n"
        "co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị\ncap: phuong\n"
        "nguoi_ky:\n  chuc_vu: Chủ tịch\n  ho_ten: Nguyễn Hữu Phúc\n"
        "trich_yeu: Về việc thay đổi Quyết định số 15/QĐ-UBND\nloai_hinh: cong-trang\n" + items
    )


def entry(status: str) -> str:
    return ENTRY_CHANGED.format(status=status, corrected=CORRECTED if status == "da_dinh_chinh" else "")


WRONG_KIND_REVOKED = (
    f"{CHANGED}:19: quyet_dinh_thay_doi (danh_sach, mục 1): Quyết định số 20/QĐ-UBND (20-qd-ubnd-2026) là "
    "quyết định khen thưởng (loai_quyet_dinh: khen_thuong), không phải quyết định hủy bỏ. Cách sửa: ghi mã "
    "của quyết định hủy bỏ đã hủy bỏ mục này; nếu quyết định đó đúng là quyết định hủy bỏ, ghi "
    "`loai_quyet_dinh: huy_bo` trong tệp của nó"
)


@pytest.mark.parametrize("changed, changing, expected", [
    pytest.param(entry("da_huy_bo"), changer(), [], id="revoked-by-a-later-revocation-listing-it"),
    pytest.param(entry("da_dinh_chinh"), changer("dinh_chinh", listed="Trần Thị Đứcc"), [],
                 id="corrected-entry-listed-by-its-corrected-name"),
    pytest.param(WHOLE_CHANGED.format(status="da_dinh_chinh"), changer("dinh_chinh", listed=None), [],
                 id="whole-decision-corrected-by-a-decision-without-a-list"),
    pytest.param(entry("da_huy_bo"), changer("khen_thuong"), [WRONG_KIND_REVOKED],
                 id="an-award-decision-cannot-revoke"),
    pytest.param(entry("da_huy_bo"), changer("dinh_chinh"), [
        f"{CHANGED}:19: quyet_dinh_thay_doi (danh_sach, mục 1): Quyết định số 20/QĐ-UBND (20-qd-ubnd-2026) "
        "là quyết định đính chính (loai_quyet_dinh: dinh_chinh), không phải quyết định hủy bỏ. Cách sửa: "
        "ghi mã của quyết định hủy bỏ đã hủy bỏ mục này; nếu quyết định đó đúng là quyết định hủy bỏ, ghi "
        "`loai_quyet_dinh: huy_bo` trong tệp của nó"], id="a-correction-cannot-revoke"),
    pytest.param(WHOLE_CHANGED.format(status="da_dinh_chinh"), changer("huy_bo", listed=None), [
        f"{CHANGED}:11: quyet_dinh_thay_doi: Quyết định số 20/QĐ-UBND (20-qd-ubnd-2026) là quyết định hủy "
        "bỏ (loai_quyet_dinh: huy_bo), không phải quyết định đính chính. Cách sửa: ghi mã của quyết định "
        "đính chính đã đính chính quyết định này; nếu quyết định đó đúng là quyết định đính chính, ghi "
        "`loai_quyet_dinh: dinh_chinh` trong tệp của nó"], id="a-revocation-cannot-correct"),
    pytest.param(entry("da_huy_bo"), changer(signed="2024-06-01"), [
        f"{CHANGED}:19: quyet_dinh_thay_doi (danh_sach, mục 1): Quyết định số 20/QĐ-UBND (20-qd-ubnd-2026) "
        "ký ngày 01/06/2024, không sau ngày ký của quyết định này (15/01/2026): không thể hủy bỏ một quyết "
        "định ký sau nó. Cách sửa: kiểm tra mã quyết định đã hủy bỏ và ngày ký (ngay_ky) của hai quyết "
        "định"], id="the-changing-decision-is-signed-later"),
    pytest.param(entry("da_huy_bo"), changer(signed="2026-01-15"), [
        f"{CHANGED}:19: quyet_dinh_thay_doi (danh_sach, mục 1): Quyết định số 20/QĐ-UBND (20-qd-ubnd-2026) "
        "ký ngày 15/01/2026, không sau ngày ký của quyết định này (15/01/2026): không thể hủy bỏ một quyết "
        "định ký sau nó. Cách sửa: kiểm tra mã quyết định đã hủy bỏ và ngày ký (ngay_ky) của hai quyết "
        "định"], id="not-on-the-same-day"),
    pytest.param(entry("da_huy_bo"), changer(listed="Lê Văn Bình"), [
        f"{CHANGED}:19: quyet_dinh_thay_doi (danh_sach, mục 1): Quyết định số 20/QĐ-UBND (20-qd-ubnd-2026) "
        "không nêu Trần Thị Đức trong danh sách hủy bỏ của nó. Cách sửa: thêm mục của người, tập thể này "
        "vào danh_sach của quyết định 20-qd-ubnd-2026 (cùng ma_nguoi hoặc cùng tên), hoặc kiểm tra lại mã "
        "quyết định"], id="the-changing-decision-lists-the-entry"),
    pytest.param(entry("da_huy_bo"), changer(listed=None), [
        f"{CHANGED}:19: quyet_dinh_thay_doi (danh_sach, mục 1): Quyết định số 20/QĐ-UBND (20-qd-ubnd-2026) "
        "không nêu Trần Thị Đức trong danh sách hủy bỏ của nó. Cách sửa: thêm mục của người, tập thể này "
        "vào danh_sach của quyết định 20-qd-ubnd-2026 (cùng ma_nguoi hoặc cùng tên), hoặc kiểm tra lại mã "
        "quyết định"], id="an-entry-is-changed-only-by-a-list-naming-it"),
])
def test_law_06_2022_art_5_and_decree_30_2020_art_16_changing_decision(scratch_project, changed, changing,
                                                                        expected):
    root = scratch_project({CHANGED: changed, CHANGER: changing})
    if not expected:
        load_portal(root)
        return
    with pytest.raises(DataErrors) as raised:
        load_portal(root)
    assert [str(error) for error in raised.value.errors] == expected


@pytest.mark.parametrize("corrected, status, expected", [
    pytest.param("", "da_dinh_chinh",
                 f"{CHANGED}:18: trang_thai (danh_sach, mục 1): mục đã đính chính cần ghi giá trị đã sửa trong "
                 "dinh_chinh_thanh (ví dụ `ten:` họ tên đúng), để danh sách hiện giá trị đúng",
                 id="a-corrected-entry-carries-its-corrected-values"),
    pytest.param(CORRECTED, "da_huy_bo",
                 f"{CHANGED}:20: dinh_chinh_thanh (danh_sach, mục 1): chỉ mục đã đính chính (trang_thai: "
                 "da_dinh_chinh) mới ghi dinh_chinh_thanh", id="only-a-corrected-entry-has-corrected-values"),
    pytest.param("    dinh_chinh_thanh: {}\n", "da_dinh_chinh",
                 f"{CHANGED}:20: dinh_chinh_thanh (danh_sach, mục 1): cần ít nhất một giá trị đã sửa (ten, "
                 "danh_xung, chuc_vu, don_vi hoặc thanh_tich)", id="a-correction-corrects-something"),
])
def test_decree_30_2020_art_16_corrected_values(scratch_project, corrected, status, expected):
    kind = "dinh_chinh" if status == "da_dinh_chinh" else "huy_bo"
    root = scratch_project({CHANGED: ENTRY_CHANGED.format(status=status, corrected=corrected),
                            CHANGER: changer(kind)})
    with pytest.raises(DataErrors) as raised:
        load_portal(root)
    assert [str(error) for error in raised.value.errors] == [expected]


def test_a_corrected_entry_shows_its_corrected_values_and_belongs_to_its_corrected_unit(scratch_project):
    corrected = "    dinh_chinh_thanh:\n      ten: Trần Thị Đứcc\n      don_vi: ubnd-phuong\n"
    root = scratch_project({CHANGED: ENTRY_CHANGED.format(status="da_dinh_chinh", corrected=corrected),
                            CHANGER: changer("dinh_chinh", listed="Trần Thị Đứcc")})
    portal = load_portal(root)
    award = next(a for a in portal.awards() if a.position == 1)
    assert (award.shown.name, award.shown.unit, award.recipient.name) == ("Trần Thị Đứcc", "ubnd-phuong", "Trần Thị Đức")
    assert award.recipient.originals() == {"name": "Trần Thị Đức", "unit": "truong-thcs"}
    assert [a.position for a in portal.awards_by_unit()["ubnd-phuong"]] == [1]
