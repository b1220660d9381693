import textwrap
from datetime import date

from generator.domain.promotion import campaign_timeline, digest, featured_examples
from generator.loading.loader import load_portal
from tests.conftest import MINIMAL_DATA

FEATURED = textwrap.dedent(MINIMAL_DATA["data/dien_hinh/co-giao-so-hoa.yml"]) + (
    "noi_bat:\n"
    "  tu_ngay: 2026-11-01\n"
    "  den_ngay: 2026-11-30\n"
    "  nhan: Gương điển hình tháng 11/2026\n"
)
CAMPAIGN = textwrap.dedent(MINIMAL_DATA["data/phong_trao/thi-dua-2026.yml"]) + (
    "van_ban_phat_dong:\n"
    "  so_ky_hieu: 20/KH-UBND\n"
    "  ngay: 2026-02-12\n"
    "  co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị\n"
    "moc_thoi_gian:\n"
    "  - ngay: 2026-07-15\n"
    "    su_kien: Hội nghị sơ kết 6 tháng\n"
    "    loai_su_kien: so_ket\n"
)


def portal(scratch_project):
    return load_portal(scratch_project({
        "data/dien_hinh/co-giao-so-hoa.yml": FEATURED,
        "data/phong_trao/thi-dua-2026.yml": CAMPAIGN,
    }))


def test_an_example_is_featured_only_within_its_period(scratch_project):
    loaded = portal(scratch_project)
    assert [e.id for e in featured_examples(loaded, date(2026, 11, 25))] == ["co-giao-so-hoa"]
    assert featured_examples(loaded, date(2026, 12, 1)) == []
    assert featured_examples(loaded, date(2026, 10, 31)) == []


def test_campaign_timeline_joins_milestones_launch_and_decisions_in_date_order(scratch_project):
    loaded = portal(scratch_project)
    events = campaign_timeline(loaded, loaded.campaigns["thi-dua-2026"])
    assert [(e.date.isoformat(), e.label, e.kind) for e in events] == [
        ("2026-01-15", "Khen thưởng", "decision"),
        ("2026-02-12", "Phát động", None),
        ("2026-07-15", "Sơ kết", None),
    ]


def test_digest_lists_each_record_in_the_month_it_was_published(scratch_project):
    months = digest(portal(scratch_project))
    assert {month: [i.record_id for i in items] for month, items in months.items()} == {
        (2026, 1): ["15-qd-ubnd-2026"],
        (2026, 3): ["co-giao-so-hoa"],
    }
