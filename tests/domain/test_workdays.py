from datetime import date

import pytest
import yaml

from generator.domain.consultation import counting_start, legal_basis
from generator.domain.records import Holiday
from generator.domain.workdays import add_working_days, working_calendar
from tests.conftest import REPO, SAMPLE


def test_ten_working_days_skip_the_weekends():
    # Friday 06/11/2026: counting starts on Monday 09/11; two weekends are skipped.
    assert add_working_days(date(2026, 11, 6), 10, []) == date(2026, 11, 20)


def test_holidays_are_skipped_too():
    # Posted Monday 27/04/2026; 30/04 and 01/05 are public holidays, then a weekend.
    holidays = [date(2026, 4, 30), date(2026, 5, 1)]
    assert add_working_days(date(2026, 4, 27), 10, holidays) == date(2026, 5, 13)
    assert add_working_days(date(2026, 4, 27), 10, []) == date(2026, 5, 11)


def test_posting_on_a_weekend_counts_from_the_next_working_day():
    assert add_working_days(date(2026, 11, 21), 1, []) == date(2026, 11, 23)


def test_a_holiday_on_a_weekend_changes_nothing():
    assert add_working_days(date(2026, 11, 6), 10, [date(2026, 11, 8)]) == date(2026, 11, 20)


def test_a_saturday_worked_to_make_up_counts():
    # Saturday 10/01/2026 is worked in exchange for Friday 02/01/2026.
    assert add_working_days(date(2026, 1, 8), 2, [date(2026, 1, 2)], [date(2026, 1, 10)]) == date(2026, 1, 10)


# --- The shipped national calendar (data/ngay_nghi/) -------------------------------------------

CALENDAR = [
    Holiday.model_validate(raw)
    for year in (2025, 2026, 2027)
    for raw in yaml.safe_load((REPO / f"data/ngay_nghi/{year}.yml").read_text(encoding="utf-8"))
]
OFF, WORKED = working_calendar(CALENDAR)

# (posted, working days, closes): Bộ luật Lao động 2019 Art. 111(3) and 112, with the Government's
# schedules; counted from the day after posting (Bộ luật Dân sự Art. 147).
LABOUR_CODE_2019_ARTICLE_112 = [
    # Monday 31/08/2026 is off (swapped with Saturday 22/08); 01 and 02/09 are the National Day holiday.
    (date(2026, 8, 24), 10, date(2026, 9, 10)),
    # Saturday 22/08/2026 is worked, so it counts.
    (date(2026, 8, 20), 2, date(2026, 8, 22)),
    # Saturday 10/01/2026 is worked in exchange for Friday 02/01/2026.
    (date(2026, 1, 8), 2, date(2026, 1, 10)),
    # Saturday 26/04/2025 is worked in exchange for Friday 02/05/2025.
    (date(2025, 4, 24), 2, date(2025, 4, 26)),
    (date(2025, 4, 24), 5, date(2025, 5, 5)),
    # 24/11 (Ngày Văn hóa Việt Nam) is a working day until a legal text makes it a day off.
    (date(2026, 11, 20), 10, date(2026, 12, 4)),
    # Into 2027: 01/01/2027 is a statutory holiday.
    (date(2026, 12, 21), 10, date(2027, 1, 5)),
    # Tết Bính Ngọ: 16 to 20/02/2026.
    (date(2026, 2, 9), 10, date(2026, 3, 2)),
    # Giỗ Tổ on Sunday 26/04/2026 is made up on Monday 27/04 (Art. 111(3)).
    (date(2026, 4, 23), 2, date(2026, 4, 28)),
]


@pytest.mark.parametrize("posted, days, closes", LABOUR_CODE_2019_ARTICLE_112)
def test_labour_code_2019_article_112_national_calendar(posted, days, closes):
    assert add_working_days(posted, days, OFF, WORKED) == closes


def test_labour_code_2019_article_112_every_day_cites_its_document():
    assert all(holiday.legal_basis for holiday in CALENDAR)
    statutory = [date(y, m, d) for y in (2025, 2026, 2027) for m, d in ((1, 1), (4, 30), (5, 1), (9, 2))]
    assert set(statutory) <= {holiday.date for holiday in CALENDAR}


def test_the_sample_project_has_the_shipped_calendar():
    for year in (2025, 2026, 2027):
        name = f"data/ngay_nghi/{year}.yml"
        assert (SAMPLE / name).read_text(encoding="utf-8") == (REPO / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("posted, published, starts", [
    (date(2026, 8, 24), None, date(2026, 8, 24)),
    (date(2026, 8, 24), date(2026, 9, 3), date(2026, 9, 3)),
    (date(2026, 8, 24), date(2026, 8, 20), date(2026, 8, 24)),
])
def test_decree_152_2025_article_60_period_counts_from_the_later_of_posting_and_publication(posted, published, starts):
    assert counting_start(posted, published) == starts


@pytest.mark.parametrize("day, basis", [
    (date(2025, 6, 30), "Nghị định số 98/2023/NĐ-CP, Điều 46"),
    (date(2025, 7, 1), "Nghị định số 152/2025/NĐ-CP, Điều 60"),
])
def test_decree_98_2023_article_46_then_decree_152_2025_article_60_set_the_period(day, basis):
    assert legal_basis(day) == basis
