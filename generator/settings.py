"""The ward's settings (`site_config.yml`) and the MkDocs configuration derived from them.

Editors never write an `mkdocs.yml`: everything MkDocs and Material need is computed here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import AnyHttpUrl, Field, StringConstraints, ValidationError

from generator.domain.records import Schema, Text
from generator.loading.errors import DataError, DataErrors
from generator.loading.messages import translate
from generator.loading.yaml_source import parse_yaml
from generator.site.sections import DEFAULT_CARD, SECTIONS, SHARE_FOLDER

CONFIG_FILE = "site_config.yml"

Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]


class Office(Schema):
    """The publishing office: its contact is public by law, so it may appear on every page."""

    name: Text
    address: Text
    phone: Text
    email: Text


class Licence(Schema):
    name: Text
    url: AnyHttpUrl


class SiteConfig(Schema):
    organisation: Text
    portal_name: Text
    locality: Text
    office: Office
    base_url: AnyHttpUrl
    year: Annotated[int, Field(ge=2000, le=2100)]
    logo: Text | None = None
    primary_colour: Colour = "#a4161a"
    accent_colour: Colour = "#8a5a00"
    data_licence: Licence


def load_site_config(root: Path) -> SiteConfig:
    path = root / CONFIG_FILE
    if not path.is_file():
        raise DataErrors(
            [DataError(CONFIG_FILE, 1, "", "không tìm thấy tệp cấu hình",
                       "sao chép site_config.yml từ kho mẫu rồi sửa các giá trị")]
        )
    document, errors = parse_yaml(path.read_text(encoding="utf-8-sig"), CONFIG_FILE)
    if document is None or errors:
        raise DataErrors(errors)
    try:
        config = SiteConfig.model_validate(document.data or {})
    except ValidationError as invalid:
        raise DataErrors(
            [translate(error, SiteConfig, (), document.source) for error in invalid.errors()]
        ) from None
    if config.logo and not (root / config.logo).is_file():
        raise DataErrors(
            [DataError(CONFIG_FILE, document.source.line_of(("logo",)), "logo",
                       f"không tìm thấy tệp {config.logo}",
                       "ghi đường dẫn tệp logo tính từ thư mục gốc của kho, ví dụ theme/logo.svg")]
        )
    return config


def mkdocs_settings(root: Path, config: SiteConfig, site_dir: Path, *, preview: bool = False) -> dict[str, Any]:
    """The MkDocs configuration for this project, as the dictionary an mkdocs.yml would hold."""
    content = root / "content"
    pages = sorted(p.relative_to(content).as_posix() for p in content.glob("*.md") if p.name != "index.md")
    licence = config.data_licence
    return {
        "site_name": config.portal_name,
        "site_url": str(config.base_url),
        "site_description": (
            f"Công khai thi đua, khen thưởng của {config.organisation}: quyết định khen thưởng, "
            "điển hình tiên tiến, phong trào thi đua."
        ),
        "site_author": config.organisation,
        "docs_dir": str(content),
        "site_dir": str(site_dir),
        "strict": True,
        "use_directory_urls": True,
        "theme": {
            "name": "material",
            "language": "vi",
            "custom_dir": str(root / "theme" / "overrides"),
            "font": False,
            "logo": "assets/logo" + (Path(config.logo).suffix if config.logo else ".svg"),
            "favicon": "assets/logo" + (Path(config.logo).suffix if config.logo else ".svg"),
            # No "palette": the ward's colours are CSS variables (assets/ward.css), and Material's
            # palette stylesheet, fetched by every page, holds only its named colours and the
            # dark scheme, neither of which the portal uses.
            # Not "content.tooltips": Material builds those tooltips with innerHTML from title
            # attributes, which carry text from data.
            "features": ["navigation.tabs", "navigation.top"],
        },
        # No Material search plugin: the portal writes its own index (generator/search/).
        "plugins": [
            {"thi-dua": {"root": str(root), "preview": preview}},
        ],
        "markdown_extensions": ["attr_list", "tables", "admonition", "toc"],
        "extra_css": ["assets/css/portal.css", "assets/ward.css"],
        # Filters and sorting of tables; without it every table is still there in full. The menu
        # button's keys (portal.js) and the share buttons (share.js), at the end of every page too.
        "extra_javascript": ["assets/javascripts/tables.js", "assets/javascripts/portal.js",
                             "assets/javascripts/share.js"],
        "extra": {
            "generator": False,
            "organisation": config.organisation,
            "office": {**config.office.model_dump(), "tel": _tel_uri(config.office.phone)},
            "licence": {"name": licence.name, "url": str(licence.url)},
            # The share card of pages without one of their own (lists, hand-written pages).
            "share_image": f"{config.base_url}{SHARE_FOLDER}/{DEFAULT_CARD}",
        },
        "nav": [
            {"Trang chủ": "index.md"},
            {"Khen thưởng": [
                {"Quyết định khen thưởng": f"{SECTIONS['decision']}/index.md"},
                {"Kết quả theo năm, danh hiệu": f"{SECTIONS['awards']}/index.md"},
                {"Lấy ý kiến Nhân dân": f"{SECTIONS['consultation']}/index.md"},
                {"Thống kê": f"{SECTIONS['statistics']}/index.md"},
            ]},
            {"Thi đua": [
                {"Phong trào thi đua": f"{SECTIONS['campaign']}/index.md"},
                {"Khối thi đua": f"{SECTIONS['block']}/index.md"},
                {"Kế hoạch": f"{SECTIONS['plan']}/index.md"},
                {"Báo cáo": f"{SECTIONS['report']}/index.md"},
                {"Hội đồng Thi đua - Khen thưởng": f"{SECTIONS['meeting']}/index.md"},
            ]},
            {"Điển hình tiên tiến": f"{SECTIONS['example']}/index.md"},
            {"Đơn vị": f"{SECTIONS['unit']}/index.md"},
            {"Bản tin": "ban-tin/index.md"},
            {"Dữ liệu mở": f"{SECTIONS['data']}/index.md"},
            *pages,
        ],
        # Record pages are reached from their list pages: kept out of the navigation, which
        # MkDocs renders into every page (quadratic with thousands of records).
        "not_in_nav": "\n".join(f"/{section}/**/*.md" for section in [*SECTIONS.values(), "ban-tin"]),
        "watch": [str(root / "data"), str(root / CONFIG_FILE), str(root / "theme")],
    }


def _tel_uri(phone: str) -> str:
    """The digits of a single plain phone number for a `tel:` link, or "" when it is not one."""
    if re.fullmatch(r"[+0-9 .()-]+", phone) is None:
        return ""
    digits = re.sub(r"[^+0-9]", "", phone)
    return digits if len(digits) >= 3 else ""
