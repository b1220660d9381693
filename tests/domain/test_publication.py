"""Drafts and embargoed records: who sees what, on which day."""

from __future__ import annotations

from datetime import date

from generator.domain.publication import (
    public_portal,
    published_before,
    state,
    withheld,
)
from generator.loading.loader import load_portal

DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"


def test_state_follows_the_flag_and_the_date(scratch_project):
    from tests.conftest import MINIMAL_DATA

    root = scratch_project({
        "data/phong_trao/thi-dua-2026.yml": MINIMAL_DATA["data/phong_trao/thi-dua-2026.yml"]
        + "ngay_cong_bo: 2026-03-01\n",
    })
    portal = load_portal(root)
    campaign = portal.campaigns["thi-dua-2026"]
    assert state(campaign, date(2026, 2, 28)) == "embargoed"
    assert state(campaign, date(2026, 3, 1)) == "public"
    assert state(portal.catalogue["lao-dong-tien-tien"], date(2000, 1, 1)) == "public"
    draft = campaign.model_copy(update={"draft": True})
    assert state(draft, date(2100, 1, 1)) == "draft"


def test_public_portal_leaves_out_what_is_withheld(scratch_project, monkeypatch):
    from tests.conftest import MINIMAL_DATA

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    root = scratch_project({
        DECISION: MINIMAL_DATA[DECISION] + "ngay_cong_bo: 2026-06-01\n",
        EXAMPLE: MINIMAL_DATA[EXAMPLE] + "ban_nhap: true\n",
    })
    portal = load_portal(root)
    public = public_portal(portal, date(2026, 1, 1))
    assert set(public.decisions) == set()
    assert set(public.examples) == set()
    assert set(public.units) == set(portal.units)
    assert public.catalogue_entry("Lao động tiên tiến") is not None
    assert [r.id for r in withheld(portal, date(2026, 1, 1))] == ["15-qd-ubnd-2026", "co-giao-so-hoa"]
    assert set(public_portal(portal, date(2026, 6, 1)).decisions) == {"15-qd-ubnd-2026"}


def test_a_draft_is_published_after_any_date(scratch_project):
    portal = load_portal(scratch_project())
    decision = portal.decisions["15-qd-ubnd-2026"]
    dated = decision.model_copy(update={"publish_from": date(2030, 1, 1)})
    draft = decision.model_copy(update={"draft": True})
    assert published_before(decision, dated)
    assert published_before(dated, draft)
    assert not published_before(draft, dated)
    assert not published_before(dated, dated)
