"""`python -m generator import`: real-shaped workbooks in, the exact report or a decision out."""

from __future__ import annotations

from pathlib import Path

from generator.cli import main
from tests.importing.workbooks import nfd, office_list, windows_1258

OPTIONS = ["--so-ky-hieu", "20/QĐ-UBND", "--ngay-ky", "20/12/2026",
           "--trich-yeu", "Về việc tặng danh hiệu thi đua năm 2026"]
DECISION = "data/quyet_dinh/20-qd-ubnd-2026.yml"

GOOD_PEOPLE = [
    [1, nfd("Bà Nguyễn Thị Hoa"), "Giáo viên ", nfd("Trường THCS Lê Thanh Nghị"), "Chiến sỹ thi đua cơ sở",
     "Hoàn thành xuất sắc nhiệm vụ"],
    ["2", "Ông  Lê Văn Bình (truy tặng)", "Giáo viên", "truong-thcs", "Lao động tiên tiến", None],
]
GOOD_COLLECTIVES = [
    [1.0, "Tổ Toán - Tin", None, "Trường Trung học cơ sở Lê Thanh Nghị", "Tập thể lao động tiên tiến",
     "Dẫn đầu phong trào thi đua"],
]


def run(root: Path, *args: str) -> int:
    return main(["--project", str(root), "import", *args])


def test_broken_list_is_reported_cell_by_cell_and_nothing_is_written(scratch_project, capsys):
    root = scratch_project()
    people = GOOD_PEOPLE + [
        ["3", "Ông Phạm Văn Cường", "Gi¸o viªn", "Trường THCS Lê Lợi", "Lao động tiên tiến", None],
        [" 4", "Trần Văn Dũng", "Bảo vệ", "Trường THCS Lê Thanh Nghị", "Lao động tiên tiến", None],
        ["5", "Bà Đỗ Thị Én", "Kế toán", "Trường THCS Lê Thanh Nghị", "Giấy khen", None],
        ["6", nfd("Bà Nguyễn Thị Hoa"), "Giáo viên", "Trường THCS Lê Thanh Nghị", "Chiến sĩ thi đua cơ sở", None],
    ]
    collectives = GOOD_COLLECTIVES + [
        ["2", "Tổ Văn", None, "Trường THCS Lê Thanh Nghị", "Lao động tiên tiến", None],
    ]
    source = office_list(root / "danh-sach.xlsx", people, collectives)
    capsys.readouterr()

    assert run(root, str(source), *OPTIONS) == 1

    out, err = capsys.readouterr()
    where = 'danh-sach.xlsx, trang "Danh sách"'
    assert err.splitlines() == [
        f"{where}, ô E10 (Danh hiệu / Hình thức): Lao động tiên tiến không tặng cho tập thể. Cách sửa: danh "
        "hiệu này chỉ dành cho: cá nhân; kiểm tra lại danh hiệu hoặc nhóm của dòng này",
        f"{where}, ô C15 (Chức vụ): chữ có vẻ gõ bằng bảng mã TCVN3 (ABC) cũ (\"Gi¸o viªn\"), sẽ hiện thành "
        "chữ lỗi trên trang. Cách sửa: chuyển tệp sang Unicode bằng Unikey (Công cụ chuyển mã, nguồn TCVN3 "
        "(ABC), đích Unicode) rồi nhập lại",
        f"{where}, ô D15 (Đơn vị): không có đơn vị nào tên \"Trường THCS Lê Lợi\". Cách sửa: ghi tên hoặc mã "
        "đơn vị như trong data/don_vi/, hoặc thêm đơn vị đó trước (python -m generator new don_vi MÃ); có "
        "phải ý bạn là \"Trường Trung học cơ sở Lê Thanh Nghị\" (truong-thcs)?",
        f"{where}, ô B16 (Họ và tên): không rõ danh xưng (Ông hay Bà) của Trần Văn Dũng. Cách sửa: ghi "
        "\"Ông\" hoặc \"Bà\" trước họ tên, ví dụ \"Bà Trần Thị Đức\", hoặc thêm cột \"Ông/Bà\"",
        f"{where}, ô E17 (Danh hiệu / Hình thức): không có danh hiệu hay hình thức khen thưởng nào tên "
        "\"Giấy khen\". Cách sửa: ghi đúng tên như trong data/danh_muc/danh_hieu/, hoặc thêm cách viết này "
        "vào ten_goi_khac của danh hiệu đó",
        f"{where}, ô B18 (Họ và tên): Nguyễn Thị Hoa đã có ở dòng 13 với cùng Chiến sĩ thi đua cơ sở. Cách "
        "sửa: xóa một trong hai dòng: một thành tích chỉ được khen thưởng một lần",
        "Tìm thấy 6 lỗi; chưa ghi tệp nào. Sửa tệp danh-sach.xlsx (hoặc tham số của lệnh) rồi chạy lại.",
    ]
    assert out.splitlines() == [
        f"{where}: đã chuẩn hóa 3 ô viết ở dạng Unicode tổ hợp (NFD) sang dạng dựng sẵn (NFC).",
        f"{where}: bỏ qua 1 dòng không có số thứ tự (dòng 22); nếu đó là người được khen thưởng, hãy ghi "
        "số thứ tự.",
    ]
    assert not (root / DECISION).exists()


def test_imported_decision_builds_with_recipients_linked_to_units(scratch_project, capsys):
    root = scratch_project()
    source = office_list(root / "danh-sach.xlsx", GOOD_PEOPLE, GOOD_COLLECTIVES)

    assert run(root, str(source), *OPTIONS, "--phong-trao", "thi-dua-2026") == 0

    assert capsys.readouterr().out.splitlines()[-1] == (
        f"Đã tạo {DECISION}: 3 mục (2 cá nhân, 1 tập thể). Xem trước: python -m generator serve"
    )
    # Issuer, level, signer and type come from the newest ward decision; dates are stored in ISO form.
    assert (root / DECISION).read_text(encoding="utf-8") == (
        "# Quyết định số 20/QĐ-UBND ngày 20/12/2026, nhập từ danh-sach.xlsx bằng lệnh python -m generator "
        "import.\n"
        "ma: 20-qd-ubnd-2026\n"
        "so_ky_hieu: 20/QĐ-UBND\n"
        "ngay_ky: 2026-12-20\n"
        "co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị\n"
        "cap: phuong\n"
        "nguoi_ky:\n"
        "  chuc_vu: Chủ tịch\n"
        "  ho_ten: Nguyễn Hữu Phúc\n"
        "trich_yeu: Về việc tặng danh hiệu thi đua năm 2026\n"
        "loai_hinh: cong-trang\n"
        "phong_trao: thi-dua-2026\n"
        "danh_sach:\n"
        "  - doi_tuong_nhan: tap_the\n"
        "    ten: Tổ Toán - Tin\n"
        "    don_vi: truong-thcs\n"
        "    danh_hieu: Tập thể lao động tiên tiến\n"
        "    thanh_tich: Dẫn đầu phong trào thi đua\n"
        "  - doi_tuong_nhan: ca_nhan\n"
        "    danh_xung: Bà\n"
        "    ten: Nguyễn Thị Hoa\n"
        "    chuc_vu: Giáo viên\n"
        "    don_vi: truong-thcs\n"
        "    danh_hieu: Chiến sĩ thi đua cơ sở\n"
        "    thanh_tich: Hoàn thành xuất sắc nhiệm vụ\n"
        "  - doi_tuong_nhan: ca_nhan\n"
        "    danh_xung: Ông\n"
        "    ten: Lê Văn Bình\n"
        "    chuc_vu: Giáo viên\n"
        "    don_vi: truong-thcs\n"
        "    danh_hieu: Lao động tiên tiến\n"
        "    truy_tang: true\n"
    )
    assert main(["--project", str(root), "build"]) == 0
    page = (root / "site/quyet-dinh/20-qd-ubnd-2026/index.html").read_text(encoding="utf-8")
    assert page.count('href="../../don-vi/truong-thcs/"') == 3
    unit = (root / "site/don-vi/truong-thcs/index.html").read_text(encoding="utf-8")
    assert "Bà Nguyễn Thị Hoa" in unit

    # Importing the same list again would publish the same people twice: refused.
    assert run(root, str(source), *OPTIONS) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        f"tham số --ma: đã có quyết định mang mã 20-qd-ubnd-2026 ({DECISION}). Cách sửa: không ghi đè "
        "quyết định đã có; nếu đây là quyết định khác, ghi mã khác bằng --ma",
        "tham số --so-ky-hieu: đã có Quyết định số 20/QĐ-UBND ngày 20/12/2026 (mã 20-qd-ubnd-2026). Cách "
        "sửa: kiểm tra lại số ký hiệu; danh sách này có thể đã được nhập",
    ]


def test_csv_in_windows_encoding_with_semicolons(scratch_project, capsys):
    root = scratch_project()
    source = root / "danh-sach.csv"
    source.write_bytes(windows_1258(
        "STT;Họ tên;Chức vụ;Đơn vị;Hình thức khen thưởng;Ghi chú;Ngày sinh\r\n"
        "1;Bà Trần Thị Lan;Giáo viên;Trường THCS Lê Thanh Nghị;Lao động tiên tiến;;1980-01-01\r\n"
    ))
    assert run(root, str(source), *OPTIONS, "--chi-kiem-tra") == 0
    # Windows-1258 writes tone marks apart, as NFD does: the text is composed again.
    assert capsys.readouterr().out.splitlines() == [
        "danh-sach.csv: đã chuẩn hóa 10 ô viết ở dạng Unicode tổ hợp (NFD) sang dạng dựng sẵn (NFC).",
        "danh-sach.csv: không nhập các cột Ghi chú (F), Ngày sinh (G) (cổng thông tin chỉ công khai họ tên, "
        "chức vụ, đơn vị, danh hiệu và thành tích).",
        "Tệp hợp lệ: 1 mục (1 cá nhân). Chưa ghi gì (--chi-kiem-tra).",
    ]
    assert not (root / DECISION).exists()


def test_sheet_typed_in_a_legacy_encoding_says_so(scratch_project, capsys):
    root = scratch_project()
    source = root / "cu.csv"
    source.write_text("STT,Hä vµ tªn,Danh hiÖu\n1,NguyÔn V¨n §øc,Lao ®éng tiªn tiÕn\n", encoding="utf-8")
    assert run(root, str(source), *OPTIONS) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        'cu.csv: không tìm thấy dòng tiêu đề cột của danh sách (cần ít nhất cột "Họ và tên" và một cột khác '
        'như "Danh hiệu / Hình thức"); chữ trong tệp có vẻ gõ bằng bảng mã TCVN3 (ABC) cũ ("Hä vµ tªn"): chuyển '
        "tệp sang Unicode bằng Unikey (Công cụ chuyển mã) rồi nhập lại. Cách sửa: đặt tên cột như mẫu: STT, "
        "Họ và tên, Chức vụ, Đơn vị, Danh hiệu / Hình thức, Thành tích"
    )
