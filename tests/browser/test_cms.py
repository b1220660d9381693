"""The form editor at /quan-tri/ of `serve`, as a clerk uses it, in headless Chromium.

Each test works on a scratch copy of the sample project (never the repository's data/), served
by `python -m generator serve` as a clerk starts it. The tests take screenshots of the forms into
a temporary folder, so that a test run leaves the work tree as it was; with
THI_DUA_ANH_HUONG_DAN=1 they write them into the clerks' chapter of the guide instead
(docs/anh/quan-tri-*.png), to update its pictures after a change to the forms.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from PIL import Image

from generator.authoring.cms_config import cms_config_text
from generator.build import check_project
from tests.conftest import REPO, SAMPLE
from tests.serving.test_serve import free_port, wait_for

# One worker runs this module, so that its costly module fixture is made once (pyproject.toml).
pytestmark = pytest.mark.xdist_group("cms")
GUIDE_PICTURES = REPO / "docs" / "anh"
# The opt-in that writes the screenshots into the guide (README, "Kiểm thử").
UPDATE_GUIDE = "THI_DUA_ANH_HUONG_DAN"
# Generous: the first build of the sample takes seconds, more on a loaded machine.
FORM_TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    root = tmp_path_factory.mktemp("cms") / "project"
    root.mkdir()
    for name in ("data", "content"):
        shutil.copytree(SAMPLE / name, root / name)
    shutil.copytree(REPO / "theme", root / "theme")
    shutil.copy(SAMPLE / "site_config.yml", root / "site_config.yml")
    port = free_port()
    log = root.parent / "serve.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "generator", "--project", str(root), "serve",
             "--dev-addr", f"127.0.0.1:{port}"],
            stdout=output, stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}/"
            wait_for(url + "quan-tri/", "decap-cms.js")
            yield root, url
        finally:
            process.terminate()
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    """Where the screenshots go: the guide's pictures only when asked for."""
    if os.environ.get(UPDATE_GUIDE) == "1":
        return GUIDE_PICTURES
    return tmp_path_factory.mktemp("anh")


@pytest.fixture
def desk(browser):
    """A clerk's desktop browser window."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    # Leaving a form with unsaved changes asks first; the clerk in these tests agrees.
    page.on("dialog", lambda dialog: dialog.accept())
    yield page
    context.close()


def open_editor(page, url: str, address: str = "") -> list[str]:
    """Open /quan-tri/, log in to the local back end, go to `address`; return every URL the
    page requests from then on."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(url + "quan-tri/")
    page.get_by_role("button", name="Đăng nhập").click(timeout=FORM_TIMEOUT_MS)
    page.get_by_text("Bộ sưu tập").first.wait_for(timeout=FORM_TIMEOUT_MS)
    if address:
        page.goto(url + "quan-tri/#/" + address)
    return requested


def field(page, name: str, index: int = 0):
    """The input of the form's field `name` (Decap gives it the id `<name>-field-<n>`)."""
    return page.locator(f'[id^="{name}-field-"]').nth(index)


def choose(page, name: str, text: str, index: int = 0) -> None:
    """Pick the option showing `text` in a choice list."""
    box = field(page, name, index)
    box.click()
    box.fill(text)
    page.locator('[class*="option"]', has_text=text).first.click()


def publish(page) -> None:
    page.get_by_role("button", name="Công bố").click()
    page.get_by_text("Công bố ngay").click()


def shoot(page, folder: Path, name: str) -> None:
    """A screenshot for the guide, in 64 colours: a third of the size, as legible."""
    folder.mkdir(parents=True, exist_ok=True)
    image = Image.open(io.BytesIO(page.screenshot())).convert("RGB").quantize(colors=64)
    image.save(folder / f"quan-tri-{name}.png", optimize=True)


def fill_decision(page, code: str, people: list[tuple[str, str, str]]) -> None:
    """A new award decision with one entry per (honorific, name, unit shown); "" leaves the
    honorific out."""
    field(page, "ma").fill(code, timeout=FORM_TIMEOUT_MS)
    field(page, "so_ky_hieu").fill(code.split("-")[0] + "/QĐ-UBND")
    field(page, "ngay_ky").fill("20/12/2026")
    field(page, "co_quan_ban_hanh").fill("Ủy ban nhân dân phường Lê Thanh Nghị")
    choose(page, "cap", "Phường")
    field(page, "chuc_vu").fill("Chủ tịch")
    field(page, "ho_ten").fill("Nguyễn Hữu Phúc")
    field(page, "trich_yeu").fill("Về việc tặng danh hiệu Lao động tiên tiến năm 2026")
    choose(page, "loai_hinh", "công trạng")
    for index, (honorific, name, unit) in enumerate(people):
        if index:
            page.get_by_role("button", name="Thêm danh sách khen thưởng").click()
        # Each entry's folded group of corrected values (dinh_chinh_thanh) repeats its honorific,
        # name and unit fields after the entry's own: the entry's own are every other one.
        own = 2 * index
        choose(page, "doi_tuong_nhan", "Cá nhân", index)
        if honorific:
            choose(page, "danh_xung", honorific, own)
        field(page, "ten", own).fill(name)
        choose(page, "don_vi", unit, own)
        choose(page, "danh_hieu", "Lao động tiên tiến", index)


def test_a_decision_with_three_recipients_chosen_from_lists_is_saved_checked_and_shown(editor, desk, screenshots):
    root, url = editor
    requested = open_editor(desk, url, "collections/quyet_dinh/new")
    people = [("Ông", "Phạm Văn Hùng", "Tổ dân phố số 1"), ("Bà", "Lê Thị Hoa", "Trạm Y tế"),
              ("Bà", "Đỗ Thị Mai", "Trường Mầm non Lê Thanh Nghị")]
    fill_decision(desk, "30-qd-ubnd-2026", people)
    shoot(desk, screenshots, "quyet-dinh")
    publish(desk)
    desk.get_by_text("Mục đã được lưu").first.wait_for(timeout=FORM_TIMEOUT_MS)

    saved = root / "data" / "quyet_dinh" / "30-qd-ubnd-2026.yml"
    record = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert [item["ten"] for item in record["danh_sach"]] == [name for _, name, _ in people]
    assert [item["don_vi"] for item in record["danh_sach"]] == [
        "to-dan-pho-so-1", "tram-y-te-phuong", "truong-mam-non-le-thanh-nghi"]
    assert {item["danh_hieu"] for item in record["danh_sach"]} == {"Lao động tiên tiến"}
    assert record["ngay_ky"].isoformat() == "2026-12-20"
    assert "30-qd-ubnd-2026" in check_project(root).portal.decisions
    wait_for(url + "quyet-dinh/30-qd-ubnd-2026/", "Lê Thị Hoa")
    # Everything the editor loaded came from the preview itself (data: and blob: addresses are
    # made inside the page).
    outside = [address for address in requested if urlsplit(address).scheme not in ("data", "blob")
               and urlsplit(address).netloc != urlsplit(url).netloc]
    assert outside == []
    assert any(address.endswith("/quan-tri/decap/decap-cms.js") for address in requested)


def test_an_example_story_is_edited_and_a_photo_uploaded_with_consent(editor, desk, screenshots, tmp_path):
    root, url = editor
    photo = tmp_path / "don-ve-sinh.png"
    Image.new("RGB", (120, 80), (30, 120, 60)).save(photo)
    open_editor(desk, url, "collections/dien_hinh/entries/chu-nhat-xanh")
    story = desk.locator("[data-slate-editor]").first
    story.click(timeout=FORM_TIMEOUT_MS)
    desk.keyboard.press("Control+End")
    desk.keyboard.type(" Năm 2026 thêm 12 tuyến phố.")
    before = len(yaml.safe_load((root / "data/dien_hinh/chu-nhat-xanh.yml").read_text(encoding="utf-8"))["anh"])
    desk.get_by_role("button", name="Thêm ảnh").click()
    desk.get_by_role("button", name="Chọn một hình").click()
    desk.locator('input[type="file"]').set_input_files(photo)
    desk.get_by_role("button", name="Lấy những cái đã chọn").click()
    field(desk, "chu_thich", before).fill("Đoàn viên dọn vệ sinh tuyến phố")
    field(desk, "dong_y_cong_bo", before).click()
    field(desk, "chu_thich", before).scroll_into_view_if_needed()
    shoot(desk, screenshots, "dien-hinh-anh")
    publish(desk)
    desk.get_by_text("Mục đã được lưu").first.wait_for(timeout=FORM_TIMEOUT_MS)

    record = yaml.safe_load((root / "data/dien_hinh/chu-nhat-xanh.yml").read_text(encoding="utf-8"))
    assert "Năm 2026 thêm 12 tuyến phố." in record["noi_dung"]
    assert record["anh"][before] == {"tep": "tep/anh/don-ve-sinh.png",
                                     "chu_thich": "Đoàn viên dọn vệ sinh tuyến phố", "dong_y_cong_bo": True}
    assert (root / "data/tep/anh/don-ve-sinh.png").read_bytes() == photo.read_bytes()
    check_project(root)
    wait_for(url + "dien-hinh/chu-nhat-xanh/", "Đoàn viên dọn vệ sinh tuyến phố")


def test_a_missing_required_field_is_named_in_the_form_and_checks_only_the_data_knows_show_as_in_check(
        editor, desk, screenshots):
    root, url = editor
    open_editor(desk, url, "collections/don_vi/new")
    field(desk, "ma").fill("to-dan-pho-so-11", timeout=FORM_TIMEOUT_MS)
    choose(desk, "loai_don_vi", "Tổ dân phố")
    publish(desk)
    desk.get_by_text("Tên bắt buộc nhập.").wait_for(timeout=FORM_TIMEOUT_MS)
    assert not (root / "data/don_vi/to-dan-pho-so-11.yml").exists()

    # One person twice with one title in a decision: only the loader's rule knows it (Law 06/2022:
    # one achievement is commended once), and the clerk sees its message, as `check` prints it,
    # under the form.
    desk.goto("about:blank")
    desk.goto(url + "quan-tri/#/collections/quyet_dinh/new")
    fill_decision(desk, "31-qd-ubnd-2026", [("Ông", "Vũ Văn Nam", "Tổ dân phố số 2"),
                                             ("Ông", "Vũ Văn Nam", "Tổ dân phố số 2")])
    publish(desk)
    panel = desk.locator("#bang-loi")
    panel.get_by_text("một thành tích chỉ được khen thưởng một lần").wait_for(timeout=FORM_TIMEOUT_MS)
    assert ("data/quyet_dinh/31-qd-ubnd-2026.yml:19: ten (danh_sach, mục 2): Vũ Văn Nam đã có trong danh sách "
            "với Lao động tiên tiến (mục 1): một thành tích chỉ được khen thưởng một lần") in panel.inner_text()
    desk.get_by_text("CHƯA được đăng").first.wait_for()
    assert not (root / "data/quyet_dinh/31-qd-ubnd-2026.yml").exists()
    assert desk.get_by_text("Mục đã được lưu").count() == 0
    shoot(desk, screenshots, "loi")

    field(desk, "ten", 2).fill("Vũ Văn Năm")
    publish(desk)
    desk.get_by_text("Mục đã được lưu").first.wait_for(timeout=FORM_TIMEOUT_MS)
    panel.wait_for(state="hidden", timeout=FORM_TIMEOUT_MS)
    check_project(root)


def test_the_editor_serves_the_configuration_made_from_the_schemas_and_data(editor):
    root, url = editor
    with urllib.request.urlopen(url + "quan-tri/config.yml", timeout=30) as response:
        assert response.read().decode("utf-8") == cms_config_text(root)
