"""The committed sample project: built strictly in every run, one page of each kind checked."""

from __future__ import annotations

from datetime import date

from generator.loading.loader import load_portal
from tests.conftest import SAMPLE


def test_sample_data_is_valid_and_rich_enough():
    portal = load_portal(SAMPLE)
    years = {d.signed.year for d in portal.decisions.values()}
    assert len(years) >= 3
    assert sum(len(d.recipients) for d in portal.decisions.values()) >= 150
    statuses = {"co_hieu_luc", "da_dinh_chinh", "da_huy_bo"}
    assert {d.status for d in portal.decisions.values()} == statuses
    assert {r.status for d in portal.decisions.values() for r in d.recipients} == statuses
    assert {d.decision_kind for d in portal.decisions.values()} == {"khen_thuong", "dinh_chinh", "huy_bo"}
    assert portal.blocks and portal.reports and portal.meetings and portal.holidays
    today = date(2026, 11, 25)
    deadlines = [portal.deadline(c) for c in portal.consultations.values()]
    assert any(d >= today for d in deadlines) and any(d < today for d in deadlines)
    assert any(sheet.unit for block in portal.blocks.values() for sheet in block.scores)
    assert {e.category for e in portal.examples.values()} == {
        "dien_hinh_tien_tien", "nguoi_tot_viec_tot", "mo_hinh_moi", "cach_lam_hay"
    }
    assert {r.recipient_kind for d in portal.decisions.values() for r in d.recipients} == {
        "ca_nhan", "tap_the", "ho_gia_dinh"
    }
    plan = portal.years[2026]
    assert len(plan.targets) == 9


def test_every_record_has_its_page(sample_site):
    portal = load_portal(SAMPLE)
    for section, records in [
        ("quyet-dinh", portal.decisions),
        ("dien-hinh", portal.examples),
        ("phong-trao", portal.campaigns),
        ("don-vi", portal.units),
    ]:
        assert (sample_site / section / "index.html").is_file()
        for record_id in records:
            assert (sample_site / section / record_id / "index.html").is_file(), (section, record_id)


def test_revoked_decision_says_so_plainly(sample_site):
    portal = load_portal(SAMPLE)
    revoked = next(d for d in portal.decisions.values() if d.status == "da_huy_bo")
    revoking = portal.decisions[revoked.changed_by]
    page = (sample_site / "quyet-dinh" / revoked.id / "index.html").read_text(encoding="utf-8")
    assert "Quyết định này đã bị hủy bỏ" in page
    assert f'href="../{revoking.id}/"' in page
    other = (sample_site / "quyet-dinh" / revoking.id / "index.html").read_text(encoding="utf-8")
    assert f'href="../{revoked.id}/"' in other


def test_quarters_keep_their_roman_numerals_inside_a_sentence(sample_site):
    # "quý i" would be read as a word by a screen reader.
    plan = (sample_site / "ke-hoach/2026/index.html").read_text(encoding="utf-8")
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert "Nhiệm vụ quý I năm 2026" in plan and "Nhiệm vụ quý II năm 2026" in plan
    assert "Các mốc quý I" in home
    assert not any(f"quý {numeral}" in page for page in (plan, home) for numeral in ("i ", "ii", "iii", "iv"))
