"""Messages an editor reads: no English from the YAML parser or pydantic, places exact, odd file names quoted."""

from __future__ import annotations

from tests.adversarial.case import Case
from tests.conftest import SAMPLE

CATEGORY = "messages"
UNIT = "data/don_vi/to-dan-pho-1.yml"
VALID_UNIT = "ma: to-dan-pho-1\nten: Tổ dân phố số 1\nloai_don_vi: to_dan_pho\n"
SYNTAX_HINT = (
    "Cách sửa: kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau mỗi khóa và dấu nháy "
    "đóng mở đủ cặp; đặt giá trị có dấu hai chấm hoặc dấu # trong dấu nháy"
)
CONTROL_HINT = (
    "Cách sửa: xóa ký tự này: gõ lại dòng đó trong trình soạn thảo, hoặc chép nội dung qua Notepad rồi lưu "
    "với bảng mã UTF-8"
)
URL_HINT = ('Cách sửa: ghi địa chỉ đầy đủ bắt đầu bằng https:// (hoặc http://), ví dụ '
            '"https://lethanhnghi.haiphong.gov.vn/"')


def syntax(file: str, line: int, problem: str) -> str:
    return f"{file}:{line}: tệp YAML viết sai cú pháp ({problem}). {SYNTAX_HINT}"


def control(file: str, line: int, code: str) -> str:
    return f"{file}:{line}: có ký tự điều khiển không được phép (mã U+{code}), thường do dán từ phần mềm khác. " \
        + CONTROL_HINT


def broken(name: str, text: str | bytes, message: str, file: str = UNIT) -> Case:
    return Case(name, CATEGORY, files={file: text}, command=["check"], expect_message=message)


_CONFIG = (SAMPLE / "site_config.yml").read_text(encoding="utf-8")

CASES = [
    broken("two-documents", VALID_UNIT + "---\n" + VALID_UNIT,
           syntax(UNIT, 4, "có hơn một tài liệu YAML trong tệp: dòng `---` ở giữa tệp")),
    broken("after-document-end", VALID_UNIT + "...\nmo_ta: a\n", syntax(UNIT, 5, "có nội dung sau dòng kết thúc `...`")),
    broken("nul-byte", VALID_UNIT.encode() + b"mo_ta: T\x00\n", control(UNIT, 4, "0000")),
    broken("nul-byte-first-line", b"ma: to\x00-dan-pho-1\n", control(UNIT, 1, "0000")),
    broken("escape-character", VALID_UNIT + "mo_ta: \x1b[31mđỏ\n", control(UNIT, 4, "001B")),
    broken("bell", VALID_UNIT + "mo_ta: a\x07\n", control(UNIT, 4, "0007")),
    broken("at-sign", VALID_UNIT + "mo_ta: @tổ1\n",
           syntax(UNIT, 4, "ký tự @ không được đứng đầu một giá trị")),
    broken("backtick", VALID_UNIT + "mo_ta: `a`\n",
           syntax(UNIT, 4, "ký tự ` không được đứng đầu một giá trị")),
    broken("bad-escape", VALID_UNIT + 'mo_ta: "C:\\qua"\n',
           syntax(UNIT, 4, "ký tự thoát `\\` không hợp lệ trong dấu nháy kép")),
    broken("empty-alias", VALID_UNIT + "mo_ta: *\n",
           syntax(UNIT, 4, "tên neo `&` hoặc tham chiếu `*` không hợp lệ")),
    broken("duplicate-directive", "%YAML 1.1\n%YAML 1.1\n---\n" + VALID_UNIT,
           syntax(UNIT, 2, "chỉ thị `%YAML` bị lặp")),
    broken("block-indicator", VALID_UNIT + "mo_ta: |x\n  a\n",
           syntax(UNIT, 4, "ký hiệu sau `|` hoặc `>` không hợp lệ")),
    broken("unclosed-bracket", VALID_UNIT + "ten_cu: [a, b\n", syntax(UNIT, 4, "thiếu dấu ngoặc vuông đóng ]")),
    broken("file-name-with-spaces", VALID_UNIT + "---\n",
           syntax('"data/don_vi/Tổ dân phố 1.yml"', 4, "có hơn một tài liệu YAML trong tệp: dòng `---` ở giữa tệp"),
           file="data/don_vi/Tổ dân phố 1.yml"),
    broken("file-name-with-newline", VALID_UNIT + "---\n",
           syntax('"data/don_vi/to\\n1.yml"', 4, "có hơn một tài liệu YAML trong tệp: dòng `---` ở giữa tệp"),
           file="data/don_vi/to\n1.yml"),
    Case("url-scheme", CATEGORY,
         files={"site_config.yml": _CONFIG.replace("dia_chi_web: https://", "dia_chi_web: ftp://")},
         command=["check"],
         expect_message="site_config.yml:16: dia_chi_web: địa chỉ web không hợp lệ: "
                        f"ftp://thiduakhenthuong.lethanhnghi.haiphong.gov.vn/. {URL_HINT}"),
    Case("url-javascript", CATEGORY,
         files={"site_config.yml": _CONFIG.replace("duong_dan: https://creativecommons.org/licenses/by/4.0/deed.vi",
                                                   "duong_dan: javascript:alert(1)")},
         command=["check"],
         expect_message=f"site_config.yml:30: duong_dan: địa chỉ web không hợp lệ: javascript:alert(1). {URL_HINT}"),
]
