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
    AfterValidator,
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
from generator.domain.consultation import MINIMUM_WORKING_DAYS, counting_start, legal_basis
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


# The dates a record may hold. Before 1900 is a typing slip in this domain (the Law on Emulation
# and Commendation and the awards it governs are 20th-century and later), and what the portal
# writes stops at 2100: the sitemap's gzip header holds a 32-bit time, which ends in 2106.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2100, 12, 31)


def _in_range(value: date) -> date:
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise PydanticCustomError(
            "date_range", "ngày {value} nằm ngoài khoảng 01/01/1900 – 31/12/2100",
            {"value": f"{value.day:02d}/{value.month:02d}/{value.year:04d}", "hint": "kiểm tra lại năm"},
        )
    return value


# Editors' tools (JSON Schema) must accept both forms the loader accepts, not only ISO dates.
Day = Annotated[
    date,
    BeforeValidator(_parse_date),
    AfterValidator(_in_range),
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
# The levels, old and new, and who else confers titles: generator/domain/labels.py.
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
        # `.inf`, `.nan` and `1e400` (infinite once read) are no figure an office publishes.
        allow_inf_nan=False,
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


def _one_or_many(value: object) -> object:
    """`cap: phuong` and `cap: [phuong, xa]` both read as a list."""
    return [value] if isinstance(value, str) else value


class Authority(Schema):
    """Who may confer a title or form: the levels, the positions that sign, the dates the power
    held, and the legal text that gives it (generator/domain/authority.py applies it)."""

    levels: Annotated[list[Level], BeforeValidator(_one_or_many), Field(min_length=1)]
    # Empty: the head of the issuing body, whatever the title (an enterprise's director, say).
    signing_positions: list[Text] = []
    start: Day | None = None
    end: Day | None = None
    legal_basis: Text

    @model_validator(mode="after")
    def _period_in_order(self) -> Authority:
        if self.start and self.end and self.end < self.start:
            raise PydanticCustomError(
                "period_order", "ngày kết thúc đứng trước ngày bắt đầu (tu_ngay)",
                {"field": yaml_key("end")},
            )
        return self


class Prerequisite(Schema):
    """Titles a person must hold before this one (generator/domain/history.py): `times` awards of
    any of `awards` within the `years` before."""

    awards: Annotated[list[Text], BeforeValidator(_one_or_many), Field(min_length=1)]
    times: Annotated[int, Field(ge=1, le=20)] = 1
    years: Annotated[int, Field(ge=1, le=50)]
    legal_basis: Text


class CatalogueEntry(Schema):
    """A title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng)."""

    id: Slug
    name: Text
    group: codes_of(labels.GROUP)
    recipient_kinds: list[RecipientKind] = Field(min_length=1)
    # The usual authority, shown on pages; `authorities` lists every one the law allows.
    level: Level
    decided_by: Text
    aliases: list[Text] = []
    authorities: list[Authority] = []
    # At most once in this many years for one person or collective ("xét tặng hằng năm": 1).
    period_years: Annotated[int, Field(ge=1, le=50)] | None = None
    period_basis: Text | None = None
    prerequisites: list[Prerequisite] = []


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


class Correction(Schema):
    """The values a corrected entry should have carried, as the correcting decision states them.

    The entry keeps what the original decision says (records are never rewritten); lists, search
    and exports show these values and note the original (docs/huong-dan-bien-tap.md, "Đính chính").
    """

    honorific: Honorific | None = None
    name: Text | None = None
    position: Text | None = None
    unit: Slug | None = None
    achievement: Text | None = None

    @model_validator(mode="after")
    def _corrects_something(self) -> Correction:
        if not self.model_dump(exclude_none=True):
            raise PydanticCustomError(
                "empty_correction",
                "cần ít nhất một giá trị đã sửa (ten, danh_xung, chuc_vu, don_vi hoặc thanh_tich)",
                {"field": yaml_key("corrected")},
            )
        return self


class Recipient(Schema):
    recipient_kind: RecipientKind
    # Optional, for individuals too: the forms of Nghị định 98/2023/NĐ-CP list a person by full name,
    # position and unit; "Ông"/"Bà" is the office's custom, shown when the list gives it.
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
    corrected: Correction | None = None
    # For statistics only, never published per person (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15,
    # Điều 2: ethnicity is sensitive personal data): excluded from every dump of the record, counted
    # only in aggregates with small groups hidden (generator/domain/statistics.py).
    sex: Literal["nam", "nu"] | None = Field(default=None, exclude=True)
    ethnic_minority: bool | None = Field(default=None, exclude=True)
    direct_worker: bool | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _posthumous_for_people_only(self) -> Recipient:
        _changed_status_rules(self)
        if self.corrected is not None and self.status != "da_dinh_chinh":
            raise PydanticCustomError(
                "correction_without_status",
                "chỉ mục đã đính chính (trang_thai: da_dinh_chinh) mới ghi dinh_chinh_thanh",
                {"field": yaml_key("corrected")},
            )
        # Without the corrected values every list would keep showing the wrong one, the value the
        # correction was made to withdraw.
        if self.status == "da_dinh_chinh" and self.corrected is None:
            raise PydanticCustomError(
                "correction_without_values",
                "mục đã đính chính cần ghi giá trị đã sửa trong dinh_chinh_thanh (ví dụ `ten:` họ tên "
                "đúng), để danh sách hiện giá trị đúng",
                {"field": yaml_key("status")},
            )
        if self.recipient_kind != "ca_nhan" and (self.sex or self.ethnic_minority is not None
                                                   or self.direct_worker is not None):
            raise PydanticCustomError(
                "personal_statistics_collective",
                "gioi_tinh, dan_toc_thieu_so, truc_tiep_lao_dong chỉ ghi cho cá nhân",
                {"field": yaml_key("recipient_kind")},
            )
        if self.sex and self.honorific and self.sex != {"Ông": "nam", "Bà": "nu"}[self.honorific]:
            raise PydanticCustomError(
                "sex_against_honorific",
                "gioi_tinh {sex} không khớp danh xưng {honorific}",
                {"sex": self.sex, "honorific": self.honorific, "field": yaml_key("sex")},
            )
        if self.recipient_kind != "ca_nhan" and self.posthumous:
            raise PydanticCustomError(
                "posthumous_collective",
                "chỉ cá nhân mới có thể được truy tặng",
                {"field": yaml_key("posthumous")},
            )
        return self

    def as_corrected(self) -> Recipient:
        """The entry as it stands after its correction: what lists, search and exports show."""
        if self.corrected is None:
            return self
        return self.model_copy(update=self.corrected.model_dump(exclude_none=True))

    def originals(self) -> dict[str, Any]:
        """The values as the original decision wrote them, of each field a correction changed."""
        if self.corrected is None:
            return {}
        return {field: getattr(self, field) for field, value in self.corrected.model_dump(exclude_none=True).items()
                if getattr(self, field) != value}


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


# How a figure is compared with its target, as the plan words it: "tối thiểu"/"đạt" (at least),
# "tối đa"/"còn" (at most), "trên" (strictly more), "dưới" (strictly less): "trên 80%" is not met
# by 80% (generator/domain/targets.py).
Direction = Literal["toi_thieu", "toi_da", "tren", "duoi"]
# "luy_ke": the figure accrues through the year (revenue collected, funds disbursed), so an interim
# figure is compared with the share of the year gone; "muc_do": a level or rate (growth, a share of
# households) compared with the target as it stands.
Accrual = Literal["luy_ke", "muc_do"]


class TargetPart(Schema):
    """One measurable part of a composite target ("đúng hạn 100%; trực tuyến trên 80%")."""

    name: Text
    measure: Text
    target_value: float
    direction: Direction
    accrual: Accrual = "muc_do"
    actuals: list[Actual] = []


class Target(Schema):
    """A target of the year's plan: one measure, or (with `parts`) several, each judged on its own."""

    id: Slug
    name: Text
    target: Text
    measure: Text | None = None
    target_value: float | None = None
    direction: Direction | None = None
    accrual: Accrual = "muc_do"
    actuals: list[Actual] = []
    parts: list[TargetPart] = []

    @model_validator(mode="after")
    def _one_measure_or_parts(self) -> Target:
        single = (self.measure, self.target_value, self.direction)
        if self.parts and (any(v is not None for v in single) or self.actuals):
            raise PydanticCustomError(
                "target_parts_and_measure",
                "chỉ tiêu có thanh_phan thì ghi don_vi_tinh, gia_tri_muc_tieu, chieu và thuc_hien trong "
                "từng thành phần, không ghi ở chỉ tiêu",
                {"field": yaml_key("parts")},
            )
        if not self.parts and any(v is None for v in single):
            raise PydanticCustomError(
                "target_without_measure",
                "chỉ tiêu cần don_vi_tinh, gia_tri_muc_tieu và chieu (hoặc thanh_phan khi chỉ tiêu gồm "
                "nhiều phần)",
                {"field": yaml_key("target_value")},
            )
        return self

    def measured(self) -> list[TargetPart]:
        """The parts judged: the target itself when it has one measure."""
        if self.parts:
            return list(self.parts)
        # Built from values already validated on this target.
        return [TargetPart.model_construct(name=self.name, measure=self.measure, target_value=self.target_value,
                                           direction=self.direction, accrual=self.accrual, actuals=self.actuals)]


class Task(Schema):
    id: Slug
    quarter: Annotated[int, Field(ge=1, le=4)]
    content: Text
    lead: Text
    status: codes_of(labels.TASK_STATUS)
    output: Text | None = None
    # Records that show the task done, written "<folder>/<code>", e.g. bao_cao/so-ket-6-thang-2026.
    links: list[Annotated[str, StringConstraints(pattern=r"^[a-z_]+/[a-z0-9]+(-[a-z0-9]+)*$")]] = []


class PlanDocument(Schema):
    """The plan's own document. A plan is often published before it is numbered and dated (the
    2026 plan reads "Số: /KH-UBND", "ngày tháng 02 năm 2026"): the blanks stay blank, a number or
    date is never made up."""

    number: Text | None = None
    date: Day | None = None
    issuer: Text


class YearPlan(Schema):
    year: Annotated[int, Field(ge=2000, le=2100)]
    ward_theme: Text
    city_theme: Text
    plan: PlanDocument
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
    # Totals are rounded to the decimals the covenant scores in (its scoring guide: whole points,
    # halves, tenths…), so no total shows more precision than the scores it adds.
    precision: Annotated[int, Field(ge=0, le=3)] = 2


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

    @model_validator(mode="after")
    def _legal_minimum(self) -> Consultation:
        if self.working_days < MINIMUM_WORKING_DAYS:
            raise PydanticCustomError(
                "below_legal_minimum",
                "danh sách đề nghị khen thưởng được lấy ý kiến Nhân dân ít nhất {minimum} ngày làm việc "
                "({basis}), không thể chỉ {days} ngày",
                {"minimum": MINIMUM_WORKING_DAYS, "days": self.working_days,
                 "basis": legal_basis(counting_start(self.published, self.publish_from)),
                 "field": yaml_key("working_days"),
                 "hint": f"ghi so_ngay_lam_viec từ {MINIMUM_WORKING_DAYS} trở lên, hoặc xóa dòng này (mặc định 10)"},
            )
        return self


class Holiday(Schema):
    """A public holiday or day off in lieu, which deadlines in working days skip; or, with
    `lam_bu: true`, a Saturday or Sunday worked to make up for one, which they count; or, with
    `chua_chinh_thuc: true`, a day that may be off once the year's schedule is published, which
    no deadline may touch until then (generator/loading/calendar.py)."""

    date: Day
    name: Text
    make_up: bool = False
    pending: bool = False
    # The document that makes the day off or worked, such as the Labour Code 2019 Art. 112.
    legal_basis: Text | None = None

    @model_validator(mode="after")
    def _worked_or_pending(self) -> Holiday:
        if self.make_up and self.pending:
            raise PydanticCustomError(
                "make_up_pending",
                "một ngày không thể vừa là ngày làm bù vừa chưa chính thức",
                {"field": yaml_key("pending")},
            )
        return self


class Abbreviation(Schema):
    """A short form readers type in search ("CSTĐ"), with the words it stands for: search finds
    the records that write either."""

    abbreviation: Text
    meaning: Text

    @model_validator(mode="after")
    def _one_word(self) -> Abbreviation:
        # Search compares word with word: a form with a space or a dot would never match.
        if not re.fullmatch(r"[^\W_]+", self.abbreviation.strip()):
            raise PydanticCustomError(
                "abbreviation_not_one_word",
                "từ viết tắt phải là một từ liền, chỉ gồm chữ và số (ví dụ CSTĐ), không có dấu cách, dấu chấm",
                {"field": yaml_key("abbreviation"), "hint": "viết liền, ví dụ CSTĐ, không viết C.S.T.Đ"},
            )
        return self


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
