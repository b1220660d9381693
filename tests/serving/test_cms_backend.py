"""The form editor's back end: Decap's proxy protocol, confined to data/ and data/tep/, writing
files the loader reads."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
import yaml

from generator.serving.cms_backend import CmsBackend, Refused
from tests.conftest import write_files

UNIT = "data/don_vi/tram-y-te.yml"


@pytest.fixture
def project(tmp_path) -> Path:
    write_files(tmp_path, {
        UNIT: "ma: tram-y-te\nten: Trạm Y tế phường\nloai_don_vi: don_vi_su_nghiep\n",
        "data/don_vi/ds.yml": "- ma: a\n  ten: Đơn vị A\n  loai_don_vi: doan_the\n",
        "data/tep/anh/a.png": "png",
        "site_config.yml": "ten_co_quan: x\n",
    })
    return tmp_path


class Saved:
    """Stands for the preview: records what was saved, answers the problems it is given."""

    def __init__(self, problems: str = ""):
        self.paths: list[set[Path]] = []
        self.problems = problems

    def __call__(self, paths: set[Path]) -> str:
        self.paths.append(paths)
        return self.problems


def test_info_says_local_files_and_simple_publishing(project):
    assert CmsBackend(project, Saved()).handle("info", {}) == {
        "repo": project.name, "publish_modes": ["simple"], "type": "local_fs"}


def test_a_folder_lists_the_files_of_one_record_only(project):
    entries = CmsBackend(project, Saved()).handle(
        "entriesByFolder", {"folder": "data/don_vi", "extension": "yml", "depth": 1})
    assert [entry["file"]["path"] for entry in entries] == [UNIT]
    assert entries[0]["data"].startswith("ma: tram-y-te\n")
    assert len(entries[0]["file"]["id"]) == 64


def test_the_form_shows_dates_dd_mm_yyyy_and_a_score_table_as_lines(project):
    write_files(project, {"data/khoi_thi_dua/k.yml": "ma: k\nngay_cong_bo: 2026-02-05\ncham_diem:\n"
                                                     "- don_vi: a\n  tu_cham: {tc1: 10, tc2: 8.5}\n"})
    entry = CmsBackend(project, Saved()).handle("getEntry", {"path": "data/khoi_thi_dua/k.yml"})
    assert yaml.safe_load(entry["data"]) == {
        "ma": "k", "ngay_cong_bo": "05/02/2026", "cham_diem": [{"don_vi": "a", "tu_cham": "tc1: 10\ntc2: 8.5"}]}


def test_a_saved_record_is_written_as_the_loader_reads_it(project):
    saved = Saved()
    raw = ("ten: Lê Thị Hoa\r\nma: le-thi-hoa\nloai: nguoi_tot_viec_tot\nban_nhap: false\nngay_cong_bo: ''\n"
           "linh_vuc: Y tế\ntom_tat: Cứu người.\nnoi_dung: \"Đoạn một.\\r\\n\\r\\nĐoạn hai.\"\n"
           "anh:\n- tep: tep/anh/a.png\n  chu_thich: Bà Hoa\n  dong_y_cong_bo: true\n"
           "quyet_dinh: []\nngay_dang: 01/12/2026\nnhan_vat:\n  ho_ten: Lê Thị Hoa\n  danh_xung: Bà\n"
           "  chuc_vu: ''\n")
    answer = CmsBackend(project, saved).handle("persistEntry", {
        "dataFiles": [{"path": "data/dien_hinh/le-thi-hoa.yml", "slug": "le-thi-hoa", "raw": raw}],
        "assets": [], "options": {"commitMessage": "x"}})
    assert answer == {"message": "entry persisted"}
    written = project / "data" / "dien_hinh" / "le-thi-hoa.yml"
    assert written.read_bytes().decode("utf-8") == (
        "ma: le-thi-hoa\n"
        "ten: Lê Thị Hoa\n"
        "loai: nguoi_tot_viec_tot\n"
        "nhan_vat:\n"
        "  danh_xung: Bà\n"
        "  ho_ten: Lê Thị Hoa\n"
        "linh_vuc: Y tế\n"
        "tom_tat: Cứu người.\n"
        "noi_dung: |-\n"
        "  Đoạn một.\n"
        "\n"
        "  Đoạn hai.\n"
        "anh:\n"
        "- tep: tep/anh/a.png\n"
        "  chu_thich: Bà Hoa\n"
        "  dong_y_cong_bo: true\n"
        "ngay_dang: 2026-12-01\n"
    )
    assert saved.paths == [{written}]


def test_a_score_table_typed_as_lines_is_stored_as_a_mapping(project):
    raw = ("ma: k\nten: Khối 8\ncham_diem:\n- don_vi: a\n  tu_cham: \"tc1: 10\\ntc2: 8,5\"\n"
           "  tham_dinh: 'khong phai bang'\n")
    CmsBackend(project, Saved()).handle("persistEntry", {
        "entry": {"path": "data/khoi_thi_dua/k.yml", "raw": raw}, "assets": []})
    assert (project / "data/khoi_thi_dua/k.yml").read_text(encoding="utf-8") == (
        "ma: k\nten: Khối 8\ncham_diem:\n- don_vi: a\n  tu_cham:\n    tc1: 10\n    tc2: 8,5\n"
        # Not a table: kept as typed, so that check names its line.
        "  tham_dinh: khong phai bang\n")


def test_a_record_with_problems_is_put_back_and_never_reported_as_saved(project):
    message = "data/don_vi/tram-y-te.yml:2: ten: cần một đoạn chữ. Cách sửa: ghi tên đơn vị"
    before = (project / UNIT).read_bytes()
    saved = Saved(message)
    backend = CmsBackend(project, saved)
    with pytest.raises(Refused) as refused:
        backend.handle("persistEntry", {
            "entry": {"path": UNIT, "slug": "tram-y-te", "raw": "ma: tram-y-te\nloai_don_vi: doan_the\n"},
            "assets": []})
    assert str(refused.value).startswith("Chưa lưu: hồ sơ có lỗi nên CHƯA được đăng")
    assert str(refused.value).endswith(message)
    assert (project / UNIT).read_bytes() == before
    assert backend.refused == message
    # The preview is told twice: the save, then the file put back.
    assert saved.paths == [{project / UNIT}, {project / UNIT}]


def test_a_new_record_with_problems_leaves_no_file(project):
    new = "data/don_vi/moi.yml"
    with pytest.raises(Refused):
        CmsBackend(project, Saved(f"{new}:1: ten: thiếu")).handle("persistEntry", {
            "entry": {"path": new, "slug": "moi", "raw": "ma: moi\n"}, "assets": []})
    assert not (project / new).exists()


def test_problems_only_in_other_files_do_not_stop_a_save(project):
    backend = CmsBackend(project, Saved("data/don_vi/ds.yml:3: loai_don_vi: sai"))
    backend.handle("persistEntry", {"entry": {"path": UNIT, "raw": "ma: tram-y-te\nten: Trạm Y tế\n"},
                                    "assets": []})
    assert (project / UNIT).read_text(encoding="utf-8") == "ma: tram-y-te\nten: Trạm Y tế\n"
    assert backend.refused == ""


def test_a_file_of_several_records_is_never_overwritten_by_the_form(project):
    with pytest.raises(Refused, match="chứa nhiều hồ sơ trong một tệp"):
        CmsBackend(project, Saved()).handle("persistEntry", {
            "entry": {"path": "data/don_vi/ds.yml", "raw": "ma: a\nten: A\n"}, "assets": []})
    assert (project / "data" / "don_vi" / "ds.yml").read_text(encoding="utf-8").startswith("- ma: a")


@pytest.mark.parametrize(("action", "params"), [
    ("getEntry", {"path": "site_config.yml"}),
    ("getEntry", {"path": "data/../site_config.yml"}),
    ("getEntry", {"path": "/etc/passwd"}),
    ("entriesByFolder", {"folder": "..", "extension": "yml", "depth": 1}),
    ("persistEntry", {"entry": {"path": "content/gioi-thieu.yml", "raw": "ma: x\n"}, "assets": []}),
    ("persistEntry", {"entry": {"path": "data/don_vi/x.py", "raw": "ma: x\n"}, "assets": []}),
    ("persistMedia", {"asset": {"path": "data/don_vi/x.yml", "content": "bWE6IHgK", "encoding": "base64"}}),
    ("getMediaFile", {"path": "data/tep/../../site_config.yml"}),
    # Records are never deleted (a revoked award keeps its record and changes status).
    ("deleteFile", {"path": UNIT}),
    ("deleteFiles", {"paths": ["data/tep/anh/a.png", "site_config.yml"]}),
])
def test_nothing_is_read_or_written_outside_data_and_media_outside_data_tep(project, action, params):
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}
    with pytest.raises(Refused):
        CmsBackend(project, Saved()).handle(action, params)
    assert {path: path.read_bytes() for path in project.rglob("*") if path.is_file()} == before


def test_a_symbolic_link_cannot_lead_outside(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("ngoai")
    (outside / "bi-mat.yml").write_text("ma: bi-mat\n", encoding="utf-8")
    os.symlink(outside, project / "data" / "tep" / "lien-ket")
    os.symlink(outside / "bi-mat.yml", project / "data" / "don_vi" / "bi-mat.yml")
    backend = CmsBackend(project, Saved())
    with pytest.raises(Refused):
        backend.handle("getMediaFile", {"path": "data/tep/lien-ket/bi-mat.yml"})
    with pytest.raises(Refused):
        backend.handle("persistMedia", {"asset": {"path": "data/tep/lien-ket/moi.png", "content": "eA==",
                                                  "encoding": "base64"}})
    listed = backend.handle("entriesByFolder", {"folder": "data/don_vi", "extension": "yml", "depth": 1})
    assert [entry["file"]["path"] for entry in listed] == [UNIT]
    assert sorted(path.name for path in outside.iterdir()) == ["bi-mat.yml"]


def test_media_are_uploaded_into_data_tep_and_listed(project):
    saved = Saved()
    backend = CmsBackend(project, saved)
    content = base64.b64encode(b"\x89PNG anh").decode()
    answer = backend.handle("persistMedia", {"asset": {"path": "data/tep/anh/moi.png", "content": content,
                                                       "encoding": "base64"}})
    assert answer["path"] == "data/tep/anh/moi.png" and answer["content"] == content
    assert (project / "data" / "tep" / "anh" / "moi.png").read_bytes() == b"\x89PNG anh"
    assert [media["name"] for media in backend.handle("getMedia", {"mediaFolder": "data/tep/anh"})] == [
        "a.png", "moi.png"]
    backend.handle("deleteFile", {"path": "data/tep/anh/moi.png"})
    assert not (project / "data" / "tep" / "anh" / "moi.png").exists()


def test_an_unknown_action_is_refused_in_vietnamese(project):
    with pytest.raises(Refused, match="Không hỗ trợ thao tác 'unpublishedEntries'"):
        CmsBackend(project, Saved()).handle("unpublishedEntries", {})
