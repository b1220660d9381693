"""`serve` as an editor uses it: a change in data/ shows up in the preview without a restart."""

from __future__ import annotations

import dataclasses
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from generator.loading.loader import load_portal
from generator.loading.site_config import load_site_config
from generator.pages.jobs import own_page_jobs
from generator.serving.session import changed_pages, preview_setup, records_by_page
from tests.conftest import SAMPLE

DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
PAGE = "quyet-dinh/15-qd-ubnd-2026/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, attempts: int = 120) -> str:
    """Poll the preview until `text` appears; bounded so a broken server fails the test."""
    for _ in range(attempts):
        page = fetch(url)
        if text in page:
            return page
        time.sleep(0.5)
    pytest.fail(f"{text!r} never appeared at {url}")


@pytest.fixture
def preview(scratch_project):
    root = scratch_project()
    port = free_port()
    log = root / "serve.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "generator", "--project", str(root), "serve",
             "--dev-addr", f"127.0.0.1:{port}"],
            stdout=output, stderr=subprocess.STDOUT,
        )
        try:
            yield root, f"http://127.0.0.1:{port}/", log
        finally:
            process.terminate()
            process.wait(timeout=30)


def test_preview_follows_data_changes_and_survives_errors(preview):
    root, url, log = preview
    wait_for(url + PAGE, "Trần Thị Đức")

    decision = root / DECISION
    text = decision.read_text(encoding="utf-8")
    decision.write_text(text.replace("Trần Thị Đức", "Trần Thị Hồng Nhung"), encoding="utf-8")
    wait_for(url + PAGE, "Trần Thị Hồng Nhung")

    decision.write_text(text.replace("ngay_ky: 2026-01-15", "ngay_ky: 2026-01-32"), encoding="utf-8")
    for _ in range(120):
        if "không có trên lịch" in log.read_text(encoding="utf-8"):
            break
        time.sleep(0.5)
    assert f"{DECISION}:3: ngay_ky: ngày 2026-01-32 không có trên lịch" in log.read_text(encoding="utf-8")
    assert "Traceback" not in log.read_text(encoding="utf-8")
    # The preview keeps the last good page, with the problem on it for the editor to read.
    page = wait_for(url + PAGE, "Dữ liệu có lỗi")
    assert "Trần Thị Hồng Nhung" in page
    assert f"{DECISION}:3: ngay_ky: ngày 2026-01-32 không có trên lịch" in page

    # Fixing the file brings the preview back.
    decision.write_text(text.replace("Trần Thị Đức", "Trần Thị Thu Hà"), encoding="utf-8")
    assert "Dữ liệu có lỗi" not in wait_for(url + PAGE, "Trần Thị Thu Hà")
    # Pages listing the record follow once the full build in the background is done.
    wait_for(url + "khen-thuong/nam-2026/", "Trần Thị Thu Hà")
    assert "Đã tạo lại toàn bộ bản xem trước" in log.read_text(encoding="utf-8")
    assert "Traceback" not in log.read_text(encoding="utf-8")


def test_a_saved_record_changes_only_its_own_page_at_once():
    config, portal = load_site_config(SAMPLE), load_portal(SAMPLE)

    def own_pages(portal):
        return own_page_jobs(preview_setup(SAMPLE, config, portal).kit)

    before = records_by_page(own_pages(portal))
    decision = next(iter(portal.decisions.values()))
    edited = dataclasses.replace(portal, decisions={
        **portal.decisions, decision.id: decision.model_copy(update={"summary": "Trích yếu đã sửa"})})
    assert [job.src_uri for job in changed_pages(before, own_pages(edited))] == [f"quyet-dinh/{decision.id}.md"]
    # Records read again from unchanged files are equal, not changed, though other objects.
    copied = dataclasses.replace(portal, decisions={k: d.model_copy() for k, d in portal.decisions.items()})
    assert changed_pages(before, own_pages(copied)) == []


def test_serve_refuses_to_start_on_broken_data(scratch_project):
    root = scratch_project({DECISION: "ma: [\n"})
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--project", str(root), "serve", "--dev-addr", "127.0.0.1:1"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"{DECISION}:2: tệp YAML viết sai cú pháp")
