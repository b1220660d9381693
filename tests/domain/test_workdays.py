from datetime import date

from generator.domain.workdays import add_working_days


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
