"""Exact text of what an editor reads for each kind of broken input.

The line numbers expected are those of DECISION_TEXT (tests/sample_records.py) once changed.
"""

from __future__ import annotations

import pytest

from generator.loading.errors import DataErrors
from generator.loading.loader import load_portal
from tests.sample_records import DECISION, DECISION_TEXT


def errors_for(scratch_project, files: dict[str, str | None]) -> list[str]:
    root = scratch_project(files)
    with pytest.raises(DataErrors) as raised:
        load_portal(root)
    return [str(error) for error in raised.value.errors]


def with_decision(text: str) -> dict[str, str]:
    return {DECISION: text}


def test_valid_decision_loads(scratch_project):
    portal = load_portal(scratch_project(with_decision(DECISION_TEXT)))
    recipient = portal.decisions["16-qd-ubnd-2026"].recipients[0]
    assert portal.catalogue_entry(recipient.award).name == "Chiến sĩ thi đua cơ sở"


def test_four_problems_in_one_file_are_all_reported(scratch_project):
    broken = (
        DECISION_TEXT.replace("ngay_ky: 2026-01-20", "ngay_ky: 31/02/2026")
        .replace("cap: phuong\n", "cap: phuong\nghi_chu: gấp\n")
        .replace("trich_yeu: Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025\n", "")
        .replace("don_vi: truong-thcs", "don_vi: truong-thpt")
    )
    assert errors_for(scratch_project, with_decision(broken)) == [
        f"{DECISION}:1: trich_yeu: thiếu trường bắt buộc. Cách sửa: thêm dòng `trich_yeu: ...` vào mục này",
        f"{DECISION}:3: ngay_ky: ngày 31/02/2026 không có trên lịch. Cách sửa: kiểm tra lại ngày và tháng",
        f"{DECISION}:6: ghi_chu: khóa không được hỗ trợ. Cách sửa: các khóa hợp lệ ở đây: ma, ban_nhap, ngay_cong_bo, cong_khai_theo_luat, loai_quyet_dinh, so_ky_hieu, "
        "ngay_ky, co_quan_ban_hanh, cap, nguoi_ky, trich_yeu, loai_hinh, phong_trao, tep_dinh_kem, "
        "trang_thai, quyet_dinh_thay_doi, ghi_chu_trang_thai, danh_sach",
        f"{DECISION}:15: don_vi (danh_sach, mục 1): không có đơn vị nào mang mã truong-thpt. Cách sửa: "
        "kiểm tra mã trong thư mục data/don_vi/ hoặc thêm đơn vị đó trước; có phải ý bạn là `truong-thcs`?",
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "so_ky_hieu: 16/QĐ-UBND", "so_ky_hieu: 0123",
            ":2: so_ky_hieu: cần một đoạn chữ, nhận được 0123. Cách sửa: YAML đọc giá trị 0123 "
            'thành số 83; hãy đặt nó trong dấu nháy, ví dụ: "0123"',
            id="leading-zero-number",
        ),
        pytest.param(
            "ho_ten: Nguyễn Hữu Phúc", "ho_ten: no",
            ':8: ho_ten: cần một đoạn chữ, nhận được no. Cách sửa: YAML đọc giá trị no thành giá trị '
            'có/không; hãy đặt nó trong dấu nháy, ví dụ: "no"',
            id="yes-no-read-as-boolean",
        ),
        pytest.param(
            "ngay_ky: 2026-01-20", "ngay_ky: hôm qua",
            ":3: ngay_ky: cần một ngày, nhận được hôm qua. Cách sửa: ghi ngày dạng YYYY-MM-DD (ví dụ "
            '2026-02-05) hoặc dd/mm/yyyy trong dấu nháy (ví dụ "05/02/2026")',
            id="not-a-date",
        ),
        pytest.param(
            "ngay_ky: 2026-01-20", "ngay_ky: 2026-02-30",
            ":3: ngay_ky: ngày 2026-02-30 không có trên lịch. Cách sửa: kiểm tra lại ngày và tháng",
            id="impossible-iso-date",
        ),
        pytest.param(
            "cap: phuong", "cap: huyen",
            ":5: cap: giá trị không hợp lệ: huyen. Cách sửa: chỉ nhận một trong các giá trị: trung_uong, "
            "tinh, thanh_pho, quan_huyen, phuong, xa, dac_khu, co_quan, doanh_nghiep",
            id="value-outside-list",
        ),
        pytest.param(
            "ma: 16-qd-ubnd-2026", "ma: QĐ 16",
            ":1: ma: mã không hợp lệ: QĐ 16. Cách sửa: mã chỉ gồm chữ thường không dấu, chữ số và dấu "
            "gạch ngang, ví dụ `15-qd-ubnd-2026`",
            id="bad-id",
        ),
        pytest.param(
            "danh_hieu: Chiến sỹ thi đua cơ sở", "danh_hieu: Chiến sĩ thi đua phường",
            ":16: danh_hieu (danh_sach, mục 1): không có danh hiệu hay hình thức khen thưởng nào tên "
            "Chiến sĩ thi đua phường. Cách sửa: ghi đúng tên như trong data/danh_muc/danh_hieu/; có phải "
            "ý bạn là `Chiến sĩ thi đua cơ sở`?",
            id="unknown-title",
        ),
        pytest.param(
            "doi_tuong_nhan: ca_nhan\n    danh_xung: Ông\n", "doi_tuong_nhan: tap_the\n",
            ":15: danh_hieu (danh_sach, mục 1): Chiến sĩ thi đua cơ sở không tặng cho tập thể. Cách sửa: "
            "danh hiệu này chỉ dành cho: cá nhân; kiểm tra lại doi_tuong_nhan",
            id="individual-title-to-collective",
        ),
        pytest.param(
            "    don_vi: truong-thcs\n", "    don_vi: truong-thcs\n    ngay_sinh: 1980-01-01\n",
            ":16: ngay_sinh (danh_sach, mục 1): khóa không được hỗ trợ. Cách sửa: các khóa hợp lệ ở đây: "
            "doi_tuong_nhan, danh_xung, ten, ma_nguoi, chuc_vu, don_vi, danh_hieu, thanh_tich, truy_tang, "
            "trang_thai, quyet_dinh_thay_doi, ghi_chu_trang_thai, dinh_chinh_thanh, gioi_tinh, dan_toc_thieu_so, "
            "truc_tiep_lao_dong",
            id="unknown-nested-key",
        ),
        pytest.param(
            "loai_hinh: cong-trang", "loai_hinh: cong-trang\nloai_hinh: dot-xuat",
            ":11: loai_hinh: khóa này được viết hai lần trong cùng một mục. Cách sửa: xóa một trong hai "
            "dòng, hoặc gộp nội dung của chúng làm một",
            id="duplicate-key",
        ),
        pytest.param(
            "loai_hinh: cong-trang", "loai_hinh: cong-trang\ntrang_thai: da_huy_bo",
            ":11: trang_thai: đã đính chính hoặc đã hủy bỏ thì phải ghi mã quyết định đã đính chính "
            "hoặc hủy bỏ (quyet_dinh_thay_doi)",
            id="revoked-without-revoking-decision",
        ),
        pytest.param(
            DECISION_TEXT[DECISION_TEXT.index("danh_sach:"):], "danh_sach: []\n",
            ":11: danh_sach: quyết định khen thưởng cần ít nhất một người hoặc tập thể trong danh_sach",
            id="empty-recipient-list",
        ),
        pytest.param(
            "nguoi_ky:\n  chuc_vu", "nguoi_ky:\n\tchuc_vu",
            ":7: tệp YAML viết sai cú pháp (có ký tự Tab). Cách sửa: kiểm tra thụt lề (dùng dấu cách, "
            "không dùng Tab), dấu hai chấm sau mỗi khóa và dấu nháy đóng mở đủ cặp; đặt giá trị có dấu "
            "hai chấm hoặc dấu # trong dấu nháy",
            id="tab-character",
        ),
        pytest.param(
            "trich_yeu: Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025",
            "trich_yeu: !!python/object/apply:os.system [echo]",
            ":9: thẻ YAML không được phép (các thẻ bắt đầu bằng `!` bị từ chối vì lý do an toàn). Cách "
            "sửa: xóa thẻ `!...` và chỉ ghi giá trị thường: chữ, số, ngày, danh sách",
            id="python-tag",
        ),
    ],
)
def test_exact_message(scratch_project, old, new, expected):
    assert old in DECISION_TEXT
    errors = errors_for(scratch_project, with_decision(DECISION_TEXT.replace(old, new)))
    assert errors == [DECISION + expected]


def test_duplicate_id_names_both_files(scratch_project):
    copy = DECISION_TEXT.replace("16/QĐ-UBND", "17/QĐ-UBND")
    errors = errors_for(
        scratch_project, {DECISION: DECISION_TEXT, "data/quyet_dinh/17-qd-ubnd-2026.yml": copy}
    )
    assert errors == [
        "data/quyet_dinh/17-qd-ubnd-2026.yml:1: ma: mã 16-qd-ubnd-2026 đã được dùng cho một quyết định "
        f"khen thưởng khác ({DECISION}:1). Cách sửa: mỗi hồ sơ cần một mã riêng; đổi mã của một trong hai"
    ]


def test_legacy_encoding_is_reported(scratch_project):
    root = scratch_project()
    (root / DECISION).write_bytes("ten: Nguy\u1ec5n\n".encode("utf-8")[:-4] + b"\xa9n\n")
    with pytest.raises(DataErrors) as raised:
        load_portal(root)
    assert [str(e) for e in raised.value.errors] == [
        f"{DECISION}:1: tệp không ở bảng mã UTF-8 (có thể là TCVN3 hoặc VNI của phần mềm cũ). Cách sửa: "
        "mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode)"
    ]


def test_file_outside_known_folders(scratch_project):
    errors = errors_for(scratch_project, {"data/khen_thuong/a.yml": "ma: a\n"})
    assert errors == [
        "data/khen_thuong/a.yml:1: tệp nằm ngoài các thư mục dữ liệu đã biết. Cách sửa: chuyển tệp vào "
        "một trong các thư mục: data/danh_muc/danh_hieu/, data/danh_muc/loai_hinh/, data/danh_muc/viet_tat/, "
        "data/don_vi/, "
        "data/phong_trao/, data/quyet_dinh/, data/dien_hinh/, data/ke_hoach/, data/khoi_thi_dua/, "
        "data/lay_y_kien/, data/ngay_nghi/, data/bao_cao/, data/hoi_dong/; ảnh và tệp PDF đặt trong data/tep/"
    ]


def test_text_is_normalised_to_nfc(scratch_project):
    decomposed = "Lê Văn Bình".replace("ê", "e\u0302").replace("ă", "a\u0306").replace("ì", "i\u0300")
    root = scratch_project(with_decision(DECISION_TEXT.replace("Lê Văn Bình", decomposed)))
    portal = load_portal(root)
    assert portal.decisions["16-qd-ubnd-2026"].recipients[0].name == "Lê Văn Bình"


def test_an_abbreviation_must_be_one_word(scratch_project):
    files = {"data/danh_muc/viet_tat/viet_tat.yml": "- viet_tat: C.S.T.Đ\n  day_du: Chiến sĩ thi đua\n"}
    assert errors_for(scratch_project, files) == [
        "data/danh_muc/viet_tat/viet_tat.yml:1: viet_tat (mục 1): từ viết tắt phải là một từ liền, chỉ gồm chữ "
        "và số (ví dụ CSTĐ), không có dấu cách, dấu chấm. Cách sửa: viết liền, ví dụ CSTĐ, không viết C.S.T.Đ"
    ]


def test_abbreviations_are_loaded(scratch_project):
    root = scratch_project({"data/danh_muc/viet_tat/viet_tat.yml": "- viet_tat: CSTĐ\n  day_du: Chiến sĩ thi đua\n"})
    assert {a.abbreviation: a.meaning for a in load_portal(root).abbreviations.values()} == {
        "CSTĐ": "Chiến sĩ thi đua"}


@pytest.mark.parametrize("target", ["inside", "outside"])
def test_a_linked_folder_is_named_not_skipped(scratch_project, tmp_path, target):
    root = scratch_project()
    # A folder of records elsewhere (a shared drive, another project) or inside this one.
    elsewhere = (root / "data" / "kho") if target == "inside" else (tmp_path / "o-ngoai")
    elsewhere.mkdir()
    (elsewhere / "a.yml").write_text("ma: a\n", encoding="utf-8")
    (root / "data" / "don_vi" / "thon").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(DataErrors) as raised:
        load_portal(root)
    assert ("data/don_vi/thon:1: thư mục này là liên kết tượng trưng (symlink) tới nơi khác; dữ liệu trong đó "
            "không được đọc. Cách sửa: thay liên kết bằng chính thư mục: chép các tệp vào đây"
            in [str(e) for e in raised.value.errors])
