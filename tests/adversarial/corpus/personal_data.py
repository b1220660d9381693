"""Personal data planted wherever a reader or a machine can get it: each is refused with its exact message.

The 54 items of the first adversarial pass and more: ID numbers in every grouping, phones in every
Vietnamese form, birth dates and ages, obfuscated e-mail, home addresses, bank accounts, sensitive
data, text hidden by markup, entities, zero-width or full-width characters; in record fields, codes,
`ma_nguoi`, links, content pages and their front matter, site_config.yml, file names, PDF text
layers, the SVG logo (PDF and photo metadata is removed from published copies: see the metadata
category). A few are built, to show nothing of them reaches the site.
"""

from __future__ import annotations

import textwrap

from tests.adversarial.case import Case
from tests.conftest import MINIMAL_DATA, SAMPLE
from tests.embedded_files import jpeg_with, pdf_with

CATEGORY = "personal data"
EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"
DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
STORY = "Cô Đức đã **số hóa** 120 bài giảng."
GUIDE = "docs/du-lieu-ca-nhan.md"

ID = "số định danh cá nhân (CCCD/CMND)"
PHONE = "số điện thoại"
BIRTH = "ngày sinh"
AGE = "tuổi"
EMAIL = "địa chỉ thư điện tử cá nhân"
ADDRESS = "địa chỉ nơi ở"
BANK = "số tài khoản ngân hàng"
HEALTH = "thông tin sức khỏe"
ETHNICITY = "dân tộc của một người"
RELIGION = "tôn giáo của một người"
SENSITIVE = {HEALTH, ETHNICITY, RELIGION}


def what(label: str, tail: str) -> str:
    if label in SENSITIVE:
        return (f"có {label} ({tail}), là dữ liệu cá nhân nhạy cảm không được công bố theo Luật Bảo vệ dữ liệu "
                "cá nhân khi không có căn cứ pháp lý")
    return f"có {label} ({tail}), là dữ liệu cá nhân không được công bố theo Luật Bảo vệ dữ liệu cá nhân"


def in_record(where: str, label: str, tail: str) -> str:
    if label in SENSITIVE:
        hint = (f"xóa {label} khỏi nội dung; chỉ khi pháp luật buộc hoặc cho phép công khai mới ghi đúng cụm từ "
                f"đó vào cong_khai_theo_luat của hồ sơ, kèm căn cứ (can_cu), xem {GUIDE}")
    else:
        hint = (f"xóa {label} khỏi nội dung; chỉ khi pháp luật buộc công khai (ví dụ liên hệ của cơ quan) mới ghi "
                f"giá trị đó vào cong_khai_theo_luat của hồ sơ, xem {GUIDE}")
    return f"{where}: {what(label, tail)}. Cách sửa: {hint}"


def story(*lines: str) -> str:
    """The minimal example with `lines` added to its story: the first added line is line 13."""
    return textwrap.dedent(MINIMAL_DATA[EXAMPLE]).replace(STORY, "\n  ".join([STORY, *lines]))


def in_story(name: str, planted: str, label: str, tail: str, *, build: bool = False) -> Case:
    return Case(
        name, CATEGORY, files={EXAMPLE: story(planted)}, command=["build"] if build else ["check"],
        expect_message=in_record(f"{EXAMPLE}:13: noi_dung", label, tail),
        must_not_publish=[planted] if build else [],
    )


# (name, text planted in a story, what it is, the masked value in the message)
STORY_ITEMS = [
    ("cccd-plain", "Số căn cước: 031185004567.", ID, "…567"),
    ("cccd-spaces", "Số căn cước 031 185 004 567.", ID, "…567"),
    ("cccd-dots", "Căn cước công dân 031.185.004.567.", ID, "…567"),
    ("cccd-dashes", "CCCD: 031-185-004-567.", ID, "…567"),
    ("cccd-fours", "Số 0311 8500 4567 của cô.", ID, "…567"),
    ("cmnd-labelled", "CMND số 031190004.", ID, "…004"),
    ("passport", "Hộ chiếu số C1234567.", ID, "…567"),
    ("phone-plain", "Liên hệ cô: 0912345678.", PHONE, "…678"),
    ("phone-spaces", "Liên hệ cô: 0912 345 678.", PHONE, "…678"),
    ("phone-dots", "Liên hệ cô: 0912.345.678.", PHONE, "…678"),
    ("phone-dashes", "Liên hệ cô: 091-234-5678.", PHONE, "…678"),
    ("phone-plus84", "Liên hệ cô: +84 912 345 678.", PHONE, "…678"),
    ("phone-84", "Liên hệ cô: 84912345678.", PHONE, "…678"),
    ("landline-brackets", "Nhà cô: (0225) 3 123 456.", PHONE, "…456"),
    ("landline-groups", "Máy bàn: 0225 3821 123.", PHONE, "…123"),
    ("phone-markup", "Liên hệ cô: 0912**345**678.", PHONE, "…678"),
    ("phone-html", "Liên hệ cô: 0912<b>345</b>678.", PHONE, "…678"),
    ("phone-entity", "Liên hệ cô: &#48;912345678.", PHONE, "…678"),
    ("phone-zero-width", "Liên hệ cô: 0912\u200b345\u200b678.", PHONE, "…678"),
    ("phone-full-width", "Liên hệ cô: ０９１２３４５６７８.", PHONE, "…678"),
    ("phone-in-link", "Nhắn qua [Zalo](https://zalo.me/0912345678).", PHONE, "…678"),
    ("phone-in-html-link", 'Gọi <a href="tel:0912345678">cho cô</a>.', PHONE, "…678"),
    ("birth-date", "Cô sinh ngày 12/03/1985 tại Hải Phòng.", BIRTH, "…985"),
    ("birth-short", "Cô sinh 12/3/1985 tại Hải Phòng.", BIRTH, "…985"),
    ("birth-year", "Cô (SN 1985) dạy Toán.", BIRTH, "…985"),
    ("birth-month", "Cô sinh tháng 3/1985.", BIRTH, "…985"),
    ("age", "Cô, 41 tuổi, dạy Toán.", AGE, "…41"),
    ("email", "Thư: duc.tran85@gmail.com.", EMAIL, "…@gmail.com"),
    ("email-at-dot", "Thư: duc.tran85 [at] gmail [dot] com.", EMAIL, "…@gmail.com"),
    ("email-brackets", "Thư: duc.tran85(at)yahoo(dot)com.", EMAIL, "…@yahoo.com"),
    ("email-words", "Thư: duc.tran85 at gmail dot com.", EMAIL, "…@gmail.com"),
    ("email-vietnamese", "Thư: duc.tran85[a còng]gmail[chấm]com.", EMAIL, "…@gmail.com"),
    ("email-full-width-at", "Thư: duc.tran85＠gmail.com.", EMAIL, "…@gmail.com"),
    ("address-tru-tai", "Cô trú tại tổ dân phố số 5.", ADDRESS, "trú tại …"),
    ("address-thuong-tru", "Thường trú: xóm 3, thôn Đông.", ADDRESS, "Thường trú: …"),
    ("address-so-nha", "Nhà cô ở số nhà 12 đường Lạch Tray.", ADDRESS, "số nhà …"),
    ("address-ngo", "Nhà cô ở số 12 ngõ 34 phố Lạch Tray.", ADDRESS, "số 12 …"),
    ("address-hem", "Nhà cô: 12/3 hẻm 45 đường Lê Lợi.", ADDRESS, "12/3 hẻm …"),
    ("bank-stk", "Ủng hộ cô qua STK 0031000123456.", BANK, "…456"),
    ("bank-name", "Ủng hộ cô: Vietcombank 0031000123456.", BANK, "…456"),
    ("health", "Dù bị bệnh ung thư, cô vẫn đứng lớp.", HEALTH, "bị bệnh …"),
    ("health-disability", "Cô là người khuyết tật.", HEALTH, "là người …"),
    ("ethnicity", "Cô là dân tộc Mường.", ETHNICITY, "dân tộc …"),
    ("ethnicity-person", "Cô là người dân tộc thiểu số.", ETHNICITY, "là người …"),
    ("religion", "Cô theo đạo Công giáo.", RELIGION, "theo đạo …"),
    ("religion-buddhist", "Cô là phật tử.", RELIGION, "là phật …"),
]

CASES = [in_story(name, planted, label, tail) for name, planted, label, tail in STORY_ITEMS]

# Built, to show that a refused item reaches no file of the site.
CASES += [
    in_story("built-phone", "Liên hệ cô: 0912 345 678.", PHONE, "…678", build=True),
    in_story("built-cccd", "Số căn cước 031.185.004.567.", ID, "…567", build=True),
]

_DECISION = textwrap.dedent(MINIMAL_DATA[DECISION])
_FILE_NAME_HINT = f"đổi tên tệp để tên không còn {PHONE} (và sửa các hồ sơ dẫn tới tệp này), xem {GUIDE}"
_PDF_PAGE_HINT = (f"che (bôi đen) {{label}} trong văn bản gốc rồi xuất lại tệp PDF; bản đăng công khai chỉ giữ thông "
                  f"tin được phép công bố, xem {GUIDE}")
_SVG_HINT = f"xóa {{label}} khỏi tệp SVG (tiêu đề, mô tả, siêu dữ liệu hay chữ trong hình), xem {GUIDE}"
_LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n<title>Logo</title>\n'
         '<desc>{}</desc>\n<rect width="10" height="10"/>\n</svg>\n')


CASES += [
    Case("record-code", CATEGORY,
         files={EXAMPLE: story().replace("ma: co-giao-so-hoa", "ma: to-truong-0912345678")},
         command=["check"], expect_message=in_record(f"{EXAMPLE}:1: ma", PHONE, "…678")),
    Case("person-code", CATEGORY,
         files={DECISION: _DECISION.replace("    ten: Trần Thị Đức\n", "    ten: Trần Thị Đức\n    ma_nguoi: "
                                            "duc-031185004567\n")},
         command=["check"], expect_message=in_record(f"{DECISION}:16: ma_nguoi (danh_sach, mục 1)", ID, "…567")),
    Case("achievement", CATEGORY,
         files={DECISION: _DECISION.replace("danh_hieu: Lao động tiên tiến",
                                            "danh_hieu: Lao động tiên tiến\n    thanh_tich: Giáo viên giỏi, ĐT "
                                            "0987 654 321", 1)},
         command=["check"], expect_message=in_record(f"{DECISION}:19: thanh_tich (danh_sach, mục 1)", PHONE, "…321")),
    Case("summary", CATEGORY,
         files={DECISION: _DECISION.replace("trich_yeu: Về việc tặng", "trich_yeu: (SĐT 0987654321) Về việc tặng")},
         command=["check"], expect_message=in_record(f"{DECISION}:9: trich_yeu", PHONE, "…321")),
    Case("content-page", CATEGORY, files={"content/lien-he.md": "# Liên hệ\n\nTổ trưởng: 0904 123 456\n"},
         command=["check"], expect_message=in_record("content/lien-he.md:3", PHONE, "…456")),
    Case("content-front-matter", CATEGORY,
         files={"content/lien-he.md": "---\ntitle: Tổ trưởng Hòa 0904 123 456\n---\n\n# Liên hệ\n"},
         command=["check"], expect_message=in_record("content/lien-he.md:2", PHONE, "…456")),
    Case("content-obfuscated-email", CATEGORY,
         files={"content/lien-he.md": "# Liên hệ\n\nThư: hoa.to5 [at] gmail [dot] com\n"},
         command=["check"], expect_message=in_record("content/lien-he.md:3", EMAIL, "…@gmail.com")),
    Case("content-file-name", CATEGORY, files={"content/to-truong-0912345678.md": "# Tổ trưởng\n"},
         command=["check"],
         expect_message=f"content/to-truong-0912345678.md:1: tên tệp: {what(PHONE, '…678')}. Cách sửa: "
                        + _FILE_NAME_HINT),
    Case("attachment-file-name", CATEGORY, files={"data/tep/anh/chi-hoa-0912345678.jpg": jpeg_with()},
         command=["check"],
         expect_message=f"data/tep/anh/chi-hoa-0912345678.jpg:1: tên tệp: {what(PHONE, '…678')}. Cách sửa: "
                        + _FILE_NAME_HINT),
    Case("pdf-text-layer", CATEGORY,
         files={"data/tep/quyet-dinh/qd-15.pdf": pdf_with(["Quyet dinh 15/QD-UBND", "Ba Duc, DT 0912 345 678"])},
         command=["check"],
         expect_message=f"data/tep/quyet-dinh/qd-15.pdf:2: trang 2, dòng 1: {what(PHONE, '…678')}. Cách sửa: "
                        + _PDF_PAGE_HINT.format(label=PHONE)),
    Case("pdf-text-cccd", CATEGORY,
         files={"data/tep/quyet-dinh/qd-15.pdf": pdf_with(["CCCD 031185004567"])},
         command=["check"],
         expect_message=f"data/tep/quyet-dinh/qd-15.pdf:1: trang 1, dòng 1: {what(ID, '…567')}. Cách sửa: "
                        + _PDF_PAGE_HINT.format(label=ID)),
]

_CONFIG = (SAMPLE / "site_config.yml").read_text(encoding="utf-8")
CASES += [
    Case("site-config", CATEGORY,
         files={"site_config.yml": _CONFIG.replace("dia_phuong: phường Lê Thanh Nghị",
                                                   "dia_phuong: phường Lê Thanh Nghị (chủ tịch 0987 111 222)")},
         command=["check"],
         expect_message=f"site_config.yml:6: dia_phuong: {what(PHONE, '…222')}. Cách sửa: xóa {PHONE} khỏi "
                        "site_config.yml; ở đây chỉ điện thoại, thư điện tử và địa chỉ của cơ quan đăng tải "
                        f"(co_quan_dang_tai) được công bố, xem {GUIDE}"),
]
CASES += [
    Case("logo-svg-description", CATEGORY, files={"theme/logo.svg": _LOGO.format("Vẽ bởi anh Nam, 0912 345 678")},
         command=["check"],
         expect_message=f"theme/logo.svg:3: {what(PHONE, '…678')}. Cách sửa: " + _SVG_HINT.format(label=PHONE)),
    Case("logo-svg-title-email", CATEGORY, files={"theme/logo.svg": _LOGO.format("nam.vo85 [at] gmail [dot] com")},
         command=["check"],
         expect_message=f"theme/logo.svg:3: {what(EMAIL, '…@gmail.com')}. Cách sửa: " + _SVG_HINT.format(label=EMAIL)),
]
