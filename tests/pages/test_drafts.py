"""Drafts and embargoed records: nowhere in the public build, marked in the editor's preview."""

from __future__ import annotations

from pathlib import Path

from generator.build import build_site
from tests.conftest import MINIMAL_DATA

DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"
CAMPAIGN = "data/phong_trao/thi-dua-2026.yml"


def _texts(site: Path) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in site.rglob("*")
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".txt", ".csv")
    )


def test_withheld_records_are_absent_from_the_public_site_and_marked_in_the_preview(
    scratch_project, monkeypatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    root = scratch_project({
        DECISION: MINIMAL_DATA[DECISION] + "ban_nhap: true\n",
        EXAMPLE: MINIMAL_DATA[EXAMPLE] + "ban_nhap: true\n",
        CAMPAIGN: MINIMAL_DATA[CAMPAIGN] + "ngay_cong_bo: 2026-03-01\n",
    })
    public = root / "site"
    build_site(root, public)
    everything = _texts(public)
    for withheld in ("15-qd-ubnd-2026", "15/QĐ-UBND", "co-giao-so-hoa", "Cô giáo số hóa bài giảng",
                     "thi-dua-2026", "Thi đua thực hiện thắng lợi"):
        assert withheld not in everything, withheld
    assert (public / "don-vi/truong-thcs/index.html").is_file()

    preview = root / "preview"
    build_site(root, preview, preview=True)
    decision = (preview / "quyet-dinh/15-qd-ubnd-2026/index.html").read_text(encoding="utf-8")
    assert "<strong>Bản nháp</strong>: trang này chưa được đăng công khai" in decision
    campaign = (preview / "phong-trao/thi-dua-2026/index.html").read_text(encoding="utf-8")
    assert "<strong>Chưa đến ngày công bố 01/03/2026</strong>" in campaign
    unit = (preview / "don-vi/truong-thcs/index.html").read_text(encoding="utf-8")
    assert "tdkt-preview-notice" not in unit

    # On the publication date, the same data publishes the campaign.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772323200")  # 2026-03-01
    build_site(root, public)
    assert "tdkt-preview-notice" not in (public / "phong-trao/thi-dua-2026/index.html").read_text(encoding="utf-8")
