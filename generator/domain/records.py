"""Typed schemas of every kind of record the ward publishes.

These are plain domain objects: they validate their own fields and know nothing about files.
Cross-references between records are checked later, when all records are known
(`generator.loading.references`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from generator.domain.keys import yaml_key

_VN_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def _parse_date(value: object) -> object:
    """Accept ISO dates (as YAML reads them) and the dd/mm/yyyy that offices write."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date) or not isinstance(value, str):
        return value
    for pattern, order in ((_ISO_DATE, (0, 1, 2)), (_VN_DATE, (2, 1, 0))):
        match = pattern.match(value)
        if match:
            parts = [int(group) for group in match.groups()]
            year, month, day = (parts[i] for i in order)
            try:
                return date(year, month, day)
            except ValueError:
                raise PydanticCustomError(
                    "impossible_date",
                    "ngày {value} không có trên lịch",
                    {"value": value.strip()},
                ) from None
    raise PydanticCustomError("date_format", "cần một ngày", {})


Day = Annotated[date, BeforeValidator(_parse_date)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Markdown = Annotated[str, StringConstraints(min_length=1)]

RecipientKind = Literal["ca_nhan", "tap_the", "ho_gia_dinh"]
Level = Literal["trung_uong", "thanh_pho", "phuong"]
Honorific = Literal["Ông", "Bà"]


class Schema(BaseModel):
    model_config = ConfigDict(
        alias_generator=yaml_key,
        populate_by_name=False,
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
    )


class Record(Schema):
    """A record with its own page; `id` is the last part of its address."""

    id: Slug


class DocumentRef(Schema):
    number: Text
    date: Day
    issuer: Text


# --- Catalogue ------------------------------------------------------------------------------


class CatalogueEntry(Schema):
    """A title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng)."""

    id: Slug
    name: Text
    group: Literal["danh_hieu_thi_dua", "hinh_thuc_khen_thuong"]
    recipient_kinds: list[RecipientKind] = Field(min_length=1)
    level: Level
    decided_by: Text
    aliases: list[Text] = []


class CommendationType(Schema):
    """A type of commendation (loại hình khen thưởng), such as `theo đợt`."""

    id: Slug
    name: Text


# --- Units ----------------------------------------------------------------------------------


class FormerName(Schema):
    name: Text
    end: Day


class Unit(Record):
    name: Text
    unit_type: Literal[
        "co_quan_nha_nuoc",
        "truong_hoc",
        "to_dan_pho",
        "doanh_nghiep",
        "doan_the",
        "don_vi_su_nghiep",
        "luc_luong_vu_trang",
    ]
    parent: Slug | None = None
    active_from: Day | None = None
    active_until: Day | None = None
    former_names: list[FormerName] = []
    address: Text | None = None
    description: Text | None = None

    @model_validator(mode="after")
    def _period_in_order(self) -> Unit:
        if self.active_from and self.active_until and self.active_until < self.active_from:
            raise PydanticCustomError(
                "period_order",
                "ngày kết thúc hoạt động đứng trước ngày bắt đầu",
                {"field": yaml_key("active_until")},
            )
        return self


# --- Campaigns ------------------------------------------------------------------------------


class Campaign(Record):
    name: Text
    launch_level: Level
    form: Literal["thuong_xuyen", "chuyen_de"]
    launch_document: DocumentRef | None = None
    start: Day
    end: Day | None = None
    goals: Markdown
    criteria: list[Text] = []
    status: Literal["dang_trien_khai", "so_ket", "tong_ket"]
    results: Markdown | None = None
    units: list[Slug] = []

    @model_validator(mode="after")
    def _period_in_order(self) -> Campaign:
        if self.end and self.end < self.start:
            raise PydanticCustomError(
                "period_order",
                "ngày kết thúc đứng trước ngày bắt đầu (tu_ngay)",
                {"field": yaml_key("end")},
            )
        return self


# --- Award decisions ------------------------------------------------------------------------


class Signer(Schema):
    position: Text
    full_name: Text


class Recipient(Schema):
    recipient_kind: RecipientKind
    honorific: Honorific | None = None
    name: Text
    position: Text | None = None
    unit: Slug | None = None
    award: Text
    achievement: Text | None = None
    posthumous: bool = False

    @model_validator(mode="after")
    def _honorific_for_people_only(self) -> Recipient:
        if self.recipient_kind == "ca_nhan" and self.honorific is None:
            raise PydanticCustomError(
                "honorific_missing",
                "cá nhân cần có danh xưng (danh_xung: Ông hoặc Bà)",
                {"field": yaml_key("honorific")},
            )
        if self.recipient_kind != "ca_nhan" and self.posthumous:
            raise PydanticCustomError(
                "posthumous_collective",
                "chỉ cá nhân mới có thể được truy tặng",
                {"field": yaml_key("posthumous")},
            )
        return self


class Decision(Record):
    number: Text
    signed: Day
    issuer: Text
    level: Level
    signer: Signer
    summary: Text
    commendation_type: Slug
    campaign: Slug | None = None
    attachment: Text | None = None
    status: Literal["co_hieu_luc", "da_dinh_chinh", "da_huy_bo"] = "co_hieu_luc"
    changed_by: Slug | None = None
    status_note: Text | None = None
    recipients: list[Recipient] = Field(min_length=1)

    @model_validator(mode="after")
    def _change_has_its_decision(self) -> Decision:
        if self.status != "co_hieu_luc" and self.changed_by is None:
            raise PydanticCustomError(
                "change_without_decision",
                "quyết định đã đính chính hoặc đã hủy bỏ phải ghi mã quyết định đã đính chính "
                "hoặc hủy bỏ nó (quyet_dinh_thay_doi)",
                {"field": yaml_key("status")},
            )
        if self.status == "co_hieu_luc" and self.changed_by is not None:
            raise PydanticCustomError(
                "decision_without_change",
                "quyết định còn hiệu lực không có quyet_dinh_thay_doi; nếu nó đã bị đính chính "
                "hoặc hủy bỏ, hãy sửa trang_thai",
                {"field": yaml_key("changed_by")},
            )
        return self


# --- Exemplary examples ---------------------------------------------------------------------


class Person(Schema):
    honorific: Honorific
    full_name: Text
    position: Text | None = None


class Figure(Schema):
    label: Text
    value: Text


class Photo(Schema):
    file: Text
    caption: Text
    consent: bool = False


class Example(Record):
    name: Text
    category: Literal["dien_hinh_tien_tien", "nguoi_tot_viec_tot", "mo_hinh_moi", "cach_lam_hay"]
    person: Person | None = None
    unit: Slug | None = None
    field: Text
    abstract: Text
    story: Markdown
    figures: list[Figure] = []
    photos: list[Photo] = []
    decisions: list[Slug] = []
    campaign: Slug | None = None
    published: Day


# --- The year's plan ------------------------------------------------------------------------


class Actual(Schema):
    period: Text
    date: Day
    value: float


class Target(Schema):
    id: Slug
    name: Text
    target: Text
    measure: Text
    target_value: float
    direction: Literal["toi_thieu", "toi_da"]
    actuals: list[Actual] = []


class Task(Schema):
    id: Slug
    quarter: Annotated[int, Field(ge=1, le=4)]
    content: Text
    lead: Text
    status: Literal["chua_thuc_hien", "dang_thuc_hien", "hoan_thanh"]
    output: Text | None = None


class YearPlan(Schema):
    year: Annotated[int, Field(ge=2000, le=2100)]
    ward_theme: Text
    city_theme: Text
    plan: DocumentRef
    targets: list[Target] = []
    tasks: list[Task] = []
