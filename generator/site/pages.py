"""Every page made from data: its address, title, description and body HTML.

Data logic lives here, in Python: the templates in `theme/templates/` receive ready values
(formatted dates, labels, links) and only lay them out.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, partial
from datetime import date
from pathlib import Path
from typing import Any, Callable, Sequence, TextIO

import markdown
import nh3
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from mkdocs.utils import get_relative_url

from generator.domain.headlines import headlines
from generator.domain.portal import Portal
from generator.domain.ranking import rank_block
from generator.domain.records import (
    Campaign,
    Consultation,
    Decision,
    EmulationBlock,
    Example,
    Meeting,
    Nominee,
    Recipient,
    Report,
    Target,
    Unit,
    YearPlan,
)
from generator.exports import jsonld, open_data
from generator.exports.qr import qr_image
from generator.domain.text import format_date, format_date_formal, format_number, fold, vietnamese_key
from generator.settings import SiteConfig
from generator.site import labels, paging
from generator.site.charts import bar_chart
from generator.site.table_html import table_rows
from generator.site.page_tables import TableBuilder, display_name, name_key
from generator.domain.promotion import Event, campaign_timeline, digest, featured_examples, year_events
from generator.site.promotion_pages import digest_index, digest_month_pages, month_url, poster_page, poster_url
from generator.site.sections import FOLDER_SECTIONS, SECTIONS, record_url
from generator.site.tables import Cell, Column, Link, Row, Table


# Where the search index is written (generator/search/index.py), below the search page.
SEARCH_INDEX_FOLDER = f"{SECTIONS['search']}/chi-muc"

# How many of the newest records the home page shows: three of each keep the page within about
# five screens of a phone (the headline figures and the "see all" links lead to the rest).
HOME_LATEST = 3
# Events a quarter shows on the home page: a ward has a few dozen a year, a city of a hundred
# wards thousands, most of them award decisions, which have their own list.
HOME_EVENTS = 10
# Events a campaign's timeline shows: a campaign of a whole city takes hundreds of decisions,
# listed in full below its timeline.
CAMPAIGN_EVENTS = 20


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    title: str
    description: str
    html: str
    # The date in data the page last changed (the sitemap's lastmod); None when no date says so.
    updated: date | None = None
    # The page's tables, each also written beside the page as CSV and JSON.
    tables: tuple[Table, ...] = ()
    # Other files written beside the page: name, content.
    files: tuple[tuple[str, str], ...] = ()
    # Large files written beside the page as they are made: name, a function writing the file
    # into an open text file (the whole portal as open data).
    streamed: tuple[tuple[str, Callable[[TextIO], None]], ...] = ()

    @property
    def url(self) -> str:
        """The page's address relative to the site's root: "" or ending in "/"."""
        return _url_of(self.src_uri)


@dataclass(frozen=True)
class PageJob:
    """Pages made together by one worker: a record's own page, or a list and its further pages."""
    make: Callable[[], list[GeneratedPage]]
    # The source path of a record's own page, known before it is made: links written in
    # hand-made Markdown pages to it are checked and rewritten by MkDocs.
    src_uri: str | None = None
    # The record whose own page it makes: `serve` makes the page again when the record changes.
    record: Any = None


def _as_list(method: Callable[[Any], GeneratedPage], record: Any) -> list[GeneratedPage]:
    return [method(record)]


# A converter per thread, reset between texts: making one loads its extensions, which took as
# long as converting a record's text (0.4 s of the 600 records' texts a ward-10y build searches).
_converters = threading.local()


def render_markdown(text: str) -> Markup:
    """Markdown written in data, rendered and then sanitised: no script can come from data."""
    converter = getattr(_converters, "markdown", None)
    if converter is None:
        converter = _converters.markdown = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    html = converter.reset().convert(text)
    clean = nh3.clean(
        html,
        tags={"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote",
              "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "hr"},
        attributes={"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    # A table wider than a phone scrolls in a box a keyboard can reach, like the portal's own tables.
    clean = clean.replace("<table>", '<div class="tdkt-table-wrap" tabindex="0" role="region" '
                                     'aria-label="Bảng trong nội dung"><table>').replace("</table>", "</table></div>")
    return Markup(clean)


class PageBuilder:
    """Renders the pages of one Portal with the templates of one theme."""

    def __init__(self, portal: Portal, config: SiteConfig, templates: Path, today: date):
        self.portal = portal
        self.config = config
        # The build date: consultations are open or closed as of this day.
        self.today = today
        self.env = Environment(
            loader=FileSystemLoader(str(templates)),
            undefined=StrictUndefined,
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            date=format_date,
            formal_date=format_date_formal,
            number=format_number,
        )
        self.env.globals.update(labels=labels, config=config, table_rows=table_rows)
        self._awards_by_unit = portal.awards_by_unit()
        self._decisions_by_campaign = portal.decisions_by_campaign()
        self._examples_by_campaign = portal.examples_by_campaign()
        self._examples_by_unit = portal.examples_by_unit()
        self._examples_by_decision = portal.examples_by_decision()
        self._campaigns_by_unit = portal.campaigns_by_unit()
        self._children = portal.children_of()
        self._changes = portal.changes_made_by()
        self._blocks_by_unit = portal.blocks_by_unit()
        self._blocks_by_decision = portal.blocks_by_decision()
        self._blocks_by_campaign = portal.blocks_by_campaign()
        self._meetings_by_decision = portal.meetings_by_decision()
        self._consultations_by_decision = portal.consultations_by_decision()
        self._rankings = {block.id: rank_block(block) for block in portal.blocks.values()}
        self.tables = TableBuilder(self)

    # --- helpers given to templates -----------------------------------------------------

    def _linker(self, page_url: str) -> Callable[..., str]:
        known: dict[str, str] = {}

        def link(target: str) -> str:
            # Big tables link the same few pages thousands of times.
            if target not in known:
                known[target] = get_relative_url(target or ".", page_url or ".") if target != page_url else "./"
            return known[target]

        return link

    def _render(self, template: str, page_url: str, **context: Any) -> str:
        link = self._linker(page_url)
        return self.env.get_template(template).render(
            link=link,
            url=lambda kind, record_id: link(record_url(kind, record_id)),
            **context,
        )

    def _page(self, src_uri: str, template: str, title: str, description: str,
              updated: date | None = None, files: tuple[tuple[str, str], ...] = (),
              streamed: tuple[tuple[str, Callable[[TextIO], None]], ...] = (), **context) -> GeneratedPage:
        url = _url_of(src_uri)
        html = self._render(template, url, title=title, **context)
        tables = tuple(_tables_in(context))
        assert len({t.id for t in tables}) == len(tables), f"{src_uri}: two tables share an id"
        return GeneratedPage(src_uri, title, description, html, updated, tables, files, streamed)

    # --- view models ----------------------------------------------------------------------

    def recipient_view(self, recipient: Recipient | Nominee) -> dict[str, Any]:
        entry = self.portal.catalogue_entry(recipient.award)
        assert entry is not None, "references are resolved before pages are built"
        unit = self.portal.units.get(recipient.unit) if recipient.unit else None
        status = getattr(recipient, "status", "co_hieu_luc")
        changed_by = getattr(recipient, "changed_by", None)
        return {
            "kind": labels.RECIPIENT_KIND[recipient.recipient_kind],
            "name": display_name(recipient),
            "sort_key": name_key(recipient),
            "position": recipient.position or "",
            "unit": unit,
            "award": entry.name,
            "entry": entry,
            "achievement": recipient.achievement or "",
            "status": {
                "code": status,
                "label": labels.DECISION_STATUS[status],
                "by": self.portal.decisions.get(changed_by) if changed_by else None,
                "note": getattr(recipient, "status_note", None) or "",
            },
        }

    def decision_status(self, decision: Decision) -> dict[str, Any]:
        changer = self.portal.decisions.get(decision.changed_by) if decision.changed_by else None
        return {
            "code": decision.status,
            "label": labels.DECISION_STATUS[decision.status],
            "by": changer,
            "note": decision.status_note or "",
        }

    # --- pages ------------------------------------------------------------------------------

    def list_pages(self) -> list[GeneratedPage]:
        """The pages in the navigation: few, and rendered by MkDocs with Material's full frame."""
        def first_page(make: Callable[..., list[GeneratedPage]]) -> GeneratedPage:
            return make(first=True)[0]

        return [
            self.home(), first_page(self.decision_list_pages), first_page(self.example_list_pages),
            first_page(self.campaign_list_pages), first_page(self.unit_list_pages), self.block_list(),
            first_page(self.consultation_list_pages), first_page(self.report_list_pages),
            first_page(self.meeting_list_pages), self.plan_list(), self.awards_index(), self.statistics(),
            self.search_page(), self.open_data_page(), digest_index(self),
        ]

    def record_jobs(self) -> list[PageJob]:
        """Every other page, as independent jobs that worker processes run in any order."""
        portal = self.portal
        # One job a list of awards, the longest first: a list can be hundreds of pages, which one
        # worker would still be writing at the end, when the other has nothing left to do.
        award_lists = sorted([
            *((len(rows), partial(self.award_year_pages, year)) for year, rows in sorted(self.tables.year_awards().items())),
            *((len(rows), partial(self.award_entry_pages, entry)) for entry, rows in sorted(self.tables.entry_awards().items())),
        ], key=lambda item: -item[0])
        return [
            *(PageJob(make) for _, make in award_lists),
            *self.own_page_jobs(),
            *(PageJob(partial(make, first=False)) for make in (
                self.decision_list_pages, self.unit_list_pages, self.example_list_pages, self.campaign_list_pages,
                self.consultation_list_pages, self.report_list_pages, self.meeting_list_pages)),
            *(PageJob(partial(_as_list, partial(poster_page, self), example))
              for example in portal.examples_newest_first()),
            *(PageJob(partial(digest_month_pages, self, year, month, items))
              for (year, month), items in sorted(digest(portal).items())),
        ]

    def own_page_jobs(self) -> list[PageJob]:
        """The jobs of the records' own pages (and their further pages), each with its source path
        and record: what `serve` makes again at once when a record changes, without the lists of awards."""
        portal = self.portal

        def each(kind: str, method: Callable[[Any], GeneratedPage], records) -> list[PageJob]:
            return [PageJob(partial(_as_list, method, record), f"{SECTIONS[kind]}/{record.id}.md", record)
                    for record in records]

        return [
            *(PageJob(partial(self.decision_pages, decision), f"{SECTIONS['decision']}/{decision.id}.md", decision)
              for decision in portal.decisions_newest_first()),
            *each("example", self.example_page, portal.examples_newest_first()),
            *(PageJob(partial(self.campaign_pages, campaign), f"{SECTIONS['campaign']}/{campaign.id}.md", campaign)
              for campaign in portal.campaigns_newest_first()),
            *(PageJob(partial(self.unit_pages, unit), f"{SECTIONS['unit']}/{unit.id}.md", unit)
              for unit in sorted(portal.units.values(), key=lambda u: u.id)),
            *each("block", self.block_page, portal.blocks_newest_first()),
            *each("consultation", self.consultation_page, portal.consultations.values()),
            *each("report", self.report_page, portal.reports.values()),
            *each("meeting", self.meeting_page, portal.meetings.values()),
            *(PageJob(partial(_as_list, self.plan_page, year), f"{SECTIONS['plan']}/{year.year}.md", year)
              for year in portal.years.values()),
        ]

    def target_rows(self, year: YearPlan) -> list[dict[str, Any]]:
        return [self._target_row(target) for target in year.targets]

    def _target_row(self, target: Target) -> dict[str, Any]:
        latest = max(target.actuals, key=lambda a: a.date) if target.actuals else None
        met = None
        if latest is not None:
            met = (latest.value >= target.target_value if target.direction == "toi_thieu"
                   else latest.value <= target.target_value)
        return {"target": target, "latest": latest, "met": met,
                "history": sorted(target.actuals, key=lambda a: a.date)}

    def consultation_view(self, consultation: Consultation) -> dict[str, Any]:
        deadline = self.portal.deadline(consultation)
        return {"consultation": consultation, "deadline": deadline, "open": self.today <= deadline}

    def home(self) -> GeneratedPage:
        year = self.portal.current_year()
        running = [c for c in self.portal.campaigns_newest_first() if c.status == "dang_trien_khai"]
        consultations = [self.consultation_view(c) for c in self.portal.consultations_open_first(self.today)]
        return self._page(
            "index.md", "home.html", self.config.portal_name,
            f"Công khai thi đua, khen thưởng của {self.config.organisation}.",
            year=year,
            targets=self.tables.targets(
                "chi-tieu", "Chỉ tiêu kinh tế - xã hội và kết quả thực hiện mới nhất", self.target_rows(year),
                full=False) if year and year.targets else None,
            open_consultations=[c for c in consultations if c["open"]],
            decisions=self.tables.decisions("quyet-dinh-moi", "Các quyết định khen thưởng mới nhất",
                                            self.portal.decisions_newest_first()[:HOME_LATEST]),
            examples=self.portal.examples_newest_first()[:HOME_LATEST],
            campaigns=running[:HOME_LATEST],
            running=len(running),
            jsonld=jsonld.script(jsonld.home(self.config)),
            featured=featured_examples(self.portal, self.today),
            quarters=self.year_timeline(year) if year else [],
            headlines=headlines(self.portal, self.today),
        )

    def year_timeline(self, year: YearPlan) -> list[dict[str, Any]]:
        """The plan's quarters: each with its tasks and up to HOME_EVENTS dated events of the year
        in it, other milestones before award decisions, and the months whose digest lists the rest."""
        events = year_events(self.portal, year.year)
        months = {month for y, month in digest(self.portal) if y == year.year}
        quarters = []
        for quarter in range(1, 5):
            shown, more = _few_events([e for e in events if (e.date.month - 1) // 3 + 1 == quarter], HOME_EVENTS)
            quarters.append({
                "quarter": quarter,
                "tasks": [t for t in year.tasks if t.quarter == quarter],
                "done": sum(1 for t in year.tasks if t.quarter == quarter and t.status == "hoan_thanh"),
                "events": shown,
                "more": more,
                "digests": [{"url": month_url(year.year, m), "label": f"{m:02d}/{year.year}"}
                            for m in range(3 * quarter - 2, 3 * quarter + 1) if m in months],
            })
        return quarters

    def decision_list_pages(self, first: bool) -> list[GeneratedPage]:
        """The decisions, newest first: with `first`, the first page alone (in the navigation); else the
        further pages, `quyet-dinh/trang-2/`, … (made with the record pages)."""
        decisions = self.portal.decisions_newest_first()
        years = [d.signed.year for d in decisions]
        table = self.tables.decisions("danh-sach", "Danh sách quyết định khen thưởng", decisions,
                                      anchors={years.index(y): f"nam-{y}" for y in set(years)})
        groups = [(f"Năm {y}", years.index(y), years.count(y)) for y in sorted(set(years), reverse=True)]
        title = "Quyết định khen thưởng"
        description = f"Danh sách {len(decisions)} quyết định khen thưởng đã công khai, mới nhất trước."
        parts = paging.listings(table, f"{SECTIONS['decision']}/", groups)
        return [self._page(
            paging.page_src(f"{SECTIONS['decision']}/index.md", listing.number), "decision_list.html",
            title + paging.place(listing.pager)[0], description + paging.place(listing.pager)[1],
            listing=listing,
        ) for listing in (parts[:1] if first else parts[1:])]

    def _last_change(self, decision: Decision) -> date:
        """A decision's page changes when it is signed and when a later decision corrects or revokes it."""
        changers = [decision.changed_by, *(r.changed_by for r in decision.recipients)]
        dates = [self.portal.decisions[c].signed for c in changers if c in self.portal.decisions]
        return max([decision.signed, *dates])

    def decision_pages(self, decision: Decision) -> list[GeneratedPage]:
        """The decision's page; a list longer than a page goes on at `trang-2/`, `trang-3/`, …"""
        kinds = Counter(labels.RECIPIENT_KIND[r.recipient_kind] for r in decision.recipients)
        campaign = self.portal.campaigns.get(decision.campaign) if decision.campaign else None
        commendation_type = self.portal.commendation_types[decision.commendation_type]
        src_uri = f"{SECTIONS['decision']}/{decision.id}.md"
        first_url = record_url("decision", decision.id)
        title = f"Quyết định số {decision.number}"
        description = (f"Quyết định số {decision.number} ngày {format_date(decision.signed)} của "
                       f"{decision.issuer}: {decision.summary}")
        updated = self._last_change(decision)
        parts = paging.listings(self.tables.recipients(decision), first_url) if decision.recipients else [None]

        def people(listing: paging.Listing | None) -> Markup:
            """schema.org entries of the decision and the people the page lists."""
            shown = range(listing.pager.start + 1, listing.pager.stop + 1) if listing and listing.pager else None
            return jsonld.script(jsonld.decision_recipients(self.portal, self.config, decision, first_url, shown))

        examples, all_examples = self._related(
            src_uri, "dien-hinh", f"Điển hình liên quan đến {title}", (first_url, title), "example",
            self._examples_by_decision.get(decision.id, []), paging.RELATED_LINES)
        first = self._page(
            src_uri, "decision.html", title, description,
            updated=updated,
            decision=decision,
            status=self.decision_status(decision),
            changes=self._changes.get(decision.id, []),
            listing=parts[0],
            kinds=sorted(kinds.items()),
            revoked_entries=sum(1 for r in decision.recipients if r.status == "da_huy_bo"),
            campaign=campaign,
            commendation_type=commendation_type,
            examples=examples,
            blocks=self._blocks_by_decision.get(decision.id, []),
            meetings=self._meetings_by_decision.get(decision.id, []),
            consultations=self._consultations_by_decision.get(decision.id, []),
            attachment=decision.attachment,
            address=self.address(first_url),
            jsonld=people(parts[0]),
        )
        return [first, *(self._list_part(src_uri, f"{title}: danh sách", description, listing, updated,
                                         back=(first_url, title), jsonld=people(listing))
                         for listing in parts[1:]), *all_examples]

    def example_list_pages(self, first: bool) -> list[GeneratedPage]:
        """The examples, newest first, by year: with `first`, the first page alone (in the navigation);
        else the further pages, `dien-hinh/trang-2/`, … (made with the record pages)."""
        examples = self.portal.examples_newest_first()
        parts = paging.sectioned(examples, lambda e: (f"nam-{e.published.year}", f"Năm {e.published.year}"),
                                 f"{SECTIONS['example']}/", paging.CARDS)
        return self._sectioned_pages(
            f"{SECTIONS['example']}/index.md", "example_list.html", "Điển hình tiên tiến, gương người tốt việc tốt",
            f"{len(examples)} điển hình tiên tiến, gương người tốt việc tốt, mô hình mới, cách làm hay.",
            parts[:1] if first else parts[1:],
            total=len(examples),
            # Stories the ward features now lead the first page, as on the home page.
            featured=featured_examples(self.portal, self.today) if first else [],
        )

    def example_page(self, example: Example) -> GeneratedPage:
        photos = [p for p in example.photos if p.consent]
        return self._page(
            f"dien-hinh/{example.id}.md", "example.html", example.name, example.abstract,
            updated=example.published,
            example=example,
            story=render_markdown(example.story),
            photos=[{"src": p.file, "caption": p.caption} for p in photos],
            unit=self.portal.units.get(example.unit) if example.unit else None,
            campaign=self.portal.campaigns.get(example.campaign) if example.campaign else None,
            decisions=[self.portal.decisions[d] for d in example.decisions],
            address=self.address(record_url("example", example.id)),
            poster=poster_url(example),
        )

    def campaign_list_pages(self, first: bool) -> list[GeneratedPage]:
        """The campaigns, newest first, by the year they started: with `first`, the first page alone (in
        the navigation); else the further pages, `phong-trao/trang-2/`, … (made with the record pages)."""
        campaigns = self.portal.campaigns_newest_first()
        parts = paging.sectioned(campaigns, lambda c: (f"nam-{c.start.year}", f"Năm {c.start.year}"),
                                 f"{SECTIONS['campaign']}/", paging.CARDS)
        return self._sectioned_pages(
            f"{SECTIONS['campaign']}/index.md", "campaign_list.html", "Phong trào thi đua",
            f"{len(campaigns)} phong trào thi đua do Trung ương, thành phố và phường phát động.",
            parts[:1] if first else parts[1:],
            total=len(campaigns),
            running=sum(1 for c in campaigns if c.status == "dang_trien_khai"),
        )

    def campaign_pages(self, campaign: Campaign) -> list[GeneratedPage]:
        """The campaign's page; a list of decisions longer than a page goes on at `trang-2/`, …"""
        src_uri = f"{SECTIONS['campaign']}/{campaign.id}.md"
        first_url = record_url("campaign", campaign.id)
        description = f"Phong trào {campaign.name}: mục tiêu, tiêu chí, đơn vị tham gia, kết quả và khen thưởng."
        decisions = self.tables.decisions("quyet-dinh", "Quyết định khen thưởng trong phong trào",
                                          self._decisions_by_campaign.get(campaign.id, []))
        parts = paging.listings(decisions, first_url)
        timeline, more = _few_events(campaign_timeline(self.portal, campaign), CAMPAIGN_EVENTS)
        examples, all_examples = self._related(
            src_uri, "dien-hinh", f"Điển hình của phong trào {campaign.name}", (first_url, campaign.name),
            "example", self._examples_by_campaign.get(campaign.id, []), paging.RELATED_CARDS)
        first = self._page(
            src_uri, "campaign.html", campaign.name, description,
            campaign=campaign,
            goals=render_markdown(campaign.goals),
            results=render_markdown(campaign.results) if campaign.results else None,
            units=sorted((self.portal.units[u] for u in campaign.units), key=lambda u: vietnamese_key(u.name)),
            listing=parts[0],
            examples=examples,
            blocks=self._blocks_by_campaign.get(campaign.id, []),
            timeline=timeline,
            more_events=more,
            featured=[e for e in featured_examples(self.portal, self.today) if e.campaign == campaign.id],
            address=self.address(first_url),
        )
        return [first, *(self._list_part(src_uri, f"{campaign.name}: quyết định khen thưởng", description, listing,
                                         None, back=(first_url, campaign.name))
                         for listing in parts[1:]), *all_examples]

    def _related(self, first_src: str, slug: str, title: str, back: tuple[str, str], kind: str,
                 items: Sequence[Any], size: int) -> tuple[paging.Shortlist, list[GeneratedPage]]:
        """A list of records related to a record (`kind`: example, campaign or unit), as long as the
        data makes it: the first `size` for the record's page, and when there are more, pages with
        them all at `<record>/<slug>/`, `<record>/<slug>/trang-2/`, …"""
        src = f"{first_src.removesuffix('.md')}/{slug}.md"
        short = paging.shortlist(items, _url_of(src), size)
        if short.whole_url is None:
            return short, []
        pages = []
        for shown, pager in paging.split(items, short.whole_url, paging.SHORT_LINES if kind == "unit" else paging.CARDS):
            pages.append(self._page(paging.page_src(src, pager.number if pager else 1), "related_list.html",
                                    title + paging.place(pager)[0],
                                    f"{title}: {format_number(len(items))} mục.", kind=kind, items=shown,
                                    pager=pager, total=len(items), back=back))
        return short, pages

    def address(self, url: str) -> str:
        """A page's full public address, for share links and QR codes."""
        return f"{self.config.base_url}{url}"

    def unit_list_pages(self, first: bool) -> list[GeneratedPage]:
        """The units, by kind and name: with `first`, the first page alone (in the navigation); else the
        further pages, `don-vi/trang-2/`, … (made with the record pages)."""
        units = sorted(self.portal.units.values(), key=lambda u: (labels.UNIT_TYPE[u.unit_type], vietnamese_key(u.name)))
        rows = [{"unit": unit, "awards": len(self._awards_by_unit.get(unit.id, []))} for unit in units]
        parts = paging.sectioned(rows, lambda row: (row["unit"].unit_type, labels.UNIT_TYPE[row["unit"].unit_type]),
                                 f"{SECTIONS['unit']}/", paging.SHORT_LINES)
        return self._sectioned_pages(
            f"{SECTIONS['unit']}/index.md", "unit_list.html", "Đơn vị",
            f"{len(units)} cơ quan, trường học, tổ dân phố, doanh nghiệp và tổ chức trên địa bàn.",
            parts[:1] if first else parts[1:])

    def _sectioned_pages(self, first_src: str, template: str, title: str, description: str,
                         parts: list[paging.SectionedPage],
                         each: Callable[[paging.SectionedPage], dict[str, Any]] = lambda part: {},
                         **context: Any) -> list[GeneratedPage]:
        """Pages of a plain list in parts: each names its place in the list after the first.
        `each` gives the values of one page's own."""
        made = []
        for part in parts:
            title_part, description_part = paging.place(part.pager)
            made.append(self._page(paging.page_src(first_src, part.number), template, title + title_part,
                                   description + description_part, part=part, **each(part), **context))
        return made

    def unit_pages(self, unit: Unit) -> list[GeneratedPage]:
        """The unit's page; a list of awards longer than a page goes on at `trang-2/`, …"""
        rows = self.tables.unit_awards(unit.id)
        src_uri = f"{SECTIONS['unit']}/{unit.id}.md"
        first_url = record_url("unit", unit.id)
        description = f"{unit.name}: khen thưởng theo năm, điển hình và phong trào thi đua tham gia."
        parts: list[paging.Listing | None] = [None]
        if rows:
            table, groups = self.tables.awards(
                "khen-thuong", f"Khen thưởng của {unit.name} và thành viên", rows, without="don_vi",
                group=lambda row: (f"Năm {row.award.decision.signed.year}", f"nam-{row.award.decision.signed.year}"))
            parts = paging.listings(table, first_url, groups)
        back = (first_url, unit.name)
        children, all_children = self._related(
            src_uri, "don-vi-truc-thuoc", f"Đơn vị trực thuộc {unit.name}", back, "unit",
            self._children.get(unit.id, []), paging.RELATED_LINES)
        examples, all_examples = self._related(
            src_uri, "dien-hinh", f"Điển hình của {unit.name}", back, "example",
            self._examples_by_unit.get(unit.id, []), paging.RELATED_CARDS)
        campaigns, all_campaigns = self._related(
            src_uri, "phong-trao", f"Phong trào {unit.name} tham gia", back, "campaign",
            self._campaigns_by_unit.get(unit.id, []), paging.RELATED_CARDS)
        first = self._page(
            src_uri, "unit.html", unit.name, description,
            unit=unit,
            parent=self.portal.units.get(unit.parent) if unit.parent else None,
            children=children,
            listing=parts[0],
            award_count=len(rows),
            examples=examples,
            campaigns=campaigns,
            blocks=[self._membership(block, unit) for block in self._blocks_by_unit.get(unit.id, [])],
        )
        return [first, *(self._list_part(src_uri, f"{unit.name}: khen thưởng", description, listing, None,
                                         back=back)
                         for listing in parts[1:]), *all_children, *all_examples, *all_campaigns]

    def _list_part(self, first_src: str, title: str, description: str, listing: paging.Listing,
                   updated: date | None, back: tuple[str, str], **context: Any) -> GeneratedPage:
        """A further page of a record's long list, linking back to the record's own page."""
        assert listing.pager is not None and listing.number > 1
        title_part, description_part = paging.place(listing.pager)
        return self._page(
            paging.page_src(first_src, listing.number), "list_part.html", title + title_part,
            description + description_part, updated=updated, listing=listing, back=back, **context,
        )

    def _membership(self, block: EmulationBlock, unit: Unit) -> dict[str, Any]:
        role = ("Khối trưởng" if block.leader == unit.id
                else "Khối phó" if block.deputy == unit.id else "Thành viên")
        ranked = next((r for r in self._rankings[block.id] if r.sheet.unit == unit.id), None)
        honours = [h for h in block.honours if h.unit == unit.id]
        return {"block": block, "role": role, "ranked": ranked, "members": len(block.members),
                "honours": [self._honour_view(h) for h in honours]}


    # --- emulation blocks -----------------------------------------------------------------

    def _honour_view(self, honour) -> dict[str, Any]:
        entry = self.portal.catalogue_entry(honour.proposal)
        assert entry is not None
        return {
            "unit": self.portal.units[honour.unit],
            "proposal": entry.name,
            "decision": self.portal.decisions.get(honour.decision) if honour.decision else None,
        }

    def block_list(self) -> GeneratedPage:
        blocks = self.portal.blocks_newest_first()
        return self._page(
            f"{SECTIONS['block']}/index.md", "block_list.html", "Khối thi đua",
            f"{len(blocks)} khối thi đua: thành viên, giao ước, chấm điểm, xếp hạng và suy tôn.",
            rows=[{"block": b, "leader": self.portal.units[b.leader], "ranked": bool(self._rankings[b.id])}
                  for b in blocks],
        )

    def block_page(self, block: EmulationBlock) -> GeneratedPage:
        units = self.portal.units
        ranking = []
        for ranked in self._rankings[block.id]:
            tied = [units[u].name for u in ranked.tied_with]
            ranking.append({
                "ranked": ranked,
                "unit": units[ranked.sheet.unit],
                "explanation": (
                    f"Đồng hạng {ranked.rank} với {', '.join(tied)}: cùng tổng điểm "
                    f"{format_number(ranked.total)}." if tied else ""
                ),
            })
        criteria = block.covenant.criteria if block.covenant else []
        members = sorted((units[u] for u in block.members), key=lambda u: vietnamese_key(u.name))
        return self._page(
            f"{SECTIONS['block']}/{block.id}.md", "block.html", block.name,
            f"{block.name} năm {block.year}: thành viên, giao ước thi đua, bảng điểm, xếp hạng và suy tôn.",
            block=block,
            leader=units[block.leader],
            deputy=units[block.deputy] if block.deputy else None,
            members=members,
            campaign=self.portal.campaigns.get(block.campaign) if block.campaign else None,
            criteria=self.tables.criteria(criteria) if criteria else None,
            ranking=self.tables.ranking(block, ranking) if ranking else None,
            scores=self.tables.scores(criteria, ranking) if ranking else None,
            honours=[self._honour_view(h) for h in block.honours],
        )

    # --- public comment --------------------------------------------------------------------

    def consultation_list_pages(self, first: bool) -> list[GeneratedPage]:
        """The lists put to public comment, open ones first: with `first`, the first page alone (in the
        navigation); else the further pages of the closed ones, `lay-y-kien/trang-2/`, … (made with the
        record pages)."""
        views = [self.consultation_view(c) for c in self.portal.consultations_open_first(self.today)]

        def part(view: dict[str, Any]) -> tuple[str, str]:
            year = view["deadline"].year
            return ("dang-lay-y-kien", "Đang lấy ý kiến") if view["open"] else (f"nam-{year}", f"Đã kết thúc năm {year}")

        parts = paging.sectioned(views, part, f"{SECTIONS['consultation']}/", paging.SHORT_LINES)
        return self._sectioned_pages(
            f"{SECTIONS['consultation']}/index.md", "consultation_list.html", "Lấy ý kiến Nhân dân",
            "Danh sách tập thể, cá nhân được đề nghị khen thưởng, công khai để lấy ý kiến Nhân dân.",
            parts[:1] if first else parts[1:],
            none_open=not any(view["open"] for view in views),
        )

    def consultation_page(self, consultation: Consultation) -> GeneratedPage:
        view = self.consultation_view(consultation)
        return self._page(
            f"{SECTIONS['consultation']}/{consultation.id}.md", "consultation.html", consultation.name,
            f"{consultation.name}: {len(consultation.nominees)} đề nghị, nhận ý kiến đến hết ngày "
            f"{format_date(view['deadline'])}.",
            view=view,
            consultation=consultation,
            nominees=self.tables.nominees(consultation),
            decisions=[self.portal.decisions[d] for d in consultation.decisions],
        )

    # --- reports, council meetings, plans ------------------------------------------------------

    def report_list_pages(self, first: bool) -> list[GeneratedPage]:
        """The reports, newest first, by year: with `first`, the first page alone (in the navigation);
        else the further pages, `bao-cao/trang-2/`, … (made with the record pages)."""
        reports = sorted(self.portal.reports.values(), key=lambda r: (r.date, r.id), reverse=True)
        parts = paging.sectioned(reports, lambda r: (f"nam-{r.date.year}", f"Năm {r.date.year}"),
                                 f"{SECTIONS['report']}/", paging.CARDS)
        return self._sectioned_pages(
            f"{SECTIONS['report']}/index.md", "report_list.html", "Báo cáo sơ kết, tổng kết",
            "Báo cáo sơ kết 6 tháng và tổng kết năm công tác thi đua, khen thưởng.",
            parts[:1] if first else parts[1:],
        )

    def report_page(self, report: Report) -> GeneratedPage:
        awards = [a for a in self.portal.awards() if report.start <= a.decision.signed <= report.end]
        in_force = [a for a in awards if a.in_force]
        return self._page(
            f"{SECTIONS['report']}/{report.id}.md", "report.html", report.name, report.abstract,
            updated=report.date,
            report=report,
            content=render_markdown(report.content),
            award_count=len(in_force),
            decision_count=len({a.decision.id for a in in_force}),
            counts=[table for table in (
                self.tables.counts("theo-danh-hieu", "Theo danh hiệu, hình thức", "Danh hiệu, hình thức",
                                   _count(a.entry.name for a in in_force)),
                self.tables.counts("theo-doi-tuong", "Theo đối tượng", "Đối tượng",
                                   _count(labels.RECIPIENT_KIND[a.recipient.recipient_kind] for a in in_force)),
                self.tables.counts("theo-cap", "Theo cấp", "Cấp",
                                   _count(labels.LEVEL[a.decision.level] for a in in_force)),
            ) if table.rows],
        )

    def meeting_list_pages(self, first: bool) -> list[GeneratedPage]:
        """The council's meetings, newest first, by year: with `first`, the first page alone (in the
        navigation); else the further pages, `hoi-dong/trang-2/`, … (made with the record pages)."""
        meetings = sorted(self.portal.meetings.values(), key=lambda m: (m.date, m.id), reverse=True)
        parts = paging.sectioned(meetings, lambda m: (f"nam-{m.date.year}", f"Năm {m.date.year}"),
                                 f"{SECTIONS['meeting']}/", paging.SHORT_LINES)
        return self._sectioned_pages(
            f"{SECTIONS['meeting']}/index.md", "meeting_list.html", "Hội đồng Thi đua - Khen thưởng",
            "Các phiên họp của Hội đồng Thi đua - Khen thưởng phường và kết quả.",
            parts[:1] if first else parts[1:],
        )

    def meeting_page(self, meeting: Meeting) -> GeneratedPage:
        return self._page(
            f"{SECTIONS['meeting']}/{meeting.id}.md", "meeting.html", meeting.name,
            f"{meeting.name} ngày {format_date(meeting.date)}: nội dung và kết quả.",
            updated=meeting.date,
            meeting=meeting,
            results=render_markdown(meeting.results),
            decisions=self.tables.decisions("quyet-dinh", "Quyết định ban hành sau phiên họp",
                                            [self.portal.decisions[d] for d in meeting.decisions]),
        )

    def plan_list(self) -> GeneratedPage:
        years = sorted(self.portal.years.values(), key=lambda y: y.year, reverse=True)
        return self._page(
            f"{SECTIONS['plan']}/index.md", "plan_list.html", "Kế hoạch thi đua, khen thưởng",
            "Kế hoạch công tác thi đua, khen thưởng hằng năm: chủ đề, chỉ tiêu và nhiệm vụ theo quý.",
            years=years,
        )

    def plan_page(self, year: YearPlan) -> GeneratedPage:
        quarters = []
        for quarter in range(1, 5):
            tasks = [t for t in year.tasks if t.quarter == quarter]
            if tasks:
                name = labels.QUARTER_IN_SENTENCE[quarter]
                quarters.append({"quarter": quarter, "table": self.tables.tasks(
                    f"nhiem-vu-quy-{quarter}", f"Nhiệm vụ {name} năm {year.year}", tasks)})
        done = sum(1 for t in year.tasks if t.status == "hoan_thanh")
        return self._page(
            f"{SECTIONS['plan']}/{year.year}.md", "plan.html",
            f"Kế hoạch thi đua, khen thưởng năm {year.year}",
            f"Chủ đề, {len(year.targets)} chỉ tiêu và {len(year.tasks)} nhiệm vụ năm {year.year}.",
            year=year,
            targets=self.tables.targets("chi-tieu", f"Chỉ tiêu năm {year.year} và kết quả thực hiện",
                                        self.target_rows(year), full=True) if year.targets else None,
            quarters=quarters,
            done=done,
        )

    def task_link(self, link: str) -> dict[str, str]:
        folder, code = link.split("/", 1)
        kind = FOLDER_SECTIONS[folder]
        titles = {
            "decision": lambda: f"Quyết định số {self.portal.decisions[code].number}",
            "example": lambda: self.portal.examples[code].name,
            "campaign": lambda: self.portal.campaigns[code].name,
            "unit": lambda: self.portal.units[code].name,
            "block": lambda: self.portal.blocks[code].name,
            "consultation": lambda: self.portal.consultations[code].name,
            "report": lambda: self.portal.reports[code].name,
            "meeting": lambda: self.portal.meetings[code].name,
        }
        return {"kind": kind, "id": code, "title": titles[kind]()}

    # --- awards by year, by title or form, statistics -------------------------------------------

    def awards_index(self) -> GeneratedPage:
        # Counted on the lists the award pages show: made here, before the workers that make
        # those pages start, the lists are made once and shared by the workers.
        def in_force(lists: dict[Any, list]) -> dict[Any, int]:
            counts = {key: sum(1 for row in rows if row.award.in_force) for key, rows in lists.items()}
            return {key: count for key, count in counts.items() if count}

        years = in_force(self.tables.year_awards())
        entries = in_force(self.tables.entry_awards())
        catalogue = self.portal.catalogue
        ranks = self.tables.entry_ranks
        return self._page(
            f"{SECTIONS['awards']}/index.md", "awards_index.html", "Kết quả khen thưởng",
            "Các tập thể, cá nhân, hộ gia đình được khen thưởng, theo năm và theo danh hiệu, hình thức.",
            years=sorted(years.items(), reverse=True),
            entries=sorted(((catalogue[e], n) for e, n in entries.items()), key=lambda x: ranks[x[0].id]),
        )

    def award_year_pages(self, year: int) -> list[GeneratedPage]:
        """The year's awards, by title or form and then by name, in pages."""
        rows = self.tables.year_awards()[year]
        table, groups = self.tables.awards(
            "danh-sach", f"Danh sách khen thưởng năm {year}", rows,
            group=lambda row: (row.award.entry.name, row.award.entry.id))
        return self._listing_pages(
            f"{SECTIONS['awards']}/nam-{year}.md", f"Khen thưởng năm {year}",
            f"Toàn bộ {len(rows)} lượt khen thưởng năm {year}, theo quyết định đã công khai.",
            table, groups, order="xếp theo danh hiệu, hình thức rồi theo tên")

    def award_entry_pages(self, entry_id: str) -> list[GeneratedPage]:
        """The awards of a title or form, newest first, in pages."""
        rows = self.tables.entry_awards()[entry_id]
        entry = self.portal.catalogue[entry_id]
        table, groups = self.tables.awards(
            "danh-sach", f"Danh sách được tặng {entry.name}", rows, without="danh_hieu",
            group=lambda row: (f"Năm {row.award.decision.signed.year}", f"nam-{row.award.decision.signed.year}"))
        return self._listing_pages(
            f"{SECTIONS['awards']}/{entry_id}.md", entry.name,
            f"{len(rows)} lượt {entry.name}: ai được tặng, năm nào, theo quyết định nào.",
            table, groups, order="mới nhất trước, cùng ngày thì theo tên", entry=entry)

    def _listing_pages(self, first_src: str, title: str, description: str, table: Table,
                       groups: list[tuple[str, int, int]], **context: Any) -> list[GeneratedPage]:
        """A list of awards with a page of its own, cut into pages."""
        pages = []
        for listing in paging.listings(table, _url_of(first_src), groups):
            title_part, description_part = paging.place(listing.pager)
            pages.append(self._page(
                paging.page_src(first_src, listing.number), "award_table.html", title + title_part,
                description + description_part, listing=listing, **context,
            ))
        return pages

    def statistics(self) -> GeneratedPage:
        in_force = [a for a in self.portal.awards() if a.in_force]
        by_year = sorted(Counter(str(a.decision.signed.year) for a in in_force).items())
        by_entry = _count(a.entry.name for a in in_force)
        by_level = _count(labels.LEVEL[a.decision.level] for a in in_force)
        by_kind = _count(labels.RECIPIENT_KIND[a.recipient.recipient_kind] for a in in_force)
        units = self.portal.units
        by_unit = _count(units[a.recipient.unit].name for a in in_force if a.recipient.unit)[:15]
        charts = [
            ("theo-nam", "Số lượt khen thưởng theo năm", "Năm", by_year),
            ("theo-danh-hieu", "Theo danh hiệu, hình thức", "Danh hiệu, hình thức", by_entry),
            ("theo-cap", "Theo cấp khen thưởng", "Cấp", by_level),
            ("theo-doi-tuong", "Theo đối tượng", "Đối tượng", by_kind),
            ("theo-don-vi", "15 đơn vị có nhiều lượt khen thưởng nhất", "Đơn vị", by_unit),
        ]
        return self._page(
            f"{SECTIONS['statistics']}/index.md", "statistics.html", "Thống kê khen thưởng",
            f"Thống kê {len(in_force)} lượt khen thưởng còn hiệu lực theo năm, danh hiệu, cấp và đơn vị.",
            total=len(in_force),
            revoked=sum(1 for a in self.portal.awards() if not a.in_force),
            charts=[{"id": i, "title": t, "svg": bar_chart(t, rows),
                     "table": self.tables.counts(i, t, c, rows)} for i, t, c, rows in charts],
        )

    def search_page(self) -> GeneratedPage:
        return self._page(
            f"{SECTIONS['search']}/index.md", "search.html", "Tìm kiếm",
            "Tìm quyết định, người và tập thể được khen thưởng, điển hình, phong trào, đơn vị; gõ có dấu "
            "hay không dấu đều được.",
            groups=labels.SEARCH_GROUPS,
            index_folder=SEARCH_INDEX_FOLDER,
        )


    def print_frame(self, page_url: str) -> tuple[str, str]:
        """What every page prints above and below its content: the publisher, and the page's
        address with a QR code to it, so that a printed page leads back to the site. A further
        page of a long list (…/trang-3/) gives its list's first page: the whole list, where the
        printed part belongs (and one QR code made for all the list's pages)."""
        address = f"{self.config.base_url}{paging.first_page_url(page_url)}"
        qr = qr_image(address, f"Mã QR dẫn tới {address}")
        return self._print_header, str(self._print_frame.after(address, qr))

    @cached_property
    def _print_frame(self) -> Any:
        return self.env.get_template("print_frame.html").module

    @cached_property
    def _print_header(self) -> str:
        """The same on every page."""
        return str(self._print_frame.before())

    def open_data_page(self) -> GeneratedPage:
        licence = self.config.data_licence
        sets = open_data.datasets(self.portal, licence.name, str(licence.url))
        updated = open_data.last_updated(sets)
        rows = [Row(d.name, (
            Cell(d.title), Cell(format_number(d.records), value=d.records),
            Cell(format_date(d.updated), value=d.updated) if d.updated else Cell("—", value=""),
            Cell("", links=tuple(Link(name.rsplit(".", 1)[1].upper(), f"{SECTIONS['data']}/{name}")
                                 for name in d.files())),
        )) for d in sets]
        columns = (Column("loai_ho_so", "Loại hồ sơ"), Column("so_ban_ghi", "Số bản ghi"),
                   Column("cap_nhat", "Cập nhật lần cuối"), Column("tep", "Tệp"))
        return self._page(
            f"{SECTIONS['data']}/index.md", "open_data.html", "Dữ liệu mở",
            f"Tải toàn bộ dữ liệu thi đua, khen thưởng của {self.config.organisation} (JSON, CSV), "
            f"theo giấy phép {licence.name}.",
            updated=updated,
            streamed=tuple((name, partial(d.write, name)) for d in sets for name in d.files()),
            table=Table("tep", "Các tệp dữ liệu mở", columns, tuple(rows)),
            updated_on=updated,
            licence=licence,
            jsonld=jsonld.script(jsonld.dataset(self.config, sets, f"{SECTIONS['data']}/")),
        )


def _tables_in(value: Any) -> list[Table]:
    """The tables among a page's template values, however deep in lists and dicts."""
    if isinstance(value, Table):
        return [value]
    if isinstance(value, paging.Listing):
        # A list cut into pages is downloaded whole, beside its first page.
        return [value.whole] if value.number == 1 else []
    if isinstance(value, dict):
        return [t for item in value.values() for t in _tables_in(item)]
    if isinstance(value, (list, tuple)):
        return [t for item in value for t in _tables_in(item)]
    return []


def _few_events(events: list[Event], limit: int) -> tuple[list[Event], int]:
    """At most `limit` of a timeline's events, still in date order, and how many are left out:
    other milestones before award decisions, which are the most numerous and listed elsewhere."""
    kept = set(sorted(range(len(events)), key=lambda i: events[i].kind == "decision")[:limit])
    return [event for i, event in enumerate(events) if i in kept], len(events) - len(kept)


def _count(values) -> list[tuple[str, int]]:
    """Counts, largest first, ties in Vietnamese alphabetical order."""
    counted = Counter(values)
    return sorted(counted.items(), key=lambda item: (-item[1], fold(item[0])))


def _url_of(src_uri: str) -> str:
    if src_uri == "index.md":
        return ""
    if src_uri.endswith("/index.md"):
        return src_uri.removesuffix("index.md")
    return src_uri.removesuffix(".md") + "/"
