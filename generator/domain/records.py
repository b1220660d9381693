"""Typed schemas of every kind of record the ward publishes.

These are plain domain objects: they validate their own fields and know nothing about files.
Cross-references between records are checked later, when all records are known
(`generator.loading.references`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from generator.domain import labels
from generator.domain.keys import yaml_key
from generator.domain.text import format_number

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


# Editors' tools (JSON Schema) must accept both forms the loader accepts, not only ISO dates.
Day = Annotated[
    date,
    BeforeValidator(_parse_date),
    WithJsonSchema({"type": "string", "pattern": r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*$"}),
]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Markdown = Annotated[str, StringConstraints(min_length=1)]

def codes_of(readable: dict[str, str]) -> Any:
    """The codes a field accepts: the keys of the table that says how each reads on the pages
    (generator/domain/labels.py), so that a code and its label are written once."""
    return Literal[tuple(readable)]


RecipientKind = codes_of(labels.RECIPIENT_KIND)
# "tinh" and "quan_huyen" are the tiers that existed before 1 July 2025, kept for older decisions.
Level = codes_of(labels.LEVEL)
RecordStatus = codes_of(labels.DECISION_STATUS)
Honorific = Literal["Ông", "Bà"]


class Schema(BaseModel):
    model_config = ConfigDict(
        alias_generator=yaml_key,
        populate_by_name=False,
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
    )


class PublicByLaw(Schema):
    """A contact detail the law requires this record to publish, and the text that requires it."""

    value: Text
    legal_basis: Text


class Record(Schema):
    """A record with its own page; `id` is the last part of its address.

    A draft, or a record whose publication date has not come, is left out of the public
    build (`generator.domain.publication`) and shown only in the editor's preview.
    """

    id: Slug
    draft: bool = False
    publish_from: Day | None = None
    # Exceptions to the personal-data guard (generator/loading/privacy.py) for this record only.
    public_by_law: list[PublicByLaw] = []


class DocumentRef(Schema):
    number: Text
    date: Day
    issuer: Text


# --- Catalogue ------------------------------------------------------------------------------


class CatalogueEntry(Schema):
    """A title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng)."""

    id: Slug
    name: Text
    group: codes_of(labels.GROUP)
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
    unit_type: codes_of(labels.UNIT_TYPE)
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


class Milestone(Schema):
    """An event of a campaign's life: launch, covenant signing, reviews."""

    date: Day
    event: Text
    event_kind: Literal["phat_dong", "ky_giao_uoc", "so_ket", "tong_ket", "khac"] = "khac"


class Campaign(Record):
    name: Text
    launch_level: Level
    form: codes_of(labels.CAMPAIGN_FORM)
    launch_document: DocumentRef | None = None
    start: Day
    end: Day | None = None
    goals: Markdown
    criteria: list[Text] = []
    status: codes_of(labels.CAMPAIGN_STATUS)
    results: Markdown | None = None
    units: list[Slug] = []
    milestones: list[Milestone] = []

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


def _changed_status_rules(record: Any) -> None:
    """A corrected or revoked entry names the decision that changed it, and only then."""
    if record.status != "co_hieu_luc" and record.changed_by is None:
        raise PydanticCustomError(
            "change_without_decision",
            "đã đính chính hoặc đã hủy bỏ thì phải ghi mã quyết định đã đính chính hoặc hủy bỏ "
            "(quyet_dinh_thay_doi)",
            {"field": yaml_key("status")},
        )
    if record.status == "co_hieu_luc" and record.changed_by is not None:
        raise PydanticCustomError(
            "decision_without_change",
            "đang có hiệu lực thì không ghi quyet_dinh_thay_doi; nếu đã bị đính chính hoặc hủy "
            "bỏ, hãy sửa trang_thai",
            {"field": yaml_key("changed_by")},
        )


class Recipient(Schema):
    recipient_kind: RecipientKind
    honorific: Honorific | None = None
    name: Text
    person_id: Slug | None = None
    position: Text | None = None
    unit: Slug | None = None
    award: Text
    achievement: Text | None = None
    posthumous: bool = False
    status: RecordStatus = "co_hieu_luc"
    changed_by: Slug | None = None
    status_note: Text | None = None

    @model_validator(mode="after")
    def _honorific_for_people_only(self) -> Recipient:
        _changed_status_rules(self)
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
    decision_kind: codes_of(labels.DECISION_KIND) = "khen_thuong"
    number: Text
    signed: Day
    issuer: Text
    level: Level
    signer: Signer
    summary: Text
    commendation_type: Slug
    campaign: Slug | None = None
    attachment: Text | None = None
    status: RecordStatus = "co_hieu_luc"
    changed_by: Slug | None = None
    status_note: Text | None = None
    # A decision that corrects or revokes another may list no one: its recipients (if any)
    # are the corrected entries, not new awards.
    recipients: list[Recipient] = []

    @model_validator(mode="after")
    def _change_has_its_decision(self) -> Decision:
        _changed_status_rules(self)
        if self.decision_kind == "khen_thuong" and not self.recipients:
            raise PydanticCustomError(
                "no_recipients",
                "quyết định khen thưởng cần ít nhất một người hoặc tập thể trong danh_sach",
                {"field": yaml_key("recipients")},
            )
        return self


# --- Exemplary examples ---------------------------------------------------------------------


class Person(Schema):
    honorific: Honorific
    full_name: Text
    position: Text | None = None


def _number_as_text(value: object) -> object:
    """Figures are shown as written; a bare number in YAML is accepted and shown the Vietnamese way."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return format_number(value)


class Figure(Schema):
    label: Text
    value: Annotated[Text, BeforeValidator(_number_as_text)]


class Photo(Schema):
    file: Text
    caption: Text
    consent: bool = False


class Featured(Schema):
    """A period in which an example is put forward, such as "gương điển hình của tháng"."""

    start: Day
    end: Day
    label: Text

    @model_validator(mode="after")
    def _period_in_order(self) -> Featured:
        if self.end < self.start:
            raise PydanticCustomError(
                "period_order", "ngày kết thúc đứng trước ngày bắt đầu (tu_ngay)",
                {"field": yaml_key("end")},
            )
        return self


class Example(Record):
    name: Text
    category: codes_of(labels.EXAMPLE_CATEGORY)
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
    featured: Featured | None = None


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
    status: codes_of(labels.TASK_STATUS)
    output: Text | None = None
    # Records that show the task done, written "<folder>/<code>", e.g. bao_cao/so-ket-6-thang-2026.
    links: list[Annotated[str, StringConstraints(pattern=r"^[a-z_]+/[a-z0-9]+(-[a-z0-9]+)*$")]] = []


class YearPlan(Schema):
    year: Annotated[int, Field(ge=2000, le=2100)]
    ward_theme: Text
    city_theme: Text
    plan: DocumentRef
    targets: list[Target] = []
    tasks: list[Task] = []


# --- Emulation blocks, covenants and scores -------------------------------------------------


Points = Annotated[float, Field(ge=0)]


class Criterion(Schema):
    id: Slug
    name: Text
    max_points: Annotated[float, Field(gt=0)]


class Covenant(Schema):
    """The covenant (giao ước thi đua) the members sign: its criteria and their maximum points."""

    signed: Day
    criteria: list[Criterion] = Field(min_length=1)


class ScoreSheet(Schema):
    """One member's scores: what it gave itself, what the block verified, bonus and penalty."""

    unit: Slug
    self_scores: dict[Slug, Points]
    verified_scores: dict[Slug, Points] | None = None
    bonus: Points = 0
    penalty: Points = 0
    note: Text | None = None


class Honour(Schema):
    """The block's honouring result (suy tôn): a member proposed for a title or form."""

    unit: Slug
    proposal: Text
    decision: Slug | None = None


class EmulationBlock(Record):
    name: Text
    block_number: Annotated[int, Field(ge=1)]
    year: Annotated[int, Field(ge=2000, le=2100)]
    organiser: Text
    leader: Slug
    deputy: Slug | None = None
    members: list[Slug] = Field(min_length=2)
    campaign: Slug | None = None
    covenant: Covenant | None = None
    scores: list[ScoreSheet] = []
    honours: list[Honour] = []

    @model_validator(mode="after")
    def _scores_follow_the_covenant(self) -> EmulationBlock:
        for role, unit in (("khoi_truong", self.leader), ("khoi_pho", self.deputy)):
            if unit is not None and unit not in self.members:
                raise PydanticCustomError(
                    "leader_not_member",
                    "{role} {unit} phải có trong danh sách thanh_vien",
                    {"role": role, "unit": unit, "field": role},
                )
        if self.scores and self.covenant is None:
            raise PydanticCustomError(
                "scores_without_covenant",
                "có cham_diem nhưng chưa có giao_uoc với các tiêu chí và điểm tối đa",
                {"field": yaml_key("scores")},
            )
        maximum = {c.id: c.max_points for c in self.covenant.criteria} if self.covenant else {}
        seen: set[str] = set()
        for index, sheet in enumerate(self.scores):
            # "path" points the editor at the exact line: cham_diem, item, column, criterion.
            at = (yaml_key("scores"), index)
            if sheet.unit not in self.members:
                raise PydanticCustomError(
                    "score_of_non_member", "đơn vị {unit} không phải thành viên của khối",
                    {"unit": sheet.unit, "path": at + (yaml_key("unit"),),
                     "hint": "thêm đơn vị vào thanh_vien hoặc sửa mã đơn vị"},
                )
            if sheet.unit in seen:
                raise PydanticCustomError(
                    "score_twice", "đơn vị {unit} được chấm điểm hai lần",
                    {"unit": sheet.unit, "path": at + (yaml_key("unit"),),
                     "hint": "gộp hai bảng điểm của đơn vị này làm một"},
                )
            seen.add(sheet.unit)
            for column, scores in ((yaml_key("self_scores"), sheet.self_scores),
                                   (yaml_key("verified_scores"), sheet.verified_scores)):
                for criterion, points in (scores or {}).items():
                    if criterion not in maximum:
                        raise PydanticCustomError(
                            "unknown_criterion",
                            "{column}: không có tiêu chí mã {criterion} trong giao_uoc",
                            {"column": column, "criterion": criterion, "path": at + (column, criterion),
                             "hint": "dùng mã tiêu chí đã ghi trong giao_uoc, tieu_chi"},
                        )
                    if points > maximum[criterion]:
                        raise PydanticCustomError(
                            "score_above_maximum",
                            "{column}: tiêu chí {criterion} được {points} điểm, vượt điểm tối đa {maximum}",
                            {"column": column, "criterion": criterion, "path": at + (column, criterion),
                             "points": format_number(points), "maximum": format_number(maximum[criterion]),
                             "hint": "sửa điểm cho không vượt điểm tối đa của tiêu chí trong giao_uoc"},
                        )
        return self


# --- Nominee lists for public comment -------------------------------------------------------


class Nominee(Schema):
    recipient_kind: RecipientKind = "ca_nhan"
    honorific: Honorific | None = None
    name: Text
    position: Text | None = None
    unit: Slug | None = None
    award: Text
    achievement: Text


class Consultation(Record):
    """A list of nominees posted for public comment (lấy ý kiến Nhân dân) before review."""

    name: Text
    published: Day
    working_days: Annotated[int, Field(ge=1, le=60)] = 10
    comments_to: Text
    nominees: list[Nominee] = Field(min_length=1)
    results: Text | None = None
    decisions: list[Slug] = []


class Holiday(Schema):
    """A public holiday or day off in lieu, which deadlines in working days skip; or, with
    `lam_bu: true`, a Saturday or Sunday worked to make up for one, which they count."""

    date: Day
    name: Text
    make_up: bool = False


# --- Reports and council meetings -----------------------------------------------------------


class Report(Record):
    name: Text
    report_kind: codes_of(labels.REPORT_KIND)
    year: Annotated[int, Field(ge=2000, le=2100)]
    number: Text | None = None
    date: Day
    start: Day
    end: Day
    abstract: Text
    content: Markdown
    attachment: Text | None = None

    @model_validator(mode="after")
    def _period_in_order(self) -> Report:
        if self.end < self.start:
            raise PydanticCustomError(
                "period_order", "ngày kết thúc đứng trước ngày bắt đầu (tu_ngay)",
                {"field": yaml_key("end")},
            )
        return self


class Meeting(Record):
    """A meeting of the ward's Emulation and Commendation Council and what came of it."""

    name: Text
    date: Day
    chair: Text
    agenda: list[Text] = Field(min_length=1)
    results: Markdown
    decisions: list[Slug] = []
