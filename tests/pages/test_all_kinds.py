"""A scratch project with one record of every kind: a page of each kind, and links both ways."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urljoin

import pytest

from generator.cli import main

EVERY_KIND = {
    "data/don_vi/ubnd-phuong-hai-an.yml": """\
        ma: ubnd-phuong-hai-an
        ten: Ủy ban nhân dân phường Hải An
        loai_don_vi: co_quan_nha_nuoc
        """,
    "data/ngay_nghi/2026.yml": """\
        - ngay: 2026-11-26
          ten: Ngày nghỉ bù (thử)
        """,
    "data/khoi_thi_dua/khoi-8-2026.yml": """\
        ma: khoi-8-2026
        ten: Khối thi đua số 8
        so_khoi: 8
        nam: 2026
        co_quan_to_chuc: Ủy ban nhân dân thành phố Hải Phòng
        khoi_truong: ubnd-phuong
        thanh_vien: [ubnd-phuong, ubnd-phuong-hai-an, truong-thcs]
        phong_trao: thi-dua-2026
        giao_uoc:
          ngay_ky: 2026-03-10
          tieu_chi:
            - ma: kt
              ten: Phát triển kinh tế
              diem_toi_da: 60
            - ma: cchc
              ten: Cải cách hành chính
              diem_toi_da: 40
        cham_diem:
          - don_vi: ubnd-phuong
            tu_cham: {kt: 58, cchc: 38}
            tham_dinh: {kt: 55, cchc: 37}
          - don_vi: ubnd-phuong-hai-an
            tu_cham: {kt: 56, cchc: 36}
            tham_dinh: {kt: 55, cchc: 35}
            diem_thuong: 2
          - don_vi: truong-thcs
            tu_cham: {kt: 40, cchc: 30}
        suy_ton:
          - don_vi: ubnd-phuong
            de_nghi: Tập thể lao động tiên tiến
            quyet_dinh_khen_thuong: 15-qd-ubnd-2026
        """,
    "data/lay_y_kien/dang-mo.yml": """\
        ma: dang-mo
        ten: Lấy ý kiến đề nghị tặng Chiến sĩ thi đua cơ sở
        ngay_dang: 2026-11-20
        noi_nhan_y_kien: Phòng Văn hóa - Xã hội, Ủy ban nhân dân phường
        danh_sach_de_nghi:
          - danh_xung: Ông
            ten: Lê Văn Bình
            chuc_vu: Giáo viên
            don_vi: truong-thcs
            danh_hieu: Chiến sỹ thi đua cơ sở
            thanh_tich: Hoàn thành xuất sắc nhiệm vụ năm học
        """,
    "data/lay_y_kien/da-dong.yml": """\
        ma: da-dong
        ten: Lấy ý kiến đề nghị tặng Lao động tiên tiến
        ngay_dang: 2026-01-02
        noi_nhan_y_kien: Phòng Văn hóa - Xã hội, Ủy ban nhân dân phường
        danh_sach_de_nghi:
          - danh_xung: Bà
            ten: Trần Thị Đức
            don_vi: truong-thcs
            danh_hieu: Lao động tiên tiến
            thanh_tich: Hoàn thành tốt nhiệm vụ
        quyet_dinh: [15-qd-ubnd-2026]
        """,
    "data/bao_cao/so-ket-2026.yml": """\
        ma: so-ket-2026
        ten: Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026
        loai_bao_cao: so_ket_6_thang
        nam: 2026
        ngay: 2026-07-05
        tu_ngay: 2026-01-01
        den_ngay: 2026-06-30
        tom_tat: Kết quả 6 tháng đầu năm.
        noi_dung: |
          Trong 6 tháng đầu năm, phường đã **khen thưởng** kịp thời.
        """,
    "data/hoi_dong/hop-thang-1-2026.yml": """\
        ma: hop-thang-1-2026
        ten: Phiên họp xét khen thưởng năm 2025
        ngay: 2026-01-10
        chu_tri_hop: Chủ tịch Ủy ban nhân dân phường
        chuong_trinh: [Xét danh hiệu Lao động tiên tiến năm 2025]
        ket_qua: Thống nhất đề nghị tặng danh hiệu.
        quyet_dinh: [15-qd-ubnd-2026]
        """,
}

# The build date of these tests: 25/11/2026 in Vietnam.
BUILD_DAY = datetime(2026, 11, 25, 12, tzinfo=timezone(timedelta(hours=7)))


@pytest.fixture
def site(scratch_project, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(BUILD_DAY.timestamp())))
    root = scratch_project(EVERY_KIND)
    assert main(["--project", str(root), "build"]) == 0
    return root / "site"


def hrefs(site: Path, url: str) -> set[str]:
    """Every link of the page at `url`, resolved to a site path such as `don-vi/x/`."""
    html = (site / url / "index.html").read_text(encoding="utf-8")
    base = "http://site/" + url
    return {urljoin(base, h).removeprefix("http://site/") for h in re.findall(r'href="([^"#]*)', html)}


def test_a_page_of_every_kind(site):
    for url in [
        "khoi-thi-dua/", "khoi-thi-dua/khoi-8-2026/", "lay-y-kien/", "lay-y-kien/dang-mo/",
        "bao-cao/", "bao-cao/so-ket-2026/", "hoi-dong/", "hoi-dong/hop-thang-1-2026/",
        "ke-hoach/", "ke-hoach/2026/", "khen-thuong/", "khen-thuong/nam-2026/",
        "khen-thuong/lao-dong-tien-tien/", "thong-ke/",
    ]:
        assert (site / url / "index.html").is_file(), url


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("quyet-dinh/15-qd-ubnd-2026/", "don-vi/truong-thcs/"),
        ("quyet-dinh/15-qd-ubnd-2026/", "phong-trao/thi-dua-2026/"),
        ("quyet-dinh/15-qd-ubnd-2026/", "dien-hinh/co-giao-so-hoa/"),
        ("quyet-dinh/15-qd-ubnd-2026/", "khoi-thi-dua/khoi-8-2026/"),
        ("quyet-dinh/15-qd-ubnd-2026/", "hoi-dong/hop-thang-1-2026/"),
        ("quyet-dinh/15-qd-ubnd-2026/", "lay-y-kien/da-dong/"),
        ("dien-hinh/co-giao-so-hoa/", "don-vi/truong-thcs/"),
        ("dien-hinh/co-giao-so-hoa/", "phong-trao/thi-dua-2026/"),
        ("khoi-thi-dua/khoi-8-2026/", "don-vi/ubnd-phuong-hai-an/"),
        ("khoi-thi-dua/khoi-8-2026/", "phong-trao/thi-dua-2026/"),
        ("phong-trao/thi-dua-2026/", "don-vi/truong-thcs/"),
    ],
)
def test_cross_references_link_both_ways(site, one, other):
    assert other in hrefs(site, one)
    assert one in hrefs(site, other)


def test_ranking_with_a_tie_is_explained(site):
    page = (site / "khoi-thi-dua/khoi-8-2026/index.html").read_text(encoding="utf-8")
    assert "Đồng hạng 1 với Ủy ban nhân dân phường Lê Thanh Nghị: cùng tổng điểm 92." in page
    assert "Chưa thẩm định" in page
    unit = (site / "don-vi/truong-thcs/index.html").read_text(encoding="utf-8")
    assert "xếp hạng 3/3 với 70 điểm" in unit


def test_consultations_open_and_closed_at_build_date(site):
    open_page = (site / "lay-y-kien/dang-mo/index.html").read_text(encoding="utf-8")
    # Posted Friday 20/11; 26/11 is a listed day off: the tenth working day is Monday 07/12.
    assert "Đang lấy ý kiến Nhân dân</strong> đến hết ngày 07 tháng 12 năm 2026" in open_page
    closed = (site / "lay-y-kien/da-dong/index.html").read_text(encoding="utf-8")
    assert "Đã hết thời hạn lấy ý kiến" in closed
    home = (site / "index.html").read_text(encoding="utf-8")
    assert home.index("Đang lấy ý kiến Nhân dân") < home.index("Chủ đề thi đua năm")
    # The open list is announced at the top; the closed one appears only in the year's timeline.
    announced = home[home.index('id="lay-y-kien"'): home.index("</section>", home.index('id="lay-y-kien"'))]
    assert "dang-mo" in announced and "da-dong" not in announced


def test_report_counts_awards_of_its_period(site):
    page = (site / "bao-cao/so-ket-2026/index.html").read_text(encoding="utf-8")
    assert "1 quyết định, 2 lượt khen thưởng còn hiệu lực" in page
