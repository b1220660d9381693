"""The same pages for the baselines: every page of our built site, as Markdown, for MkDocs and Hugo.

Each page's content (Material's `<article>`) is turned into Markdown with markdownify: record
pages keep their tables of recipients as Markdown tables, list pages their lists, and every
link its target. So the baselines render the very text our site publishes, page for page,
whatever kinds of page the generator adds later. Links become what each tool expects from a
person writing pages by hand: `../x.md` file links for MkDocs (which checks them), the
published addresses for Hugo (whose pages have the same addresses as ours).
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from markdownify import markdownify

ARTICLE_START = '<article class="md-content__inner md-typeset">'
ARTICLE_END = "</article>"
_MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)

HUGO_PAGE = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header><a href="{{ "" | relURL }}">{{ site.Title }}</a></header>
<main>
{{ .Content }}
</main>
</body>
</html>
"""

HUGO_CSS = """body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
"""


@dataclass(frozen=True)
class SitePage:
    """A page of the built site: its address (`quyet-dinh/x/`) and the Markdown file it becomes."""

    url: str
    source: str

    @property
    def hugo_source(self) -> str:
        """Hugo names a section's own page `_index.md`."""
        if self.source == "index.md":
            return "_index.md"
        return self.source.removesuffix("/index.md") + "/_index.md" if self.source.endswith("/index.md") else self.source


def site_pages(site: Path) -> list[SitePage]:
    """Every page our build published, with the source file name a hand-written site would use."""
    folders = sorted(p.parent for p in site.rglob("index.html"))
    with_children = {f.parent for f in folders}
    pages = []
    for folder in folders:
        url = "" if folder == site else folder.relative_to(site).as_posix() + "/"
        if url == "":
            source = "index.md"
        elif folder in with_children:
            source = url + "index.md"
        else:
            source = url.rstrip("/") + ".md"
        pages.append(SitePage(url, source))
    return pages


def page_markdown(html: str) -> tuple[str, str]:
    """The title and the Markdown of one built page's content, links as published."""
    start = html.index(ARTICLE_START) + len(ARTICLE_START)
    article = html[start: html.rindex(ARTICLE_END)]
    markdown = markdownify(article, heading_style="ATX", bullets="-").strip() + "\n"
    first = markdown.splitlines()[0] if markdown.strip() else ""
    if first.startswith("# "):
        title = first[2:].strip()
    else:
        match = _TITLE.search(html)
        title = match.group(1).split(" - ")[0].strip() if match else ""
    return title, markdown


def mkdocs_links(markdown: str, page: SitePage, sources: dict[str, str]) -> str:
    """Links to pages as MkDocs writers make them: relative paths of the target `.md` files."""
    here = posixpath.dirname(page.source)

    def rewrite(match: re.Match) -> str:
        href = match.group(1)
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith(("#", "/")):
            return match.group(0)
        target = urlsplit(urljoin("http://site/" + page.url, parts.path)).path.removeprefix("/")
        file = sources.get(target, target)
        relative = posixpath.relpath(file, here or ".")
        return f"]({relative}{'#' + parts.fragment if parts.fragment else ''})"

    return _MARKDOWN_LINK.sub(rewrite, markdown)


@dataclass(frozen=True)
class Baselines:
    mkdocs: Path
    hugo: Path
    pages: int


def _convert(job: tuple[str, str, str, str, str, dict[str, str]]) -> None:
    site, url, source, hugo_source, out, sources = job
    page = SitePage(url, source)
    html = (Path(site) / url / "index.html").read_text(encoding="utf-8")
    title, markdown = page_markdown(html)
    docs = Path(out) / "mkdocs" / "docs" / source
    docs.parent.mkdir(parents=True, exist_ok=True)
    docs.write_text(mkdocs_links(markdown, page, sources), encoding="utf-8")
    content = Path(out) / "hugo" / "content" / hugo_source
    content.parent.mkdir(parents=True, exist_ok=True)
    content.write_text(f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n{markdown}", encoding="utf-8")


def write_baselines(site: Path, out: Path, site_name: str) -> Baselines:
    """Write `out/mkdocs/` (docs/ and two configurations) and `out/hugo/` from the built `site`."""
    shutil.rmtree(out, ignore_errors=True)
    pages = site_pages(site)
    sources = {page.url: page.source for page in pages}
    jobs = [(str(site), p.url, p.source, p.hugo_source, str(out), sources) for p in pages]
    # Both cores: converting a ten-year ward's pages takes a minute on one.
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(_convert, jobs, chunksize=16))
    files = site / "tep"
    if files.is_dir():
        shutil.copytree(files, out / "mkdocs" / "docs" / "tep")
        shutil.copytree(files, out / "hugo" / "static" / "tep")
    _mkdocs_configs(out / "mkdocs", site_name, pages)
    _hugo_project(out / "hugo", site_name)
    return Baselines(out / "mkdocs", out / "hugo", len(pages))


def _mkdocs_configs(folder: Path, site_name: str, pages: list[SitePage]) -> None:
    """Two configurations of the same docs: as ours, only the home, sections and hand-written pages
    in the navigation (MkDocs' best case); and every page in it (what hand-written sites get)."""
    common = {
        "site_name": site_name,
        "docs_dir": "docs",
        "use_directory_urls": True,
        # The default theme fonts come from Google; ours are self-hosted. Without them both
        # sides are compared on the pages and Material's own assets.
        "theme": {"name": "material", "language": "vi", "font": False},
        "plugins": [{"search": {"lang": "vi"}}],
        "markdown_extensions": ["tables", "attr_list", "toc"],
    }
    best = {
        **common,
        "site_dir": "site-best",
        "nav": [p.source for p in pages if p.url.count("/") <= 1],
        "not_in_nav": "/*/*.md",
    }
    in_nav = {**common, "site_dir": "site-nav"}
    for name, config in (("mkdocs-best.yml", best), ("mkdocs-nav.yml", in_nav)):
        (folder / name).write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _hugo_project(folder: Path, site_name: str) -> None:
    (folder / "hugo.toml").write_text(
        f'baseURL = "/"\nlanguageCode = "vi"\ntitle = {json.dumps(site_name, ensure_ascii=False)}\n'
        'disableKinds = ["taxonomy", "term"]\n',
        encoding="utf-8",
    )
    layouts = folder / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "single.html").write_text(HUGO_PAGE, encoding="utf-8")
    (layouts / "list.html").write_text(HUGO_PAGE, encoding="utf-8")
    (folder / "static").mkdir(exist_ok=True)
    (folder / "static" / "style.css").write_text(HUGO_CSS, encoding="utf-8")
