"""A public comment period must be counted on a calendar that is known.

Working days skip the days off of the year's official schedule (data/ngay_nghi/). A period that
runs into a year without a calendar, or reaches a day the Government has not yet decided
(`chua_chinh_thuc`), would show a deadline that may be wrong by days: the build refuses it rather
than publish it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from generator.domain.consultation import counting_start
from generator.domain.keys import yaml_key
from generator.domain.records import Consultation, Holiday
from generator.domain.text import format_date
from generator.domain.workdays import add_working_days, working_calendar
from generator.loading.errors import DataError, field_name

if TYPE_CHECKING:
    from generator.loading.loader import Located


def check_calendar(located: dict[str, list[Located]]) -> list[DataError]:
    holidays = [item.record for item in located["ngay_nghi"] if isinstance(item.record, Holiday)]
    years = {holiday.date.year for holiday in holidays}
    off, worked = working_calendar(holidays)
    pending = sorted((h.date, h.name) for h in holidays if h.pending)
    errors = []
    for item in located["lay_y_kien"]:
        consultation = item.record
        if not isinstance(consultation, Consultation):
            continue
        start = counting_start(consultation.published, consultation.publish_from)
        deadline = add_working_days(start, consultation.working_days, off, worked)
        # The period is said to start on the later of the two dates: the error points there.
        key = yaml_key("publish_from") if start != consultation.published else yaml_key("published")
        where = item.base + (key,)
        first = start + timedelta(days=1)
        missing = [year for year in range(first.year, deadline.year + 1) if year not in years]
        if missing:
            errors.append(DataError(
                item.file, item.source.line_of(where), field_name(where),
                f"thời hạn lấy ý kiến ({consultation.working_days} ngày làm việc từ sau ngày {format_date(start)}) "
                f"có ngày thuộc năm {', '.join(map(str, missing))}, nhưng data/ngay_nghi/ chưa có lịch nghỉ lễ "
                "năm đó nên không tính được hạn",
                f"thêm tệp data/ngay_nghi/{missing[0]}.yml ghi các ngày nghỉ lễ, nghỉ bù, hoán đổi và làm bù "
                "của năm theo thông báo chính thức (xem docs/quy-tac-phap-ly.md)",
            ))
            continue
        touched = [(day, name) for day, name in pending if start < day <= deadline]
        if touched:
            day, name = touched[0]
            errors.append(DataError(
                item.file, item.source.line_of(where), field_name(where),
                f"thời hạn lấy ý kiến (đến {format_date(deadline)} nếu không nghỉ thêm) chạm ngày "
                f"{format_date(day)} chưa có lịch nghỉ chính thức ({name})",
                "chờ thông báo lịch nghỉ rồi ghi vào data/ngay_nghi/ và xóa chua_chinh_thuc; hoặc chọn "
                "ngay_dang để thời hạn không chạm những ngày đó",
            ))
    return errors
