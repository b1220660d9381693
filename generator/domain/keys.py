"""The one place where Python names meet the keys that editors write in YAML.

Editors see Vietnamese without diacritics (`so_ky_hieu`); the code reads English
(`number`). Every schema takes its YAML keys from this table, so a key is renamed here or
nowhere.
"""

YAML_KEYS: dict[str, str] = {
    # Shared by several kinds of record
    "id": "ma",
    "name": "ten",
    "description": "mo_ta",
    "status": "trang_thai",
    "unit": "don_vi",
    "units": "don_vi_tham_gia",
    "campaign": "phong_trao",
    "decisions": "quyet_dinh",
    "date": "ngay",
    "number": "so_ky_hieu",
    "issuer": "co_quan_ban_hanh",
    "level": "cap",
    "honorific": "danh_xung",
    "position": "chuc_vu",
    "full_name": "ho_ten",
    "aliases": "ten_goi_khac",
    "address": "dia_chi",
    "published": "ngay_dang",
    # Catalogue of titles and forms
    "group": "nhom",
    "recipient_kinds": "doi_tuong",
    "decided_by": "tham_quyen",
    # Units
    "unit_type": "loai_don_vi",
    "parent": "don_vi_cap_tren",
    "active_from": "hoat_dong_tu",
    "active_until": "hoat_dong_den",
    "former_names": "ten_cu",
    # Campaigns
    "launch_level": "cap_phat_dong",
    "form": "hinh_thuc",
    "launch_document": "van_ban_phat_dong",
    "start": "tu_ngay",
    "end": "den_ngay",
    "goals": "muc_tieu",
    "criteria": "tieu_chi",
    "results": "ket_qua",
    # Award decisions
    "signed": "ngay_ky",
    "signer": "nguoi_ky",
    "summary": "trich_yeu",
    "commendation_type": "loai_hinh",
    "attachment": "tep_dinh_kem",
    "changed_by": "quyet_dinh_thay_doi",
    "status_note": "ghi_chu_trang_thai",
    "recipients": "danh_sach",
    "recipient_kind": "doi_tuong_nhan",
    "award": "danh_hieu",
    "achievement": "thanh_tich",
    "posthumous": "truy_tang",
    # Exemplary examples
    "category": "loai",
    "person": "nhan_vat",
    "field": "linh_vuc",
    "abstract": "tom_tat",
    "story": "noi_dung",
    "figures": "so_lieu",
    "label": "nhan",
    "value": "gia_tri",
    "photos": "anh",
    "file": "tep",
    "caption": "chu_thich",
    "consent": "dong_y_cong_bo",
    # Year plan
    "year": "nam",
    "ward_theme": "chu_de_phuong",
    "city_theme": "chu_de_thanh_pho",
    "plan": "ke_hoach",
    "targets": "chi_tieu",
    "target": "muc_tieu",
    "measure": "don_vi_tinh",
    "target_value": "gia_tri_muc_tieu",
    "direction": "chieu",
    "actuals": "thuc_hien",
    "period": "ky",
    "tasks": "nhiem_vu",
    "quarter": "quy",
    "content": "noi_dung",
    "lead": "chu_tri",
    "output": "ket_qua",
    # Site settings (site_config.yml)
    "organisation": "ten_co_quan",
    "portal_name": "ten_cong_thong_tin",
    "locality": "dia_phuong",
    "office": "co_quan_dang_tai",
    "phone": "dien_thoai",
    "email": "email",
    "base_url": "dia_chi_web",
    "logo": "logo",
    "primary_colour": "mau_chu_dao",
    "accent_colour": "mau_nhan",
    "data_licence": "giay_phep_du_lieu",
    "url": "duong_dan",
}


def yaml_key(python_name: str) -> str:
    return YAML_KEYS[python_name]
