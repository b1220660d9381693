"""A commune's project, written from text: xã An Hưng, tỉnh Hưng Yên, with villages (thôn, ấp, bản),
commune-level decisions and commune titles, published under a sub-path. No word of it comes from the
ward's sample: whatever says "phường" on its pages comes from the tool, unless its own data says it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPO, write_files

# The commune level of the commune's own decisions, campaigns and titles.
LOCAL_LEVEL = "xa"

COMMUNE_FILES = {
    "site_config.yml": """\
        ten_co_quan: Ủy ban nhân dân xã An Hưng
        ten_cong_thong_tin: Thi đua, khen thưởng xã An Hưng
        dia_phuong: xã An Hưng, tỉnh Hưng Yên
        co_quan_dang_tai:
          ten: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã An Hưng
          dia_chi: Trụ sở Ủy ban nhân dân xã An Hưng, tỉnh Hưng Yên
          dien_thoai: "0221 3800 000"
          email: vanphong.anhung@hungyen.gov.vn
        dia_chi_web: https://anhung.example.gov.vn/thi-dua/
        nam: 2026
        mau_chu_dao: "#1b5e20"
        mau_nhan: "#8a5a00"
        giay_phep_du_lieu:
          ten: Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)
          duong_dan: https://creativecommons.org/licenses/by/4.0/deed.vi
        """,
    "content/gioi-thieu.md": """\
        ---
        description: Giới thiệu cổng thông tin thi đua, khen thưởng của xã An Hưng.
        ---
        # Giới thiệu

        Cổng thông tin công khai các quyết định khen thưởng, phong trào thi đua và điển hình tiên tiến
        của xã An Hưng.
        """,
    "content/tuyen-bo-tiep-can.md": """\
        ---
        description: Tuyên bố về khả năng tiếp cận của cổng thông tin.
        ---
        # Tuyên bố về khả năng tiếp cận

        Cổng hướng tới mức AA của WCAG 2.2: đọc được trên điện thoại, bằng bàn phím và trình đọc màn hình.
        """,
    "data/danh_muc/danh_hieu/xa.yml": f"""\
        - ma: lao-dong-tien-tien
          ten: Lao động tiên tiến
          nhom: danh_hieu_thi_dua
          doi_tuong: [ca_nhan]
          cap: {LOCAL_LEVEL}
          tham_quyen: Chủ tịch Ủy ban nhân dân xã
        - ma: thon-van-hoa
          ten: Thôn văn hóa
          ten_goi_khac: [Ấp văn hóa, Bản văn hóa]
          nhom: danh_hieu_thi_dua
          doi_tuong: [tap_the]
          cap: {LOCAL_LEVEL}
          tham_quyen: Chủ tịch Ủy ban nhân dân xã
        - ma: gia-dinh-van-hoa
          ten: Gia đình văn hóa
          nhom: danh_hieu_thi_dua
          doi_tuong: [ho_gia_dinh]
          cap: {LOCAL_LEVEL}
          tham_quyen: Chủ tịch Ủy ban nhân dân xã
        - ma: giay-khen-chu-tich-xa
          ten: Giấy khen của Chủ tịch Ủy ban nhân dân xã
          nhom: hinh_thuc_khen_thuong
          doi_tuong: [ca_nhan, tap_the, ho_gia_dinh]
          cap: {LOCAL_LEVEL}
          tham_quyen: Chủ tịch Ủy ban nhân dân xã
        - ma: bang-khen-chu-tich-tinh
          ten: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
          nhom: hinh_thuc_khen_thuong
          doi_tuong: [ca_nhan, tap_the]
          cap: tinh
          tham_quyen: Chủ tịch Ủy ban nhân dân tỉnh
        """,
    "data/danh_muc/loai_hinh/loai_hinh.yml": """\
        - ma: cong-trang
          ten: Khen thưởng theo công trạng và thành tích đạt được
        - ma: chuyen-de
          ten: Khen thưởng theo đợt (chuyên đề)
        """,
    "data/don_vi/ubnd-xa.yml": """\
        ma: ubnd-xa
        ten: Ủy ban nhân dân xã An Hưng
        loai_don_vi: co_quan_nha_nuoc
        """,
    "data/don_vi/thon-dong.yml": """\
        ma: thon-dong
        ten: Thôn Đông
        loai_don_vi: thon
        don_vi_cap_tren: ubnd-xa
        """,
    "data/don_vi/thon-doai.yml": """\
        ma: thon-doai
        ten: Thôn Đoài
        loai_don_vi: thon
        don_vi_cap_tren: ubnd-xa
        ten_cu:
          - ten: Thôn Đoài Thượng
            den_ngay: 2025-06-30
        """,
    "data/don_vi/ap-binh-an.yml": """\
        ma: ap-binh-an
        ten: Ấp Bình An
        loai_don_vi: ap
        don_vi_cap_tren: ubnd-xa
        """,
    "data/don_vi/ban-na-lo.yml": """\
        ma: ban-na-lo
        ten: Bản Nà Lò
        loai_don_vi: ban
        don_vi_cap_tren: ubnd-xa
        """,
    "data/don_vi/truong-tieu-hoc.yml": """\
        ma: truong-tieu-hoc
        ten: Trường Tiểu học An Hưng
        loai_don_vi: truong_hoc
        don_vi_cap_tren: ubnd-xa
        """,
    "data/phong_trao/nong-thon-moi-2026.yml": f"""\
        ma: nong-thon-moi-2026
        ten: Cả nước chung tay xây dựng nông thôn mới trên địa bàn xã năm 2026
        cap_phat_dong: {LOCAL_LEVEL}
        hinh_thuc: thuong_xuyen
        tu_ngay: 2026-02-10
        muc_tieu: Giữ vững xã đạt chuẩn nông thôn mới nâng cao.
        trang_thai: dang_trien_khai
        don_vi_tham_gia: [thon-dong, thon-doai, ap-binh-an, ban-na-lo]
        """,
    "data/quyet_dinh/120-qd-ubnd-2026.yml": f"""\
        ma: 120-qd-ubnd-2026
        so_ky_hieu: 120/QĐ-UBND
        ngay_ky: 2026-01-20
        co_quan_ban_hanh: Ủy ban nhân dân xã An Hưng
        cap: {LOCAL_LEVEL}
        nguoi_ky:
          chuc_vu: Chủ tịch
          ho_ten: Lê Văn Thành
        trich_yeu: Về việc công nhận danh hiệu Thôn văn hóa, Gia đình văn hóa năm 2025
        loai_hinh: cong-trang
        phong_trao: nong-thon-moi-2026
        danh_sach:
          - doi_tuong_nhan: tap_the
            ten: Thôn Đông
            don_vi: thon-dong
            danh_hieu: Thôn văn hóa
          - doi_tuong_nhan: tap_the
            ten: Ấp Bình An
            don_vi: ap-binh-an
            danh_hieu: Ấp văn hóa
          - doi_tuong_nhan: ho_gia_dinh
            ten: Hộ ông Phạm Văn Lực
            don_vi: thon-doai
            danh_hieu: Gia đình văn hóa
        """,
    "data/quyet_dinh/121-qd-ubnd-2026.yml": f"""\
        ma: 121-qd-ubnd-2026
        so_ky_hieu: 121/QĐ-UBND
        ngay_ky: 2026-01-22
        co_quan_ban_hanh: Ủy ban nhân dân xã An Hưng
        cap: {LOCAL_LEVEL}
        nguoi_ky:
          chuc_vu: Chủ tịch
          ho_ten: Lê Văn Thành
        trich_yeu: Về việc tặng Giấy khen và danh hiệu Lao động tiên tiến năm 2025
        loai_hinh: cong-trang
        danh_sach:
          - doi_tuong_nhan: ca_nhan
            danh_xung: Bà
            ten: Hoàng Thị Mai
            chuc_vu: Giáo viên
            don_vi: truong-tieu-hoc
            danh_hieu: Lao động tiên tiến
          - doi_tuong_nhan: ca_nhan
            danh_xung: Ông
            ten: Lò Văn Pấng
            chuc_vu: Trưởng bản
            don_vi: ban-na-lo
            danh_hieu: Giấy khen của Chủ tịch Ủy ban nhân dân xã
            thanh_tich: Vận động Nhân dân hiến đất làm đường liên bản
        """,
    "data/quyet_dinh/88-qd-ubnd-tinh-2026.yml": """\
        ma: 88-qd-ubnd-tinh-2026
        so_ky_hieu: 88/QĐ-UBND
        ngay_ky: 2026-02-02
        co_quan_ban_hanh: Ủy ban nhân dân tỉnh Hưng Yên
        cap: tinh
        nguoi_ky:
          chuc_vu: Chủ tịch
          ho_ten: Trần Quốc Văn
        trich_yeu: Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
        loai_hinh: cong-trang
        danh_sach:
          - doi_tuong_nhan: tap_the
            ten: Thôn Đông
            don_vi: thon-dong
            danh_hieu: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
        """,
    "data/dien_hinh/truong-ban-lo-van-pang.yml": """\
        ma: truong-ban-lo-van-pang
        ten: Trưởng bản vận động mở đường liên bản
        loai: nguoi_tot_viec_tot
        nhan_vat:
          danh_xung: Ông
          ho_ten: Lò Văn Pấng
          chuc_vu: Trưởng bản
        don_vi: ban-na-lo
        linh_vuc: Nông thôn mới
        tom_tat: Vận động 40 hộ hiến đất mở rộng 2 km đường liên bản.
        noi_dung: |
          Ông Pấng cùng Nhân dân bản Nà Lò làm đường trong ba tháng.
        quyet_dinh: [121-qd-ubnd-2026]
        phong_trao: nong-thon-moi-2026
        ngay_dang: 2026-03-01
        """,
    "data/ke_hoach/2026.yml": """\
        nam: 2026
        chu_de_phuong: Đoàn kết, sáng tạo, xây dựng nông thôn mới kiểu mẫu
        chu_de_thanh_pho: Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển
        ke_hoach:
          so_ky_hieu: 15/KH-UBND
          ngay: 2026-02-05
          co_quan_ban_hanh: Ủy ban nhân dân xã An Hưng
        chi_tieu:
          - ma: thon-van-hoa
            ten: Tỷ lệ thôn đạt danh hiệu Thôn văn hóa
            muc_tieu: Từ 90% trở lên
            don_vi_tinh: "%"
            gia_tri_muc_tieu: 90
            chieu: toi_thieu
        """,
    "data/hoi_dong/phien-hop-2026-01-15.yml": """\
        ma: phien-hop-2026-01-15
        ten: Phiên họp xét danh hiệu Thôn văn hóa, Gia đình văn hóa năm 2025
        ngay: 2026-01-15
        chu_tri_hop: Ông Lê Văn Thành, Chủ tịch Ủy ban nhân dân xã, Chủ tịch Hội đồng
        chuong_trinh:
          - Xét danh hiệu Thôn văn hóa, Gia đình văn hóa năm 2025
        ket_qua: |
          Hội đồng thống nhất đề nghị công nhận danh hiệu Thôn văn hóa cho Thôn Đông và Ấp Bình An.
        quyet_dinh: [120-qd-ubnd-2026]
        """,
}


def make_commune(root: Path) -> Path:
    """The commune's project in `root`, with the repository's theme and national holiday calendar."""
    shutil.copytree(REPO / "theme", root / "theme", ignore=shutil.ignore_patterns("make_web_fonts.py"))
    shutil.copytree(REPO / "data" / "ngay_nghi", root / "data" / "ngay_nghi")
    write_files(root, COMMUNE_FILES)
    return root
