"""The engine's plugin: wires the ward's pages into MkDocs (or ProperDocs) as pages created in memory.

It only connects hooks; loading lives in `generator.loading`, page content in `generator.pages`,
writing the pages outside the navigation in `writer.py`.
"""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from typing import Callable

import jinja2
import rcssmin
import rjsmin
from markupsafe import escape
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.clock import build_date
from generator.domain.facets import filter_options
from generator.domain.sanitise import clean_content_html
from generator.exports.clean_files import CleanFiles
from generator.exports.feeds import FEED_FILE, atom_feed
from generator.exports.robots import ROBOTS_FILE, robots_txt
from generator.exports.sitemap import sitemap_gz, sitemap_xml
from generator.kinds import DEFAULT_CARD, SHARE_FOLDER
from generator.loading.checked import Checked
from generator.machine import resident_mb, usable_cores
from generator.pages.jobs import list_pages, record_jobs
from generator.pages.page import GeneratedPage
from generator.pages.promotion import default_card
from generator.pages.setup import PageSetup
from generator.search.index import build_search_files, write_search_files
from generator.search.records import SearchRecord, content_page_record, search_abbreviations, search_records
from generator.site.frame import PageShells, compact_page, framed_content
from generator.site.material_css import trimmed_material_css
from generator.site.workers import Jobs, worker_count
from generator.site.writer import PageWriter, Written

# The plugin's name in the configuration and its entry point (pyproject.toml).
PLUGIN_NAME = "thi-dua"

log = get_plugin_logger(PLUGIN_NAME)

OWN_ASSETS = {
    **{f"assets/javascripts/{name}.js": rjsmin.jsmin for name in ("search", "tables", "portal", "share")},
    "assets/css/portal.css": rcssmin.cssmin,
}


# A ward's CI runner or office computer has at least this much to spare; more memory lets the
# build use more cores (`build --bo-nho`).
DEFAULT_MEMORY_MB = 1024

# Files of content/ published without their metadata (exports/clean_files.py).
CLEANED = (".jpg", ".jpeg", ".png", ".webp", ".pdf")
# Material's search (lunr, its worker), its palette stylesheet (named colours and the dark
# scheme; the ward's colours are assets/ward.css), its script (the portal's own portal.js does
# what its pages use of it; theme/overrides/base.html) and its default favicon (the portal's is
# its logo): no page of the portal loads them.
UNUSED_THEME_FILES = ("assets/javascripts/lunr/", "assets/javascripts/workers/", "assets/stylesheets/palette.",
                      "assets/javascripts/bundle.", "assets/images/favicon.png")


class DataRefused(Abort):
    """Two pages would take one address: the build stops with this Vietnamese message."""


class PortalPluginConfig(Config):
    root = config_options.Dir(exists=True)
    """The project folder holding `site_config.yml`, `data/`, `content/` and `theme/`."""
    preview = config_options.Type(bool, default=False)
    """True under `serve`: the editor's own preview."""


class PortalPlugin(BasePlugin[PortalPluginConfig]):
    """Pages in the navigation (lists, hand-written pages) go through MkDocs and Material; every
    other page is made by worker processes and written straight into the site (`page_writer`)."""

    def __init__(self) -> None:
        # The project as the build checked it, given before the engine starts (`engine.render_site`).
        self.checked: Checked | None = None
        self.pages: dict[str, GeneratedPage] = {}
        # Set by `build` to draw a progress bar: called with (pages done, pages in all).
        self.progress: Callable[[int, int], None] | None = None
        # The memory the build may use, in MB: it forks as many workers as fit (`worker_count`).
        self.memory_mb = DEFAULT_MEMORY_MB
        self._pages_done = self._pages_total = 0

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(self.config.root)
        assert self.checked is not None, "the build hands the checked project to the plugin"
        site_config = self.checked.config
        self.setup = PageSetup(root, site_config, self.checked.portal, build_date(), preview=self.config.preview)
        kit = self.setup.kit
        self.pages = {}
        for page in list_pages(kit):
            self._claim(self.pages, page.src_uri, page.title)
            self.pages[page.src_uri] = page
        self.jobs = record_jobs(kit)
        # The loaded data lives until the end of the build: the collector need not walk its
        # millions of objects again, and forked workers then share its memory pages instead of
        # copying those the collector would have written to.
        gc.freeze()
        self.root = root
        self.site_config = site_config
        # The public portal, or everything in the editor's preview.
        self.portal = kit.portal
        self.content_records: list[SearchRecord] = []
        self.default_card = default_card(kit)
        # Material writes these settings into pages unescaped (it trusts an mkdocs.yml author);
        # here they come from site_config.yml, so they reach the templates as escaped Markup,
        # which both its raw `{{ }}` and its `| e` print as plain text.
        for key in ("site_name", "site_description", "site_author", "copyright"):
            if config[key]:
                config[key] = escape(config[key])
        # MkDocs' sitemap would list only the pages it renders itself: on_post_build writes one
        # with every page.
        config.theme.static_templates.discard("sitemap.xml")
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        # Material's files the portal does not use (above), and source maps, which serve no citizen.
        for file in [f for f in files if f.src_uri.startswith(UNUSED_THEME_FILES) or f.src_uri.endswith(".map")]:
            files.remove(file)
        for page in self.pages.values():
            self._replace(files, File.generated(config, page.src_uri, content=(
                f"---\ntitle: {_yaml_string(page.title)}\ndescription: {_yaml_string(page.description)}\n---\n")))
        # Records' own pages are known to MkDocs but not built by it: a link to one from a
        # hand-written page is still checked and rewritten.
        for job in self.jobs:
            if job.src_uri is not None:
                self._replace(files, File.generated(config, job.src_uri, content="",
                                                    inclusion=InclusionLevel.EXCLUDED))
        files.append(File.generated(config, ROBOTS_FILE, content=robots_txt(str(self.site_config.base_url))))
        files.append(File.generated(config, FEED_FILE, content=atom_feed(
            self.portal, str(self.site_config.base_url), self.site_config.portal_name, self.site_config.organisation)))
        clean = CleanFiles(self.root / ".cache" / "tep-da-lam-sach")
        for name in self.portal.published_files():
            files.append(File.generated(config, name, abs_src_path=str(clean.path(self.root / "data" / name))))
        # Images and PDFs of the hand-written pages lose their metadata too.
        content = self.root / "content"
        for file in [f for f in files if f.abs_src_path and not f.generated_by and f.src_uri.lower().endswith(CLEANED)
                     and Path(f.abs_src_path).is_relative_to(content)]:
            cleaned = clean.path(Path(file.abs_src_path))
            self._replace(files, File.generated(config, file.src_uri, abs_src_path=str(cleaned)))
        files.append(File.generated(config, f"{SHARE_FOLDER}/{DEFAULT_CARD}",
                                    content=self.setup.card_cache.get(self.default_card)))
        files.append(File.generated(config, "assets/ward.css", content=self._ward_css()))
        # Material's stylesheet without the rules of features the portal cannot show (material_css.py).
        for file in [f for f in files if f.src_uri.startswith("assets/stylesheets/main.") and f.abs_src_path]:
            stylesheet = Path(file.abs_src_path).read_text(encoding="utf-8")
            self._replace(files, File.generated(config, file.src_uri, content=trimmed_material_css(stylesheet)))
        # The portal's own scripts and stylesheet, kept readable (and commented) in the theme, are
        # sent without their comments and spaces, which every first visit pays for: the search
        # script 4.1 KB gzip'd instead of 5.7, the stylesheet 5.9 KB instead of 10.6.
        for name, minify in OWN_ASSETS.items():
            asset = files.get_file_from_path(name)
            if asset is not None and asset.abs_src_path:
                source = Path(asset.abs_src_path).read_text(encoding="utf-8")
                self._replace(files, File.generated(config, name, content=minify(source)))
        logo = self.site_config.logo
        logo_path = self.root / logo if logo else self.root / "theme" / "logo.svg"
        files.append(File.generated(config, "assets/logo" + logo_path.suffix, abs_src_path=str(clean.path(logo_path))))
        return files

    @staticmethod
    def _replace(files: Files, file: File) -> None:
        """A generated page takes the place of a hand-written file at the same path."""
        existing = files.get_file_from_path(file.src_uri)
        if existing is not None:
            files.remove(existing)
        files.append(file)

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    def on_env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        self.mkdocs_pages = files.documentation_pages()
        self._pages_done, self._pages_total = 0, len(self.mkdocs_pages) + len(self.jobs)
        self.shells = PageShells(env, self.nav, files, config)
        self.shells.prepare()
        self.writer = PageWriter(Path(config.site_dir), self.setup, self.shells)
        # The workers start now and write their pages while MkDocs renders the navigation's.
        self.running = Jobs(self._run_job, len(self.jobs),
                            worker_count(usable_cores(), resident_mb(), self.memory_mb))
        return env

    def _run_job(self, index: int) -> list[Written]:
        return [self.writer.write(page) for page in self.jobs[index].make()]

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        # Titles and descriptions of generated pages come from data, and Material prints page
        # titles and descriptions unescaped (in <title>, <meta>, the header): give them as Markup.
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            page.meta["title"] = escape(generated.title)
            page.meta["description"] = escape(generated.description)
        else:
            # A content/ page's front matter is text from an editor, printed the same way.
            page.meta = {key: escape(value) if isinstance(value, str) else value for key, value in page.meta.items()}
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        generated = self.pages.get(page.file.src_uri)
        if generated is None:
            html = clean_content_html(html, self.site_config.embeds)
            if not page.is_homepage:
                self.content_records.append(content_page_record(page.url, page.title or "", html))
        return framed_content(self.setup, page.file.src_uri, page.url, generated.html if generated else html)

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        self._advance()
        return compact_page(output)

    def _advance(self) -> None:
        self._pages_done += 1
        if self.progress is not None:
            self.progress(self._pages_done, self._pages_total)

    def on_post_build(self, config: MkDocsConfig) -> None:
        site_dir = Path(config.site_dir)
        # The search index needs only the data: made here while the workers are still writing.
        records = search_records(self.portal, self.site_config.local_unit) + self.content_records
        write_search_files(build_search_files(records, search_abbreviations(self.portal),
                                              filter_options(self.portal)), site_dir)
        # Likewise the downloads beside the navigation's pages (open data written as it is made).
        for page in self.pages.values():
            self.writer.write_beside(page)
        written: dict[str, Written] = {}
        for results in self.running:
            # A job was counted as one page; a long list cut into pages counts them all.
            self._pages_total += len(results) - 1
            for page in results:
                self._claim(written, page.src_uri, page.title)
                written[page.src_uri] = page
                self._advance()
        for src_uri in written.keys() & self.pages.keys():
            self._claim(self.pages, src_uri, written[src_uri].title)
        self._write_sitemap(site_dir, list(written.values()))
        gc.unfreeze()

    def _claim(self, taken: dict, src_uri: str, title: str) -> None:
        """The loader names the files behind every clash it can foresee; this guards the rest,
        so that no page ever silently replaces another."""
        if src_uri in taken:
            log.error(f"Hai trang cùng địa chỉ /{src_uri.removesuffix('.md')}/: "
                      f"«{taken[src_uri].title}» và «{title}». Đổi mã của một trong hai hồ sơ.")
            raise DataRefused("Dữ liệu có lỗi, chưa tạo trang.")

    def _write_sitemap(self, site_dir: Path, written: list[Written]) -> None:
        dated = [p.updated for p in (*self.pages.values(), *written) if p.updated]
        # The compressed copy's header time: the newest change; a portal with no dated record yet
        # uses 1 January of its year.
        newest = max(dated, default=date(self.site_config.year, 1, 1))
        base = str(self.site_config.base_url)
        entries = []
        # A page's date is the newest of what it shows (generator/pages/dates.py); a page showing
        # no dated record (a hand-written page, the search page) is listed without one.
        for file in self.mkdocs_pages:
            generated = self.pages.get(file.src_uri)
            entries.append((file.page.canonical_url, generated.updated if generated else None))
        entries += [(base + page.url, page.updated) for page in written]
        xml = sitemap_xml(entries)
        (site_dir / "sitemap.xml").write_bytes(xml.encode())
        (site_dir / "sitemap.xml.gz").write_bytes(sitemap_gz(xml, newest))

    def _ward_css(self) -> str:
        primary = self.site_config.primary_colour
        accent = self.site_config.accent_colour
        return (
            ":root {\n"
            f"  --md-primary-fg-color: {primary};\n"
            f"  --md-primary-fg-color--light: {primary};\n"
            f"  --md-primary-fg-color--dark: {primary};\n"
            f"  --md-accent-fg-color: {accent};\n"
            f"  --md-typeset-a-color: {primary};\n"
            "}\n"
        )


def _yaml_string(text: str) -> str:
    """A value safe to put in YAML front matter whatever characters the title holds."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
