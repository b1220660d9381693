"""What each kind of record is, in one table: its folder of `data/`, its schema, how an editor
calls it, the Portal field that holds its records, and the section of the site its pages live in.

Loading, references, addresses, the preview, the pages, `new`, the JSON Schemas and the search
index all read this table; adding a kind of record means a row here, a schema, a page module and
a template. A page's address is computed here and nowhere else (`page_address`).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.domain.records import (
    Campaign,
    CatalogueEntry,
    CommendationType,
    Consultation,
    Decision,
    EmulationBlock,
    Example,
    Holiday,
    Meeting,
    Report,
    Unit,
    YearPlan,
)


@dataclass(frozen=True)
class Kind:
    """A folder of `data/` holding one kind of record."""

    # The kind's name in code ("decision"), also the name of its section in `SECTIONS`.
    name: str
    folder: str
    schema: type
    # How an editor calls one record of this kind, in messages.
    label: str
    # Its short name inside a sentence: "không có {noun} nào mang mã …".
    noun: str
    portal_field: str
    # The first folder of its pages' addresses; None for kinds without pages of their own.
    section: str | None = None
    # What makes a record unique in its kind (a field of the schema).
    key: str = "id"
    # Whether other records may point to it as "<folder>/<code>" (a plan's task links).
    linkable: bool = False


KINDS: tuple[Kind, ...] = (
    # One page per title or form, under the awards' section (/khen-thuong/<code>/).
    Kind("catalogue", "danh_muc/danh_hieu", CatalogueEntry, label="danh hiệu, hình thức khen thưởng",
         noun="danh hiệu, hình thức khen thưởng", portal_field="catalogue", section="khen-thuong"),
    Kind("commendation_type", "danh_muc/loai_hinh", CommendationType, label="loại hình khen thưởng",
         noun="loại hình khen thưởng", portal_field="commendation_types"),
    Kind("unit", "don_vi", Unit, label="đơn vị", noun="đơn vị", portal_field="units", section="don-vi",
         linkable=True),
    Kind("campaign", "phong_trao", Campaign, label="phong trào thi đua", noun="phong trào",
         portal_field="campaigns", section="phong-trao", linkable=True),
    Kind("decision", "quyet_dinh", Decision, label="quyết định khen thưởng", noun="quyết định",
         portal_field="decisions", section="quyet-dinh", linkable=True),
    Kind("example", "dien_hinh", Example, label="điển hình", noun="điển hình", portal_field="examples",
         section="dien-hinh", linkable=True),
    Kind("plan", "ke_hoach", YearPlan, label="kế hoạch năm", noun="kế hoạch năm", portal_field="years",
         section="ke-hoach", key="year"),
    Kind("block", "khoi_thi_dua", EmulationBlock, label="khối thi đua", noun="khối thi đua", portal_field="blocks",
         section="khoi-thi-dua", linkable=True),
    Kind("consultation", "lay_y_kien", Consultation, label="danh sách lấy ý kiến Nhân dân",
         noun="danh sách lấy ý kiến", portal_field="consultations", section="lay-y-kien", linkable=True),
    Kind("holiday", "ngay_nghi", Holiday, label="ngày nghỉ lễ", noun="ngày nghỉ", portal_field="holidays",
         key="date"),
    Kind("report", "bao_cao", Report, label="báo cáo", noun="báo cáo", portal_field="reports", section="bao-cao",
         linkable=True),
    Kind("meeting", "hoi_dong", Meeting, label="phiên họp Hội đồng Thi đua - Khen thưởng", noun="phiên họp",
         portal_field="meetings", section="hoi-dong", linkable=True),
)

BY_NAME = {kind.name: kind for kind in KINDS}
BY_FOLDER = {kind.folder: kind for kind in KINDS}
BY_SCHEMA = {kind.schema: kind for kind in KINDS}

# Every section of the site made from data: the kinds' own, and the pages made across kinds.
SECTIONS = {
    **{kind.name: kind.section for kind in KINDS if kind.section and kind.name != "catalogue"},
    "awards": BY_NAME["catalogue"].section,
    "statistics": "thong-ke",
    "search": "tim-kiem",
    "data": "du-lieu",
}
# The section of each kind's own pages; a title's page is in the awards' section.
_PAGE_SECTIONS = {**SECTIONS, "catalogue": SECTIONS["awards"]}
# Where the search index is written (generator/search/index.py), below the search page.
SEARCH_INDEX_FOLDER = f"{SECTIONS['search']}/chi-muc"
# The monthly digests (generator/pages/promotion.py).
DIGEST_SECTION = "ban-tin"

# The kinds whose records each have a page of their own at `/<section>/<code>/`.
PAGED_KINDS = tuple(kind for kind in KINDS if kind.section and kind.key == "id")
# Folders of data/ whose records can be linked to as "<folder>/<code>", and the kind of each.
LINKABLE_FOLDERS = {kind.folder: kind.name for kind in KINDS if kind.linkable}

# The folder of data/ holding photos and PDF files, not records.
ATTACHMENTS_FOLDER = "tep"

# Share cards (Open Graph images) live here; pages without a card of their own use the default.
SHARE_FOLDER = "assets/chia-se"
DEFAULT_CARD = "cong-thong-tin.png"


def page_address(src_uri: str) -> str:
    """A page's address relative to the site's root, from its source path, as MkDocs gives it
    (directory URLs): `index.md` → "", `a/b.md` and `a/b/index.md` → `a/b/`."""
    if src_uri in ("index.md", "README.md"):
        return ""
    for name in ("/index.md", "/README.md"):
        if src_uri.endswith(name):
            return src_uri.removesuffix(name) + "/"
    return src_uri.removesuffix(".md") + "/"


def record_src(kind: str, record_id: object) -> str:
    """The source path of a record's own page, e.g. `quyet-dinh/15-qd-ubnd-2026.md`."""
    return f"{_PAGE_SECTIONS[kind]}/{record_id}.md"


def record_url(kind: str, record_id: object) -> str:
    """A record's page, relative to the site's root, e.g. `quyet-dinh/15-qd-ubnd-2026/`."""
    return page_address(record_src(kind, record_id))
