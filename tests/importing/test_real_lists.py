"""Real office lists: several sheets, names in capitals, what Excel made of a typed date, "UBND
phường" for the ward's own committee, no "Ông/Bà" column. Only the sheet the clerk chose is
imported, and every change the importer made is reported."""

from __future__ import annotations

import datetime

from generator.cli import main
from tests.importing.workbooks import office_workbook

OPTIONS = ["--so-ky-hieu", "20/QĐ-UBND", "--ngay-ky", "20/12/2026",
           "--trich-yeu", "Về việc tặng danh hiệu thi đua năm 2026"]
DECISION = "data/quyet_dinh/20-qd-ubnd-2026.yml"
# Another ward's committee, which "UBND phường" must never be taken for.
OTHER_WARD = {"data/don_vi/ubnd-binh-lam.yml": """\
    ma: ubnd-binh-lam
    ten: Ủy ban nhân dân phường Bình Lâm
    loai_don_vi: co_quan_nha_nuoc
    """}
OLD_LIST = [[1, "Bà Vũ Thị Cúc", "Kế toán", "Trường THCS Lê Thanh Nghị", "Lao động tiên tiến", "Năm 2025"]]


def this_year(achievement: object) -> list[list[object]]:
    return [
        [1, "Ông NGUYỄN VĂN HÙNG", "Chuyên viên", "UBND phường", "Lao động tiên tiến", achievement],
        [2, "Bà Trần Thị Lan", "Giáo viên", "Trường THCS Lê Thanh Nghị", "Chiến sỹ thi đua cơ sở",
         "Hoàn thành xuất sắc nhiệm vụ"],
    ]


def run(root, *args: str) -> int:
    return main(["--project", str(root), "import", *args])


def test_an_office_list_imports_only_the_sheet_chosen_and_reports_every_change(scratch_project, capsys):
    root = scratch_project(OTHER_WARD)
    typed_date = datetime.datetime(2026, 5, 1)  # "1/5" typed in a General cell
    source = office_workbook(root / "danh-sach.xlsx", {"Năm 2026": this_year(typed_date), "Năm 2025": OLD_LIST})
    capsys.readouterr()

    # Two sheets with a list: the clerk is asked which one.
    assert run(root, str(source), *OPTIONS) == 1
    assert capsys.readouterr().err.splitlines() == [
        "danh-sach.xlsx: có 2 trang tính có danh sách: “Năm 2026”, “Năm 2025”. Cách sửa: chọn trang tính của "
        "quyết định này bằng --trang-tinh, ví dụ --trang-tinh \"Năm 2026\"",
        "Tìm thấy 1 lỗi; chưa ghi tệp nào. Sửa tệp danh-sach.xlsx (hoặc tham số của lệnh) rồi chạy lại.",
    ]
    assert run(root, str(source), *OPTIONS, "--trang-tinh", "Năm 2024") == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "tham số --trang-tinh: tệp danh-sach.xlsx không có trang tính “Năm 2024”. Cách sửa: các trang tính của "
        "tệp: “Năm 2026”, “Năm 2025”"
    )

    # The date Excel made of what was typed in a text column is refused.
    assert run(root, str(source), *OPTIONS, "--trang-tinh", "Năm 2026") == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        'danh-sach.xlsx, trang "Năm 2026", ô F9 (Thành tích): ô chứa một ngày (2026-05-01) trong cột chữ. Cách '
        "sửa: Excel đã tự đổi điều gõ vào thành ngày: định dạng ô là Text (Format Cells → Text), gõ lại nội "
        "dung rồi nhập lại"
    )
    assert not (root / DECISION).exists()

    source = office_workbook(root / "danh-sach.xlsx", {"Năm 2026": this_year("Đạt 100% chỉ tiêu"),
                                                         "Năm 2025": OLD_LIST})
    assert run(root, str(source), *OPTIONS, "--trang-tinh", "năm 2026") == 0

    where = 'danh-sach.xlsx, trang "Năm 2026"'
    assert capsys.readouterr().out.splitlines() == [
        'danh-sach.xlsx, trang "Năm 2025": không nhập trang tính này (chỉ nhập trang “Năm 2026”).',
        f"{where}, ô B9 (Họ và tên): “NGUYỄN VĂN HÙNG” viết hoa toàn bộ, đã ghi thành “Nguyễn Văn Hùng”.",
        f"{where}, ô D9 (Đơn vị): “UBND phường” là đơn vị “Ủy ban nhân dân phường Lê Thanh Nghị” (ubnd-phuong).",
        f"{where}, ô E10 (Danh hiệu / Hình thức): “Chiến sỹ thi đua cơ sở” ghi thành “Chiến sĩ thi đua cơ sở” "
        "(tên trong danh mục).",
        # The line under the list: "Danh sách có 0 tập thể và 2 cá nhân".
        f"{where}: bỏ qua 1 dòng không có số thứ tự (dòng 14); nếu đó là người được khen thưởng, hãy ghi số "
        "thứ tự.",
        f"Đã tạo {DECISION}: 2 mục (2 cá nhân). Xem trước: python -m generator serve",
    ]
    written = (root / DECISION).read_text(encoding="utf-8")
    assert "    danh_xung: Ông\n    ten: Nguyễn Văn Hùng\n    chuc_vu: Chuyên viên\n    don_vi: ubnd-phuong\n" in written
    assert "Vũ Thị Cúc" not in written and "ubnd-binh-lam" not in written


def test_ubnd_xa_on_a_wards_portal_is_no_unit_and_no_other_committee_is_suggested(scratch_project, capsys):
    root = scratch_project(OTHER_WARD)
    people = [[1, "Ông Phạm Văn Tú", "Chuyên viên", "UBND xã", "Lao động tiên tiến", None],
              [2, "Ông Phạm Văn Tuấn", "Chuyên viên", "Ủy ban nhân dân phường Bình", "Lao động tiên tiến", None]]
    source = office_workbook(root / "danh-sach.xlsx", {"Danh sách": people})
    assert run(root, str(source), *OPTIONS) == 1
    err = capsys.readouterr().err
    assert 'ô D9 (Đơn vị): không có đơn vị nào tên "UBND xã". Cách sửa: ghi tên hoặc mã đơn vị như trong ' in err
    assert "Bình Lâm" not in err.split("ô D10")[0]


def test_a_list_without_honorifics_is_imported_without_them_said_once(scratch_project, capsys):
    root = scratch_project()
    people = [[1, "Trần Văn Dũng", "Bảo vệ", "Trường THCS Lê Thanh Nghị", "Lao động tiên tiến", None],
              [2, "Lê Thị Hà", "Giáo viên", "Trường THCS Lê Thanh Nghị", "Lao động tiên tiến", None]]
    source = office_workbook(root / "danh-sach.xlsx", {"Danh sách": people})
    assert run(root, str(source), *OPTIONS) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        'danh-sach.xlsx, trang "Danh sách": danh sách không ghi danh xưng (Ông, Bà) của 2 cá nhân (dòng 9, '
        '10); đã nhập không có danh xưng. Muốn trang ghi "Ông"/"Bà": thêm cột "Ông/Bà" rồi nhập lại.'
    )
    assert "danh_xung" not in (root / DECISION).read_text(encoding="utf-8")
    assert main(["--project", str(root), "check"]) == 0
