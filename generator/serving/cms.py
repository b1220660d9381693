"""The form editor at /quan-tri/ of the preview: its page, its configuration (made afresh from
the schemas and data/ at every load), the vendored Decap CMS bundle, the problems panel and the
back end. Only the preview serves it: `build` writes no /quan-tri/ into the public site."""

from __future__ import annotations

import http.server
import json
import mimetypes
from html import escape
from urllib.parse import unquote, urlsplit

from generator.authoring.cms_config import API_PATH, EDITOR_ASSETS, EDITOR_PATH, cms_config_text
from generator.serving.cms_backend import CmsBackend, Refused
from generator.serving.session import PreviewSession

DECAP_VERSION = "3.16.3"
PROBLEMS_PATH = EDITOR_PATH + "loi"
# The largest request the back end reads: an upload of MAX_FILE_BYTES * 4 in base64, and its JSON.
MAX_REQUEST_BYTES = 40 * 1024 * 1024

PAGE = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Quản trị nội dung – {title}</title>
<link href="{editor}config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="{editor}decap/decap-cms.js"></script>
<script src="{editor}tieng-viet.js"></script>
<script src="{editor}bang-loi.js"></script>
</body>
</html>
"""


def _send(handler: http.server.BaseHTTPRequestHandler, status: int, content_type: str, body: bytes) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class Editor:
    def __init__(self, session: PreviewSession, title: str):
        self.session = session
        self.title = title
        self.backend = CmsBackend(session.root, session.check_saved)

    def get(self, handler: http.server.BaseHTTPRequestHandler) -> bool:
        """Answer a GET for the editor; False when the path is not the editor's."""
        path = unquote(urlsplit(handler.path).path)
        if path in (EDITOR_PATH.rstrip("/"), EDITOR_PATH + "index.html"):
            handler.send_response(301)
            handler.send_header("Location", EDITOR_PATH)
            handler.end_headers()
            return True
        if not path.startswith(EDITOR_PATH):
            return False
        name = path[len(EDITOR_PATH):]
        if name == "":
            page = PAGE.format(title=escape(self.title), editor=EDITOR_PATH)
            _send(handler, 200, "text/html; charset=utf-8", page.encode())
        elif name == "config.yml":
            _send(handler, 200, "text/yaml; charset=utf-8", cms_config_text(self.session.root).encode())
        elif path == PROBLEMS_PATH:
            problems = self.backend.refused or self.session.problems
            _send(handler, 200, "text/plain; charset=utf-8", problems.encode())
        else:
            self._asset(handler, name)
        return True

    def _asset(self, handler: http.server.BaseHTTPRequestHandler, name: str) -> None:
        base = EDITOR_ASSETS
        path = (base / name).resolve()
        if not path.is_relative_to(base) or not path.is_file():
            _send(handler, 404, "text/plain; charset=utf-8", "Không có tệp này.".encode())
            return
        kind = "application/wasm" if path.suffix == ".wasm" else (
            mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        if kind.startswith("text/") or kind.endswith("javascript"):
            kind += "; charset=utf-8"
        _send(handler, 200, kind, path.read_bytes())

    @staticmethod
    def _same_origin(handler: http.server.BaseHTTPRequestHandler) -> None:
        """Only the editor's own page may write: another site open in the clerk's browser could
        otherwise post to the preview's address. A JSON request from another origin needs the
        browser's permission first (which this server never gives), and an Origin header, when
        the browser sends one, must be the preview's own."""
        kind = (handler.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        origin = handler.headers.get("Origin")
        if kind != "application/json" or (origin and urlsplit(origin).netloc != handler.headers.get("Host")):
            raise Refused("Chỉ trang quản trị của bản xem trước này được gửi dữ liệu lên.", status=403)

    def post(self, handler: http.server.BaseHTTPRequestHandler) -> bool:
        if urlsplit(handler.path).path != API_PATH:
            return False
        try:
            self._same_origin(handler)
            length = int(handler.headers.get("Content-Length") or 0)
            if not 0 < length <= MAX_REQUEST_BYTES:
                raise Refused("Yêu cầu quá lớn hoặc trống.", status=413)
            try:
                request = json.loads(handler.rfile.read(length))
            except (ValueError, UnicodeDecodeError):
                raise Refused("Yêu cầu không phải JSON.", status=400) from None
            if not isinstance(request, dict):
                raise Refused("Yêu cầu không hợp lệ.", status=400)
            status, answer = 200, self.backend.handle(request.get("action"), request.get("params"))
        except Refused as refused:
            status, answer = refused.status, {"error": str(refused)}
        _send(handler, status, "application/json; charset=utf-8",
              json.dumps(answer, ensure_ascii=False).encode())
        return True
