"""A comment period is counted on a known calendar, from the right day, for the legal minimum."""

from __future__ import annotations

from datetime import date

import pytest

from generator.loading.errors import DataErrors
from generator.loading.loader import load_portal
from tests.conftest import REPO, SAMPLE

LIST = "data/lay_y_kien/de-nghi.yml"
LIST_TEXT = """\
ma: de-nghi
ten: Lấy ý kiến đề nghị tặng Huân chương Lao động hạng Ba
ngay_dang: 2026-12-21
noi_nhan_y_kien: Phòng Văn hóa - Xã hội, Ủy ban nhân dân phường
danh_sach_de_nghi:
  - danh_xung: Ông
    ten: Lê Văn Bình
    don_vi: truong-thcs
    danh_hieu: Chiến sĩ thi đua cơ sở
    thanh_tich: Ba năm liền hoàn thành xuất sắc nhiệm vụ.
"""


def calendar(*years: int) -> dict[str, str]:
    return {f"data/ngay_nghi/{y}.yml": (REPO / f"data/ngay_nghi/{y}.yml").read_text(encoding="utf-8") for y in years}


def errors_of(scratch_project, files: dict[str, str]) -> list[str]:
    with pytest.raises(DataErrors) as raised:
        load_portal(scratch_project(files))
    return [str(error) for error in raised.value.errors]


def test_labour_code_2019_article_112_a_period_into_a_year_without_calendar_is_an_error(scratch_project):
    assert errors_of(scratch_project, {**calendar(2025, 2026), LIST: LIST_TEXT}) == [
        f"{LIST}:3: ngay_dang: thời hạn lấy ý kiến (10 ngày làm việc từ sau ngày 21/12/2026) có ngày thuộc năm "
        "2027, nhưng data/ngay_nghi/ chưa có lịch nghỉ lễ năm đó nên không tính được hạn. Cách sửa: thêm tệp "
        "data/ngay_nghi/2027.yml ghi các ngày nghỉ lễ, nghỉ bù, hoán đổi và làm bù của năm theo thông báo chính "
        "thức (xem docs/quy-tac-phap-ly.md)"
    ]


def test_labour_code_2019_article_112_with_the_2027_calendar_the_period_closes_on_5_january(scratch_project):
    portal = load_portal(scratch_project({**calendar(2026, 2027), LIST: LIST_TEXT}))
    assert portal.deadline(portal.consultations["de-nghi"]) == date(2027, 1, 5)


def test_labour_code_2019_article_112_a_period_reaching_an_undecided_tet_is_an_error(scratch_project):
    posted = LIST_TEXT.replace("ngay_dang: 2026-12-21", "ngay_dang: 2027-01-25")
    assert errors_of(scratch_project, {**calendar(2027), LIST: posted}) == [
        f"{LIST}:3: ngay_dang: thời hạn lấy ý kiến (đến 08/02/2027 nếu không nghỉ thêm) chạm ngày 01/02/2027 "
        "chưa có lịch nghỉ chính thức (Có thể nghỉ Tết Nguyên đán Đinh Mùi (chưa có lịch)). Cách sửa: chờ "
        "thông báo lịch nghỉ rồi ghi vào data/ngay_nghi/ và xóa chua_chinh_thuc; hoặc chọn ngay_dang để thời "
        "hạn không chạm những ngày đó"
    ]


def test_decree_152_2025_article_60_the_period_counts_from_publication_when_later(scratch_project):
    # Posted on paper on 24/08/2026, on the portal only from 03/09: ten working days from 03/09.
    text = LIST_TEXT.replace("ngay_dang: 2026-12-21", "ngay_dang: 2026-08-24\nngay_cong_bo: 2026-09-03")
    portal = load_portal(scratch_project({**calendar(2026), LIST: text}))
    assert portal.deadline(portal.consultations["de-nghi"]) == date(2026, 9, 17)


@pytest.mark.parametrize("posted, basis", [
    ("2025-05-05", "Nghị định số 98/2023/NĐ-CP, Điều 46"),
    ("2026-08-24", "Nghị định số 152/2025/NĐ-CP, Điều 60"),
])
def test_decree_98_2023_article_46_fewer_than_ten_working_days_is_refused(scratch_project, posted, basis):
    text = LIST_TEXT.replace("ngay_dang: 2026-12-21", f"ngay_dang: {posted}\nso_ngay_lam_viec: 7")
    assert errors_of(scratch_project, {**calendar(2025, 2026), LIST: text}) == [
        f"{LIST}:4: so_ngay_lam_viec: danh sách đề nghị khen thưởng được lấy ý kiến Nhân dân ít nhất 10 ngày "
        f"làm việc ({basis}), không thể chỉ 7 ngày. Cách sửa: ghi so_ngay_lam_viec từ 10 trở lên, hoặc xóa "
        "dòng này (mặc định 10)"
    ]


def test_a_sample_list_posted_24_august_2026_closes_10_september(scratch_project):
    text = LIST_TEXT.replace("ngay_dang: 2026-12-21", "ngay_dang: 2026-08-24")
    portal = load_portal(scratch_project({**calendar(2026), LIST: text}))
    assert portal.deadline(portal.consultations["de-nghi"]) == date(2026, 9, 10)


@pytest.mark.parametrize("posted, closes", [
    (date(2026, 8, 24), date(2026, 9, 10)),
    (date(2026, 8, 13), date(2026, 8, 26)),
    (date(2026, 12, 21), date(2027, 1, 5)),
])
def test_labour_code_2019_article_112_deadlines_on_the_sample_data(posted, closes):
    portal = load_portal(SAMPLE)
    consultation = next(iter(portal.consultations.values()))
    moved = consultation.model_copy(update={"published": posted, "publish_from": None})
    assert portal.deadline(moved) == closes
