"""Legitimate text that must pass the personal-data guard and the other checks: 0 false positives.

Decision numbers, money, tax codes, year ranges, percentages, dates and times, the office's public
contact, historical dates of birth, groups rather than persons ("người cao tuổi", "đồng bào dân
tộc"), organisations of religions, street and alley names, hotlines, sensitive facts published
with their legal basis, clean PDFs and photos.
"""

from __future__ import annotations

import textwrap

from tests.adversarial.case import Case
from tests.adversarial.corpus.personal_data import EXAMPLE, story
from tests.embedded_files import jpeg_with, pdf_with

CATEGORY = "legitimate text"

TEXTS = [
    ("decision-numbers", "Theo Quyết định số 1487/QĐ-CTN và 16/QĐ-UBND, Kế hoạch 18/KH-UBND."),
    ("money", "Thưởng 1.200.000 đồng; tổng kinh phí 1.000.000.000.000 đồng, 120.000.000.000 đồng."),
    ("money-words", "Kinh phí 84.912.345.678 đồng từ tài khoản dự toán 1.200.000 đồng."),
    ("tax-codes", "Công ty TNHH An Phát, mã số thuế: 0312345678; MST 0201234567-001."),
    ("year-ranges", "Giai đoạn 2021-2025 và 2021 – 2025, nhiệm kỳ 2020 - 2025."),
    ("percentages", "Tỷ lệ hộ nghèo còn 0,2%, giải ngân đạt 95,5%, hài lòng > 90%."),
    ("decision-dates", "Ngày 05.02.2026 lúc 09.30, ngày 05/02/2026, ngày 2026-02-10."),
    ("formal-date", "Ngày 05 tháng 02 năm 2026, hội nghị sơ kết ngày 10 tháng 7 năm 2026."),
    ("office-contact", "Ý kiến gửi về vhxh.lethanhnghi@haiphong.gov.vn hoặc số 0225.3000.000."),
    ("office-contact-plus84", "Đường dây nóng của phường: +84 225 3000 000."),
    ("historical-birth", "Học tập Chủ tịch Hồ Chí Minh (sinh ngày 19/5/1890 tại Nam Đàn)."),
    ("anniversary", "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)."),
    ("pupils", "Năm 2026 có 120 học sinh; phát sinh năm 2025 hơn 1.500 hồ sơ; vệ sinh ngày 12/03/2026."),
    ("fallen-soldier", "Liệt sĩ hy sinh ngày 27/7/1972 tại Quảng Trị."),
    ("age-groups", "Thanh niên từ 16 đến 30 tuổi, trẻ em dưới 6 tuổi, người từ 60 tuổi trở lên."),
    ("party-years", "Trao Huy hiệu 50 năm tuổi Đảng; Hội Người cao tuổi phường."),
    ("community", "Vùng đồng bào dân tộc thiểu số; khối đại đoàn kết toàn dân tộc; các dân tộc anh em."),
    ("religious-bodies", "Ban Trị sự Giáo hội Phật giáo Việt Nam phường, Ủy ban Đoàn kết Công giáo."),
    ("health-campaign", "Phòng, chống dịch bệnh; giảm tỷ lệ mắc bệnh sốt xuất huyết; hỗ trợ người khuyết tật."),
    ("doctor", "Bác sĩ điều trị bệnh cho 500 người, chăm sóc sức khỏe Nhân dân."),
    ("streets", "Chỉnh trang ngõ 34 phố Lạch Tray; trụ sở số 1 đường Lạch Tray."),
    ("hotlines", "Tổng đài 1900 1234 và 1800 5678."),
    ("counts", "Tổ dân phố số 10, 300 hộ gia đình văn hóa đạt 95%, 1.234 người."),
    ("online-accounts", "Tỷ lệ mở tài khoản dịch vụ công trực tuyến đạt 95%."),
    ("english-at", "Ngày 12/3 at the meeting; chi bộ @ tổ dân phố 5."),
    ("farming-model", "Mô hình trồng lúa hữu cơ: lúa bị bệnh đạo ôn giảm 80%, đàn lợn không bị bệnh tai xanh."),
    ("places-and-morals", "Anh là người Thái Bình; giữ đạo đức nghề nghiệp, sống theo đạo lý; lao động lưu trú "
                          "tại khu công nghiệp."),
    ("unicode-vietnamese", "Nguyễn Văn Đức, Lao động tiên tiến, nhiệt độ 30°C, diện tích 25 m²."),
]

CASES = [
    Case(name, CATEGORY, files={EXAMPLE: story(text)}, command=["check"], expect_exit=0, legitimate=True)
    for name, text in TEXTS
]

_BASIS = textwrap.dedent("""\
    cong_khai_theo_luat:
      - gia_tri: là người dân tộc Mường
        can_cu: Người được khen đồng ý công bố bằng văn bản ngày 02/3/2026
      - gia_tri: 0225 3822 000
        can_cu: Nghị định 98/2023/NĐ-CP, lấy ý kiến Nhân dân
    """)

CASES += [
    # Built: the text is published as it is.
    Case("built-legitimate", CATEGORY, files={EXAMPLE: story(TEXTS[0][1], TEXTS[1][1], TEXTS[10][1])},
         expect_exit=0, legitimate=True),
    Case("sensitive-with-legal-basis", CATEGORY,
         files={EXAMPLE: story("Cô là người dân tộc Mường.", "Đường dây nóng Mặt trận: 0225 3822 000.") + _BASIS},
         command=["check"], expect_exit=0, legitimate=True),
    Case("clean-pdf", CATEGORY,
         files={"data/tep/quyet-dinh/qd-15.pdf": pdf_with(["Quyet dinh so 15/QD-UBND ngay 15/01/2026",
                                                           "Thuong 1.200.000 dong"], {"Title": "15/QD-UBND"})},
         command=["check"], expect_exit=0, legitimate=True),
    Case("clean-photo", CATEGORY, files={"data/tep/anh/lop-hoc.jpg": jpeg_with({0x010E: "Lop 8A, nam 2026"})},
         command=["check"], expect_exit=0, legitimate=True),
    Case("date-1945", CATEGORY,
         files={EXAMPLE: story().replace("ngay_dang: 2026-03-01", "ngay_dang: 1945-09-02")},
         command=["check"], expect_exit=0, legitimate=True),
]
