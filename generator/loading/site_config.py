"""The ward's settings (`site_config.yml`): read and validated like the data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import AnyHttpUrl, Field, StringConstraints, ValidationError

from generator.domain.records import Schema, Text
from generator.loading.errors import DataError, DataErrors
from generator.loading.messages import translate
from generator.loading.yaml_source import parse_yaml

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
