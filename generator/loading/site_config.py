"""The ward's settings (`site_config.yml`): read and validated like the data."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, AnyHttpUrl, Field, StringConstraints, ValidationError
from pydantic_core import PydanticCustomError

from generator.domain.records import Schema, Text
from generator.loading.errors import DataError, DataErrors
from generator.loading.messages import translate
from generator.loading.published_files import LOGO_TYPES, check_file, file_error, outside_project
from generator.loading.yaml_source import parse_yaml

CONFIG_FILE = "site_config.yml"

Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
_EMBED_PREFIX = re.compile(r"^https://[a-z0-9.-]+(:[0-9]+)?/\S*$")


def _embed_prefix(value: str) -> str:
    """An https address up to at least the `/` after the host, so that a prefix cannot be
    extended into another host (https://www.youtube.com.example.net/)."""
    if not _EMBED_PREFIX.match(value):
        raise PydanticCustomError(
            "embed_prefix", "địa chỉ nhúng cần bắt đầu bằng https:// và có dấu / ngay sau tên máy chủ",
            {"hint": "ghi phần đầu địa chỉ của khung nhúng, ví dụ https://www.youtube-nocookie.com/embed/"},
        )
    return value


EmbedPrefix = Annotated[str, AfterValidator(_embed_prefix)]


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
    # Address prefixes whose <iframe> a content/ page may keep (generator/domain/sanitise.py).
    embeds: list[EmbedPrefix] = []


def load_site_config(root: Path) -> SiteConfig:
    path = root / CONFIG_FILE
    if not path.is_file():
        raise DataErrors(
            [DataError(CONFIG_FILE, 1, "", "không tìm thấy tệp cấu hình",
                       "sao chép site_config.yml từ kho mẫu rồi sửa các giá trị")]
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataErrors([DataError(
            CONFIG_FILE, raw[: error.start].count(b"\n") + 1, "",
            "tệp không ở bảng mã UTF-8 (có thể là TCVN3 hoặc VNI của phần mềm cũ)",
            "mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode)")]) from None
    document, errors = parse_yaml(text, CONFIG_FILE)
    if document is None or errors:
        raise DataErrors(errors)
    try:
        config = SiteConfig.model_validate(document.data or {})
    except ValidationError as invalid:
        raise DataErrors(
            [translate(error, SiteConfig, (), document.source) for error in invalid.errors()]
        ) from None
    if config.logo:
        line = document.source.line_of(("logo",))
        logo = root / config.logo
        problem = outside_project(root, logo, config.logo)
        if problem is None and not logo.is_file():
            raise DataErrors(
                [DataError(CONFIG_FILE, line, "logo",
                           f"không tìm thấy tệp {config.logo}",
                           "ghi đường dẫn tệp logo tính từ thư mục gốc của kho, ví dụ theme/logo.svg")]
            )
        problem = problem or check_file(logo.resolve(), config.logo, LOGO_TYPES)
        if problem is not None:
            raise DataErrors([file_error(CONFIG_FILE, line, "logo", problem)])
    return config
