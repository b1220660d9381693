"""The open data, the Atom feed and the JSON-LD of a small portal, as exact text."""

from __future__ import annotations

import dataclasses
import json

import pytest

from generator.domain.records import Photo
from generator.exports import jsonld
from generator.exports.feeds import atom_feed
from generator.exports.open_data import datasets, last_updated
from generator.loading.loader import load_portal
from generator.loading.site_config import load_site_config

LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")


@pytest.fixture
def portal(scratch_project):
    root = scratch_project()
    return load_portal(root), load_site_config(root)


def test_every_kind_has_a_file_and_the_last_update_comes_from_the_data(portal):
    sets = datasets(portal[0], *LICENCE)
    assert [(d.name, d.records, str(d.updated)) for d in sets] == [
        ("quyet-dinh", 1, "2026-01-15"), ("khen-thuong", 2, "2026-01-15"), ("dien-hinh", 1, "2026-03-01"),
        ("phong-trao", 1, "2026-02-10"), ("don-vi", 2, "None"), ("khoi-thi-dua", 0, "None"),
        ("lay-y-kien", 0, "None"), ("bao-cao", 0, "None"), ("hoi-dong", 0, "None"),
        ("ke-hoach", 1, "2026-02-10"), ("danh-muc", 3, "None"), ("ngay-nghi", 0, "None"),
    ]
    assert str(last_updated(sets)) == "2026-03-01"
    decisions = json.loads(sets[0].text("quyet-dinh.json"))
    assert decisions["giay_phep"] == {"ten": LICENCE[0], "duong_dan": LICENCE[1]}
    assert decisions["cap_nhat_lan_cuoi"] == "2026-01-15"
    # The keys editors write in data/, ISO dates; the draft flag is not published.
    record = decisions["ban_ghi"][0]
    assert (record["ma"], record["so_ky_hieu"], record["ngay_ky"]) == ("15-qd-ubnd-2026", "15/QĐ-UBND", "2026-01-15")
    assert "ban_nhap" not in record


def test_the_list_of_people_honoured_as_exact_csv(portal):
    awards = datasets(portal[0], *LICENCE)[1]
    assert awards.text("khen-thuong.csv") == (
        "\ufeffquyet_dinh,so_ky_hieu,ngay_ky,cap,trang_thai_quyet_dinh,stt,doi_tuong_nhan,danh_xung,ten,"
        "chuc_vu,don_vi,ten_don_vi,danh_hieu,thanh_tich,truy_tang,trang_thai\r\n"
        "15-qd-ubnd-2026,15/QĐ-UBND,2026-01-15,phuong,co_hieu_luc,1,ca_nhan,Bà,Trần Thị Đức,Giáo viên,"
        "truong-thcs,Trường Trung học cơ sở Lê Thanh Nghị,Lao động tiên tiến,,,co_hieu_luc\r\n"
        "15-qd-ubnd-2026,15/QĐ-UBND,2026-01-15,phuong,co_hieu_luc,2,tap_the,,Tổ Toán - Tin,,"
        "truong-thcs,Trường Trung học cơ sở Lê Thanh Nghị,Tập thể lao động tiên tiến,,,co_hieu_luc\r\n"
    )
    assert sorted(awards.files()) == ["khen-thuong.csv", "khen-thuong.json"]


def test_photos_without_consent_are_not_in_the_open_data(portal):
    example = portal[0].examples["co-giao-so-hoa"]
    photos = [Photo.model_validate({"tep": "tep/a.jpg", "chu_thich": "Đồng ý", "dong_y_cong_bo": True}),
              Photo.model_validate({"tep": "tep/b.jpg", "chu_thich": "Chưa đồng ý"})]
    changed = dataclasses.replace(portal[0], examples={
        example.id: example.model_copy(update={"photos": photos})})
    published = json.loads(datasets(changed, *LICENCE)[2].text("dien-hinh.json"))["ban_ghi"][0]["anh"]
    assert [p["tep"] for p in published] == ["tep/a.jpg"]


def test_atom_feed_as_exact_text(portal):
    assert atom_feed(portal[0], "https://phuong.example/", "Thi đua phường", "UBND phường") == """\
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>Thi đua phường</title>
  <subtitle>Quyết định khen thưởng, điển hình tiên tiến và danh sách lấy ý kiến Nhân dân mới nhất.</subtitle>
  <link rel="alternate" type="text/html" href="https://phuong.example/"/>
  <link rel="self" type="application/atom+xml" href="https://phuong.example/tin-moi.xml"/>
  <id>https://phuong.example/</id>
  <updated>2026-03-01T00:00:00+07:00</updated>
  <author><name>UBND phường</name></author>
  <entry>
    <title>Cô giáo số hóa bài giảng</title>
    <link rel="alternate" type="text/html" href="https://phuong.example/dien-hinh/co-giao-so-hoa/"/>
    <id>https://phuong.example/dien-hinh/co-giao-so-hoa/</id>
    <updated>2026-03-01T00:00:00+07:00</updated>
    <category term="Điển hình tiên tiến"/>
    <summary>Số hóa toàn bộ bài giảng môn Toán khối 8.</summary>
  </entry>
  <entry>
    <title>Quyết định số 15/QĐ-UBND</title>
    <link rel="alternate" type="text/html" href="https://phuong.example/quyet-dinh/15-qd-ubnd-2026/"/>
    <id>https://phuong.example/quyet-dinh/15-qd-ubnd-2026/</id>
    <updated>2026-01-15T00:00:00+07:00</updated>
    <category term="Quyết định khen thưởng"/>
    <summary>Về việc tặng danh hiệu Lao động tiên tiến năm 2025</summary>
  </entry>
</feed>
"""


def test_json_ld_describes_the_decision_once_and_each_person_and_collective_with_its_award(portal):
    records, config = portal
    decision = records.decisions["15-qd-ubnd-2026"]
    data = jsonld.decision_recipients(records, config, decision, "quyet-dinh/15-qd-ubnd-2026/")
    address = f"{config.base_url}quyet-dinh/15-qd-ubnd-2026/"
    assert data["@context"] == "https://schema.org"
    ward, described = data["@graph"]
    assert ward["@type"] == "GovernmentOrganization" and ward["name"] == config.organisation
    assert described == {
        "@type": "Legislation", "@id": address, "url": address, "name": "Quyết định số 15/QĐ-UBND",
        "description": decision.summary, "legislationIdentifier": "15/QĐ-UBND", "legislationDate": "2026-01-15",
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": decision.issuer},
        "about": [
            {"@type": "Person", "name": "Trần Thị Đức", "award": "Lao động tiên tiến"},
            {"@type": "Organization", "name": "Tổ Toán - Tin", "award": "Tập thể lao động tiên tiến"},
        ],
    }


def test_json_ld_of_one_page_of_a_long_list_names_only_that_page_s_people(portal):
    records, config = portal
    decision = records.decisions["15-qd-ubnd-2026"]
    data = jsonld.decision_recipients(records, config, decision, "quyet-dinh/15-qd-ubnd-2026/", range(2, 3))
    assert [person["name"] for person in data["@graph"][1]["about"]] == ["Tổ Toán - Tin"]
    assert data["@graph"][1]["@id"] == f"{config.base_url}quyet-dinh/15-qd-ubnd-2026/"


def test_json_ld_claims_no_award_that_was_revoked(portal):
    records, config = portal
    decision = records.decisions["15-qd-ubnd-2026"]
    first, second = decision.recipients
    revoked = decision.model_copy(update={"recipients": [first.model_copy(update={"status": "da_huy_bo"}), second]})
    data = jsonld.decision_recipients(records, config, revoked, "quyet-dinh/15-qd-ubnd-2026/")
    assert data["@graph"][1]["about"] == [
        {"@type": "Person", "name": "Trần Thị Đức"},
        {"@type": "Organization", "name": "Tổ Toán - Tin", "award": "Tập thể lao động tiên tiến"},
    ]
    withdrawn = decision.model_copy(update={"status": "da_huy_bo"})
    data = jsonld.decision_recipients(records, config, withdrawn, "quyet-dinh/15-qd-ubnd-2026/")
    assert all("award" not in item for item in data["@graph"][1]["about"])


def test_json_ld_of_the_open_data_lists_every_file(portal):
    records, config = portal
    sets = datasets(records, *LICENCE)
    data = jsonld.dataset(config, sets, "du-lieu/")
    assert data["@type"] == "Dataset" and data["dateModified"] == "2026-03-01"
    assert [d["contentUrl"].rsplit("/", 1)[1] for d in data["distribution"]] == [
        name for d in sets for name in d.files()]


def test_json_ld_cannot_close_its_script_element():
    assert str(jsonld.script({"name": "</script><script>alert(1)</script>"})) == (
        '<script type="application/ld+json">{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}'
        "</script>")
