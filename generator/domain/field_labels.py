"""The short Vietnamese name of each YAML key, as a form shows it above the field.

The form editor at /quan-tri/ (`generator/authoring/cms_config.py`) labels every field with
this table and puts the longer description of `generator/domain/descriptions.py` under it. A
test fails when a key of `generator/domain/keys.py` has no label here.
"""

from __future__ import annotations

LABELS: dict[str, str] = {
    # Shared by several kinds of record
    "ma": "Mã",
    "ten": "Tên",
    "mo_ta": "Mô tả",
    "trang_thai": "Trạng thái",
    "don_vi": "Đơn vị",
    "don_vi_tham_gia": "Đơn vị tham gia",
    "phong_trao": "Phong trào thi đua",
    "quyet_dinh": "Quyết định liên quan",
    "ngay": "Ngày",
    "so_ky_hieu": "Số, ký hiệu",
    "co_quan_ban_hanh": "Cơ quan ban hành",
    "cap": "Cấp",
    "danh_xung": "Danh xưng",
    "chuc_vu": "Chức vụ",
    "ho_ten": "Họ và tên",
    "ten_goi_khac": "Tên gọi khác",
    "dia_chi": "Địa chỉ",
    "ngay_dang": "Ngày đăng",
    "ban_nhap": "Bản nháp (chưa đăng)",
    "ngay_cong_bo": "Ngày công bố",
    # Catalogue of titles and forms
    "nhom": "Nhóm",
    "doi_tuong": "Đối tượng được tặng",
    "tham_quyen": "Thẩm quyền quyết định",
    # Units
    "loai_don_vi": "Loại đơn vị",
    "don_vi_cap_tren": "Đơn vị cấp trên",
    "hoat_dong_tu": "Hoạt động từ ngày",
    "hoat_dong_den": "Hoạt động đến ngày",
    "ten_cu": "Tên cũ",
    # Campaigns
    "cap_phat_dong": "Cấp phát động",
    "hinh_thuc": "Hình thức",
    "van_ban_phat_dong": "Văn bản phát động",
    "tu_ngay": "Từ ngày",
    "den_ngay": "Đến ngày",
    "muc_tieu": "Mục tiêu",
    "tieu_chi": "Tiêu chí",
    "ket_qua": "Kết quả",
    "moc_thoi_gian": "Các mốc thời gian",
    "su_kien": "Sự kiện",
    "loai_su_kien": "Loại sự kiện",
    # Award decisions
    "ngay_ky": "Ngày ký",
    "nguoi_ky": "Người ký",
    "trich_yeu": "Trích yếu",
    "loai_hinh": "Loại hình khen thưởng",
    "tep_dinh_kem": "Tệp đính kèm (PDF đã che thông tin cá nhân)",
    "quyet_dinh_thay_doi": "Quyết định đính chính hoặc hủy bỏ",
    "ghi_chu_trang_thai": "Ghi chú về trạng thái",
    "danh_sach": "Danh sách khen thưởng",
    "doi_tuong_nhan": "Cá nhân, tập thể hay hộ gia đình",
    "danh_hieu": "Danh hiệu hoặc hình thức khen thưởng",
    "thanh_tich": "Thành tích",
    "truy_tang": "Truy tặng",
    "loai_quyet_dinh": "Loại quyết định",
    "ma_nguoi": "Mã người (để nhận ra cùng một người)",
    # Exemplary examples
    "loai": "Loại",
    "nhan_vat": "Nhân vật",
    "linh_vuc": "Lĩnh vực",
    "tom_tat": "Tóm tắt",
    "noi_dung": "Nội dung",
    "so_lieu": "Số liệu",
    "nhan": "Nhãn",
    "gia_tri": "Giá trị",
    "anh": "Ảnh",
    "tep": "Tệp",
    "chu_thich": "Chú thích",
    "dong_y_cong_bo": "Đã có đồng ý công bố",
    "noi_bat": "Giới thiệu nổi bật",
    # The year's plan
    "nam": "Năm",
    "chu_de_phuong": "Chủ đề thi đua của phường",
    "chu_de_thanh_pho": "Chủ đề thi đua của thành phố",
    "ke_hoach": "Kế hoạch",
    "chi_tieu": "Chỉ tiêu",
    "don_vi_tinh": "Đơn vị tính",
    "gia_tri_muc_tieu": "Giá trị mục tiêu",
    "chieu": "Chiều đánh giá",
    "thuc_hien": "Kết quả thực hiện",
    "ky": "Kỳ",
    "nhiem_vu": "Nhiệm vụ",
    "quy": "Quý",
    "chu_tri": "Cơ quan chủ trì",
    # Emulation blocks
    "so_khoi": "Số khối",
    "co_quan_to_chuc": "Cơ quan tổ chức",
    "khoi_truong": "Khối trưởng",
    "khoi_pho": "Khối phó",
    "thanh_vien": "Thành viên",
    "giao_uoc": "Giao ước thi đua",
    "diem_toi_da": "Điểm tối đa",
    "cham_diem": "Chấm điểm",
    "tu_cham": "Điểm tự chấm",
    "tham_dinh": "Điểm thẩm định",
    "diem_thuong": "Điểm thưởng",
    "diem_tru": "Điểm trừ",
    "ghi_chu": "Ghi chú",
    "suy_ton": "Suy tôn",
    "de_nghi": "Đề nghị",
    "quyet_dinh_khen_thuong": "Quyết định khen thưởng",
    # Public comment, holidays, reports, council meetings
    "so_ngay_lam_viec": "Số ngày làm việc",
    "lam_bu": "Ngày làm bù",
    "noi_nhan_y_kien": "Nơi nhận ý kiến",
    "danh_sach_de_nghi": "Danh sách đề nghị",
    "loai_bao_cao": "Loại báo cáo",
    "chuong_trinh": "Chương trình họp",
    "chu_tri_hop": "Người chủ trì",
    "lien_ket": "Liên kết",
    "cong_khai_theo_luat": "Thông tin công khai theo luật",
    "can_cu": "Căn cứ pháp lý",
    # Site settings
    "ten_co_quan": "Tên cơ quan",
    "ten_cong_thong_tin": "Tên cổng thông tin",
    "dia_phuong": "Địa phương",
    "loai_dia_phuong": "Loại đơn vị hành chính (xã, phường, đặc khu)",
    "co_quan_dang_tai": "Cơ quan đăng tải",
    "dien_thoai": "Điện thoại",
    "email": "Thư điện tử",
    "dia_chi_web": "Địa chỉ web",
    "logo": "Logo",
    "mau_chu_dao": "Màu chủ đạo",
    "mau_nhan": "Màu nhấn",
    "giay_phep_du_lieu": "Giấy phép dữ liệu",
    "duong_dan": "Đường dẫn",
}

# Where one key means something else in one schema class: (class name, key) -> label.
IN_CONTEXT: dict[tuple[str, str], str] = {
    ("Example", "noi_dung"): "Câu chuyện (Markdown)",
    ("Task", "noi_dung"): "Nội dung nhiệm vụ",
    ("Task", "ket_qua"): "Kết quả (liên kết tới hồ sơ)",
    ("Report", "noi_dung"): "Nội dung báo cáo (Markdown)",
    ("Example", "quyet_dinh"): "Quyết định khen thưởng liên quan",
}


def label(model: str, key: str) -> str:
    """The label of `key` as it is used in the schema class named `model`."""
    return IN_CONTEXT.get((model, key)) or LABELS[key]
