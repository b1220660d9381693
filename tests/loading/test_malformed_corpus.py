"""A corpus of malformed inputs, each with the exact message an editor reads.

Every case starts from the minimal valid project (tests/conftest.py), changes one or two files,
and lists every error the loader must report for it, nothing more.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from generator.kinds import SECTIONS
from generator.loading.errors import DataErrors
from generator.loading.files import MAX_FILE_BYTES
from generator.loading.loader import load_portal
from tests.sample_records import DECISION, DECISION_TEXT, edited, minimal_text

# The shared decision with an achievement, a text the personal-data check reads; the lines below
# it are one further down than in DECISION_TEXT.
VALID = edited(DECISION_TEXT, ("    ten: Lê Văn Bình\n",
                               "    ten: Lê Văn Bình\n    thanh_tich: Hoàn thành xuất sắc nhiệm vụ năm 2025\n"))
BLOCK = "data/khoi_thi_dua/khoi-8-2026.yml"
VALID_BLOCK = """\
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
"""
EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"
CAMPAIGN = "data/phong_trao/thi-dua-2026.yml"
PLAN = "data/ke_hoach/2026.yml"

# The hint of every YAML syntax error, and of every personal-data finding.
SYNTAX = (
    "Cách sửa: kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau mỗi khóa và dấu nháy "
    "đóng mở đủ cặp; đặt giá trị có dấu hai chấm hoặc dấu # trong dấu nháy"
)
TAG = (
    "thẻ YAML không được phép (các thẻ bắt đầu bằng `!` bị từ chối vì lý do an toàn). Cách sửa: xóa thẻ "
    "`!...` và chỉ ghi giá trị thường: chữ, số, ngày, danh sách"
)
ENCODING = (
    "tệp không ở bảng mã UTF-8 (có thể là TCVN3 hoặc VNI của phần mềm cũ). Cách sửa: mở tệp bằng trình "
    "soạn thảo và lưu lại với bảng mã UTF-8 (Unicode)"
)
TOO_DEEP = (
    "dữ liệu lồng nhau quá 40 tầng hoặc có quá 500.000 giá trị. Cách sửa: một hồ sơ chỉ cần vài tầng thụt "
    "lề; kiểm tra lại cấu trúc tệp"
)
PERSONAL = (
    "là dữ liệu cá nhân không được công bố theo Luật Bảo vệ dữ liệu cá nhân. Cách sửa: xóa {label} khỏi "
    "nội dung; chỉ khi pháp luật buộc công khai (ví dụ liên hệ của cơ quan) mới ghi giá trị đó vào "
    "cong_khai_theo_luat của hồ sơ, xem docs/du-lieu-ca-nhan.md"
)
NO_DATE = (
    'Cách sửa: ghi ngày dạng YYYY-MM-DD (ví dụ 2026-02-05) hoặc dd/mm/yyyy trong dấu nháy (ví dụ '
                  '"05/02/2026")'
)
MISSING_FILE = (
    "Cách sửa: đặt tệp trong thư mục data/tep/ và ghi đường dẫn tính từ data/, ví dụ "
    "`tep/quyet-dinh/15-qd-ubnd.pdf`"
)
# Every section of the site (generator/site/sections.py) is named, in alphabetical order.
SECTIONS_HINT = (
    "Cách sửa: đổi tên tệp hoặc chuyển nó ra khỏi thư mục này; các địa chỉ "
    + ", ".join(f"/{section}/" for section in sorted(SECTIONS.values()))
    + " và trang chủ dành cho trang do công cụ tạo từ dữ liệu"
)
# A marker a YAML tag would create if the loader ever executed one.
TOUCHED = "da-chay-lenh"


def decision(old: str, new: str) -> dict[str, str]:
    return {DECISION: edited(VALID, (old, new))}


def block(old: str, new: str) -> dict[str, str]:
    return {BLOCK: edited(VALID_BLOCK, (old, new))}


def minimal(name: str, old: str, new: str) -> dict[str, str]:
    return {name: minimal_text(name, (old, new))}


def sparse_file(size: int) -> Callable[[Path], None]:
    """A file of `size` bytes that takes no room on disk: the loader must refuse it unread."""

    def write(path: Path) -> None:
        with path.open("wb") as file:
            file.truncate(size)

    return write


def nested(depth: int) -> str:
    return "ma: sau\nten: " + "[" * depth + "1" + "]" * depth + "\n"


LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(6)
)

CASES = [
    # --- YAML that cannot be read ------------------------------------------------------------
    pytest.param(decision("nguoi_ky:\n  chuc_vu", "nguoi_ky:\n\tchuc_vu"),
                 [f"{DECISION}:7: tệp YAML viết sai cú pháp (có ký tự Tab). {SYNTAX}"], id="tab"),
    pytest.param(decision("so_ky_hieu: 16/QĐ-UBND", 'so_ky_hieu: "16/QĐ-UBND'),
                 [f"{DECISION}:2: tệp YAML viết sai cú pháp (thiếu dấu nháy đóng). {SYNTAX}"],
                 id="unclosed-quote"),
    pytest.param(decision("trich_yeu: Về việc", "trich_yeu: Về việc: tặng"),
                 [f"{DECISION}:9: tệp YAML viết sai cú pháp (dấu hai chấm đặt sai chỗ). {SYNTAX}"],
                 id="colon-in-value"),
    pytest.param(decision("    ten: Lê Văn Bình", "      ten: Lê Văn Bình"),
                 [f"{DECISION}:14: tệp YAML viết sai cú pháp (dấu hai chấm đặt sai chỗ). {SYNTAX}"],
                 id="uneven-indentation"),
    pytest.param(decision("loai_hinh: cong-trang", "loai_hinh: *loai"),
                 [f"{DECISION}:10: tệp YAML viết sai cú pháp (tham chiếu `*` tới một neo không tồn tại). "
                  f"{SYNTAX}"], id="undefined-alias"),
    pytest.param(minimal(CAMPAIGN, "don_vi_tham_gia: [truong-thcs]", "don_vi_tham_gia: [truong-thcs"),
                 [f"{CAMPAIGN}:8: tệp YAML viết sai cú pháp (thiếu dấu ngoặc vuông đóng ]). {SYNTAX}"],
                 id="unclosed-bracket"),
    pytest.param({DECISION: "Quyết định số 16\n"},
                 [f"{DECISION}:1: mỗi quyết định khen thưởng cần là một nhóm các khóa: giá trị. Cách sửa: "
                  "viết mỗi thông tin trên một dòng dạng `khoa: gia_tri`"], id="plain-text-file"),
    pytest.param({DECISION: "# chưa nhập\n"},
                 [f"{DECISION}:1: tệp trống. Cách sửa: thêm nội dung hoặc xóa tệp này"], id="empty-file"),
    pytest.param({DECISION: VALID + "- ma: thua\n"}, [f"{DECISION}:18: tệp YAML viết sai cú pháp (thụt lề "
                  f"của danh sách không đều). {SYNTAX}"], id="mapping-then-list"),
    pytest.param(decision("loai_hinh: cong-trang", "loai_hinh: cong-trang\nloai_hinh: dot-xuat"),
                 [f"{DECISION}:11: loai_hinh: khóa này được viết hai lần trong cùng một mục. Cách sửa: xóa "
                  "một trong hai dòng, hoặc gộp nội dung của chúng làm một"], id="duplicate-key"),
    # --- wrong types -------------------------------------------------------------------------
    pytest.param(decision("so_ky_hieu: 16/QĐ-UBND", "so_ky_hieu: 0123"),
                 [f"{DECISION}:2: so_ky_hieu: cần một đoạn chữ, nhận được 0123. Cách sửa: YAML đọc giá trị "
                  '0123 thành số 83; hãy đặt nó trong dấu nháy, ví dụ: "0123"'], id="number-for-text"),
    pytest.param(decision("ho_ten: Nguyễn Hữu Phúc", "ho_ten: yes"),
                 [f"{DECISION}:8: ho_ten: cần một đoạn chữ, nhận được yes. Cách sửa: YAML đọc giá trị yes "
                  'thành giá trị có/không; hãy đặt nó trong dấu nháy, ví dụ: "yes"'], id="boolean-for-text"),
    pytest.param(decision(VALID[VALID.index("danh_sach:"):], "danh_sach: Ông Lê Văn Bình\n"),
                 [f"{DECISION}:11: danh_sach: cần một danh sách. Cách sửa: mỗi mục viết trên một dòng, bắt "
                  f"đầu bằng `- `"], id="text-for-list"),
    pytest.param(decision("nguoi_ky:\n  chuc_vu: Chủ tịch\n  ho_ten: Nguyễn Hữu Phúc",
                          "nguoi_ky: Chủ tịch Nguyễn Hữu Phúc"),
                 [f"{DECISION}:6: nguoi_ky: cần một nhóm các khóa, nhận được Chủ tịch Nguyễn Hữu Phúc. Cách "
                  f"sửa: viết "
                  "các khóa con trên các dòng sau, thụt lề thêm hai dấu cách"], id="text-for-group"),
    pytest.param(decision("cap: phuong", "cap: xa"),
                 [f"{DECISION}:5: cap: giá trị không hợp lệ: xa. Cách sửa: chỉ nhận một trong các giá trị: "
                  "trung_uong, tinh, thanh_pho, quan_huyen, phuong"], id="value-outside-list"),
    pytest.param(decision("    don_vi: truong-thcs", "    truy_tang: có\n    don_vi: truong-thcs"),
                 [f"{DECISION}:16: truy_tang (danh_sach, mục 1): cần có hoặc không, nhận được có. Cách sửa: "
                  f"ghi "
                  "`true` (có) hoặc `false` (không)"], id="not-a-yes-no"),
    pytest.param(minimal(PLAN, "nam: 2026", "nam: hai nghìn không trăm hai mươi sáu"), [f"{PLAN}:1: nam: "
                  f"cần một số, nhận được hai nghìn không trăm hai mươi sáu. Cách sửa: ghi số bằng "
                  "chữ số, dùng dấu chấm cho phần thập phân (0.2)"], id="text-for-year"),
    pytest.param(minimal(PLAN, "gia_tri_muc_tieu: 0.2", 'gia_tri_muc_tieu: "0,2%"'), [f"{PLAN}:13: "
                  f"gia_tri_muc_tieu (chi_tieu, mục 1): cần một số, nhận được 0,2%. Cách sửa: ghi số "
                  "bằng chữ số, dùng dấu chấm cho phần thập phân (0.2)"], id="text-for-number"),
    pytest.param(minimal(PLAN, "nam: 2026", "nam: 1990"), [f"{PLAN}:1: nam: giá trị 1990 ngoài khoảng cho "
                  f"phép. Cách sửa: cần một số không nhỏ hơn 2000"], id="year-out-of-range"),
    pytest.param(decision("trich_yeu:", "trich_yue:"), [f"{DECISION}:1: trich_yeu: thiếu trường bắt buộc. "
                  f"Cách sửa: thêm dòng `trich_yeu: ...` vào mục này",
                  f"{DECISION}:9: trich_yue: khóa không được hỗ trợ. Cách sửa: các khóa hợp lệ ở đây: ma, "
                  f"ban_nhap, "
                  "ngay_cong_bo, cong_khai_theo_luat, loai_quyet_dinh, so_ky_hieu, ngay_ky, "
                  "co_quan_ban_hanh, cap, "
                  "nguoi_ky, trich_yeu, loai_hinh, phong_trao, tep_dinh_kem, trang_thai, "
                  "quyet_dinh_thay_doi, "
                  "ghi_chu_trang_thai, danh_sach; có phải ý bạn là `trich_yeu`?"], id="misspelt-key"),
    pytest.param(decision("ma: 16-qd-ubnd-2026", "ma: QĐ 16"),
                 [f"{DECISION}:1: ma: mã không hợp lệ: QĐ 16. Cách sửa: mã chỉ gồm chữ thường không dấu, chữ "
                  "số và dấu gạch ngang, ví dụ `15-qd-ubnd-2026`"], id="bad-code"),
    pytest.param(decision("ma: 16-qd-ubnd-2026", "ma: " + "-".join(["quyet-dinh"] * 9)), [f"{DECISION}:1: "
                  f"ma: quá dài (tối đa 80 ký tự). Cách sửa: rút gọn giá trị"], id="code-too-long"),
    pytest.param(decision("trich_yeu: Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025", "trich_yeu: "),
                 [f"{DECISION}:9: trich_yeu: chưa điền. Cách sửa: ghi giá trị sau dấu hai chấm"],
                 id="empty-required-text"),
    # --- dates -------------------------------------------------------------------------------
    pytest.param(decision("ngay_ky: 2026-01-20", 'ngay_ky: "31/02/2026"'),
                 [f"{DECISION}:3: ngay_ky: ngày 31/02/2026 không có trên lịch. Cách sửa: kiểm tra lại ngày "
                  f"và "
                  "tháng"], id="31-february"),
    pytest.param(decision("ngay_ky: 2026-01-20", "ngay_ky: 2026-02-30"),
                 [f"{DECISION}:3: ngay_ky: ngày 2026-02-30 không có trên lịch. Cách sửa: kiểm tra lại ngày "
                  f"và "
                  "tháng"], id="30-february-iso"),
    pytest.param(decision("cap: phuong", "cap: phuong\n2026-02-30: ngày không có"),
                 [f"{DECISION}:6: 2026-02-30: khóa không được hỗ trợ. Cách sửa: các khóa hợp lệ ở đây: ma, "
                  "ban_nhap, ngay_cong_bo, cong_khai_theo_luat, loai_quyet_dinh, so_ky_hieu, ngay_ky, "
                  "co_quan_ban_hanh, cap, nguoi_ky, trich_yeu, loai_hinh, phong_trao, tep_dinh_kem, "
                  "trang_thai, quyet_dinh_thay_doi, ghi_chu_trang_thai, danh_sach"], id="impossible-date-key"),
    pytest.param(decision("ngay_ky: 2026-01-20", "ngay_ky: 2026-13-01"), [f"{DECISION}:3: ngay_ky: ngày "
                  f"2026-13-01 không có trên lịch. Cách sửa: kiểm tra lại ngày và tháng"], id="month-13"),
    pytest.param(decision("ngay_ky: 2026-01-20", "ngay_ky: hôm qua"),
                 [f"{DECISION}:3: ngay_ky: cần một ngày, nhận được hôm qua. {NO_DATE}"], id="not-a-date"),
    pytest.param(minimal(CAMPAIGN, "tu_ngay: 2026-02-10", "tu_ngay: 2026-02-10\nden_ngay: 2026-01-31"),
                 [f"{CAMPAIGN}:6: den_ngay: ngày kết thúc đứng trước ngày bắt đầu (tu_ngay)"],
                 id="end-before-start"),
    # --- scores ------------------------------------------------------------------------------
    pytest.param(block("chi-dao: 18", "chi-dao: 25"), [f"{BLOCK}:19: chi-dao (cham_diem, mục 1): tu_cham: "
                  "tiêu chí chi-dao được 25 điểm, vượt điểm tối đa 20. Cách sửa: sửa điểm cho không vượt "
                  "điểm tối đa của tiêu chí trong giao_uoc"], id="score-above-maximum"),
    pytest.param(block("ket-qua: 65.5", "ket-qua: -3"), [f"{BLOCK}:19: ket-qua (cham_diem, mục 1): giá trị "
                  "-3 ngoài khoảng cho phép. Cách sửa: cần một số không nhỏ hơn 0"], id="negative-score"),
    pytest.param(block("ket-qua: 65.5", "ket-qua: 65.5, phong-trao: 5"), [f"{BLOCK}:19: phong-trao "
                  "(cham_diem, mục 1): tu_cham: không có tiêu chí mã phong-trao trong giao_uoc. Cách sửa: "
                  "dùng mã tiêu chí đã ghi trong giao_uoc, tieu_chi"], id="score-of-unknown-criterion"),
    pytest.param(block("  - don_vi: ubnd-phuong", "  - don_vi: cong-an-phuong"), [f"{BLOCK}:18: don_vi "
                  "(cham_diem, mục 1): đơn vị cong-an-phuong không phải thành viên của khối. Cách sửa: thêm "
                  "đơn vị vào thanh_vien hoặc sửa mã đơn vị"],
                 id="score-of-non-member"),
    # --- changes of status, references ---------------------------------------------------------
    pytest.param(decision("loai_hinh: cong-trang",
                          "loai_hinh: cong-trang\ntrang_thai: da_huy_bo\nquyet_dinh_thay_doi: "
                  "99-qd-ubnd-2026"),
                 [f"{DECISION}:12: quyet_dinh_thay_doi: không có quyết định nào mang mã 99-qd-ubnd-2026. "
                  f"Cách sửa: "
                  "kiểm tra mã trong thư mục data/quyet_dinh/ hoặc thêm quyết định đó trước; có phải ý bạn "
                  "là "
                  "`16-qd-ubnd-2026`?"], id="revoked-by-unknown-decision"),
    pytest.param(decision("loai_hinh: cong-trang", "loai_hinh: cong-trang\ntrang_thai: da_huy_bo"),
                 [f"{DECISION}:11: trang_thai: đã đính chính hoặc đã hủy bỏ thì phải ghi mã quyết định đã "
                  f"đính chính "
                  "hoặc hủy bỏ (quyet_dinh_thay_doi)"], id="revoked-without-decision"),
    pytest.param(decision("loai_hinh: cong-trang", "loai_hinh: cong-trang\nquyet_dinh_thay_doi: "
                  "15-qd-ubnd-2026"),
                 [f"{DECISION}:11: quyet_dinh_thay_doi: đang có hiệu lực thì không ghi quyet_dinh_thay_doi; "
                  f"nếu đã bị "
                  "đính chính hoặc hủy bỏ, hãy sửa trang_thai"], id="change-while-in-force"),
    pytest.param(decision("loai_hinh: cong-trang",
                          "loai_hinh: cong-trang\ntrang_thai: da_dinh_chinh\nquyet_dinh_thay_doi: "
                  "16-qd-ubnd-2026"),
                 [f"{DECISION}:12: quyet_dinh_thay_doi: quyết định không thể trỏ tới chính nó. Cách sửa: "
                  f"ghi mã của "
                  "một quyết định khác"], id="corrected-by-itself"),
    pytest.param(decision("don_vi: truong-thcs", "don_vi: truong-thcss"), [f"{DECISION}:16: don_vi "
                  f"(danh_sach, mục 1): không có đơn vị nào mang mã truong-thcss. Cách sửa: kiểm "
                  "tra mã trong thư mục data/don_vi/ hoặc thêm đơn vị đó trước; có phải ý bạn là "
                  "`truong-thcs`?"], id="unknown-unit"),
    pytest.param(decision("danh_hieu: Chiến sỹ thi đua cơ sở", "danh_hieu: Chiến sĩ thi đua quận"),
                 [f"{DECISION}:17: danh_hieu (danh_sach, mục 1): không có danh hiệu hay hình thức khen "
                  f"thưởng nào tên "
                  "Chiến sĩ thi đua quận. Cách sửa: ghi đúng tên như trong data/danh_muc/danh_hieu/; có "
                  "phải ý "
                  "bạn là `Chiến sĩ thi đua cơ sở`?"], id="unknown-title"),
    pytest.param(decision("loai_hinh: cong-trang", "loai_hinh: cong-trang\ntep_dinh_kem: "
                  "tep/quyet-dinh/16.pdf"),
                 [f"{DECISION}:11: tep_dinh_kem: không tìm thấy tệp tep/quyet-dinh/16.pdf trong data/tep/. "
                  f"{MISSING_FILE}"], id="missing-attachment"),
    pytest.param(decision("loai_hinh: cong-trang", "loai_hinh: cong-trang\ntep_dinh_kem: ../site_config.yml"),
                 [f"{DECISION}:11: tep_dinh_kem: không tìm thấy tệp ../site_config.yml trong data/tep/. "
                  f"{MISSING_FILE}"], id="attachment-outside-data"),
    # --- duplicate codes and addresses -----------------------------------------------------------
    pytest.param({DECISION: VALID, "data/quyet_dinh/16-bis.yml": VALID.replace("16/QĐ", "16b/QĐ")},
                 [f"{DECISION}:1: ma: mã 16-qd-ubnd-2026 đã được dùng cho một quyết định khen thưởng khác "
                  "(data/quyet_dinh/16-bis.yml:1). Cách sửa: mỗi hồ sơ cần một mã riêng; đổi mã của một "
                  "trong hai"], id="same-code-in-two-files"),
    pytest.param({"data/don_vi/them.yml": "- ma: to-1\n  ten: Tổ 1\n  loai_don_vi: to_dan_pho\n"
                                          "- ma: to-1\n  ten: Tổ 1 cũ\n  loai_don_vi: to_dan_pho\n"},
                 ["data/don_vi/them.yml:4: ma: mã to-1 đã được dùng cho một đơn vị khác "
                  "(data/don_vi/them.yml:1). "
                  "Cách sửa: mỗi hồ sơ cần một mã riêng; đổi mã của một trong hai"],
                 id="same-code-in-one-list"),
    pytest.param(decision("ma: 16-qd-ubnd-2026", "ma: index"),
                 [f"{DECISION}:1: ma: mã index cho trang có địa chỉ /quyet-dinh/, trùng với trang danh "
                  "sách /quyet-dinh/. Cách sửa: đặt một mã khác cho hồ sơ này"],
                 id="code-taking-the-list-address"),
    pytest.param({"content/quyet-dinh/15-qd-ubnd-2026.md": "# Trang viết tay\n"},
                 ["content/quyet-dinh/15-qd-ubnd-2026.md:1: trang này có địa chỉ /quyet-dinh/15-qd-ubnd-2026/, "
                  "trùng "
                  f"với hồ sơ trong data/quyet_dinh/15-qd-ubnd-2026.yml:1. {SECTIONS_HINT}"],
                 id="page-taking-a-record-address"),
    pytest.param({"content/index.md": "# Trang chủ viết tay\n"}, [f"content/index.md:1: trang này có địa "
                  f"chỉ /, trùng với trang chủ do công cụ tạo. {SECTIONS_HINT}"],
                 id="page-taking-the-home-page"),
    pytest.param({"content/lien-he.md": "# Liên hệ\n", "content/lien-he/index.md": "# Liên hệ\n"}, [
                  "content/lien-he.md:1: trang này có địa chỉ /lien-he/, trùng với trang "
                  "content/lien-he/index.md. "
                  f"{SECTIONS_HINT}"],
                 id="two-pages-one-address"),
    # --- encodings and sizes -------------------------------------------------------------------
    pytest.param({DECISION: VALID.encode("utf-8").replace("Lê Văn Bình".encode(), b"L\xaa V\xa8n B\xb8nh")},
                 [f"{DECISION}:14: {ENCODING}"], id="tcvn3"),
    pytest.param({DECISION: VALID.encode("utf-8").replace("Nguyễn".encode(), b"Nguye\xe3n")},
                 [f"{DECISION}:8: {ENCODING}"], id="vni-windows"),
    pytest.param({DECISION: VALID.encode("utf-16")}, [f"{DECISION}:1: {ENCODING}"], id="utf-16"),
    pytest.param({DECISION: sparse_file(50 * 1024 * 1024)},
                 [f"{DECISION}:1: tệp quá lớn (50 MB, tối đa {MAX_FILE_BYTES // (1024 * 1024)} MB). Cách "
                  f"sửa: "
                  "tách dữ liệu thành nhiều tệp nhỏ; ảnh và PDF đặt trong data/tep/"], id="50-mb"),
    pytest.param({"data/don_vi/sau.yml": nested(60)}, [f"data/don_vi/sau.yml:2: {TOO_DEEP}"],
                 id="deep-nesting"),
    pytest.param({"data/don_vi/cuoi.yml": LAUGHS}, [f"data/don_vi/cuoi.yml:1: {TOO_DEEP}"],
                 id="billion-laughs"),
    # --- YAML tags that would construct objects or run code -----------------------------------
    pytest.param(decision("trich_yeu: Về", f"trich_yeu: !!python/object/apply:os.system ['touch "
                  f"{TOUCHED}']\n#"),
                 [f"{DECISION}:9: {TAG}"], id="python-apply"),
    pytest.param(decision("trich_yeu: Về", "trich_yeu: !!python/name:os.system\n#"),
                 [f"{DECISION}:9: {TAG}"], id="python-name"),
    pytest.param(decision("trich_yeu: Về", "trich_yeu: !!python/object/new:subprocess.Popen [[touch, x]]\n#"),
                 [f"{DECISION}:9: {TAG}"], id="python-new"),
    pytest.param(decision("trich_yeu: Về", "trich_yeu: !include ../site_config.yml\n#"),
                 [f"{DECISION}:9: {TAG}"], id="custom-tag"),
    pytest.param(decision("trich_yeu: Về", "trich_yeu: !!binary aGVsbG8=\n#"),
                 [f"{DECISION}:9: {TAG}"], id="binary-tag"),
    pytest.param({"data/don_vi/tap.yml": "ma: tap\nten: !!set {a, b}\nloai_don_vi: doan_the\n"},
                 [f"data/don_vi/tap.yml:2: {TAG}"], id="set-tag"),
    # --- files in the wrong place -------------------------------------------------------------
    pytest.param({"data/quyet_dinh/ghi-chu.txt": "ghi chú\n"}, ["data/quyet_dinh/ghi-chu.txt:1: chỉ nhận "
                  "tệp YAML (.yml) trong thư mục này. Cách sửa: ảnh và tệp "
                  "PDF đặt trong data/tep/; đổi đuôi tệp thành .yml"], id="not-yaml"),
    pytest.param({"data/khen_thuong/a.yml": "ma: a\n"}, ["data/khen_thuong/a.yml:1: tệp nằm ngoài các thư "
                  "mục dữ liệu đã biết. Cách sửa: chuyển tệp vào một "
                  "trong các thư mục: data/danh_muc/danh_hieu/, data/danh_muc/loai_hinh/, data/don_vi/, "
                  "data/phong_trao/, data/quyet_dinh/, data/dien_hinh/, data/ke_hoach/, data/khoi_thi_dua/, "
                  "data/lay_y_kien/, data/ngay_nghi/, data/bao_cao/, data/hoi_dong/; ảnh và tệp PDF đặt "
                  "trong "
                  "data/tep/"], id="unknown-folder"),
    # --- personal data --------------------------------------------------------------------------
    pytest.param(decision("thanh_tich: Hoàn thành", "thanh_tich: Liên hệ 0912 345 678; hoàn thành"),
                 [f"{DECISION}:15: thanh_tich (danh_sach, mục 1): có số điện thoại (…678), "
                  + PERSONAL.format(label="số điện thoại")], id="phone"),
    pytest.param(minimal(EXAMPLE, "tom_tat: Số hóa", "tom_tat: Cô (CCCD 031185004567) số hóa"),
                 [f"{EXAMPLE}:10: tom_tat: có số định danh cá nhân (CCCD/CMND) (…567), "
                  + PERSONAL.format(label="số định danh cá nhân (CCCD/CMND)")], id="identity-number"),
    pytest.param(minimal(EXAMPLE, "Cô Đức đã", "Cô Đức (sinh ngày 12/03/1985) đã"), [f"{EXAMPLE}:12: "
                  f"noi_dung: có ngày sinh (…985), " + PERSONAL.format(label="ngày sinh")], id="birth-date"),
    pytest.param(minimal(EXAMPLE, "Cô Đức đã", "Cô Đức (duc.tran85@gmail.com) đã"), [f"{EXAMPLE}:12: "
                  f"noi_dung: có địa chỉ thư điện tử cá nhân (…@gmail.com), "
                  + PERSONAL.format(label="địa chỉ thư điện tử cá nhân")], id="personal-email"),
]


def write(root: Path, name: str, content) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if callable(content):
        content(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize(("files", "expected"), CASES)
def test_malformed_input_gets_its_exact_message(scratch_project, files, expected):
    root = scratch_project()
    for name, content in files.items():
        write(root, name, content)

    with pytest.raises(DataErrors) as raised:
        load_portal(root)

    assert [str(error) for error in raised.value.errors] == expected
    assert not (root / TOUCHED).exists() and not Path(TOUCHED).exists()


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 40
