"""How the codes stored in data read on the public pages."""

LEVEL = {
    "trung_uong": "Trung ương",
    "tinh": "Tỉnh",
    "thanh_pho": "Thành phố",
    "quan_huyen": "Quận, huyện",
    "phuong": "Phường",
}

RECIPIENT_KIND = {"ca_nhan": "Cá nhân", "tap_the": "Tập thể", "ho_gia_dinh": "Hộ gia đình"}
# Inside a sentence: "không tặng cho hộ gia đình".
RECIPIENT_KIND_IN_SENTENCE = {code: label.lower() for code, label in RECIPIENT_KIND.items()}

DECISION_STATUS = {
    "co_hieu_luc": "Có hiệu lực",
    "da_dinh_chinh": "Đã đính chính",
    "da_huy_bo": "Đã hủy bỏ",
}

CAMPAIGN_STATUS = {
    "dang_trien_khai": "Đang triển khai",
    "so_ket": "Đã sơ kết",
    "tong_ket": "Đã tổng kết",
}

CAMPAIGN_FORM = {"thuong_xuyen": "Thường xuyên", "chuyen_de": "Theo chuyên đề"}

EXAMPLE_CATEGORY = {
    "dien_hinh_tien_tien": "Điển hình tiên tiến",
    "nguoi_tot_viec_tot": "Gương người tốt, việc tốt",
    "mo_hinh_moi": "Mô hình mới",
    "cach_lam_hay": "Cách làm hay",
}

UNIT_TYPE = {
    "co_quan_nha_nuoc": "Cơ quan nhà nước",
    "truong_hoc": "Trường học",
    "to_dan_pho": "Tổ dân phố",
    "doanh_nghiep": "Doanh nghiệp",
    "doan_the": "Tổ chức chính trị - xã hội",
    "don_vi_su_nghiep": "Đơn vị sự nghiệp",
    "luc_luong_vu_trang": "Lực lượng vũ trang",
}

TASK_STATUS = {
    "chua_thuc_hien": "Chưa thực hiện",
    "dang_thuc_hien": "Đang thực hiện",
    "hoan_thanh": "Hoàn thành",
}

GROUP = {"danh_hieu_thi_dua": "Danh hiệu thi đua", "hinh_thuc_khen_thuong": "Hình thức khen thưởng"}

REPORT_KIND = {
    "so_ket_6_thang": "Báo cáo sơ kết 6 tháng",
    "tong_ket_nam": "Báo cáo tổng kết năm",
    "khac": "Báo cáo",
}

DECISION_KIND = {
    "khen_thuong": "Khen thưởng",
    "dinh_chinh": "Đính chính",
    "huy_bo": "Hủy bỏ",
}

QUARTER = {1: "Quý I", 2: "Quý II", 3: "Quý III", 4: "Quý IV"}
# Inside a sentence: lower-case "quý", the Roman numeral kept (a screen reader reads "quý i" as a word).
QUARTER_IN_SENTENCE = {number: "quý" + name.removeprefix("Quý") for number, name in QUARTER.items()}

# The groups a reader can narrow search results to, in the order the search page lists them.
SEARCH_GROUPS = ("Quyết định", "Người, tập thể", "Điển hình", "Phong trào", "Đơn vị", "Khác")
