"""Data that once passed silently and was published wrong: legacy encodings, impossible dates,
unit cycles, one person code for two names. Each is now reported."""

from __future__ import annotations

import textwrap

from tests.adversarial.case import Case
from tests.adversarial.corpus.personal_data import DECISION, EXAMPLE, story
from tests.conftest import MINIMAL_DATA

CATEGORY = "silently accepted"
WARD = "data/don_vi/ubnd-phuong.yml"
SCHOOL = "data/don_vi/truong-thcs.yml"
_DECISION = textwrap.dedent(MINIMAL_DATA[DECISION])
CYCLE_HINT = "Cách sửa: sửa don_vi_cap_tren của một đơn vị trong vòng để cây đơn vị có một gốc"
DATE_HINT = "Cách sửa: kiểm tra lại năm: ngày viết dạng YYYY-MM-DD, ví dụ 2026-02-05"


def legacy(where: str, encoding: str, word: str) -> str:
    return (f'{where}: chữ có vẻ gõ bằng bảng mã {encoding} cũ ("{word}"), sẽ hiện thành chữ lỗi trên trang. '
            f"Cách sửa: chuyển đoạn chữ sang Unicode bằng Unikey (Công cụ chuyển mã, nguồn {encoding}, đích "
            "Unicode) rồi dán lại")


def implausible(where: str, shown: str) -> str:
    return f"{where}: ngày {shown} nằm ngoài khoảng hợp lý (từ năm 1945 đến năm 2027). {DATE_HINT}"


# The build date of the date cases: 2026-05-28, so that "the build year + 1" is 2027.
EPOCH = {"SOURCE_DATE_EPOCH": "1780000000"}

CASES = [
    Case("tcvn3-name", CATEGORY, files={DECISION: _DECISION.replace("ten: Trần Thị Đức", "ten: TrÇn ThÞ §øc")},
         command=["check"], expect_message=legacy(f"{DECISION}:15: ten (danh_sach, mục 1)", "TCVN3 (ABC)", "TrÇn")),
    Case("tcvn3-story", CATEGORY, files={EXAMPLE: story("NguyÔn V¨n §øc ®· sè hãa bµi gi¶ng.")},
         command=["check"], expect_message=legacy(f"{EXAMPLE}:13: noi_dung", "TCVN3 (ABC)", "V¨n")),
    Case("vni-name", CATEGORY, files={DECISION: _DECISION.replace("ten: Trần Thị Đức", "ten: Nguyeãn Vaên Ñöùc")},
         command=["check"], expect_message=legacy(f"{DECISION}:15: ten (danh_sach, mục 1)", "VNI", "Ñöùc")),
    Case("vni-unit", CATEGORY,
         files={SCHOOL: textwrap.dedent(MINIMAL_DATA[SCHOOL]).replace(
             "ten: Trường Trung học cơ sở Lê Thanh Nghị", "ten: Tröôøng THCS Leâ Thanh Nghò")},
         command=["check"], expect_message=legacy(f"{SCHOOL}:2: ten", "VNI", "Tröôøng")),
    Case("unit-cycle", CATEGORY,
         files={WARD: textwrap.dedent(MINIMAL_DATA[WARD]) + "don_vi_cap_tren: truong-thcs\n"},
         command=["check"],
         expect_message=f"{SCHOOL}:4: don_vi_cap_tren: các đơn vị cấp trên tạo thành vòng lặp (truong-thcs → "
                        f"ubnd-phuong → truong-thcs). {CYCLE_HINT}"),
    Case("unit-cycle-of-three", CATEGORY,
         files={WARD: textwrap.dedent(MINIMAL_DATA[WARD]) + "don_vi_cap_tren: to-3\n",
                "data/don_vi/to-3.yml": "ma: to-3\nten: Tổ dân phố số 3\nloai_don_vi: to_dan_pho\n"
                                        "don_vi_cap_tren: truong-thcs\n"},
         command=["check"],
         expect_message=f"data/don_vi/to-3.yml:4: don_vi_cap_tren: các đơn vị cấp trên tạo thành vòng lặp (to-3 → "
                        f"truong-thcs → ubnd-phuong → to-3). {CYCLE_HINT}"),
    Case("date-1901", CATEGORY, files={DECISION: _DECISION.replace("ngay_ky: 2026-01-15", "ngay_ky: 1901-01-01")},
         command=["check"], env=EPOCH, expect_message=implausible(f"{DECISION}:3: ngay_ky", "01/01/1901")),
    Case("date-far-future", CATEGORY,
         files={DECISION: _DECISION.replace("ngay_ky: 2026-01-15", "ngay_ky: 2036-01-15")},
         command=["build"], env=EPOCH, expect_message=implausible(f"{DECISION}:3: ngay_ky", "15/01/2036")),
    Case("date-typed-as-text", CATEGORY,
         files={DECISION: _DECISION.replace("ngay_ky: 2026-01-15", 'ngay_ky: "15/01/2031"')},
         command=["check"], env=EPOCH, expect_message=implausible(f"{DECISION}:3: ngay_ky", "15/01/2031")),
    Case("date-before-1945", CATEGORY,
         files={EXAMPLE: story().replace("ngay_dang: 2026-03-01", "ngay_dang: 1900-03-01")},
         command=["check"], env=EPOCH, expect_message=implausible(f"{EXAMPLE}:15: ngay_dang", "01/03/1900")),
    Case("person-code-two-names", CATEGORY,
         files={DECISION: _DECISION.replace("    ten: Trần Thị Đức\n", "    ten: Trần Thị Đức\n    ma_nguoi: tran-duc\n"),
                "data/quyet_dinh/16-qd-ubnd-2026.yml": _DECISION.replace("15", "16").replace(
                    "    ten: Trần Thị Đức\n", "    ten: Trần Thị Đực\n    ma_nguoi: tran-duc\n")},
         command=["check"], expect_exit=0,
         expect_message="  - 1 mã người (ma_nguoi) được ghi cho hai tên khác nhau: tran-duc (Trần Thị Đức trong "
                        "15-qd-ubnd-2026, Trần Thị Đực trong 16-qd-ubnd-2026)"),
]

CASES += [
    Case("tcvn3-content-page", CATEGORY, files={"content/gioi-thieu-them.md": "# Giới thiệu\n\nPh­êng Lª Thanh NghÞ\n"},
         command=["check"], expect_message=legacy("content/gioi-thieu-them.md:3", "TCVN3 (ABC)", "Ph­êng")),
]

# Invisible controls that reorder what a reader sees: "Trần Thị Đức<RLO>gnp.exe" reads "…exe.png".
CASES.append(Case(
    "bidi-override-in-a-name", CATEGORY,
    files={DECISION: _DECISION.replace("ten: Trần Thị Đức", "ten: Trần Thị Đức\u202egnp.exe")}, command=["check"],
    expect_message=f"{DECISION}:15: ten (danh_sach, mục 1): có ký tự ẩn đổi hướng chữ (U+202E), làm người đọc thấy "
                   "chữ theo thứ tự khác với chữ đã ghi. Cách sửa: gõ lại đoạn chữ này (ký tự ẩn thường đến từ chữ "
                   "dán từ nơi khác)"))
