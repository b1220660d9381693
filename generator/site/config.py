"""The MkDocs configuration, derived from `site_config.yml` and loaded through MkDocs' own API.

Editors never write an `mkdocs.yml`: everything MkDocs and Material need is computed here.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError

from generator.kinds import DEFAULT_CARD, DIGEST_SECTION, SECTIONS, SHARE_FOLDER
from generator.loading.site_config import SiteConfig


class ConfigRefused(Exception):
    """MkDocs refused the configuration made from site_config.yml."""


def mkdocs_config(root: Path, config: SiteConfig, site_dir: Path, *, preview: bool = False) -> MkDocsConfig:
    """The configuration MkDocs would load from an mkdocs.yml holding `mkdocs_settings`, loaded
    through its own API from memory: no file is written, and every path in it is absolute, so
    a project given by a relative path builds the same."""
    root = root.resolve()
    settings = mkdocs_settings(root, config, site_dir.resolve(), preview=preview)
    text = yaml.safe_dump(settings, allow_unicode=True, sort_keys=False).encode()
    try:
        # MkDocs takes paths in a configuration relative to the file's folder: the project's.
        return load_config(io.BytesIO(text), config_file_path=str(root / "mkdocs.yml"))
    except (Abort, ConfigurationError) as error:
        raise ConfigRefused(f"Cấu hình MkDocs sinh ra từ site_config.yml không hợp lệ: {error}") from None


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
            {"Bản tin": f"{DIGEST_SECTION}/index.md"},
            {"Dữ liệu mở": f"{SECTIONS['data']}/index.md"},
            *pages,
        ],
        # Record pages are reached from their list pages: kept out of the navigation, which
        # MkDocs renders into every page (quadratic with thousands of records).
        "not_in_nav": "\n".join(f"/{section}/**/*.md" for section in [*SECTIONS.values(), DIGEST_SECTION]),
    }


def _tel_uri(phone: str) -> str:
    """The digits of a single plain phone number for a `tel:` link, or "" when it is not one."""
    if re.fullmatch(r"[+0-9 .()-]+", phone) is None:
        return ""
    digits = re.sub(r"[^+0-9]", "", phone)
    return digits if len(digits) >= 3 else ""
