"""Words the benchmark data is made of: Vietnamese names, places, positions, fields and phrases.

Family names are weighted by how common they are in Viet Nam (Nguyễn about 38%), so that the
sorting, folding and search of the portal meet the same distribution as on a real ward's lists.
None of these phrases holds a number that the personal-data guard would take for a phone
number, an identity number, a birth date or an e-mail address.
"""

FAMILY_NAMES: tuple[tuple[str, int], ...] = (
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30), ("Huỳnh", 20),
    ("Phan", 45), ("Vũ", 25), ("Võ", 14), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
    ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đào", 6), ("Đoàn", 5), ("Đinh", 6), ("Trịnh", 5),
    ("Lương", 4), ("Mai", 4), ("Cao", 4), ("Hà", 4), ("Lưu", 3), ("Tạ", 3), ("Phùng", 3),
    ("Tô", 3), ("Trương", 4), ("Lâm", 3), ("Vương", 2), ("Quách", 2), ("Chu", 2), ("Kiều", 2),
    ("Thái", 2), ("Tăng", 1), ("Khúc", 1), ("Nghiêm", 1),
)

MIDDLE_NAMES = {
    "Ông": ("Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Công", "Xuân", "Ngọc",
            "Tiến", "Mạnh", "Duy", "Hoàng", "Trung", "Việt", "Anh", "Đình", "Bá", "Quốc"),
    "Bà": ("Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Thúy",
           "Kim", "Diệu", "Bích", "Mai", "Hải", "Thảo", "Lan", "Khánh", "Quỳnh"),
}

# A second middle name makes about a third of women's names in the north ("Nguyễn Thị Thu Hà").
SECOND_MIDDLE_NAMES = ("Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương", "Lan", "Kim", "Bích", "Hải")

GIVEN_NAMES = {
    "Ông": ("Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Long", "Sơn", "Thắng", "Cường", "Phúc",
            "Quân", "Khoa", "Vinh", "Bình", "Đức", "Hiếu", "Trung", "Kiên", "Huy", "Tùng", "Thành",
            "Tâm", "Lâm", "Hưng", "Khánh", "Toàn", "Việt", "Đạt", "Phong", "Quang", "Thái", "Hoàng",
            "Tiến", "Lực", "Chiến", "Thịnh", "Hậu", "Hòa", "An", "Bảo", "Công", "Duy", "Giang",
            "Hiển", "Lợi", "Mạnh", "Nghĩa", "Quý", "Sáng", "Thuận", "Trường", "Tú", "Vượng",
            "Đông", "Khải", "Luân", "Nhân", "Phát", "Tài"),
    "Bà": ("Lan", "Hương", "Hoa", "Mai", "Trang", "Hằng", "Linh", "Ngọc", "Thảo", "Hà", "Nga",
           "Yến", "Thủy", "Dung", "Loan", "Huyền", "Phương", "Anh", "Vân", "Hạnh", "Nhung", "Oanh",
           "Quyên", "Thu", "Tuyết", "Liên", "Nhàn", "Giang", "Châu", "Diệp", "Hiền", "Hồng", "Lý",
           "Ánh", "Bích", "Chi", "Duyên", "Gấm", "Hậu", "Huệ", "Khuyên", "Lụa", "Mến", "Ngân",
           "Nhi", "Quỳnh", "Sen", "Tâm", "Thanh", "Thơm", "Trinh", "Uyên", "Vy", "Xuân"),
}

# Syllables of ward names; pairs of them name the wards of the `city` scale.
PLACE_SYLLABLES = (
    "An", "Bình", "Hòa", "Phú", "Tân", "Long", "Đông", "Tây", "Nam", "Bắc", "Thịnh", "Hưng",
    "Xuân", "Trung", "Thái", "Hải", "Thành", "Lạc", "Vĩnh", "Phúc", "Kim", "Ngọc", "Đồng",
    "Thủy", "Sơn", "Lâm", "Minh", "Quang", "Hồng", "Cát", "Dương", "Lương", "Khê", "Tiên",
)

WARD_NAME = "Lê Thanh Nghị"
# Neighbouring wards: the other members of the emulation block a ward belongs to.
NEIGHBOUR_WARDS = ("Đồng Xuyên", "Hòa Thịnh", "Kim Lương", "Bình Lâm", "Phúc Điền", "Hải Tân",
                   "Tân Hưng", "Nam Sơn")
CITY = "Hải Phòng"
# The district the wards belonged to before 1 July 2025, for the decisions it signed then.
FORMER_DISTRICT = "Hồng Bàng"

# Names that schools and streets in a ward take after.
SCHOOL_NAMES = ("Lê Thanh Nghị", "Hải Tân", "Nguyễn Trãi", "Trần Phú", "Lê Lợi", "Chu Văn An",
                "Ngô Quyền", "Lý Thường Kiệt", "Bạch Đằng", "Hoa Sen", "Họa Mi", "Sao Mai",
                "Tuổi Thơ", "Ánh Dương", "Quang Trung", "Nguyễn Du", "Võ Thị Sáu", "Kim Đồng",
                "Đoàn Thị Điểm", "Phan Bội Châu")

COMPANY_WORDS = ("An Phát", "Thành Công", "Hưng Thịnh", "Minh Long", "Đại Dương", "Hải Đăng",
                 "Phú Quý", "Thiên Phúc", "Sông Hồng", "Cửa Biển", "Tân Cảng", "Bạch Đằng",
                 "Việt Hàn", "Hoàng Gia", "Kim Sơn", "Trường Thịnh", "Nam Việt", "Đông Á",
                 "Ánh Sao", "Hòa Bình", "Vạn Xuân", "Quang Minh", "Phương Đông", "Sao Việt")
COMPANY_KINDS = ("Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH Thương mại và Dịch vụ",
                 "Công ty Cổ phần Xây dựng", "Công ty TNHH Cơ khí", "Hợp tác xã Dịch vụ")

# Fixed units of every ward: (code suffix, name with {ward}, type).
WARD_UNITS = (
    ("ubnd-phuong", "Ủy ban nhân dân phường {ward}", "co_quan_nha_nuoc"),
    ("van-phong-hdnd-ubnd", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường {ward}", "co_quan_nha_nuoc"),
    ("phong-van-hoa-xa-hoi", "Phòng Văn hóa - Xã hội phường {ward}", "co_quan_nha_nuoc"),
    ("phong-kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị phường {ward}", "co_quan_nha_nuoc"),
    ("trung-tam-phuc-vu-hanh-chinh-cong", "Trung tâm Phục vụ hành chính công phường {ward}", "don_vi_su_nghiep"),
    ("cong-an-phuong", "Công an phường {ward}", "luc_luong_vu_trang"),
    ("ban-chi-huy-quan-su-phuong", "Ban Chỉ huy Quân sự phường {ward}", "luc_luong_vu_trang"),
    ("uy-ban-mttq-phuong", "Ủy ban Mặt trận Tổ quốc Việt Nam phường {ward}", "doan_the"),
    ("hoi-lien-hiep-phu-nu-phuong", "Hội Liên hiệp Phụ nữ phường {ward}", "doan_the"),
    ("doan-thanh-nien-phuong", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường {ward}", "doan_the"),
    ("hoi-cuu-chien-binh-phuong", "Hội Cựu chiến binh phường {ward}", "doan_the"),
    ("hoi-nguoi-cao-tuoi-phuong", "Hội Người cao tuổi phường {ward}", "doan_the"),
    ("hoi-chu-thap-do-phuong", "Hội Chữ thập đỏ phường {ward}", "doan_the"),
    ("hoi-khuyen-hoc-phuong", "Hội Khuyến học phường {ward}", "doan_the"),
    ("tram-y-te-phuong", "Trạm Y tế phường {ward}", "don_vi_su_nghiep"),
)

# Positions held in each type of unit.
POSITIONS = {
    "co_quan_nha_nuoc": ("Chuyên viên", "Chuyên viên", "Chuyên viên", "Công chức", "Phó Trưởng phòng",
                         "Trưởng phòng", "Kế toán", "Văn thư"),
    "don_vi_su_nghiep": ("Viên chức", "Bác sĩ", "Y sĩ", "Điều dưỡng", "Nữ hộ sinh", "Phó Giám đốc",
                         "Giám đốc", "Nhân viên"),
    "luc_luong_vu_trang": ("Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Chiến sĩ", "Phó Chỉ huy trưởng",
                           "Trung sĩ", "Thượng sĩ"),
    "doan_the": ("Chủ tịch", "Phó Chủ tịch", "Ủy viên Ban Thường vụ", "Cán bộ", "Bí thư", "Phó Bí thư",
                 "Chi hội trưởng"),
    "truong_hoc": ("Giáo viên", "Giáo viên", "Giáo viên", "Giáo viên", "Tổ trưởng chuyên môn",
                   "Phó Hiệu trưởng", "Hiệu trưởng", "Nhân viên kế toán", "Nhân viên thư viện"),
    "to_dan_pho": ("Tổ trưởng", "Tổ phó", "Trưởng Ban công tác Mặt trận", "Chi hội trưởng Phụ nữ",
                   "Bí thư Chi đoàn", "Tổ viên tổ an ninh trật tự cơ sở", "Người dân"),
    "doanh_nghiep": ("Giám đốc", "Phó Giám đốc", "Kỹ sư", "Công nhân", "Công nhân", "Tổ trưởng sản xuất",
                     "Kế toán trưởng", "Nhân viên kinh doanh"),
}

# Fields of work and what an achievement in them reads like.
FIELDS = {
    "Chỉnh trang đô thị": "chỉnh trang đô thị, xây dựng tuyến phố văn minh",
    "Chuyển đổi số": "chuyển đổi số, hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
    "Bảo vệ môi trường": "phân loại rác thải tại nguồn và bảo vệ môi trường",
    "Giáo dục": "đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục",
    "Y tế": "chăm sóc sức khỏe ban đầu cho người dân, phòng chống dịch bệnh",
    "An ninh trật tự": "giữ gìn an ninh, trật tự an toàn xã hội trên địa bàn",
    "An sinh xã hội": "chăm lo người có công, hộ nghèo, hộ cận nghèo",
    "Khuyến học": "khuyến học, khuyến tài, xây dựng xã hội học tập",
    "Văn hóa, thể thao": "xây dựng đời sống văn hóa, phong trào thể dục thể thao quần chúng",
    "Cải cách hành chính": "cải cách hành chính, giải quyết thủ tục đúng và trước hạn",
    "Quốc phòng": "xây dựng lực lượng dân quân, công tác tuyển quân",
    "Kinh tế": "phát triển sản xuất, kinh doanh, tạo việc làm cho người lao động",
}

# The fields people of each type of unit are honoured for.
FIELDS_BY_TYPE = {
    "co_quan_nha_nuoc": ("Cải cách hành chính", "Chuyển đổi số", "Chỉnh trang đô thị", "Kinh tế"),
    "don_vi_su_nghiep": ("Y tế", "Cải cách hành chính", "Chuyển đổi số"),
    "luc_luong_vu_trang": ("An ninh trật tự", "Quốc phòng"),
    "doan_the": ("An sinh xã hội", "Văn hóa, thể thao", "Bảo vệ môi trường", "Khuyến học"),
    "truong_hoc": ("Giáo dục", "Khuyến học", "Chuyển đổi số"),
    "to_dan_pho": ("Chỉnh trang đô thị", "Bảo vệ môi trường", "Văn hóa, thể thao", "An sinh xã hội",
                   "An ninh trật tự"),
    "doanh_nghiep": ("Kinh tế", "Bảo vệ môi trường", "An sinh xã hội"),
}

DEEDS = (
    "dũng cảm cứu người bị đuối nước",
    "nhặt được tài sản có giá trị và trả lại người đánh mất",
    "tham gia bắt giữ đối tượng trộm cắp tài sản",
    "kịp thời dập tắt đám cháy tại khu dân cư",
    "hiến đất mở rộng ngõ phố",
    "ủng hộ xây nhà tình nghĩa cho hộ khó khăn",
    "giúp đỡ người bị nạn trong vụ tai nạn giao thông",
)

CAMPAIGN_THEMES = (
    ("Toàn dân đoàn kết xây dựng đời sống văn hóa", "phuong", "thuong_xuyen"),
    ("Chung tay vì người nghèo, không để ai bị bỏ lại phía sau", "phuong", "thuong_xuyen"),
    ("Cả nước thi đua xây dựng xã hội học tập", "trung_uong", "thuong_xuyen"),
    ("Thi đua chuyển đổi số, xây dựng chính quyền số", "phuong", "chuyen_de"),
    ("Xanh, sạch, đẹp, văn minh đô thị", "phuong", "chuyen_de"),
    ("Dân vận khéo", "phuong", "chuyen_de"),
    ("Thi đua đảm bảo an ninh, trật tự dịp Tết Nguyên đán", "phuong", "chuyen_de"),
)

STORY_OPENINGS = (
    "Câu chuyện bắt đầu từ một việc nhỏ ở {place}.",
    "Nhiều năm nay, người dân {place} quen với hình ảnh {who} tận tụy với công việc.",
    "Khi phường phát động phong trào {campaign}, {who} là một trong những người hưởng ứng đầu tiên.",
    "Ở {place}, ai cũng biết đến {who}.",
)
STORY_MIDDLES = (
    "Cách làm được giữ đơn giản để ai cũng tham gia được: mỗi tuần một buổi, mỗi người một việc, "
    "kết quả được báo cáo công khai tại nhà văn hóa.",
    "Ban đầu nhiều người còn ngần ngại, nhưng kết quả sau mấy tháng đầu đã thuyết phục được cả những "
    "hộ khó tính nhất.",
    "Kinh phí chủ yếu do người dân đóng góp và xã hội hóa; phường hỗ trợ vật liệu và hướng dẫn kỹ thuật.",
    "Mô hình được các tổ dân phố khác đến học tập, và được Ủy ban nhân dân phường đề nghị nhân rộng.",
    "Mọi việc được ghi chép cẩn thận, có sổ theo dõi và được kiểm tra định kỳ hằng quý.",
    "Điều quý nhất là sự bền bỉ: không phải một đợt cao điểm mà là việc làm đều đặn, lâu dài.",
)
STORY_ENDINGS = (
    "Năm {year}, {who} được Chủ tịch Ủy ban nhân dân phường tặng Giấy khen.",
    "Cuối năm {year}, mô hình được tổng kết và đưa vào kế hoạch của phường cho năm tiếp theo.",
    "Việc làm ấy được Ủy ban Mặt trận Tổ quốc phường biểu dương tại hội nghị tổng kết năm {year}.",
)

# (label, value with {n}, smallest n, largest n)
FIGURE_LABELS = (
    ("Số hộ tham gia", "{n} hộ", 20, 600),
    ("Số buổi ra quân", "{n} buổi", 6, 52),
    ("Số người được hướng dẫn", "hơn {n} lượt", 100, 3000),
    ("Kinh phí xã hội hóa", "{n} triệu đồng", 5, 400),
    ("Số tuyến phố được chỉnh trang", "{n} tuyến", 1, 12),
    ("Số năm liên tục", "{n}", 2, 15),
)

TARGETS = (
    ("gia-tri-san-xuat-cong-nghiep", "Giá trị sản xuất công nghiệp", "Tăng 5% trở lên", "% tăng so với cùng kỳ", 5, "toi_thieu"),
    ("thu-ngan-sach", "Thu ngân sách phường", "Đạt 105% kế hoạch", "% kế hoạch giao", 105, "toi_thieu"),
    ("giai-ngan-von-dau-tu-cong", "Tỷ lệ giải ngân vốn đầu tư công", "Tối thiểu 95%", "% kế hoạch vốn", 95, "toi_thieu"),
    ("ho-ngheo", "Tỷ lệ hộ nghèo", "Không quá 0,2%", "% số hộ", 0.2, "toi_da"),
    ("gia-dinh-van-hoa", "Tỷ lệ hộ gia đình văn hóa", "Đạt 95% trở lên", "% số hộ", 95, "toi_thieu"),
    ("ho-so-truc-tuyen", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "Trên 80%", "% số hồ sơ", 80, "toi_thieu"),
    ("hai-long", "Mức độ hài lòng của người dân", "Trên 90%", "% số người được hỏi", 90, "toi_thieu"),
    ("bao-hiem-y-te", "Tỷ lệ người dân tham gia bảo hiểm y tế", "Đạt 95% trở lên", "% dân số", 95, "toi_thieu"),
    ("tuyen-quan", "Hoàn thành chỉ tiêu tuyển quân", "Đạt 100%", "% chỉ tiêu", 100, "toi_thieu"),
)

TASKS = (
    "Ban hành kế hoạch thi đua, khen thưởng năm {year}",
    "Tổ chức ký kết giao ước thi đua trong Khối",
    "Phát động phong trào thi đua theo chủ đề năm {year}",
    "Sơ kết 6 tháng công tác thi đua, khen thưởng",
    "Tuyên truyền điển hình tiên tiến, gương người tốt, việc tốt",
    "Rà soát, đề nghị khen thưởng theo chuyên đề",
    "Chấm điểm, bình xét thi đua trong Khối",
    "Tổng kết công tác thi đua, khen thưởng năm {year}",
)

# Approximate first days of Tết Nguyên đán (data, as the ward would write it) for the holiday lists.
TET = {2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12),
       2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6)}

COUNCIL_AGENDA = (
    "Xét đề nghị tặng danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở",
    "Xét công nhận danh hiệu Gia đình văn hóa, Tổ dân phố văn hóa",
    "Xét đề nghị tặng Giấy khen theo chuyên đề",
    "Xét đề nghị cấp trên khen thưởng",
    "Thông qua danh sách lấy ý kiến Nhân dân",
)
