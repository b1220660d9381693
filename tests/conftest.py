"""Shared fixtures: the committed sample project, and scratch projects written from text."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# The frozen sample project the tests build (data, pages, settings; the repository's theme).
# The repository's own data/ is the ward's live data: a ward that replaces it keeps its tests.
SAMPLE = REPO / "tests" / "sample_project"


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The committed sample data built into a folder of its own, once per session."""
    from tests.sample_site import build_sample

    return build_sample(tmp_path_factory.mktemp("sample") / "site")

# What the validators need from npm (package-lock.json): axe-core for the accessibility tests, the Nu
# Html Checker for `check --site`.
NODE_TOOLS = (
    REPO / "node_modules" / "axe-core" / "axe.min.js",
    REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar",
)


@pytest.fixture(scope="session")
def validators(tmp_path_factory) -> None:
    """axe-core and vnu.jar, installed by `npm ci` the first time a test needs them, so that the
    README's test command needs no step of its own. pytest-xdist's workers share one lock: one
    installs while the others wait, then finds them there."""
    if all(tool.is_file() for tool in NODE_TOOLS):
        return
    import fcntl  # only here: the rest of the tests also run on Windows

    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("npm is missing: install Debian's npm (README, \"Kiểm thử\")")
    # The parent of the base temporary folder is the same for every xdist worker of a session.
    with open(tmp_path_factory.getbasetemp().parent / "npm-ci.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not all(tool.is_file() for tool in NODE_TOOLS):
            # --ignore-scripts: vnu-jar's install script would download a Java of its own; the
            # machine's Java runs it.
            subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
                           cwd=REPO, check=True)


# The smallest complete set of data: one of each kind that other records point to.
MINIMAL_DATA = {
    "data/danh_muc/danh_hieu/danh_hieu.yml": """\
        - ma: lao-dong-tien-tien
          ten: Lao động tiên tiến
          nhom: danh_hieu_thi_dua
          doi_tuong: [ca_nhan]
          cap: phuong
          tham_quyen: Chủ tịch Ủy ban nhân dân phường
        - ma: chien-si-thi-dua-co-so
          ten: Chiến sĩ thi đua cơ sở
          ten_goi_khac: [Chiến sỹ thi đua cơ sở]
          nhom: danh_hieu_thi_dua
          doi_tuong: [ca_nhan]
          cap: phuong
          tham_quyen: Chủ tịch Ủy ban nhân dân phường
        - ma: tap-the-lao-dong-tien-tien
          ten: Tập thể lao động tiên tiến
          nhom: danh_hieu_thi_dua
          doi_tuong: [tap_the]
          cap: phuong
          tham_quyen: Chủ tịch Ủy ban nhân dân phường
        """,
    "data/danh_muc/loai_hinh/loai_hinh.yml": """\
        - ma: cong-trang
          ten: Khen thưởng theo công trạng và thành tích đạt được
        """,
    "data/don_vi/ubnd-phuong.yml": """\
        ma: ubnd-phuong
        ten: Ủy ban nhân dân phường Lê Thanh Nghị
        loai_don_vi: co_quan_nha_nuoc
        """,
    "data/don_vi/truong-thcs.yml": """\
        ma: truong-thcs
        ten: Trường Trung học cơ sở Lê Thanh Nghị
        loai_don_vi: truong_hoc
        don_vi_cap_tren: ubnd-phuong
        """,
    "data/phong_trao/thi-dua-2026.yml": """\
        ma: thi-dua-2026
        ten: Thi đua thực hiện thắng lợi chủ đề năm 2026
        cap_phat_dong: phuong
        hinh_thuc: thuong_xuyen
        tu_ngay: 2026-02-10
        muc_tieu: Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2026.
        trang_thai: dang_trien_khai
        don_vi_tham_gia: [truong-thcs]
        """,
    "data/quyet_dinh/15-qd-ubnd-2026.yml": """\
        ma: 15-qd-ubnd-2026
        so_ky_hieu: 15/QĐ-UBND
        ngay_ky: 2026-01-15
        co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị
        cap: phuong
        nguoi_ky:
          chuc_vu: Chủ tịch
          ho_ten: Nguyễn Hữu Phúc
        trich_yeu: Về việc tặng danh hiệu Lao động tiên tiến năm 2025
        loai_hinh: cong-trang
        phong_trao: thi-dua-2026
        danh_sach:
          - doi_tuong_nhan: ca_nhan
            danh_xung: Bà
            ten: Trần Thị Đức
            chuc_vu: Giáo viên
            don_vi: truong-thcs
            danh_hieu: Lao động tiên tiến
          - doi_tuong_nhan: tap_the
            ten: Tổ Toán - Tin
            don_vi: truong-thcs
            danh_hieu: Tập thể lao động tiên tiến
        """,
    "data/dien_hinh/co-giao-so-hoa.yml": """\
        ma: co-giao-so-hoa
        ten: Cô giáo số hóa bài giảng
        loai: dien_hinh_tien_tien
        nhan_vat:
          danh_xung: Bà
          ho_ten: Trần Thị Đức
          chuc_vu: Giáo viên
        don_vi: truong-thcs
        linh_vuc: Giáo dục
        tom_tat: Số hóa toàn bộ bài giảng môn Toán khối 8.
        noi_dung: |
          Cô Đức đã **số hóa** 120 bài giảng.
        quyet_dinh: [15-qd-ubnd-2026]
        phong_trao: thi-dua-2026
        ngay_dang: 2026-03-01
        """,
    "data/ke_hoach/2026.yml": """\
        nam: 2026
        chu_de_phuong: Đẩy mạnh chỉnh trang, phát triển đô thị
        chu_de_thanh_pho: Chủ động thực thi; phát huy động lực; tăng trưởng bứt phá
        ke_hoach:
          so_ky_hieu: 18/KH-UBND
          ngay: 2026-02-10
          co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị
        chi_tieu:
          - ma: ho-ngheo
            ten: Tỷ lệ hộ nghèo
            muc_tieu: Còn 0,2%
            don_vi_tinh: "%"
            gia_tri_muc_tieu: 0.2
            chieu: toi_da
            thuc_hien:
              - ky: 6 tháng đầu năm 2026
                ngay: 2026-06-30
                gia_tri: 0.25
        """,
}


def write_files(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture
def scratch_project(tmp_path: Path):
    """A function making a small project in tmp_path: the repo's theme and settings, minimal data,
    with `files` added or replacing those of the same name (None removes a file)."""

    def make(files: dict[str, str | None] | None = None) -> Path:
        root = tmp_path / "project"
        shutil.copytree(REPO / "theme", root / "theme")
        shutil.copytree(SAMPLE / "content", root / "content")
        shutil.copy(SAMPLE / "site_config.yml", root / "site_config.yml")
        merged: dict[str, str | None] = {**MINIMAL_DATA, **(files or {})}
        write_files(root, {k: v for k, v in merged.items() if v is not None})
        return root

    return make
