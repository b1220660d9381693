"""Checks on a built site: links and anchors resolve, HTML is valid, every page can be found,
compressed copies hold their files.

Run by `python -m generator check --site` and by the tests. Each problem is reported like a data
error, as `file:line: message. Cách sửa: hint`, with the file named relative to the project.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.loading.errors import DataError
from generator.publishing.precompressed import COPY_SUFFIX, copy_problem

VNU_IN_PACKAGE = Path("node_modules") / "vnu-jar" / "build" / "dist" / "vnu.jar"
TOOL_ROOT = Path(__file__).resolve().parents[2]

# Pages that are not documents of the portal: the "not found" page is served for any address.
NOT_DOCUMENTS = {"404.html"}


# How each kind of message of the checker is introduced; an error breaks the page for some readers,
# a warning or a note points at markup that may be wrong (an obsolete attribute, a doubtful value).
_KINDS = {("error", None): "HTML không hợp lệ: ", ("error", "fatal"): "HTML không hợp lệ: ",
          ("info", "warning"): "HTML, cảnh báo: "}


class ToolMissing(Exception):
    """A program the checks need (Java, the Nu Html Checker) is not installed."""


@dataclass
class PageFacts:
    """What the checks need from one HTML page."""

    ids: set[str] = field(default_factory=set)
    links: list[tuple[int, str]] = field(default_factory=list)
    # Links of <a> elements to absolute http(s) addresses, with their rel attribute.
    absolute_links: list[tuple[int, str, str]] = field(default_factory=list)
    title: str = ""
    description: str | None = None
    canonical: str | None = None


class _Reader(HTMLParser):
    _LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src",
                        "iframe": "src", "use": "href", "form": "action"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        line = self.getpos()[0]
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.facts.ids.add(values[name])
        attribute = self._LINK_ATTRIBUTES.get(tag)
        if attribute and attribute in values:
            if not (tag == "link" and values.get("rel") == "canonical"):
                self.facts.links.append((line, values[attribute]))
            if tag == "a" and values[attribute].startswith(("http://", "https://")):
                self.facts.absolute_links.append((line, values[attribute], values.get("rel", "")))
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and values.get("name") == "description":
            self.facts.description = values.get("content", "")
        elif tag == "link" and values.get("rel") == "canonical":
            self.facts.canonical = values.get("href", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.facts.title += data


def read_pages(site: Path) -> dict[str, PageFacts]:
    """Facts of every HTML page, by its path inside the site ("quyet-dinh/index.html")."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        reader = _Reader()
        reader.feed(path.read_text(encoding="utf-8"))
        reader.close()
        pages[path.relative_to(site).as_posix()] = reader.facts
    return pages


def check_site(site: Path, base_url: str, shown_as: str, *, validate_html: bool = True) -> list[DataError]:
    """Every problem of the built site at `site`; files are named `shown_as/…` in the report."""
    pages = read_pages(site)
    problems = (check_links(site, pages, base_url, shown_as) + check_metadata(pages, base_url, shown_as)
                + check_compressed_copies(site, shown_as))
    if validate_html:
        problems += check_html(site, sorted(pages), shown_as)
    return problems


def check_links(site: Path, pages: dict[str, PageFacts], base_url: str, shown_as: str) -> list[DataError]:
    """Links and anchors inside the site that lead nowhere; links out without rel="noopener"."""
    base = urlsplit(base_url)
    problems = []
    for name, facts in pages.items():
        for line, href, rel in facts.absolute_links:
            if urlsplit(href).netloc != base.netloc and "noopener" not in rel.split():
                problems.append(DataError(
                    f"{shown_as}/{name}", line, "", f'liên kết ra trang ngoài {href} thiếu rel="noopener"',
                    'thêm rel="noopener" vào liên kết trong mẫu trang (theme/)',
                ))
        for line, href in facts.links:
            target = _internal_target(name, href, base)
            if target is None:
                continue
            path, fragment = target
            file = _existing_file(site, path)
            if file is None:
                problems.append(DataError(
                    f"{shown_as}/{name}", line, "", f"liên kết tới {href} không dẫn tới trang hay tệp nào",
                    "sửa mã hồ sơ hoặc đường dẫn được liên kết, hoặc thêm trang, tệp còn thiếu",
                ))
            elif fragment and (file not in pages or fragment not in pages[file].ids):
                problems.append(DataError(
                    f"{shown_as}/{name}", line, "", f"liên kết tới {href}: không có mục #{fragment} trên trang đó",
                    "sửa phần sau dấu # cho khớp với một tiêu đề hay mục có trên trang",
                ))
    return problems


def _internal_target(page: str, href: str, base) -> tuple[str, str] | None:
    """The path inside the site and the anchor a link leads to; None for links to other sites."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https", "") or parts.netloc != base.netloc:
            return None
        if not parts.path.startswith(base.path):
            return None
        path = parts.path[len(base.path):]
    elif parts.path.startswith("/"):
        if not parts.path.startswith(base.path):
            return "..", parts.fragment  # above the site's own folder: nothing there is ours
        path = parts.path[len(base.path):]
    else:
        path = posixpath.join(posixpath.dirname(page), parts.path) if parts.path else page
    path = posixpath.normpath(unquote(path)) if path else "."
    return path, unquote(parts.fragment)


def _existing_file(site: Path, path: str) -> str | None:
    if path.startswith(".."):
        return None
    candidate = site / path
    if candidate.is_dir():
        candidate = candidate / "index.html"
    if not candidate.is_file():
        return None
    return candidate.relative_to(site).as_posix()


def check_metadata(pages: dict[str, PageFacts], base_url: str, shown_as: str) -> list[DataError]:
    """Every document has a title, a description and its own canonical address."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    problems = []
    for name, facts in pages.items():
        if name in NOT_DOCUMENTS:
            continue
        expected = base + (name.removesuffix("index.html"))
        where = f"{shown_as}/{name}"
        if not facts.title.strip():
            problems.append(DataError(where, 1, "", "trang không có tiêu đề (<title>)",
                                      "mỗi hồ sơ và trang viết tay cần có tên hoặc tiêu đề"))
        if not (facts.description or "").strip():
            problems.append(DataError(where, 1, "", "trang không có mô tả (<meta name=\"description\">)",
                                      "thêm `description:` vào phần đầu trang Markdown, hoặc tóm tắt cho hồ sơ"))
        if facts.canonical != expected:
            problems.append(DataError(where, 1, "", f"địa chỉ chuẩn (canonical) là {facts.canonical}, cần {expected}",
                                      "kiểm tra dia_chi_web trong site_config.yml"))
    return problems


def check_compressed_copies(site: Path, shown_as: str) -> list[DataError]:
    """Every compressed copy (`.gz`, generator/publishing/precompressed.py) holds exactly its file:
    a host that sends copies would otherwise show an older or broken page."""
    problems = []
    for copy in sorted(site.rglob("*" + COPY_SUFFIX)):
        problem = copy_problem(copy)
        if problem is not None:
            problems.append(DataError(
                f"{shown_as}/{copy.relative_to(site).as_posix()}", 1, "", problem,
                "không sửa tay tệp trong thư mục trang; tạo lại trang bằng python -m generator build",
            ))
    return problems


def find_vnu(root: Path) -> Path:
    """The Nu Html Checker installed by `npm ci` (or named by the VNU_JAR environment variable)."""
    candidates = [Path(os.environ["VNU_JAR"])] if os.environ.get("VNU_JAR") else []
    candidates += [root / VNU_IN_PACKAGE, TOOL_ROOT / VNU_IN_PACKAGE]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise ToolMissing(
        "không tìm thấy Nu Html Checker (vnu.jar). Cách sửa: chạy `npm ci --ignore-scripts` ở thư mục gốc của "
        "kho (cần npm: trên Debian, Ubuntu `sudo apt-get install npm`; trên Windows cài Node.js từ nodejs.org)"
    )


def check_html(site: Path, names: list[str], shown_as: str, root: Path = TOOL_ROOT) -> list[DataError]:
    """Every message of the Nu Html Checker on every page, checked in one run (the JVM is slow to
    start): errors, warnings and notes alike, none filtered. Material's own markup that the
    checker rejected is put right in theme/overrides/ (base.html, partials/nav-item.html)."""
    java = shutil.which("java")
    if java is None:
        raise ToolMissing(
            "không tìm thấy Java để chạy Nu Html Checker (kiểm tra HTML). Cách sửa: cài Java 11 trở lên: trên Debian, "
            "Ubuntu `sudo apt-get install default-jre-headless`; trên Windows cài Java từ adoptium.net, rồi mở lại "
            "cửa sổ dòng lệnh"
        )
    if not names:
        return []
    result = subprocess.run(
        [java, "-jar", str(find_vnu(root)), "--format", "json", "--exit-zero-always",
         *[str(site / name) for name in names]],
        capture_output=True, text=True, check=False,
    )
    try:
        messages = json.loads(result.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        raise ToolMissing(f"Nu Html Checker không chạy được: {result.stderr.strip()[:300]}") from None
    problems = []
    for message in messages:
        path = Path(unquote(urlsplit(message.get("url", "")).path))
        name = path.relative_to(site.resolve()).as_posix() if path.is_relative_to(site.resolve()) else str(path)
        problems.append(DataError(
            f"{shown_as}/{name}", message.get("lastLine", message.get("firstLine", 1)), "",
            _KINDS.get((message.get("type"), message.get("subType")), "HTML, cần xem lại: ")
            + message["message"].rstrip("."),
            "sửa mẫu trang trong theme/ (hoặc nội dung Markdown) sinh ra đoạn mã này",
        ))
    return problems

