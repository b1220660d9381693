"""`python -m generator import FILE.xlsx`: a decision's list from Excel into data/quyet_dinh/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.importing.decision import Details, import_decision, summary_of
from generator.importing.sheets import UnreadableFile, read_sheets
from generator.loading.errors import DataErrors
from generator.loading.loader import load_portal
from generator.loading.site_config import load_site_config

HELP = "nhập danh sách khen thưởng từ tệp Excel (.xlsx) hoặc .csv thành một quyết định trong data/quyet_dinh/"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("tep", metavar="TỆP", type=Path, help="tệp danh sách .xlsx hoặc .csv")
    parser.add_argument("--so-ky-hieu", required=True, help='số, ký hiệu quyết định, ví dụ "20/QĐ-UBND"')
    parser.add_argument("--ngay-ky", required=True, help="ngày ký, ví dụ 2026-12-20 hoặc 20/12/2026")
    parser.add_argument("--trich-yeu", required=True,
                        help='trích yếu, ví dụ "Về việc tặng danh hiệu Lao động tiên tiến năm 2026"')
    parser.add_argument("--loai-hinh", help="mã loại hình khen thưởng (mặc định: như quyết định gần nhất "
                                            "của địa phương)")
    parser.add_argument("--phong-trao", help="mã phong trào thi đua liên quan, nếu có")
    parser.add_argument("--co-quan-ban-hanh", help="cơ quan ban hành (mặc định: như quyết định gần nhất "
                                                   "của địa phương)")
    parser.add_argument("--cap", help="cấp ban hành, ví dụ xa, phuong, tinh, thanh_pho (mặc định: như quyết "
                                      "định gần nhất của địa phương)")
    parser.add_argument("--chuc-vu-nguoi-ky", help="chức vụ người ký, ví dụ Chủ tịch (mặc định: như quyết "
                                                   "định gần nhất của địa phương)")
    parser.add_argument("--nguoi-ky", help="họ tên người ký (mặc định: như quyết định gần nhất của địa phương)")
    parser.add_argument("--tep-dinh-kem", help="tệp PDF của quyết định, tính từ data/, ví dụ "
                                               "tep/quyet-dinh/20-qd-ubnd-2026.pdf")
    parser.add_argument("--trang-tinh", metavar="TÊN",
                        help="trang tính có danh sách, khi tệp có nhiều trang tính có danh sách")
    parser.add_argument("--danh-hieu", help="danh hiệu chung cho các dòng không ghi danh hiệu")
    parser.add_argument("--ma", help="mã quyết định (mặc định: từ số ký hiệu và năm, ví dụ 20-qd-ubnd-2026)")
    parser.add_argument("--ban-nhap", action="store_true", help="ghi quyết định là bản nháp (chưa đăng)")
    parser.add_argument("--ngay-cong-bo", help="chỉ đăng từ ngày này, ví dụ 2026-12-25")
    parser.add_argument("--chi-kiem-tra", action="store_true", help="chỉ kiểm tra tệp, không ghi gì")


def run(root: Path, args: argparse.Namespace) -> int:
    source: Path = args.tep
    try:
        sheets = read_sheets(source)
    except FileNotFoundError:
        print(f"{source}: không tìm thấy tệp.", file=sys.stderr)
        return 1
    except UnreadableFile as problem:
        print(f"{source.name}: {problem}.", file=sys.stderr)
        return 1
    try:
        config = load_site_config(root)
        portal = load_portal(root)
    except DataErrors as problems:
        print(problems.report(), file=sys.stderr)
        print("Dữ liệu hiện có đang có lỗi: sửa các lỗi trên trước khi nhập danh sách mới.", file=sys.stderr)
        return 1
    details = Details(
        number=args.so_ky_hieu, signed=args.ngay_ky, summary=args.trich_yeu,
        commendation_type=args.loai_hinh, campaign=args.phong_trao, issuer=args.co_quan_ban_hanh,
        level=args.cap, signer_position=args.chuc_vu_nguoi_ky, signer_name=args.nguoi_ky,
        attachment=args.tep_dinh_kem, code=args.ma, draft=args.ban_nhap,
        publish_from=args.ngay_cong_bo, default_award=args.danh_hieu, sheet=args.trang_tinh,
    )
    imported = import_decision(root, source.name, sheets, details, portal, config.locality, config.locality_kind)
    for note in imported.notes:
        print(note)
    if imported.problems:
        for problem in imported.problems:
            print(problem, file=sys.stderr)
        print(f"Tìm thấy {len(imported.problems)} lỗi; chưa ghi tệp nào. Sửa tệp {source.name} (hoặc tham số "
              "của lệnh) rồi chạy lại.", file=sys.stderr)
        return 1
    if args.chi_kiem_tra:
        print(f"Tệp hợp lệ: {summary_of(imported)}. Chưa ghi gì (--chi-kiem-tra).")
        return 0
    target = root / imported.path
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8") as output:
        output.write(imported.text)
    # The new file must load with everything else (privacy rules, publication dates, …).
    try:
        load_portal(root)
    except DataErrors as problems:
        target.unlink()
        print(problems.report().rsplit("\n", 1)[0], file=sys.stderr)
        print(f"Danh sách có {len(problems.errors)} lỗi khi ghép với dữ liệu hiện có; chưa ghi tệp nào.",
              file=sys.stderr)
        return 1
    print(f"Đã tạo {imported.path}: {summary_of(imported)}. Xem trước: python -m generator serve")
    return 0
