"""A public record may not link to one the public cannot see yet: exact messages."""

from __future__ import annotations

import pytest

from generator.loading.errors import DataErrors
from generator.loading.loader import load_portal
from tests.conftest import MINIMAL_DATA

DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"
# 2026-02-01 00:00 UTC
FEBRUARY = "1769904000"


def errors(root) -> list[str]:
    with pytest.raises(DataErrors) as raised:
        load_portal(root)
    return [str(error) for error in raised.value.errors]


def test_public_example_linking_a_draft_decision(scratch_project):
    root = scratch_project({DECISION: MINIMAL_DATA[DECISION] + "ban_nhap: true\n"})
    assert errors(root) == [
        f"{EXAMPLE}:13: quyet_dinh (mục 1): quyết định 15-qd-ubnd-2026 còn là bản nháp ({DECISION}:1), "
        "chưa được công bố; trang công khai sẽ trỏ tới một trang chưa có. Cách sửa: công bố quyết định "
        "đó trước (xóa dòng `ban_nhap: true` trong tệp của nó), hoặc để hồ sơ này cũng là bản nháp "
        "(`ban_nhap: true`)",
    ]


def test_links_between_withheld_records_are_fine(scratch_project):
    root = scratch_project({
        DECISION: MINIMAL_DATA[DECISION] + "ngay_cong_bo: 2026-03-01\n",
        EXAMPLE: MINIMAL_DATA[EXAMPLE] + "ban_nhap: true\n",
    })
    load_portal(root)


def test_record_published_earlier_than_what_it_links_to(scratch_project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FEBRUARY)
    root = scratch_project({
        DECISION: MINIMAL_DATA[DECISION] + "ngay_cong_bo: 2026-03-01\n",
        EXAMPLE: MINIMAL_DATA[EXAMPLE] + "ngay_cong_bo: 2026-02-15\n",
    })
    assert errors(root) == [
        f"{EXAMPLE}:13: quyet_dinh (mục 1): quyết định 15-qd-ubnd-2026 chỉ được công bố từ ngày "
        f"01/03/2026 ({DECISION}:1); trang công khai sẽ trỏ tới một trang chưa có. Cách sửa: ghi "
        "`ngay_cong_bo` của hồ sơ này từ ngày 01/03/2026 trở đi, hoặc chờ đến ngày đó mới thêm liên kết",
    ]


def test_once_the_date_has_passed_links_need_no_date(scratch_project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FEBRUARY)
    root = scratch_project({DECISION: MINIMAL_DATA[DECISION] + "ngay_cong_bo: 2026-01-20\n"})
    assert set(load_portal(root).examples) == {"co-giao-so-hoa"}
