"""Input that once made the tool fail with an internal error, or hang: each gets a clear message or builds."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from tests.adversarial.case import Case
from tests.adversarial.payloads import another_example
from tests.conftest import MINIMAL_DATA

CATEGORY = "crashes"
DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"
PLAN = "data/ke_hoach/2026.yml"
TEXT = {name: textwrap.dedent(text) for name, text in MINIMAL_DATA.items()}
SUMMARY = "Số hóa toàn bộ bài giảng môn Toán khối 8."
TOO_DEEP = ("dữ liệu lồng nhau quá 40 tầng hoặc có quá 500.000 giá trị. Cách sửa: một hồ sơ chỉ cần vài tầng thụt "
            "lề; kiểm tra lại cấu trúc tệp")
NOT_A_FILE = ("không phải một tệp thường (liên kết tượng trưng hỏng, vòng lặp liên kết, FIFO hay thiết bị). Cách sửa: "
              "xóa nó, hoặc thay liên kết bằng chính tệp")
ENCODING = ("tệp không ở bảng mã UTF-8 (có thể là TCVN3 hoặc VNI của phần mềm cũ). Cách sửa: mở tệp bằng trình soạn "
            "thảo và lưu lại với bảng mã UTF-8 (Unicode)")
FINITE = "Cách sửa: ghi số bằng chữ số, ví dụ 0.2 (không ghi .inf, .nan)"
IMPORT = ["import", "danh-sach.xlsx", "--so-ky-hieu", "20/QĐ-UBND", "--ngay-ky", "20/12/2026", "--trich-yeu",
          "Về việc khen thưởng"]


def edited(name: str, old: str, new: str) -> dict[str, str]:
    assert old in TEXT[name], old
    return {name: TEXT[name].replace(old, new)}


def day(name: str, value: str, shown: str, command: str = "check") -> Case:
    return Case(name, CATEGORY, files=edited(DECISION, "ngay_ky: 2026-01-15", f"ngay_ky: {value}"), command=[command],
                expect_message=f"{DECISION}:3: ngay_ky: ngày {shown} nằm ngoài khoảng 01/01/1900 – 31/12/2100. "
                               "Cách sửa: kiểm tra lại năm")


def number(name: str, value: str, shown: str) -> Case:
    return Case(name, CATEGORY, files=edited(PLAN, "gia_tri_muc_tieu: 0.2", f"gia_tri_muc_tieu: {value}"),
                command=["check"],
                expect_message=f"{PLAN}:13: gia_tri_muc_tieu (chi_tieu, mục 1): cần một số hữu hạn, nhận được {shown}. "
                               f"{FINITE}")


def epoch(name: str, value: str) -> Case:
    return Case(name, CATEGORY, env={"SOURCE_DATE_EPOCH": value}, command=["build"], project_unchanged=True,
                expect_message=f"SOURCE_DATE_EPOCH={value!r}: cần số giây kể từ 01/01/1970 (UTC), một số nguyên từ 0 "
                               "đến 4133980799 (hết năm 2100), ví dụ 1767225600. Cách sửa: đặt lại biến môi trường "
                               "SOURCE_DATE_EPOCH, hoặc bỏ nó đi để dùng ngày của máy")


def link(name: str, target: str):
    def make(root: Path) -> None:
        os.symlink(target, root / name)
    return make


def fifo(name: str):
    def make(root: Path) -> None:
        os.mkfifo(root / name)
    return make


def deep(name: str, text: str, line: int = 1) -> Case:
    # Isolated: nesting this deep could exhaust the C stack, which would end the process.
    return Case(name, CATEGORY, files={"data/don_vi/sau.yml": text}, command=["check"], isolated=True,
                expect_message=f"data/don_vi/sau.yml:{line}: {TOO_DEEP}")


# Links and FIFOs are `isolated`: a tool that blocked on one would hang the run that holds it.
CASES = [
    Case("minimal-project-builds", CATEGORY, expect_exit=0, legitimate=True),
    # Search index keys are bounded: a long "word" builds, and is still found by its start.
    # Built together, each word in an example of its own.
    *(Case(f"long-word-{name}", CATEGORY, files=another_example(f"tu-dai-{name}", edited(EXAMPLE, SUMMARY, word)[EXAMPLE]),
           expect_exit=0, legitimate=True, batch="long-words")
      for name, word in (("ascii-300", "a" * 300), ("vietnamese-260", "đ" * 260), ("url-2000", "https" + "x" * 2000),
                         ("cjk-200", "漢" * 200), ("emoji-100", "😀" * 100), ("digits-400", "mã " + "9" * 400))),
    day("date-2106", "2106-02-07", "07/02/2106"),
    day("date-9999", "9999-12-31", "31/12/9999"),
    day("date-0001", "0001-01-01", "01/01/0001"),
    day("date-1899", "1899-12-31", "31/12/1899"),
    day("date-vn-form-2200", '"01/01/2200"', "01/01/2200"),
    day("date-2106-build", "2106-02-07", "07/02/2106", command="build"),
    # The schema holds 1900..2100; a decision signed before 1945 is refused as implausible
    # (generator/loading/plausibility.py), so the earliest accepted signing date is 1945.
    Case("date-1900-and-2100-accepted", CATEGORY, expect_exit=0, legitimate=True, command=["check"],
         files=edited(DECISION, "ngay_ky: 2026-01-15", "ngay_ky: 1945-01-01")),
    number("inf", ".inf", ".inf"),
    number("minus-inf", "-.inf", "-.inf"),
    number("nan", ".nan", ".nan"),
    number("overflow", "1e400", "1e400"),
    Case("nan-actual", CATEGORY, files=edited(PLAN, "gia_tri: 0.25", "gia_tri: .NaN"), command=["check"],
         expect_message=f"{PLAN}:18: gia_tri (thuc_hien, mục 1): cần một số hữu hạn, nhận được .NaN. {FINITE}"),
    deep("brackets-100000", "[" * 100_000),
    deep("braces-100000", "{" * 100_000),
    deep("mixed-brackets", "ma: x\nten: " + "[{" * 30 + "\n", 2),
    deep("items-on-one-line", "- " * 5000 + "x\n"),
    Case("brackets-20-accepted-by-parser", CATEGORY, files={"data/don_vi/sau.yml": "[" * 20 + "]" * 20 + "\n"},
         command=["check"],
         expect_message="data/don_vi/sau.yml:1: mỗi đơn vị cần là một nhóm các khóa: giá trị. Cách sửa: viết mỗi "
                        "thông tin trên một dòng dạng `khoa: gia_tri`"),
    Case("symlink-loop-in-data", CATEGORY, isolated=True, setup=link("data/don_vi/vong.yml", "vong.yml"), command=["check"],
         expect_message=f"data/don_vi/vong.yml:1: {NOT_A_FILE}"),
    Case("symlink-pair-loop-in-data", CATEGORY, isolated=True, command=["check"],
         setup=lambda root: (link("data/don_vi/a.yml", "b.yml")(root), link("data/don_vi/b.yml", "a.yml")(root)),
         expect_message=f"data/don_vi/a.yml:1: {NOT_A_FILE}"),
    Case("dangling-symlink-in-data", CATEGORY, isolated=True, setup=link("data/don_vi/mat.yml", "khong-co.yml"), command=["check"],
         expect_message=f"data/don_vi/mat.yml:1: {NOT_A_FILE}"),
    Case("fifo-in-data", CATEGORY, isolated=True, setup=fifo("data/don_vi/treo.yml"), command=["check"], timeout_s=30,
         expect_message=f"data/don_vi/treo.yml:1: {NOT_A_FILE}"),
    Case("fifo-in-data-build", CATEGORY, isolated=True, setup=fifo("data/quyet_dinh/treo.yml"), timeout_s=30,
         expect_message=f"data/quyet_dinh/treo.yml:1: {NOT_A_FILE}"),
    # A linked folder in data/ is listed, never entered (as pathlib's rglob does): no endless walk.
    # Listed, not entered (no hang), and named: a linked folder's records would be missing.
    Case("folder-loop-in-data-does-not-hang", CATEGORY, isolated=True, setup=link("data/don_vi/con", ".."), command=["check"],
         expect_message="data/don_vi/con:1: thư mục này là liên kết tượng trưng (symlink) tới nơi khác; dữ liệu trong "
                        "đó không được đọc. Cách sửa: thay liên kết bằng chính thư mục: chép các tệp vào đây"),
    Case("emacs-lock-link-is-skipped", CATEGORY, setup=link("data/don_vi/.#ubnd-phuong.yml", "root@may.1234:1"),
         command=["check"], expect_exit=0, legitimate=True),
    Case("config-tcvn3", CATEGORY, files={"site_config.yml": b"ten_co_quan: \xd0\xe0 N\xb5ng\n"}, command=["check"],
         expect_message=f"site_config.yml:1: {ENCODING}"),
    Case("config-latin1-later-line", CATEGORY, command=["check"],
         files={"site_config.yml": b"# c\xe1u h\xecnh\n".replace(b"# c", b"# ok\n# c")},
         expect_message=f"site_config.yml:2: {ENCODING}"),
    Case("content-page-vni", CATEGORY, files={"content/gioi-thieu.md": b"# Gi\xf5i thi\xe4u\n"}, command=["check"],
         expect_message=f"content/gioi-thieu.md:1: {ENCODING}"),
    epoch("epoch-empty", ""),
    epoch("epoch-text", "abc"),
    epoch("epoch-negative", "-1"),
    epoch("epoch-float", "1767225600.5"),
    epoch("epoch-year-5000", "95617584000"),
    epoch("epoch-huge", "9" * 40),
    Case("epoch-2100-accepted", CATEGORY, env={"SOURCE_DATE_EPOCH": "4133980799"}, command=["check"], expect_exit=0,
         legitimate=True),
    Case("import-text-renamed-xlsx", CATEGORY, files={"danh-sach.xlsx": "Họ và tên,Danh hiệu\n"}, command=IMPORT,
         expect_message="danh-sach.xlsx: nội dung tệp không phải bảng tính Excel .xlsx (có thể là tệp khác bị đổi "
                        "đuôi, hoặc tệp bị hỏng); mở tệp bằng Excel và lưu lại dạng \"Excel Workbook (*.xlsx)\", hoặc "
                        "lưu dạng CSV."),
    Case("import-pdf-renamed-xlsx", CATEGORY, files={"danh-sach.xlsx": b"%PDF-1.4\n"}, command=IMPORT,
         expect_message="danh-sach.xlsx: nội dung tệp không phải bảng tính Excel .xlsx (có thể là tệp khác bị đổi "
                        "đuôi, hoặc tệp bị hỏng); mở tệp bằng Excel và lưu lại dạng \"Excel Workbook (*.xlsx)\", hoặc "
                        "lưu dạng CSV."),
]
