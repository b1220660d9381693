"""The fast way of loading gives what the composing way gives, and reads only what changed.

`read_yaml` skips the source map of a file until a line in it is needed; whatever it cannot
handle goes to `parse_yaml`. The loader keeps each file's result until that file changes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.build import build_site
from generator.loading import files, yaml_source
from generator.loading.errors import DataErrors
from generator.loading.loader import PortalLoader
from generator.loading.yaml_source import SourceMap, parse_yaml, read_yaml
from tests import sample_records
from tests.sample_records import DECISION

UNIT = "data/don_vi/truong-thcs.yml"
# The shared decision under a comment line, which moves each of its lines one further down.
DECISION_TEXT = "# Quyết định khen thưởng cuối năm\n" + sample_records.DECISION_TEXT
# The decision with problems found only after reading: a unit and an award that do not exist, a phone number.
BROKEN = (
    DECISION_TEXT.replace("don_vi: truong-thcs", "don_vi: truong-thpt")
    .replace("Chiến sỹ thi đua cơ sở", "Chiến sĩ thi đua quận")
    .replace("ten: Lê Văn Bình", "ten: Lê Văn Bình, 0912 345 678")
)

TEXTS = {
    "record": DECISION_TEXT,
    "list-of-records": "# hai đơn vị\n\n- ma: to-1\n  ten: Tổ 1\n- ma: to-2\n  ten: Tổ 2\n",
    "decomposed-vietnamese": "ten: Nguye\u0302\u0303n\nghi_chu: \"Le\u0302\"\n",
    "yaml-1.1-values": "a: 0123\nb: yes\nc: ~\nd: 1.5\ne: 2026-02-05\nf: 2026-02-05 10:00:00\ng: '0123'\n",
    "numbers-as-keys": "2026: nam\ntrue: co\n~: rong\n",
    "impossible-date": "ngay_ky: 2026-02-30\n",
    "impossible-date-in-list": "ngay: [2026-01-01, 2026-13-01]\n",
    "explicit-plain-tags": "a: !!str 12\nb: !!int '7'\nc: !!str {x: 1}\n",
    "duplicate-key": "ma: a\nten: b\nma: c\n",
    "duplicate-key-after-normalising": "t\u00ean: a\nte\u0302n: b\n",
    "merge-key": "chung: &chung {loai_don_vi: to_dan_pho}\nto:\n  <<: *chung\n  ma: to-1\n",
    "alias": "a: &x [1, 2]\nb: *x\n",
    "python-tag": "trich_yeu: !!python/name:os.system\n",
    "custom-tag": "trich_yeu: !include ../site_config.yml\n",
    "binary-key": "!!binary aGVsbG8=: x\n",
    "list-as-key": "? [a, b]\n: x\n",
    "tab": "nguoi_ky:\n\tchuc_vu: x\n",
    "unclosed-quote": 'a: "b\nc: d\n',
    "two-documents": "a: 1\n---\nb: 2\n",
    "empty": "# chưa nhập\n",
    "plain-text": "Quyết định số 16\n",
    "too-deep": "a: " + "[" * 45 + "1" + "]" * 45 + "\n",
    "too-many": "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(6)
    ),
}


def every_path(data, at: tuple = ()):
    yield at
    if isinstance(data, dict):
        for key, value in data.items():
            yield from every_path(value, at + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from every_path(value, at + (index,))


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_read_yaml_gives_what_parse_yaml_gives(text):
    slow, slow_errors = parse_yaml(text, "tep.yml")
    fast, fast_errors = read_yaml(text, "tep.yml", lambda: text)

    assert fast_errors == slow_errors
    assert (fast is None) == (slow is None)
    if slow is None:
        return
    assert fast.data == slow.data
    assert [type(value) for value in every_path(fast.data)] == [type(value) for value in every_path(slow.data)]
    # Every line and source text the messages could ask for, including places that do not exist.
    paths = [*every_path(slow.data), ("khong-co",), (0, "khong-co", 3)]
    assert [fast.source.line_of(path) for path in paths] == [slow.source.line_of(path) for path in paths]
    assert [fast.source.text_of(path) for path in paths] == [slow.source.text_of(path) for path in paths]


def test_a_file_without_problems_is_not_composed_again_for_its_record_lines():
    rereads = []
    document, errors = read_yaml(TEXTS["list-of-records"], "tep.yml", lambda: rereads.append(1) or "")

    assert errors == [] and type(document.source) is not SourceMap
    assert [document.source.line_of(path) for path in [(), (0,), (1,)]] == [3, 3, 5]
    assert rereads == []


def test_a_line_inside_a_record_rereads_the_file_once():
    rereads = []

    def reread() -> str:
        rereads.append(1)
        return DECISION_TEXT

    document, _ = read_yaml(DECISION_TEXT, DECISION, reread)

    assert document.source.line_of(("danh_sach", 0, "don_vi")) == 16
    assert document.source.text_of(("ngay_ky",)) == "2026-01-20"
    assert rereads == [1]


def test_a_file_emptied_since_it_was_read_keeps_the_lines_of_its_records():
    document, _ = read_yaml(TEXTS["list-of-records"], "tep.yml", lambda: "")

    assert document.source.line_of((1, "ten")) == 5
    assert document.source.line_of(("khong-co",)) == 3


@dataclass
class Reads:
    files: list[str] = field(default_factory=list)
    source_maps: list[str] = field(default_factory=list)


@pytest.fixture
def reads(monkeypatch) -> Reads:
    """The data files the loader reads, in order, and those composed with their source map."""
    seen = Reads()
    read, parse = files.read_yaml, yaml_source.parse_yaml
    monkeypatch.setattr(files, "read_yaml", lambda text, file, *rest: seen.files.append(file) or read(text, file, *rest))
    monkeypatch.setattr(yaml_source, "parse_yaml", lambda text, file: seen.source_maps.append(file) or parse(text, file))
    return seen


@pytest.fixture
def portals() -> PortalLoader:
    """A loader of its own for each test: what it keeps between loads starts empty."""
    return PortalLoader()


def test_a_valid_project_is_loaded_without_any_source_map(portals, scratch_project, reads):
    root = scratch_project({DECISION: DECISION_TEXT})

    portals.load(root)

    data_files = sorted(p.relative_to(root).as_posix() for p in (root / "data").rglob("*.yml"))
    assert sorted(reads.files) == data_files
    assert reads.source_maps == []


def test_problems_found_after_reading_have_the_lines_the_composing_reader_gives(portals, scratch_project, reads,
                                                                              monkeypatch):
    root = scratch_project({
        DECISION: BROKEN,
        "data/quyet_dinh/16-bis.yml": BROKEN.replace("16/QĐ", "16b/QĐ"),
        "data/quyet_dinh/17.yml": DECISION_TEXT.replace("cap: phuong", "cap: xa").replace("ma: 16", "ma: 17"),
    })
    with pytest.raises(DataErrors) as fast:
        portals.load(root)
    assert reads.source_maps == ["data/quyet_dinh/16-bis.yml", DECISION, "data/quyet_dinh/17.yml"]

    monkeypatch.setattr(files, "read_yaml", lambda text, file, *rest: parse_yaml(text, file))
    with pytest.raises(DataErrors) as slow:
        PortalLoader().load(root)

    assert len(fast.value.errors) == 8
    assert fast.value.report() == slow.value.report()


def share_with_a_helper(monkeypatch, helper: str = "works") -> None:
    """Load the next project as a large one is: half of its files read by a forked helper, which
    `works`, `dies` (killed) or `fails` (an exception)."""
    monkeypatch.setattr(files, "PARALLEL_LOAD_BYTES", 0)
    # Whatever threads the test run has: this is about what the helper gives back.
    monkeypatch.setattr(files, "_can_fork", lambda: True)
    if helper == "dies":
        monkeypatch.setattr(files, "_help_load", lambda *arguments: os._exit(1))
    elif helper == "fails":
        build, share = os.getpid(), files._load_share

        def fail_in_helper(*arguments):
            if os.getpid() != build:
                raise RuntimeError("một lỗi trong tiến trình phụ")
            return share(*arguments)

        monkeypatch.setattr(files, "_load_share", fail_in_helper)


@pytest.mark.parametrize("helper", ["works", "dies", "fails"])
def test_a_large_load_shared_with_a_helper_gives_the_same_problems(portals, scratch_project, reads, monkeypatch, capfd,
                                                                   helper):
    root = scratch_project({DECISION: BROKEN, "data/quyet_dinh/16-bis.yml": BROKEN.replace("16/QĐ", "16b/QĐ")})
    with pytest.raises(DataErrors) as alone:
        portals.load(root)
    data_files = len(reads.files)
    reads.files.clear()

    share_with_a_helper(monkeypatch, helper)
    with pytest.raises(DataErrors) as shared:
        PortalLoader().load(root)

    assert shared.value.report() == alone.value.report()
    # Reads in the helper are not seen here: this process read only its own share, unless the
    # helper gave nothing and its share was read here after all.
    assert (0 < len(reads.files) < data_files) if helper == "works" else (len(reads.files) == data_files)
    assert "Traceback" not in capfd.readouterr().err


def test_a_large_valid_load_shared_with_a_helper_gives_the_same_portal(portals, scratch_project, reads, monkeypatch):
    root = scratch_project({DECISION: DECISION_TEXT})
    alone = portals.load(root)

    share_with_a_helper(monkeypatch)
    shared = PortalLoader().load(root)

    assert shared is not alone and shared == alone


def touch(path: Path, text: str) -> None:
    """Write `text` and give the file a modification time of its own, as an editor's save does."""
    status = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))


def test_after_one_file_changes_only_that_file_is_read_again(portals, scratch_project, reads):
    root = scratch_project({DECISION: DECISION_TEXT})
    portals.load(root)
    reads.files.clear()

    touch(root / DECISION, DECISION_TEXT.replace("ten: Lê Văn Bình", "ten: Lê Văn Bính"))
    portal = portals.load(root)

    assert reads.files == [DECISION]
    assert portal.decisions["16-qd-ubnd-2026"].recipients[0].name == "Lê Văn Bính"
    assert "truong-thcs" in portal.units


def test_a_file_removed_leaves_the_portal_and_the_checks_see_it(portals, scratch_project, reads):
    root = scratch_project({DECISION: DECISION_TEXT})
    portals.load(root)
    reads.files.clear()

    (root / UNIT).unlink()
    with pytest.raises(DataErrors) as raised:
        portals.load(root)

    assert reads.files == []
    assert [str(error).split(": không có")[0] for error in raised.value.errors] == [
        "data/dien_hinh/co-giao-so-hoa.yml:8: don_vi",
        "data/phong_trao/thi-dua-2026.yml:8: don_vi_tham_gia (mục 1)",
        "data/quyet_dinh/15-qd-ubnd-2026.yml:17: don_vi (danh_sach, mục 1)",
        "data/quyet_dinh/15-qd-ubnd-2026.yml:21: don_vi (danh_sach, mục 2)",
        f"{DECISION}:16: don_vi (danh_sach, mục 1)",
    ]
    assert {error.message for error in raised.value.errors} == {"không có đơn vị nào mang mã truong-thcs"}


def test_the_problems_of_an_unchanged_file_are_reported_again_without_reading_it(portals, scratch_project, reads):
    root = scratch_project({DECISION: DECISION_TEXT.replace("cap: phuong", "cap: xa")})
    with pytest.raises(DataErrors) as first:
        portals.load(root)
    reads.files.clear()

    touch(root / UNIT, (root / UNIT).read_text(encoding="utf-8").replace("Trường", "Trường học"))
    with pytest.raises(DataErrors) as second:
        portals.load(root)

    assert reads.files == [UNIT]
    assert second.value.report() == first.value.report()


def test_a_new_office_contact_is_checked_against_unchanged_files(portals, scratch_project, reads):
    office_phone = "0225 3000 000"
    root = scratch_project({DECISION: DECISION_TEXT.replace("ten: Lê Văn Bình", f"ten: Lê Văn Bình, {office_phone}")})
    portals.load(root)
    reads.files.clear()

    config = root / "site_config.yml"
    touch(config, config.read_text(encoding="utf-8").replace(office_phone, "0225 3000 111"))
    with pytest.raises(DataErrors) as raised:
        portals.load(root)

    assert reads.files == []
    assert [str(error) for error in raised.value.errors] == [
        f"{DECISION}:15: ten (danh_sach, mục 1): có số điện thoại (…000), là dữ liệu cá nhân không được công "
        "bố theo Luật Bảo vệ dữ liệu cá nhân. Cách sửa: xóa số điện thoại khỏi nội dung; chỉ khi pháp luật "
        "buộc công khai (ví dụ liên hệ của cơ quan) mới ghi giá trị đó vào cong_khai_theo_luat của hồ sơ, xem "
        "docs/du-lieu-ca-nhan.md"
    ]


def test_a_build_reads_each_data_file_once(scratch_project, reads, monkeypatch):
    """The build checks the project and hands the checked Portal to the engine's plugin: no file
    is read a second time, and nothing is kept between builds in module globals."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    root = scratch_project({DECISION: DECISION_TEXT})
    build_site(root)
    data_files = sorted(p.relative_to(root).as_posix() for p in (root / "data").rglob("*.yml"))
    assert sorted(reads.files) == data_files

    reads.files.clear()
    build_site(root)
    assert sorted(reads.files) == data_files


def test_files_read_together_share_their_equal_keys_and_texts():
    strings: dict[str, str] = {}
    first, _ = read_yaml("ma: to-1\nloai_don_vi: to_dan_pho\n", "a.yml", str, strings)
    second, _ = read_yaml("ma: to-2\nloai_don_vi: to_dan_pho\n", "b.yml", str, strings)

    [(first_key, first_kind)] = [item for item in first.data.items() if item[0] == "loai_don_vi"]
    [(second_key, second_kind)] = [item for item in second.data.items() if item[0] == "loai_don_vi"]
    assert first_key is second_key and first_kind is second_kind
    assert first.data["ma"] == "to-1" and second.data["ma"] == "to-2"
