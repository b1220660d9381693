"""Pages that carry good examples beyond the portal: printable posters and the monthly digest."""

from __future__ import annotations

from pathlib import Path

from generator.domain import labels
from generator.domain.promotion import DigestItem, digest
from generator.domain.records import Example
from generator.domain.text import format_date
from generator.exports.digest_feed import DIGEST_FEED, digest_feed
from generator.exports.qr import qr_image
from generator.exports.share_images import ShareCard, extension, is_image
from generator.kinds import DIGEST_SECTION, SECTIONS, record_url
from generator.pages import paging
from generator.pages.kit import Kit
from generator.pages.page import GeneratedPage

POSTER = "ap-phich"


def poster_url(example: Example) -> str:
    return f"{SECTIONS['example']}/{example.id}/{POSTER}/"


def month_url(year: int, month: int) -> str:
    return f"{DIGEST_SECTION}/{year}-{month:02d}/"


def month_title(year: int, month: int) -> str:
    return f"Bản tin tháng {month:02d}/{year}"


def poster_page(kit: Kit, example: Example) -> GeneratedPage:
    """An A4 poster for the notice board or the cultural house, with a QR code to the story."""
    address = str(kit.config.base_url) + f"{SECTIONS['example']}/{example.id}/"
    photos = [p for p in example.photos if p.consent]
    unit = kit.portal.units.get(example.unit) if example.unit else None
    return kit.page(
        f"{SECTIONS['example']}/{example.id}/{POSTER}.md", "poster.html",
        f"Áp phích: {example.name}",
        f"Áp phích khổ A4 để in và dán tại bảng tin: {example.name}.",
        example=example,
        unit=unit,
        photo={"src": photos[0].file, "caption": photos[0].caption} if photos else None,
        address=address,
        qr=qr_image(address, f"Mã QR dẫn tới {address}"),
    )


def digest_index(kit: Kit) -> GeneratedPage:
    """The list of monthly digests, with the digests' own Atom feed beside it."""
    months = digest(kit.portal)
    return kit.page(
        f"{DIGEST_SECTION}/index.md", "digest_list.html", "Bản tin hằng tháng",
        "Những gì cổng thông tin thi đua, khen thưởng đã đăng mỗi tháng, sẵn để đưa vào bản tin.",
        months=[{"url": month_url(y, m), "title": month_title(y, m), "count": len(items)}
                for (y, m), items in sorted(months.items(), reverse=True)],
        files=((DIGEST_FEED, digest_feed(
            months, str(kit.config.base_url), kit.config.portal_name, kit.config.organisation,
            month_page=lambda y, m: (month_title(y, m), month_url(y, m)),
            record_page=record_url,
        )),),
    )


def digest_month_pages(kit: Kit, year: int, month: int, items: list[DigestItem]) -> list[GeneratedPage]:
    """A month's digest, by kind of record; a month of a whole city goes on at `trang-2/`, …, each
    page with the text of its own items to paste."""
    base = str(kit.config.base_url)
    title = month_title(year, month)
    by_kind = [item for _, group in _grouped(items) for item in group]
    parts = paging.sectioned(by_kind, lambda item: (SECTIONS[item.kind], item.label), month_url(year, month),
                             paging.PAGE_SIZE)
    return kit.sectioned_pages(
        f"{DIGEST_SECTION}/{year}-{month:02d}.md", "digest.html", title,
        f"{len(items)} quyết định, điển hình, danh sách lấy ý kiến, báo cáo và phiên họp được đăng "
        f"trong tháng {month:02d}/{year}.",
        parts,
        each=lambda part: {"plain_text": plain_digest(
            [item for section in part.sections for item in section.items], base,
            title + (f" (trang {part.number}/{part.pager.count})" if part.pager else ""))},
        total=len(items),
        month_label=f"{month:02d}/{year}",
    )


def _grouped(items: list[DigestItem]) -> list[tuple[str, list[DigestItem]]]:
    groups: dict[str, list[DigestItem]] = {}
    for item in items:
        groups.setdefault(item.label, []).append(item)
    return list(groups.items())


def plain_digest(items: list[DigestItem], base_url: str, title: str) -> str:
    """The month as plain text with full addresses: pasted as is into a newsletter or Zalo."""
    lines = [title.upper(), ""]
    for label, group in _grouped(items):
        lines.append(f"{label}:")
        lines += [f"- {item.title}\n  {base_url}{record_url(item.kind, item.record_id)}" for item in group]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def share_cards(kit: Kit, root: Path) -> dict[str, tuple[str, ShareCard]]:
    """The share card of each example, decision and campaign page, by the page's source path:
    (file name under SHARE_FOLDER, card). Photos are used only where consent is recorded."""
    portal = kit.portal
    cards: dict[str, tuple[str, ShareCard]] = {}
    for example in portal.examples.values():
        photo = next((p for p in example.photos if p.consent and is_image(root / "data" / p.file)), None)
        who = example.person.full_name if example.person else ""
        unit = portal.units[example.unit].name if example.unit else ""
        card = ShareCard(labels.EXAMPLE_CATEGORY[example.category], example.name,
                         " · ".join(part for part in (who, unit) if part),
                         root / "data" / photo.file if photo else None)
        cards[f"{SECTIONS['example']}/{example.id}.md"] = (f"dien-hinh-{example.id}{extension(card)}", card)
    for decision in portal.decisions.values():
        card = ShareCard("Quyết định khen thưởng", f"Quyết định số {decision.number}: {decision.summary}",
                         f"{decision.issuer} · {format_date(decision.signed)}")
        cards[f"{SECTIONS['decision']}/{decision.id}.md"] = (f"quyet-dinh-{decision.id}.png", card)
    for campaign in portal.campaigns.values():
        card = ShareCard("Phong trào thi đua", campaign.name,
                         f"{labels.LEVEL[campaign.launch_level]} phát động · từ {format_date(campaign.start)}")
        cards[f"{SECTIONS['campaign']}/{campaign.id}.md"] = (f"phong-trao-{campaign.id}.png", card)
    return cards


def default_card(kit: Kit) -> ShareCard:
    year = kit.portal.current_year()
    return ShareCard("Cổng thông tin thi đua, khen thưởng", kit.config.portal_name,
                     f"Chủ đề năm {year.year}: {year.ward_theme}" if year else kit.config.locality)
