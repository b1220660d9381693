"""What each YAML key means, in Vietnamese, for the people who write the data.

One table serves two tools: the comments of a file made by `python -m generator new` and the
`description` that editors see while typing (JSON Schema in `schemas/`). A test fails when a
key of `generator/domain/keys.py` is missing here, so a new key is documented when it is added.
A `Field(description=...)` written on a schema takes precedence over this table.
"""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    # Shared by several kinds of record
    "ma": "Mã của hồ sơ: chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ 15-qd-ubnd-2026. "
          "Mã là phần cuối địa chỉ trang và là cách các hồ sơ khác nhắc tới hồ sơ này.",
    "ten": "Tên đầy đủ, viết như trên văn bản.",
    "mo_ta": "Vài câu giới thiệu.",
    "trang_thai": "Trạng thái, chọn một trong các giá trị được gợi ý.",
    "don_vi": "Mã đơn vị (tên tệp trong data/don_vi/, không có .yml).",
    "don_vi_tham_gia": "Danh sách mã các đơn vị tham gia, mỗi mã một dòng bắt đầu bằng `- `.",
    "phong_trao": "Mã phong trào thi đua liên quan (trong data/phong_trao/).",
    "quyet_dinh": "Danh sách mã các quyết định khen thưởng liên quan (trong data/quyet_dinh/).",
    "ngay": "Ngày, dạng YYYY-MM-DD (ví dụ 2026-02-05) hoặc \"05/02/2026\" trong dấu nháy.",
    "so_ky_hieu": "Số, ký hiệu văn bản, ví dụ \"15/QĐ-UBND\".",
    "co_quan_ban_hanh": "Cơ quan ban hành văn bản, ví dụ Ủy ban nhân dân phường Lê Thanh Nghị.",
    "cap": "Cấp của cơ quan: trung_uong, tinh, thanh_pho, phuong, xa, dac_khu; co_quan (cơ quan, tổ chức, "
           "đơn vị), doanh_nghiep (doanh nghiệp, hợp tác xã); quan_huyen chỉ dùng cho văn bản trước 01/7/2025.",
    "danh_xung": "Danh xưng: Ông hoặc Bà.",
    "chuc_vu": "Chức vụ, ví dụ Giáo viên, Tổ trưởng tổ dân phố.",
    "ho_ten": "Họ và tên đầy đủ, có dấu.",
    "ten_goi_khac": "Các cách viết khác của tên (ví dụ \"Chiến sỹ\" cho \"Chiến sĩ\"), mỗi tên một dòng.",
    "dia_chi": "Địa chỉ công vụ (không ghi địa chỉ nhà riêng của cá nhân).",
    "ngay_dang": "Ngày đăng lên cổng thông tin; dùng để sắp xếp, mới nhất trước.",
    "ban_nhap": "Bản nháp: ghi true thì hồ sơ chưa được đăng công khai, chỉ hiện khi xem trước "
                "(python -m generator serve) với dải \"Bản nháp\". Khi muốn đăng: xóa dòng này "
                "hoặc ghi false.",
    "ngay_cong_bo": "Ngày công bố: trước ngày này hồ sơ chưa được đăng công khai; trang được tạo "
                    "lại vào hoặc sau ngày này sẽ có hồ sơ. Bỏ trống để đăng ngay.",
    # Catalogue of titles and forms
    "nhom": "Nhóm: danh_hieu_thi_dua (danh hiệu thi đua) hoặc hinh_thuc_khen_thuong (hình thức khen thưởng).",
    "doi_tuong": "Đối tượng được tặng: ca_nhan, tap_the, ho_gia_dinh (một hoặc nhiều).",
    "tham_quyen": "Cấp có thẩm quyền quyết định, ví dụ Chủ tịch Ủy ban nhân dân phường.",
    "tham_quyen_tang": "Mọi cấp được quyết định tặng, mỗi dòng: cap, chuc_vu_ky, tu_ngay, den_ngay, can_cu. "
                       "Quyết định có cap, nguoi_ky, ngay_ky không khớp dòng nào thì bị báo lỗi.",
    "chu_ky_nam": "Chu kỳ xét tặng, tính bằng năm (1: hằng năm): cùng người được tặng lại trong chu kỳ thì lệnh "
                  "check nhắc (lưu ý, không phải lỗi).",
    "can_cu_chu_ky": "Điều, khoản quy định chu kỳ xét tặng.",
    "dieu_kien_truoc": "Danh hiệu phải có trước, mỗi dòng: danh_hieu_truoc, so_lan, trong_so_nam, can_cu. Người có "
                       "ma_nguoi mà trên cổng chưa thấy đủ thì lệnh check nhắc.",
    "danh_hieu_truoc": "Tên hoặc mã danh hiệu phải có trước (một hoặc nhiều, có một trong số đó là được).",
    "so_lan": "Số lần phải được tặng.",
    "trong_so_nam": "Trong bao nhiêu năm trước ngày ký quyết định.",
    "chuc_vu_ky": "Chức vụ người ký được quyết định tặng, ví dụ [Chủ tịch, Phó Chủ tịch]; bỏ trống là người "
                  "đứng đầu cơ quan ban hành.",
    # Units
    "loai_don_vi": "Loại đơn vị: cơ quan nhà nước, trường học, khu dân cư (tổ dân phố, khu phố, thôn, ấp, "
                   "bản, buôn, làng, sóc), doanh nghiệp, đoàn thể, đơn vị sự nghiệp, lực lượng vũ trang.",
    "don_vi_cap_tren": "Mã đơn vị cấp trên (trong data/don_vi/), nếu có.",
    "hoat_dong_tu": "Ngày bắt đầu hoạt động (ví dụ ngày thành lập sau sắp xếp).",
    "hoat_dong_den": "Ngày thôi hoạt động (sáp nhập, giải thể); bỏ trống nếu còn hoạt động.",
    "ten_cu": "Các tên cũ của đơn vị, mỗi tên kèm ngày thôi dùng (den_ngay).",
    # Campaigns
    "cap_phat_dong": "Cấp phát động phong trào.",
    "hinh_thuc": "Hình thức thi đua: thuong_xuyen (thường xuyên) hoặc chuyen_de (theo chuyên đề).",
    "van_ban_phat_dong": "Văn bản phát động: số ký hiệu, ngày, cơ quan ban hành.",
    "tu_ngay": "Ngày bắt đầu.",
    "den_ngay": "Ngày kết thúc; bỏ trống nếu chưa kết thúc.",
    "muc_tieu": "Mục tiêu (phong trào: viết Markdown; chỉ tiêu: mức cần đạt, ví dụ \"Còn 0,2%\").",
    "tieu_chi": "Các tiêu chí thi đua, mỗi tiêu chí một dòng bắt đầu bằng `- `.",
    "ket_qua": "Kết quả đạt được (phong trào, phiên họp: viết Markdown; nhiệm vụ: một câu).",
    # Award decisions
    "ngay_ky": "Ngày ký quyết định, dạng YYYY-MM-DD hoặc \"dd/mm/yyyy\".",
    "nguoi_ky": "Người ký: chức vụ và họ tên.",
    "trich_yeu": "Trích yếu của quyết định, ví dụ \"Về việc tặng danh hiệu Lao động tiên tiến năm 2025\".",
    "loai_hinh": "Mã loại hình khen thưởng (trong data/danh_muc/loai_hinh/), ví dụ cong-trang.",
    "tep_dinh_kem": "Tệp PDF đính kèm (đã che thông tin cá nhân), đường dẫn tính từ data/, "
                    "ví dụ tep/quyet-dinh/15-qd-ubnd-2026.pdf.",
    "quyet_dinh_thay_doi": "Mã quyết định đã đính chính hoặc hủy bỏ quyết định (hoặc mục) này.",
    "so_chu_so_thap_phan": "Số chữ số thập phân của điểm theo giao ước (0 đến 3, mặc định 2): tổng điểm "
                           "được làm tròn đến số chữ số này.",
    "cach_tinh": "Cách tính kết quả trong năm: luy_ke (cộng dồn, ví dụ thu ngân sách, giải ngân: số liệu giữa "
                 "năm so với phần mục tiêu theo tiến độ) hoặc muc_do (tỷ lệ, mức tăng: so thẳng với mục tiêu; "
                 "mặc định).",
    "thanh_phan": "Các phần của một chỉ tiêu gồm nhiều mục tiêu (ví dụ đúng hạn 100%; trực tuyến trên 80%), "
                  "mỗi phần có ten, don_vi_tinh, gia_tri_muc_tieu, chieu, thuc_hien; chỉ tiêu đạt khi mọi phần đạt.",
    "gioi_tinh": "Không bắt buộc, chỉ dùng để thống kê, không bao giờ hiện theo từng người: nam hoặc nu.",
    "dan_toc_thieu_so": "Không bắt buộc, chỉ dùng để thống kê, không bao giờ hiện theo từng người: true nếu là "
                        "người dân tộc thiểu số.",
    "truc_tiep_lao_dong": "Không bắt buộc, chỉ dùng để thống kê, không bao giờ hiện theo từng người: true nếu là "
                          "người trực tiếp lao động, công tác, chiến đấu (công nhân, nông dân, chiến sĩ…).",
    "ghi_chu_trang_thai": "Ghi chú về việc đính chính, hủy bỏ, hiện trên trang công khai.",
    "dinh_chinh_thanh": "Giá trị đúng của mục đã đính chính, như quyết định đính chính ghi (ten, danh_xung, "
                        "chuc_vu, don_vi, thanh_tich): danh sách, tìm kiếm và dữ liệu tải về hiện giá trị "
                        "này và ghi kèm giá trị cũ.",
    "danh_sach": "Danh sách được khen thưởng: mỗi cá nhân, tập thể hoặc hộ gia đình một mục bắt đầu bằng `- `.",
    "doi_tuong_nhan": "Đối tượng: ca_nhan (cá nhân), tap_the (tập thể) hoặc ho_gia_dinh (hộ gia đình).",
    "danh_hieu": "Danh hiệu hoặc hình thức khen thưởng, ghi đúng tên trong data/danh_muc/danh_hieu/.",
    "thanh_tich": "Thành tích, ngắn gọn như trong danh sách kèm quyết định.",
    "truy_tang": "Truy tặng: ghi true nếu người được khen thưởng đã mất.",
    # Exemplary examples
    "loai": "Loại điển hình: dien_hinh_tien_tien, nguoi_tot_viec_tot, mo_hinh_moi hoặc cach_lam_hay.",
    "nhan_vat": "Nhân vật của câu chuyện: danh xưng, họ tên, chức vụ.",
    "linh_vuc": "Lĩnh vực, ví dụ Giáo dục, Môi trường, An ninh trật tự.",
    "tom_tat": "Tóm tắt một, hai câu, hiện trong danh sách và khi chia sẻ trang.",
    "noi_dung": "Nội dung (điển hình, báo cáo: viết Markdown, có thể nhiều đoạn; nhiệm vụ: một câu).",
    "so_lieu": "Các con số nổi bật: mỗi mục có nhãn (nhan) và giá trị (gia_tri).",
    "nhan": "Nhãn của con số, ví dụ \"Bài giảng đã số hóa\".",
    "noi_bat": "Gương điển hình nổi bật trong một khoảng thời gian (ví dụ gương điển hình của tháng): "
               "tu_ngay, den_ngay và nhan (ví dụ \"Gương điển hình tháng 11/2026\"). Trong khoảng đó "
               "trang chủ và trang phong trào giới thiệu điển hình này.",
    "moc_thoi_gian": "Các mốc của phong trào (phát động, ký giao ước, sơ kết, tổng kết…): mỗi mốc có "
                     "ngay, su_kien và loai_su_kien.",
    "su_kien": "Việc diễn ra vào ngày đó, ví dụ \"Hội nghị sơ kết 6 tháng\".",
    "loai_su_kien": "Loại mốc: phat_dong, ky_giao_uoc, so_ket, tong_ket hoặc khac.",
    "gia_tri": "Giá trị, ví dụ 120 hoặc 0,25.",
    "anh": "Ảnh: mỗi ảnh có tệp, chú thích và đồng ý công bố.",
    "tep": "Tệp ảnh, đường dẫn tính từ data/, ví dụ tep/anh/chu-nhat-xanh.jpg.",
    "chu_thich": "Chú thích ảnh (cũng là nội dung cho người khiếm thị).",
    "dong_y_cong_bo": "Người trong ảnh đã đồng ý công bố: chỉ ảnh ghi true mới được đăng.",
    # Year plan
    "nam": "Năm, ví dụ 2026.",
    "chu_de_phuong": "Chủ đề thi đua năm của địa phương mình: phường, xã hay đặc khu (tên khóa giữ từ bản đầu, "
                     "dùng cho mọi loại địa phương).",
    "chu_de_thanh_pho": "Chủ đề thi đua năm của tỉnh hoặc thành phố trực thuộc trung ương (tên khóa giữ từ bản "
                        "đầu, dùng cho cả tỉnh).",
    "ke_hoach": "Văn bản kế hoạch: số ký hiệu, ngày, cơ quan ban hành.",
    "chi_tieu": "Các chỉ tiêu kinh tế - xã hội của năm.",
    "don_vi_tinh": "Đơn vị tính, ví dụ \"%\" hoặc \"tỷ đồng\".",
    "gia_tri_muc_tieu": "Giá trị mục tiêu bằng số (dấu chấm cho phần thập phân, ví dụ 0.2).",
    "chieu": "toi_thieu nếu cần đạt ít nhất mục tiêu, toi_da nếu không được vượt mục tiêu; tren (kế hoạch ghi "
             "\"trên\": phải lớn hơn hẳn) hoặc duoi (ghi \"dưới\": phải nhỏ hơn hẳn).",
    "thuc_hien": "Kết quả thực hiện theo từng kỳ: kỳ, ngày, giá trị.",
    "ky": "Kỳ báo cáo, ví dụ \"6 tháng đầu năm 2026\".",
    "nhiem_vu": "Các nhiệm vụ của kế hoạch theo quý.",
    "quy": "Quý: 1, 2, 3 hoặc 4.",
    "chu_tri": "Cơ quan, đơn vị chủ trì.",
    # Decisions that correct or revoke, and people across decisions
    "loai_quyet_dinh": "Loại quyết định: khen_thuong, dinh_chinh (đính chính) hoặc huy_bo (hủy bỏ).",
    "ma_nguoi": "Mã chung của một người được khen thưởng ở nhiều quyết định (chữ thường không dấu), "
                "để gom các lần khen thưởng của cùng một người.",
    # Emulation blocks, covenants and scores
    "so_khoi": "Số thứ tự của khối thi đua.",
    "co_quan_to_chuc": "Cơ quan tổ chức khối thi đua.",
    "khoi_truong": "Mã đơn vị khối trưởng (phải có trong thanh_vien).",
    "khoi_pho": "Mã đơn vị khối phó (phải có trong thanh_vien).",
    "thanh_vien": "Mã các đơn vị thành viên, mỗi mã một dòng.",
    "giao_uoc": "Giao ước thi đua: ngày ký và các tiêu chí với điểm tối đa.",
    "diem_toi_da": "Điểm tối đa của tiêu chí.",
    "cham_diem": "Bảng điểm của từng thành viên.",
    "tu_cham": "Điểm đơn vị tự chấm, theo mã tiêu chí.",
    "tham_dinh": "Điểm thẩm định, theo mã tiêu chí.",
    "diem_thuong": "Điểm thưởng.",
    "diem_tru": "Điểm trừ.",
    "ghi_chu": "Ghi chú.",
    "suy_ton": "Kết quả suy tôn: đơn vị được đề nghị và hình thức đề nghị.",
    "de_nghi": "Danh hiệu hoặc hình thức được đề nghị, ví dụ Cờ thi đua của Ủy ban nhân dân thành phố.",
    "quyet_dinh_khen_thuong": "Mã quyết định khen thưởng đã ban hành theo đề nghị này, nếu có.",
    # Nominee lists for public comment
    "so_ngay_lam_viec": "Số ngày làm việc lấy ý kiến (theo luật: 10), không tính ngày nghỉ.",
    "noi_nhan_y_kien": "Nơi nhận ý kiến của Nhân dân: địa chỉ, thư điện tử, điện thoại của cơ quan.",
    "danh_sach_de_nghi": "Danh sách đề nghị khen thưởng đưa ra lấy ý kiến.",
    "lam_bu": "Ngày làm bù: ghi true nếu đây là thứ Bảy, Chủ nhật phải đi làm để bù ngày nghỉ "
              "(được tính là ngày làm việc).",
    "chua_chinh_thuc": "Chưa chính thức: ghi true cho ngày có thể được nghỉ nhưng Chính phủ chưa công bố lịch "
                       "(ví dụ Tết năm sau); hạn lấy ý kiến chạm ngày này bị báo lỗi cho đến khi có lịch.",
    # Abbreviations search understands
    "viet_tat": "Từ viết tắt người dân hay gõ khi tìm kiếm, viết liền, ví dụ CSTĐ.",
    "day_du": "Các từ đầy đủ mà từ viết tắt thay cho, ví dụ Chiến sĩ thi đua.",
    # Reports and council meetings
    "loai_bao_cao": "Loại báo cáo: so_ket_6_thang, tong_ket_nam hoặc khac.",
    "chuong_trinh": "Chương trình phiên họp, mỗi nội dung một dòng.",
    "chu_tri_hop": "Người chủ trì phiên họp.",
    "lien_ket": "Hồ sơ thể hiện kết quả, dạng thư_mục/mã, ví dụ bao_cao/so-ket-6-thang-2026.",
    # Personal data the law requires to publish
    "cong_khai_theo_luat": "Thông tin liên hệ mà pháp luật yêu cầu công khai trên hồ sơ này, kèm căn cứ.",
    "can_cu": "Căn cứ pháp lý yêu cầu công khai, ví dụ điều, khoản của văn bản.",
    # Site settings (site_config.yml)
    "ten_co_quan": "Tên cơ quan chủ quản của cổng thông tin.",
    "ten_cong_thong_tin": "Tên cổng thông tin, hiện ở đầu mọi trang.",
    "dia_phuong": "Tên địa phương, ví dụ phường Lê Thanh Nghị, thành phố Hải Phòng.",
    "loai_dia_phuong": "Phường (phuong), xã (xa) hay đặc khu (dac_khu): mọi chữ cổng thông tin viết về địa "
                       "phương mình theo giá trị này. Bỏ trống: lấy theo tên cơ quan.",
    "co_quan_dang_tai": "Cơ quan đăng tải và thông tin liên hệ công vụ, hiện ở cuối mọi trang.",
    "dien_thoai": "Số điện thoại công vụ, trong dấu nháy.",
    "email": "Thư điện tử công vụ.",
    "dia_chi_web": "Địa chỉ công khai của trang, ví dụ https://thiduakhenthuong.example.gov.vn/.",
    "logo": "Tệp logo (SVG hoặc PNG), đường dẫn tính từ thư mục gốc.",
    "mau_chu_dao": "Màu chủ đạo, dạng \"#rrggbb\" trong dấu nháy.",
    "mau_nhan": "Màu nhấn, dạng \"#rrggbb\" trong dấu nháy.",
    "giay_phep_du_lieu": "Giấy phép dữ liệu: tên và đường dẫn.",
    "nhung_duoc_phep": "Địa chỉ (bắt đầu bằng https://, có dấu / sau tên máy chủ) mà trang trong content/ được "
                       "nhúng bằng <iframe>, ví dụ https://www.youtube-nocookie.com/embed/. Bỏ trống: không nhúng.",
    "duong_dan": "Đường dẫn (địa chỉ web).",
}

# A few keys mean something narrower in one kind of record; there, this wording is used.
IN_CONTEXT: dict[tuple[str, str], str] = {
    ("PublicByLaw", "gia_tri"): "Thông tin được công khai, ví dụ số điện thoại công vụ của người nhận ý kiến.",
    ("Recipient", "ten"): "Họ và tên (không ghi Ông/Bà ở đây) hoặc tên tập thể, hộ gia đình.",
    ("Nominee", "ten"): "Họ và tên (không ghi Ông/Bà ở đây) hoặc tên tập thể.",
    ("Unit", "ten"): "Tên đơn vị hiện nay, đầy đủ, ví dụ Trường Trung học cơ sở Lê Thanh Nghị.",
    ("CatalogueEntry", "ten"): "Tên danh hiệu hoặc hình thức khen thưởng, như trong luật.",
    ("CatalogueEntry", "cap"): "Cấp khen thưởng thường gặp, hiện trên trang.",
    ("Holiday", "can_cu"): "Văn bản quy định ngày nghỉ, hoán đổi hoặc làm bù, ví dụ \"Bộ luật Lao động 2019, "
                           "Điều 112 khoản 1 điểm a\".",
    ("Authority", "cap"): "Các cấp được quyết định tặng, ví dụ [phuong, xa, dac_khu].",
    ("Authority", "can_cu"): "Điều, khoản của văn bản giao thẩm quyền, ví dụ \"Luật Thi đua, khen thưởng "
                             "06/2022/QH15, Điều 80 khoản 3\".",
    ("Campaign", "muc_tieu"): "Mục tiêu của phong trào, viết Markdown.",
    ("Target", "muc_tieu"): "Mức cần đạt như trong kế hoạch, ví dụ \"Còn 0,2%\".",
    ("Example", "noi_dung"): "Câu chuyện của điển hình, viết Markdown: người thật, việc thật.",
    ("Task", "noi_dung"): "Nội dung nhiệm vụ.",
    ("Task", "ket_qua"): "Kết quả thực hiện nhiệm vụ, một câu.",
    ("Example", "loai"): "Loại điển hình: dien_hinh_tien_tien, nguoi_tot_viec_tot, mo_hinh_moi hoặc cach_lam_hay.",
    ("Decision", "trang_thai"): "Trạng thái: co_hieu_luc, da_dinh_chinh hoặc da_huy_bo. Quyết định "
                                "không bao giờ bị xóa: khi bị đính chính, hủy bỏ thì đổi trạng thái.",
    ("Recipient", "trang_thai"): "Trạng thái của riêng mục này: co_hieu_luc, da_dinh_chinh hoặc da_huy_bo.",
    ("Correction", "ten"): "Họ và tên đúng (không ghi Ông/Bà) hoặc tên tập thể đúng.",
    ("Campaign", "trang_thai"): "Trạng thái: dang_trien_khai, so_ket hoặc tong_ket.",
    ("Task", "trang_thai"): "Trạng thái: chua_thuc_hien, dang_thuc_hien hoặc hoan_thanh.",
}


def describe(model: str, key: str) -> str | None:
    """The description of `key` as it is used in the schema class named `model`."""
    return IN_CONTEXT.get((model, key)) or DESCRIPTIONS.get(key)
