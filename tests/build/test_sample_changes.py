"""Corrections and revocations as the sample site shows them (issue 17's acceptance).

Decision 415/QĐ-UBND is corrected in part by 08/QĐ-UBND (entry 19: "Anh" → "Ánh") and revoked in
part by 104/QĐ-UBND (entry 27); 245/QĐ-UBND is revoked whole by 96/QĐ-UBND.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

from generator.loading.loader import load_portal
from generator.loading.site_config import load_site_config
from generator.search.records import search_records
from tests.conftest import REPO, SAMPLE


def page(site, address: str) -> str:
    return (site / address / "index.html").read_text(encoding="utf-8")


def main_text(html: str) -> str:
    """The text of the page's content, tags removed."""
    body = html[html.index("<h1"):]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def jsonld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))


def test_a_revocation_says_it_revokes_in_part(sample_site):
    text = main_text(page(sample_site, "quyet-dinh/104-qd-ubnd-2026"))
    assert ("Quyết định này hủy bỏ một phần Quyết định số 415/QĐ-UBND ngày 26/12/2025: mục 27 "
            "(Ông Nguyễn Văn Thịnh).") in text
    assert "đính chính" not in text.split("Về việc")[0]


def test_a_changed_decision_lists_every_change_at_the_top(sample_site):
    html = page(sample_site, "quyet-dinh/415-qd-ubnd-2025")
    # The notice stands under the title and its summary, before the decision's facts.
    top = main_text(html).split("Số ký hiệu")[0]
    assert "Danh sách của quyết định này đã có 2 thay đổi sau khi ban hành" in top
    assert ("Mục 19 (Bà Nguyễn Thị Ngọc Anh) đã được đính chính bởi Quyết định số 08/QĐ-UBND ngày "
            "09/01/2026: tên sửa thành “Nguyễn Thị Ngọc Ánh” (trước ghi “Nguyễn Thị Ngọc Anh”).") in top
    assert ("Mục 27 (Ông Nguyễn Văn Thịnh) đã bị hủy bỏ bởi Quyết định số 104/QĐ-UBND ngày 10/03/2026."
            in top)
    assert "Số lượt khen thưởng 29 còn hiệu lực, trong 30 mục của danh sách (30 cá nhân)" in main_text(html)


def test_lists_show_the_corrected_name_with_the_original_noted(sample_site):
    corrected = "Bà Nguyễn Thị Ngọc Ánh (trước khi đính chính: Bà Nguyễn Thị Ngọc Anh)"
    assert corrected in page(sample_site, "quyet-dinh/415-qd-ubnd-2025")
    assert corrected in (sample_site / "khen-thuong/nam-2025/danh-sach.csv").read_text(encoding="utf-8-sig")
    table = (sample_site / "quyet-dinh/415-qd-ubnd-2025/danh-sach.csv").read_text(encoding="utf-8-sig")
    assert corrected in table
    rows = list(csv.DictReader(io.StringIO(
        (sample_site / "du-lieu/khen-thuong.csv").read_text(encoding="utf-8-sig"))))
    row = next(r for r in rows if r["quyet_dinh"] == "415-qd-ubnd-2025" and r["stt"] == "19")
    assert (row["ten"], row["trang_thai"], row["truoc_dinh_chinh"]) == (
        "Nguyễn Thị Ngọc Ánh", "da_dinh_chinh", "ten: Nguyễn Thị Ngọc Anh")
    people = jsonld(page(sample_site, "quyet-dinh/415-qd-ubnd-2025"))["@graph"][1]["about"]
    assert people[18] == {"@type": "Person", "name": "Nguyễn Thị Ngọc Ánh", "award": "Lao động tiên tiến"}
    assert people[26] == {"@type": "Person", "name": "Nguyễn Văn Thịnh"}


def test_search_finds_the_corrected_name_and_notes_the_original():
    found = [r for r in search_records(load_portal(SAMPLE), load_site_config(SAMPLE).local_unit) if "Ngọc Ánh" in r.title or "Ngọc Anh" in r.title]
    award = next(r for r in found if r.url.startswith("quyet-dinh/415-qd-ubnd-2025/"))
    assert award.title == "Bà Nguyễn Thị Ngọc Ánh"
    assert award.description.endswith("Trước khi đính chính ghi: Nguyễn Thị Ngọc Anh.")
    assert "Nguyễn Thị Ngọc Anh" in award.indexed_text()


def test_the_json_ld_of_a_revocation_claims_no_award(sample_site):
    for decision in ("104-qd-ubnd-2026", "96-qd-ubnd-2026", "245-qd-ubnd-2025"):
        people = jsonld(page(sample_site, f"quyet-dinh/{decision}"))["@graph"][1]["about"]
        assert people and not any("award" in person for person in people), decision


def test_one_award_count_everywhere(sample_site):
    """`check`, /thong-ke/, the decisions list and the unit pages count the same awards."""
    checked = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=SAMPLE, capture_output=True,
                             text=True, env={"PYTHONPATH": str(REPO), "PATH": ""}, check=True).stdout
    total = int(re.search(r"(\d+) lượt khen thưởng còn hiệu lực", checked).group(1))
    statistics = main_text(page(sample_site, "thong-ke"))
    assert f"{total} lượt khen thưởng còn hiệu lực theo các quyết định đã công khai" in statistics
    decisions = json.loads((sample_site / "quyet-dinh/danh-sach.json").read_text(encoding="utf-8"))
    counts = {row["so_ky_hieu"]: row["so_luot"] for row in decisions["dong"]}
    assert (counts["415/QĐ-UBND"], counts["245/QĐ-UBND"], counts["104/QĐ-UBND"]) == (29, 0, 0)
    assert "Số lượt khen thưởng 0 " in main_text(page(sample_site, "don-vi/cong-ty-an-phat"))


def test_interim_targets_are_under_way_with_the_pace_shown(sample_site):
    """Thu ngân sách 86,2% after nine months is not "Chưa đạt" against 105% for the year."""
    plan = main_text(page(sample_site, "ke-hoach/2026"))
    assert ("86,2 % kế hoạch thành phố giao (9 tháng năm 2026) Đang thực hiện (đạt tiến độ: theo tiến độ cần "
            "78,75 % kế hoạch thành phố giao)") in plan
    assert "Chưa đạt" not in plan
    assert "Hồ sơ giải quyết trước hạn, đúng hạn: chưa có số liệu" in plan


def test_statistics_by_sex_are_aggregates_never_per_person(sample_site):
    statistics = main_text(page(sample_site, "thong-ke"))
    assert "Cá nhân được khen thưởng theo giới tính" in statistics
    decisions = (sample_site / "du-lieu/quyet-dinh.json").read_text(encoding="utf-8")
    awards = (sample_site / "du-lieu/khen-thuong.csv").read_text(encoding="utf-8-sig")
    decision = page(sample_site, "quyet-dinh/415-qd-ubnd-2025")
    for key in ("gioi_tinh", "dan_toc_thieu_so", "truc_tiep_lao_dong"):
        assert key not in decisions and key not in awards and key not in decision
    assert all("gioi" not in " ".join(r.text) for r in search_records(load_portal(SAMPLE), load_site_config(SAMPLE).local_unit))
