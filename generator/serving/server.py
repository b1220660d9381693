"""The preview's web server: the session's current site, with a reload script and the problems
in the data on every page, and a watcher that hands saved files to the session."""

from __future__ import annotations

import http.server
import queue
import threading
from functools import partial
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from generator.serving.cms import Editor
from generator.serving.exposure import host_allowed
from generator.serving.session import PreviewSession

VERSION_PATH = "/__xem-truoc/phien-ban"
# Pages ask for the session's version and reload when it moves on (after a change is shown).
RELOAD_SCRIPT = (
    '<script>(function(){{var shown="{version}";setInterval(function(){{'
    'fetch("' + VERSION_PATH + '",{{cache:"no-store"}}).then(function(r){{return r.text()}})'
    '.then(function(v){{if(v!==shown)location.reload()}}).catch(function(){{}})}},500)}})()</script>'
)
PROBLEMS = (
    '<div role="alert" style="position:fixed;inset:auto 0 0 0;z-index:1000;max-height:50vh;overflow:auto;'
    'background:#fff4f4;color:#5c0000;border-top:4px solid #a4161a;padding:1rem;font:16px/1.5 sans-serif">'
    "<strong>Dữ liệu có lỗi: bản xem trước là bản trước khi sửa. Sửa các lỗi sau rồi lưu lại tệp:</strong>"
    '<pre style="white-space:pre-wrap;margin:.5rem 0 0">{problems}</pre></div>'
)
# Files saved by editors in these places change the site; anything else (site/, .cache/, .git/) does not.
WATCHED = ("data", "content", "theme")
# Editors' tools write a file in several steps; the changes of one save arrive within this time.
SETTLE_SECONDS = 0.05


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, session: PreviewSession, editor: Editor, **kwargs):
        self.session = session
        self.editor = editor
        super().__init__(*args, directory=str(session.current), **kwargs)

    def log_message(self, format, *args):  # noqa: A002 - the name is http.server's
        """Requests are not worth a line each in the editor's terminal."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def translate_path(self, path: str) -> str:
        # The site folder changes after every full build.
        self.directory = str(self.session.current)
        return super().translate_path(path)

    def do_HEAD(self) -> None:
        if self._host_refused():
            return
        super().do_HEAD()

    def _host_refused(self) -> bool:
        if host_allowed(self.headers.get("Host")):
            return False
        self._send(421, "text/plain; charset=utf-8",
                   "Bản xem trước chỉ trả lời địa chỉ IP hoặc localhost.\n".encode())
        return True

    def do_GET(self) -> None:
        if self._host_refused():
            return
        if urlsplit(self.path).path == VERSION_PATH:
            self._send(200, "text/plain; charset=utf-8", str(self.session.version).encode())
            return
        if self.editor.get(self):
            return
        path = Path(self.translate_path(self.path))
        if path.is_dir() and (path / "index.html").is_file() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            self._send(200, "text/html; charset=utf-8", self._with_preview(path.read_text(encoding="utf-8")))
        elif not path.exists() and (Path(self.directory) / "404.html").is_file():
            html = (Path(self.directory) / "404.html").read_text(encoding="utf-8")
            self._send(404, "text/html; charset=utf-8", self._with_preview(html))
        else:
            super().do_GET()

    def do_POST(self) -> None:
        if not self.editor.post(self):
            self._send(405, "text/plain; charset=utf-8", "Chỉ trình quản trị /quan-tri/ nhận dữ liệu gửi lên.".encode())

    def _with_preview(self, html: str) -> bytes:
        extra = RELOAD_SCRIPT.format(version=self.session.version)
        if self.session.problems:
            extra = PROBLEMS.format(problems=escape(self.session.problems)) + extra
        head, tail = html.rsplit("</body>", 1) if "</body>" in html else (html, "")
        return (head + extra + "</body>" + tail).encode()

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Changes(FileSystemEventHandler):
    def __init__(self, root: Path, saved: queue.Queue):
        self.root = root
        self.saved = saved

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                self.saved.put(Path(raw if isinstance(raw, str) else raw.decode()))


def watch(session: PreviewSession) -> Observer:
    """Hand the session every batch of saved files, one batch at a time."""
    saved: queue.Queue[Path] = queue.Queue()
    root = session.root
    observer = Observer()
    handler = _Changes(root, saved)
    for name in WATCHED:
        if (root / name).is_dir():
            observer.schedule(handler, str(root / name), recursive=True)
    observer.schedule(handler, str(root), recursive=False)

    def relevant(path: Path) -> bool:
        return path.parent == root and path.name == "site_config.yml" or any(
            path.is_relative_to(root / name) for name in WATCHED)

    def handle() -> None:
        while True:
            batch = {saved.get()}
            while True:
                try:
                    batch.add(saved.get(timeout=SETTLE_SECONDS))
                except queue.Empty:
                    break
            batch = {path for path in batch if relevant(path)}
            if not batch:
                continue
            try:
                with session.changing:
                    session.changed(batch)
            except Exception as error:  # noqa: BLE001 - the preview must outlive one bad save
                session.log(f"Lỗi nội bộ khi cập nhật bản xem trước (không phải lỗi dữ liệu): "
                            f"{type(error).__name__}: {error}. Lưu lại tệp để thử lại.")

    threading.Thread(target=handle, daemon=True).start()
    observer.start()
    return observer


def make_server(session: PreviewSession, host: str, port: int, title: str = "") -> http.server.ThreadingHTTPServer:
    editor = Editor(session, title)
    server = http.server.ThreadingHTTPServer((host, port), partial(PreviewHandler, session=session, editor=editor))
    server.daemon_threads = True
    return server
