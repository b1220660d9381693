"""The form editor at /quan-tri/ of `serve`, as a clerk uses it, in headless Chromium.

Each test works on a scratch copy of the sample project (never the repository's data/), served
by `python -m generator serve` as a clerk starts it. The screenshots of the forms go into the
clerks' chapter of the guide (docs/anh/quan-tri-*.png).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from generator.build import check_project
from tests.conftest import REPO, SAMPLE
from tests.site.test_serve import free_port, wait_for

SCREENSHOTS = REPO / "docs" / "anh"
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


@pytest.fixture
def desk(browser):
    """A clerk's desktop browser window."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
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


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"quan-tri-{name}.png"))


def test_a_decision_with_three_recipients_chosen_from_lists_is_saved_checked_and_shown(editor, desk):
    root, url = editor
    requested = open_editor(desk, url, "collections/quyet_dinh/new")
    field(desk, "ma").fill("30-qd-ubnd-2026", timeout=FORM_TIMEOUT_MS)
    field(desk, "so_ky_hieu").fill("30/QĐ-UBND")
    field(desk, "ngay_ky").fill("2026-12-20")
    field(desk, "co_quan_ban_hanh").fill("Ủy ban nhân dân phường Lê Thanh Nghị")
    choose(desk, "cap", "Phường")
    field(desk, "chuc_vu").fill("Chủ tịch")
    field(desk, "ho_ten").fill("Nguyễn Hữu Phúc")
    field(desk, "trich_yeu").fill("Về việc tặng danh hiệu Lao động tiên tiến năm 2026")
    choose(desk, "loai_hinh", "công trạng")
    people = [("Ông", "Phạm Văn Hùng", "Tổ dân phố số 1"), ("Bà", "Lê Thị Hoa", "Trạm Y tế"),
              ("Bà", "Đỗ Thị Mai", "Trường Mầm non Lê Thanh Nghị")]
    for index, (honorific, name, unit) in enumerate(people):
        if index:
            desk.get_by_role("button", name="Add danh sách khen thưởng").click()
        choose(desk, "doi_tuong_nhan", "Cá nhân", index)
        choose(desk, "danh_xung", honorific, index)
        field(desk, "ten", index).fill(name)
        choose(desk, "don_vi", unit, index)
        choose(desk, "danh_hieu", "Lao động tiên tiến", index)
    shoot(desk, "quyet-dinh")
    publish(desk)
    saved = root / "data" / "quyet_dinh" / "30-qd-ubnd-2026.yml"
    desk.get_by_text("Đã công bố").first.wait_for(timeout=FORM_TIMEOUT_MS)

    record = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert [item["ten"] for item in record["danh_sach"]] == [name for _, name, _ in people]
    assert [item["don_vi"] for item in record["danh_sach"]] == [
        "to-dan-pho-so-1", "tram-y-te-phuong", "truong-mam-non-le-thanh-nghi"]
    assert {item["danh_hieu"] for item in record["danh_sach"]} == {"Lao động tiên tiến"}
    assert record["ngay_ky"].isoformat() == "2026-12-20"
    assert "30-qd-ubnd-2026" in check_project(root).portal.decisions
    wait_for(url + "quyet-dinh/30-qd-ubnd-2026/", "Lê Thị Hoa")
    # Everything the editor loaded came from the preview itself.
    assert {urlsplit(address).netloc for address in requested} == {urlsplit(url).netloc}
