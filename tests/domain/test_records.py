from datetime import date

import pytest
from pydantic import ValidationError

from generator.domain.records import Campaign, Decision, Recipient


def recipient(**changes):
    fields = {"doi_tuong_nhan": "ca_nhan", "danh_xung": "Bà", "ten": "Trần Thị Đức",
              "danh_hieu": "Lao động tiên tiến"}
    fields.update(changes)
    return fields


def decision(**changes):
    fields = {
        "ma": "15-qd-ubnd-2026", "so_ky_hieu": "15/QĐ-UBND", "ngay_ky": "05/02/2026",
        "co_quan_ban_hanh": "Ủy ban nhân dân phường", "cap": "phuong",
        "nguoi_ky": {"chuc_vu": "Chủ tịch", "ho_ten": "Nguyễn Hữu Phúc"},
        "trich_yeu": "Về việc tặng danh hiệu", "loai_hinh": "cong-trang",
        "danh_sach": [recipient()],
    }
    fields.update(changes)
    return fields


def test_office_date_format_is_accepted():
    assert Decision.model_validate(decision()).signed == date(2026, 2, 5)


def test_impossible_date_is_rejected():
    with pytest.raises(ValidationError, match="không có trên lịch"):
        Decision.model_validate(decision(ngay_ky="31/02/2026"))


def test_yaml_keys_are_the_only_keys_accepted():
    with pytest.raises(ValidationError, match="extra_forbidden|Extra inputs"):
        Decision.model_validate({**decision(), "number": "15/QĐ-UBND"})


def test_revoked_decision_must_name_the_revoking_decision():
    with pytest.raises(ValidationError, match="quyet_dinh_thay_doi"):
        Decision.model_validate(decision(trang_thai="da_huy_bo"))
    revoked = Decision.model_validate(decision(trang_thai="da_huy_bo", quyet_dinh_thay_doi="20-qd-ubnd-2026"))
    assert revoked.changed_by == "20-qd-ubnd-2026"


def test_honorifics_are_optional_and_only_individuals_have_posthumous_awards():
    Recipient.model_validate(recipient(doi_tuong_nhan="tap_the", danh_xung=None, ten="Tổ Toán"))
    # Nghị định 98/2023/NĐ-CP's forms name a person without "Ông"/"Bà": the list may leave it out.
    assert Recipient.model_validate(recipient(danh_xung=None)).honorific is None
    with pytest.raises(ValidationError, match="truy tặng"):
        Recipient.model_validate(recipient(doi_tuong_nhan="ho_gia_dinh", danh_xung=None, truy_tang=True))


def test_campaign_cannot_end_before_it_starts():
    fields = {"ma": "pt", "ten": "Phong trào", "cap_phat_dong": "phuong", "hinh_thuc": "chuyen_de",
              "tu_ngay": "2026-03-01", "den_ngay": "2026-02-01", "muc_tieu": "Mục tiêu",
              "trang_thai": "so_ket"}
    with pytest.raises(ValidationError, match="trước ngày bắt đầu"):
        Campaign.model_validate(fields)
