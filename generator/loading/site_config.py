"""The ward's settings (`site_config.yml`): read and validated like the data."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, AnyHttpUrl, Field, StringConstraints, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from generator.domain.keys import yaml_key
from generator.domain.locality import Locality, LocalityKind, kind_in_name, province_word
from generator.domain.records import Schema, Text
from generator.loading.errors import UNREADABLE, UNREADABLE_HINT, DataError, DataErrors
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
    # phường, xã or đặc khu: every word the portal writes about its own unit follows it.
    locality_kind: LocalityKind | None = None

    @model_validator(mode="before")
    @classmethod
    def _kind_from_names(cls, data: Any) -> Any:
        # Configurations written before the key existed name the kind in the agency's name.
        if isinstance(data, dict) and data.get(yaml_key("locality_kind")) is None:
            names = [data.get(yaml_key(key)) for key in ("organisation", "locality")]
            found = next((kind_in_name(name) for name in names if isinstance(name, str) and kind_in_name(name)),
                         None)
            if found:
                data = {**data, yaml_key("locality_kind"): found}
        return data

    @model_validator(mode="after")
    def _kind_of_unit(self) -> SiteConfig:
        if self.locality_kind is None:
            raise PydanticCustomError(
                "locality_kind", "không rõ cổng thông tin của phường, xã hay đặc khu",
                {"field": yaml_key("locality_kind"),
                 "hint": "thêm dòng `loai_dia_phuong: xa` (hoặc phuong, dac_khu) vào site_config.yml"},
            )
        return self

    @property
    def local_unit(self) -> Locality:
        return Locality(self.locality_kind, province_word(self.locality))


def project_above(root: Path) -> Path | None:
    """The project `root` is inside (run from `data/`, say), if it is not one itself."""
    if (root / CONFIG_FILE).is_file():
        return None
    return next((folder for folder in root.resolve().parents if (folder / CONFIG_FILE).is_file()), None)


def load_site_config(root: Path) -> SiteConfig:
    path = root / CONFIG_FILE
    above = project_above(root)
    if above is not None:
        inside = root.resolve().relative_to(above).as_posix()
        raise DataErrors([DataError(
            CONFIG_FILE, 1, "", f"lệnh đang chạy trong thư mục {inside}/ của dự án, không phải thư mục gốc {above}",
            f"chuyển về thư mục gốc (cd {'/'.join(['..'] * len(Path(inside).parts))}) rồi chạy lại lệnh, hoặc thêm "
            f"--project {above}",
        )])
    if not path.is_file():
        raise DataErrors(
            [DataError(CONFIG_FILE, 1, "", "không tìm thấy tệp cấu hình",
                       "sao chép site_config.yml từ kho mẫu rồi sửa các giá trị")]
        )
    try:
        raw = path.read_bytes()
    except OSError:
        raise DataErrors([DataError(CONFIG_FILE, 1, "", UNREADABLE, UNREADABLE_HINT)]) from None
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
