"""No English from the YAML parser or pydantic reaches an editor; places and file names are exact."""

from __future__ import annotations

import re

import pytest

from generator.loading.errors import DataError, DataErrors, shown_file
from generator.loading.site_config import load_site_config
from generator.loading.yaml_source import parse_yaml

SYNTAX_HINT = (
    "Cách sửa: kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau mỗi khóa và dấu nháy "
    "đóng mở đủ cặp; đặt giá trị có dấu hai chấm hoặc dấu # trong dấu nháy"
)
CONTROL_HINT = (
    "Cách sửa: xóa ký tự này: gõ lại dòng đó trong trình soạn thảo, hoặc chép nội dung qua Notepad rồi lưu "
    "với bảng mã UTF-8"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ma: a\n---\nma: b\n",
         "f.yml:2: tệp YAML viết sai cú pháp (có hơn một tài liệu YAML trong tệp: dòng `---` ở giữa tệp). "
         + SYNTAX_HINT),
        ("ma: a\n...\nma: b\n",
         "f.yml:3: tệp YAML viết sai cú pháp (có nội dung sau dòng kết thúc `...`). " + SYNTAX_HINT),
        ("ma: a\nten: b\x00c\n",
         "f.yml:2: có ký tự điều khiển không được phép (mã U+0000), thường do dán từ phần mềm khác. "
         + CONTROL_HINT),
        ("ma: a\nten: b\nmo_ta: c\x07\n",
         "f.yml:3: có ký tự điều khiển không được phép (mã U+0007), thường do dán từ phần mềm khác. "
         + CONTROL_HINT),
        ("ma: @a\n", "f.yml:1: tệp YAML viết sai cú pháp (ký tự @ không được đứng đầu một giá trị). " + SYNTAX_HINT),
        ('ma: "a\\q"\n',
         "f.yml:1: tệp YAML viết sai cú pháp (ký tự thoát `\\` không hợp lệ trong dấu nháy kép). " + SYNTAX_HINT),
        ("ma: *\n", "f.yml:1: tệp YAML viết sai cú pháp (tên neo `&` hoặc tham chiếu `*` không hợp lệ). "
         + SYNTAX_HINT),
        ("%YAML 1.1\n%YAML 1.1\n---\na: b\n",
         "f.yml:2: tệp YAML viết sai cú pháp (chỉ thị `%YAML` bị lặp). " + SYNTAX_HINT),
        ("a: |x\n b\n", "f.yml:1: tệp YAML viết sai cú pháp (ký hiệu sau `|` hoặc `>` không hợp lệ). " + SYNTAX_HINT),
    ],
    ids=["two-documents", "after-end", "nul", "bell", "at-sign", "escape", "anchor", "directive", "block"],
)
def test_parser_problems_are_told_in_vietnamese(text, expected):
    _, errors = parse_yaml(text, "f.yml")
    assert [str(error) for error in errors] == [expected]


# Broken YAML as editors and attackers write it: whatever PyYAML says, the editor reads Vietnamese.
BROKEN = [
    "ma: a\n---\nma: b\n", "ma: [a, b\n", "ma: {a: b\n", "ma: 'a\n", 'ma: "a\n', "ma: a: b\n", "ma: a\n ten: b\n",
    "- a\nb: c\n", "ma: `a\n", "ma: %a\n", "? a\n: b\n: c\n", "ma: !!python/object {}\n", "ma: *x\n", "ma: &\n",
    "ma: a\n\tten: b\n", "- [a, b]]\n", "a: b\n&x", "ma: a #\n  - b\n", "[\n" * 50, "ma: \x1b[31m\n",
    "%TAG ! tag:x,2000:\n---\na: !x b\n", "a: !<tag:x> b\n", "ma: |\n  a\n b: c\n", "ma: >-2x\n  a\n",
    "a: 'b' c\n", '"a\\x4" : b\n', "a:\n- b\n - c\n", "--- |\n  a\n--- b\n",
]
ENGLISH = re.compile(r"\b(?:found|expected|but|character|while|scanning|parsing|token|stream|document|"
                     r"mapping|sequence|should|input|valid|Input)\b")


@pytest.mark.parametrize("text", BROKEN)
def test_no_english_reaches_the_editor(text):
    _, errors = parse_yaml(text, "f.yml")
    assert all(not ENGLISH.search(error.message + error.hint) for error in errors), [str(e) for e in errors]


def test_pydantic_url_errors_are_told_in_vietnamese(tmp_path):
    (tmp_path / "site_config.yml").write_text(
        "ten_co_quan: Ủy ban nhân dân phường\nten_cong_thong_tin: Thi đua\ndia_phuong: phường A\n"
        "co_quan_dang_tai:\n  ten: Phòng Văn hóa\n  dia_chi: Trụ sở\n  dien_thoai: '0225 3000 000'\n"
        "  email: a@b.gov.vn\ndia_chi_web: ftp://example.gov.vn/\nnam: 2026\n"
        "giay_phep_du_lieu:\n  ten: CC BY 4.0\n  duong_dan: javascript:alert(1)\n",
        encoding="utf-8",
    )
    with pytest.raises(DataErrors) as raised:
        load_site_config(tmp_path)
    hint = ('Cách sửa: ghi địa chỉ đầy đủ bắt đầu bằng https:// (hoặc http://), ví dụ '
            '"https://lethanhnghi.haiphong.gov.vn/"')
    assert [str(error) for error in raised.value.errors] == [
        f"site_config.yml:9: dia_chi_web: địa chỉ web không hợp lệ: ftp://example.gov.vn/. {hint}",
        f"site_config.yml:13: duong_dan: địa chỉ web không hợp lệ: javascript:alert(1). {hint}",
    ]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("data/don_vi/to-1.yml", "data/don_vi/to-1.yml"),
        ("data/don_vi/Tổ dân phố 1.yml", '"data/don_vi/Tổ dân phố 1.yml"'),
        ("data/don_vi/a\nb.yml", '"data/don_vi/a\\nb.yml"'),
        ('data/don_vi/a"b.yml', '"data/don_vi/a\\"b.yml"'),
    ],
)
def test_file_names_with_spaces_or_newlines_are_quoted(name, shown):
    assert shown_file(name) == shown
    assert str(DataError(name, 3, "ten", "thiếu", "thêm")).startswith(f"{shown}:3: ten: ")
