"""The form editor's back end, served by the preview itself at /quan-tri/api/v1.

Decap CMS's "proxy" back end posts `{"action": ..., "params": ...}` and expects what
decap-server's local file-system middleware answers (decap-server 3.11, MIT): entries as
`{"data": text, "file": {"path", "id"}}`, media as base64. This is that protocol in Python, so a
clerk needs neither Node nor git to edit locally.

It is confined: records are read and written only as .yml files inside data/, media only inside
data/tep/; a path is judged after symbolic links are resolved, so a link cannot lead outside.
A record file is written as the loader reads it (one record, keys in the schema's order, UTF-8,
LF: `generator/authoring/record_yaml.py`). A file that holds a list of records is not offered
to the form and never overwritten by it (the form edits one record, and would lose the others).
Records are never deleted (Luật Thi đua, khen thưởng 2022: a revoked award keeps its record and
changes status); only media can be.

After each save the data is checked as `check` checks it. When a problem is in the saved record,
the files are put back as they were and the editor is answered with an error carrying the same
file:line messages: the form never says "saved" for a record the preview does not publish, and
the clerk fixes what was typed and saves again. Problems only in other files (edited by hand)
do not stop a save; the editor's panel shows them, as the preview does.
"""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

import yaml
from pydantic import BaseModel

from generator.authoring.cms_config import DATA, editor_kinds
from generator.authoring.record_yaml import dump_record, to_file, to_form
from generator.kinds import ATTACHMENTS_FOLDER
from generator.loading.files import MAX_FILE_BYTES

RECORD_SUFFIXES = (".yml", ".yaml")


class Refused(Exception):
    """A request the back end does not carry out; the message is shown to the clerk."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


class CmsBackend:
    def __init__(self, root: Path, saved: Callable[[set[Path]], str]):
        """`saved` is told the files just written and answers the problems `check` finds
        in the data ("" when there are none)."""
        self.root = root
        self.saved = saved
        # The problems of the last save that was refused, until a save succeeds: the form
        # shows them under the record being edited.
        self.refused = ""

    # --- paths --------------------------------------------------------------------------------

    def _inside(self, relative: Any, folder: Path, what: str) -> Path:
        if not isinstance(relative, str) or not relative or "\x00" in relative:
            raise Refused(f"Đường dẫn {what} không hợp lệ.")
        base = folder.resolve()
        path = (self.root / relative).resolve()
        if path != base and not path.is_relative_to(base):
            raise Refused(f"Không được đọc, ghi ngoài thư mục {base.relative_to(self.root.resolve())}/: "
                          f"{relative}.", status=403)
        return path

    def _record_path(self, relative: Any) -> Path:
        path = self._inside(relative, self.root / DATA, "hồ sơ")
        if path.suffix not in RECORD_SUFFIXES:
            raise Refused(f"Chỉ sửa được tệp .yml trong data/: {relative}.", status=403)
        return path

    def _media_path(self, relative: Any) -> Path:
        return self._inside(relative, self.root / DATA / ATTACHMENTS_FOLDER, "tệp")

    def _relative(self, path: Path) -> str:
        return path.relative_to(self.root.resolve()).as_posix()

    def _model(self, path: Path) -> type[BaseModel] | None:
        folder = path.parent.relative_to((self.root / DATA).resolve()).as_posix()
        for kind in sorted(editor_kinds(), key=lambda kind: -len(kind.folder)):
            if folder == kind.folder or folder.startswith(kind.folder + "/"):
                return kind.schema
        return None

    # --- records ------------------------------------------------------------------------------

    def _entry(self, relative: str) -> dict[str, Any]:
        path = self._record_path(relative)
        try:
            content = path.read_bytes()
            data = yaml.safe_load(content.decode("utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return {"data": None, "file": {"path": relative, "id": None}}
        model = self._model(path)
        text = content.decode("utf-8")
        if isinstance(data, dict) and model is not None:
            text = yaml.safe_dump(to_form(data, model), allow_unicode=True, sort_keys=False)
        return {"data": text, "file": {"path": relative, "id": _sha(content)}}

    def _one_record(self, path: Path) -> bool:
        try:
            return isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            # A file the loader cannot read either: the form shows it so that it can be fixed.
            return True

    def entries_by_folder(self, folder: Any, extension: Any, depth: Any) -> list[dict[str, Any]]:
        base = self._inside(folder, self.root / DATA, "thư mục")
        if not base.is_dir():
            return []
        levels = depth if isinstance(depth, int) and depth > 0 else 1
        found = []
        for path in sorted(base.rglob(f"*.{extension}" if extension else "*")):
            inside = path.resolve()
            if (path.is_file() and len(path.relative_to(base).parts) <= levels
                    and inside.is_relative_to((self.root / DATA).resolve()) and self._one_record(path)):
                found.append(self._entry(self._relative(inside)))
        return found

    def persist_entry(self, params: dict[str, Any]) -> dict[str, Any]:
        files = params.get("dataFiles") or [params.get("entry")]
        written: set[Path] = set()
        # What the record files held before, to put back if the saved record has problems.
        before: dict[Path, bytes | None] = {}
        for asset in params.get("assets") or []:
            written.add(self._write_media(asset))
        for data_file in files:
            if not isinstance(data_file, dict):
                raise Refused("Yêu cầu lưu hồ sơ không hợp lệ.")
            path = self._record_path(data_file.get("newPath") or data_file.get("path"))
            old = self._record_path(data_file.get("path")) if data_file.get("newPath") else path
            for place in {path, old}:
                before.setdefault(place, place.read_bytes() if place.is_file() else None)
            written.add(self._write_record(path, data_file.get("raw")))
            if old != path and old.is_file():
                # The clerk changed the code (ma), which names the file: the record moves.
                old.unlink()
                written.add(old)
        problems = self.saved(written)
        names = [self._relative(path) for path in before]
        if problems and any(name in problems for name in names):
            # Put the files back: data/ never keeps a record the form saved with problems, and
            # the clerk, whose form still holds what was typed, fixes it and saves again.
            for path, content in before.items():
                if content is None:
                    path.unlink(missing_ok=True)
                else:
                    self._write(path, content)
            self.saved(set(before))
            self.refused = problems
            raise Refused("Chưa lưu: hồ sơ có lỗi nên CHƯA được đăng (bản xem trước giữ bản cũ). "
                          "Sửa các lỗi sau rồi bấm Công bố lại:\n" + problems)
        self.refused = ""
        return {"message": "entry persisted"}

    def _write_record(self, path: Path, raw: Any) -> Path:
        if not isinstance(raw, str):
            raise Refused("Yêu cầu lưu hồ sơ không có nội dung.")
        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError:
            raise Refused("Nội dung biểu mẫu gửi lên không đọc được.") from None
        model = self._model(path)
        if not isinstance(data, dict) or model is None:
            raise Refused(f"{self._relative(path)}: không phải thư mục của một loại hồ sơ.", status=403)
        if path.is_file() and not self._one_record(path):
            raise Refused(f"{self._relative(path)} chứa nhiều hồ sơ trong một tệp; biểu mẫu chỉ sửa tệp "
                          "một hồ sơ. Cách sửa: sửa tệp này bằng trình soạn thảo văn bản.", status=409)
        self._write(path, dump_record(to_file(data, model)).encode("utf-8"))
        return path

    # --- media --------------------------------------------------------------------------------

    def _media(self, path: Path) -> dict[str, Any]:
        content = path.read_bytes()
        return {"id": _sha(content), "content": base64.b64encode(content).decode("ascii"),
                "encoding": "base64", "path": self._relative(path), "name": path.name}

    def _write_media(self, asset: Any) -> Path:
        if not isinstance(asset, dict) or asset.get("encoding") != "base64":
            raise Refused("Tệp tải lên không hợp lệ.")
        path = self._media_path(asset.get("path"))
        try:
            content = base64.b64decode(asset.get("content") or "", validate=True)
        except ValueError:
            raise Refused("Tệp tải lên không hợp lệ.") from None
        if len(content) > MAX_FILE_BYTES * 4:
            raise Refused(f"Tệp {path.name} lớn hơn {MAX_FILE_BYTES * 4 // (1024 * 1024)} MB: hãy nén lại.")
        self._write(path, content)
        return path

    def _write(self, path: Path, content: bytes) -> None:
        """Whole or not at all: the preview's watcher never reads half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".dang-ghi-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(content)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    # --- the protocol -------------------------------------------------------------------------

    def handle(self, action: Any, params: Any) -> Any:
        params = params if isinstance(params, dict) else {}
        if action == "info":
            return {"repo": self.root.name, "publish_modes": ["simple"], "type": "local_fs"}
        if action == "entriesByFolder":
            return self.entries_by_folder(params.get("folder"), params.get("extension"), params.get("depth"))
        if action == "entriesByFiles":
            return [self._entry(file.get("path")) for file in params.get("files") or []
                    if isinstance(file, dict)]
        if action == "getEntry":
            return self._entry(params.get("path"))
        if action == "persistEntry":
            return self.persist_entry(params)
        if action == "getMedia":
            folder = self._media_path(params.get("mediaFolder"))
            return [self._media(path) for path in sorted(folder.iterdir())
                    if path.is_file() and path.resolve().is_relative_to(folder)] if folder.is_dir() else []
        if action == "getMediaFile":
            path = self._media_path(params.get("path"))
            if not path.is_file():
                raise Refused(f"Không có tệp {params.get('path')}.", status=404)
            return self._media(path)
        if action == "persistMedia":
            path = self._write_media(params.get("asset"))
            self.saved({path})
            return self._media(path)
        if action in ("deleteFile", "deleteFiles"):
            paths = params.get("paths") if action == "deleteFiles" else [params.get("path")]
            targets = [self._media_path(path) for path in paths or []]
            for target in targets:
                target.unlink(missing_ok=True)
            self.saved(set(targets))
            return {"message": "deleted"}
        if action == "getDeployPreview":
            return None
        raise Refused(f"Không hỗ trợ thao tác {action!r}.")
