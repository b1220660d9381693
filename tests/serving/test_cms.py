"""The editor's routes in the preview's server: its page loads only the preview's own files, its
assets stay in their folder, and the back end answers bad requests with a Vietnamese error."""

from __future__ import annotations

import json
import re
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from generator.serving.server import make_server
from tests.conftest import write_files


class Session:
    """What the editor needs of a preview session."""

    def __init__(self, root: Path):
        self.root = root
        self.problems = "data/don_vi/a.yml:2: ten: thiếu"
        self.version = 1
        self.current = root

    def check_saved(self, paths: set[Path]) -> str:
        return ""


@pytest.fixture
def server(tmp_path):
    write_files(tmp_path, {"data/don_vi/a.yml": "ma: a\nten: A\n", "site_config.yml": "x: 1\n"})
    server = make_server(Session(tmp_path), "127.0.0.1", 0, "Cổng <thử>")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def post(url: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, object]:
    request = urllib.request.Request(url, data=body, headers=headers or {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_page_loads_only_files_of_the_preview(server):
    status, page = get(server + "/quan-tri/")
    assert status == 200
    assert "<title>Quản trị nội dung – Cổng &lt;thử&gt;</title>" in page
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources == ["/quan-tri/config.yml", "/quan-tri/decap/decap-cms.js", "/quan-tri/tieng-viet.js",
                       "/quan-tri/bang-loi.js"]
    assert all(get(server + source)[0] == 200 for source in sources)


def test_assets_outside_the_editors_folder_are_not_served(server):
    assert get(server + "/quan-tri/../generator/cli.py")[0] == 404
    assert get(server + "/quan-tri/%2e%2e/cms_config.py")[0] == 404


def test_the_problems_panel_reads_the_sessions_problems(server):
    assert get(server + "/quan-tri/loi") == (200, "data/don_vi/a.yml:2: ten: thiếu")


@pytest.mark.parametrize(("body", "status", "error"), [
    (b"khong phai json", 400, "Yêu cầu không phải JSON."),
    (b"[1]", 400, "Yêu cầu không hợp lệ."),
    (json.dumps({"action": "getEntry", "params": {"path": "site_config.yml"}}).encode(), 403,
     "Không được đọc, ghi ngoài thư mục data/: site_config.yml."),
])
def test_bad_requests_get_a_vietnamese_error(server, body, status, error):
    assert post(server + "/quan-tri/api/v1", body) == (status, {"error": error})


@pytest.mark.parametrize("headers", [
    # What a form or a "simple" request of another site sends: no JSON, no permission asked.
    {"Content-Type": "text/plain"},
    {"Content-Type": "application/json", "Origin": "http://trang-la.example"},
])
def test_another_site_cannot_write_through_the_clerks_browser(server, tmp_path, headers):
    body = json.dumps({"action": "persistMedia", "params": {"asset": {
        "path": "data/tep/x.png", "content": "eA==", "encoding": "base64"}}}).encode()
    assert post(server + "/quan-tri/api/v1", body, headers) == (
        403, {"error": "Chỉ trang quản trị của bản xem trước này được gửi dữ liệu lên."})
    assert not (tmp_path / "data" / "tep" / "x.png").exists()


def test_only_the_editor_accepts_posts(server):
    request = urllib.request.Request(server + "/index.html", data=b"{}")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405
