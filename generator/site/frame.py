"""Material's page around the portal's pages: what every page holds around its body, and the frame
of record pages, rendered once per folder depth instead of once per page.

Rendering Material's `main.html` (navigation, header, footer) costs several milliseconds a page
and is the same for every record page at the same depth: record pages are not in the navigation,
so nothing in that frame depends on which record it holds except its title, description, share
image and address. The frame is rendered once with placeholder tokens, split around the content,
and filled in for each page (`page_writer.py`). Pages in the navigation still go through Material.
"""

from __future__ import annotations

import json
from dataclasses import astuple, dataclass
from html import escape
from pathlib import Path

import jinja2
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.pages.setup import PageSetup

_TITLE = "TDKTTITLETOKEN"
_DESCRIPTION = "TDKTDESCRIPTIONTOKEN"
_IMAGE = "https://tdkt-image-token.invalid/card.png"
# Material adds an <h1> when the content has none; the token says it has one (the page's own).
_CONTENT = "<!--TDKTCONTENTTOKEN <h1> -->"


# Folder depths of pages outside the navigation: /quyet-dinh/x/, /dien-hinh/x/ap-phich/, …
DEPTHS = range(1, 5)


# Where Material's frame ends and a page's content begins, and the reverse (base.html).
_CONTENT_START = '<article class="md-content__inner md-typeset">'
_CONTENT_END = "</article>"


def framed_content(setup: PageSetup, src_uri: str, url: str, body: str) -> str:
    """What a page holds inside the theme's frame, whoever renders the frame (the engine for the
    navigation's pages, a worker for the others): the print header and footer with the page's
    QR code around the body, and the preview's notice when the record is not published yet."""
    before, after = setup.kit.print_frame(url)
    return before + setup.notices.get(src_uri, "") + body + after


def compact(frame: str) -> str:
    """Material's frame without its indentation and blank lines (about 0.7 KB of every page).
    Only for the frame around the content: it holds no <pre> or <textarea>, and a line break is
    left wherever there was one, so no words run together."""
    return "\n".join(line for line in map(str.strip, frame.split("\n")) if line)


def compact_page(html: str) -> str:
    """A page Material rendered whole (in the navigation) with its frame compacted as the shells
    of record pages are; its content, where a code block's indentation matters, untouched."""
    start = html.index(_CONTENT_START)
    end = html.rindex(_CONTENT_END)
    return compact(html[:start]) + html[start:end] + compact(html[end:])


def _path_token(depth: int) -> str:
    return "".join(f"tdktsegment{i}/" for i in range(depth))


@dataclass(frozen=True)
class Shell:
    before: str
    after: str
    path_token: str

    def fill(self, url: str, title: str, description: str, image: str, content: str) -> str:
        def page_specific(part: str) -> str:
            return (
                part.replace(self.path_token, url)
                .replace(_TITLE, escape(title, quote=True))
                .replace(_DESCRIPTION, escape(description, quote=True))
                .replace(_IMAGE, escape(image, quote=True))
            )

        return page_specific(self.before) + content + page_specific(self.after)


class PageShells:
    def __init__(self, env: jinja2.Environment, nav: Navigation, files: Files, config: MkDocsConfig):
        self.env = env
        self.nav = nav
        self.files = files
        self.config = config
        self._shells: dict[int, Shell] = {}

    def shell(self, url: str) -> Shell:
        depth = url.count("/")
        if depth not in self._shells:
            self._shells[depth] = self._render(depth)
        return self._shells[depth]

    def prepare(self) -> None:
        """Render the shells of the usual depths now, once, rather than in every worker."""
        for depth in DEPTHS:
            self.shell(_path_token(depth))

    def save(self, path: Path) -> None:
        """Keep the shells for `serve`, which makes changed pages itself between builds."""
        path.write_text(json.dumps({depth: astuple(self.shell(_path_token(depth))) for depth in DEPTHS}),
                        encoding="utf-8")

    def _render(self, depth: int) -> Shell:
        token = _path_token(depth)
        file = File.generated(self.config, token.rstrip("/") + ".md", content="")
        page = Page(None, file, self.config)
        page.meta = {"title": _TITLE, "description": _DESCRIPTION, "image": _IMAGE}
        page.title = _TITLE
        page.content = _CONTENT
        page.toc = get_toc([])
        page.active = True
        try:
            context = get_context(self.nav, self.files, self.config, page)
            output = self.env.get_template("main.html").render(context)
        finally:
            page.active = False
        before, after = output.split(_CONTENT)
        return Shell(compact(before), compact(after), token)


class SavedShells:
    """Shells saved by a preview build (`PageShells.save`)."""

    def __init__(self, path: Path):
        saved = json.loads(path.read_text(encoding="utf-8"))
        self._shells = {int(depth): Shell(*parts) for depth, parts in saved.items()}

    def shell(self, url: str) -> Shell:
        return self._shells[url.count("/")]
