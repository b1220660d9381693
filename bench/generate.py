"""Realistic data in the project's own format, at the scales the benchmark measures.

    python bench/generate.py --scale ward-10y --seed 1 --out /tmp/ward-10y
    python -m generator --project /tmp/ward-10y build

The output is a complete project folder: `site_config.yml`, `content/`, `theme/` and the
catalogue (`data/danh_muc/`) copied from this repository, and generated units, campaigns,
decisions with their lists, examples, emulation blocks, public-comment lists, holidays,
reports, council meetings and year plans. The same scale and seed give a byte-identical
folder. Files are written as they are made, one ward-year at a time, so the `city` scale
never holds more than one ward in memory.
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import vocabulary as words
import yaml

from generator.domain.keys import yaml_key
from generator.domain.text import slugify

REPO = Path(__file__).resolve().parent.parent
LAST_YEAR = 2026


@dataclass(frozen=True)
class Scale:
    """How much data: per ward, and for each year of records of each ward."""

    wards: int
    years: int
    units: int
    decisions: int
    recipients: int
    examples: int
    consultations: int = 3
    meetings: int = 4
    note: str = ""


SCALES = {
    "tiny": Scale(wards=1, years=1, units=24, decisions=9, recipients=45, examples=3,
                  consultations=1, meetings=1, note="for the test suite"),
    "ward-1y": Scale(wards=1, years=1, units=30, decisions=40, recipients=400, examples=50,
                     note="one ward, one year"),
    "ward-10y": Scale(wards=1, years=10, units=300, decisions=40, recipients=2000, examples=50,
                      note="one ward, ten years"),
    "city": Scale(wards=100, years=1, units=60, decisions=40, recipients=1000, examples=50,
                  note="one portal for one hundred wards, one year each"),
}


# --- writing YAML ---------------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style, long lines kept whole, multi-line Markdown as `|` blocks: as editors write."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _represent_text)
# Records share no objects on purpose; never write YAML anchors an editor would not.
_Dumper.ignore_aliases = lambda self, data: True


def record(**fields: Any) -> dict[str, Any]:
    """A record with the YAML keys editors write (`generator/domain/keys.py`); None is left out."""
    return {yaml_key(name): value for name, value in fields.items() if value is not None}


class Writer:
    """Writes one YAML file per record under `out/data/` and counts what it wrote."""

    def __init__(self, out: Path):
        self.data = out / "data"
        self.counts: dict[str, int] = {}

    def write(self, folder: str, name: str, content: Any, *, count: int = 1) -> Path:
        path = self.data / folder / f"{name}.yml"
        if path.exists():
            raise ValueError(f"two records would share {path}: the generator made the same code twice")
        path.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.dump(content, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9)
        path.write_text(text, encoding="utf-8")
        self.counts[folder] = self.counts.get(folder, 0) + count
        return path


# --- people and units -----------------------------------------------------------------------


@dataclass
class Unit:
    id: str
    name: str
    type: str
    staff: list[tuple[str, str, str]] = field(default_factory=list)  # (honorific, name, position)
    households: list[str] = field(default_factory=list)


@dataclass
class Ward:
    """One ward: its name, the prefix of its codes (city scale), its units and its chairman."""

    name: str
    prefix: str
    units: list[Unit]
    chair: str

    def code(self, suffix: str) -> str:
        return _slug(self.prefix + suffix)

    @property
    def ubnd(self) -> str:
        return self.code("ubnd-phuong")

    def of_type(self, *types: str) -> list[Unit]:
        return [u for u in self.units if u.type in types]


def _slug(text: str, limit: int = 80) -> str:
    """A record code within the schema's 80 characters, cut at a word boundary."""
    slug = slugify(text)
    while len(slug) > limit:
        slug = slug.rsplit("-", 1)[0]
    return slug


class People:
    """Vietnamese names drawn with the frequencies of real family names."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        names, weights = zip(*words.FAMILY_NAMES)
        self._families = list(itertools.accumulate(weights))
        self._family_names = names

    def person(self) -> tuple[str, str]:
        rng = self.rng
        honorific = rng.choice(("Ông", "Bà"))
        family = rng.choices(self._family_names, cum_weights=self._families)[0]
        middle = rng.choice(words.MIDDLE_NAMES[honorific])
        if honorific == "Bà" and rng.random() < 0.3:
            middle = f"{middle} {rng.choice(words.SECOND_MIDDLE_NAMES)}"
        return honorific, f"{family} {middle} {rng.choice(words.GIVEN_NAMES[honorific])}"


STAFF_SIZE = {"co_quan_nha_nuoc": 10, "don_vi_su_nghiep": 10, "luc_luong_vu_trang": 15, "doan_the": 6,
              "truong_hoc": 30, "to_dan_pho": 8, "doanh_nghiep": 12}


def _fill_staff(unit: Unit, people: People) -> None:
    positions = words.POSITIONS[unit.type]
    for _ in range(STAFF_SIZE[unit.type]):
        honorific, name = people.person()
        position = people.rng.choice(positions)
        unit.staff.append((honorific, name, f"{position} {_short(unit.name)}"))


def _short(unit_name: str) -> str:
    """A unit's name as it follows a position: "Giáo viên Trường Tiểu học Hoa Sen"."""
    return unit_name.split(" phường ")[0] if unit_name.startswith(("Phòng", "Văn phòng")) else unit_name


def _household(people: People) -> str:
    honorific, name = people.person()
    return f"Gia đình {honorific.lower()} {name}"


# --- the generator ----------------------------------------------------------------------------


class Generator:
    def __init__(self, scale: Scale, seed: int, out: Path):
        self.scale = scale
        self.rng = random.Random(seed)
        self.people = People(self.rng)
        self.out = out
        self.writer = Writer(out)
        self.years = list(range(LAST_YEAR - scale.years + 1, LAST_YEAR + 1))
        self.city_chair = self.people.person()[1]
        self.president = self.people.person()[1]
        self.ward_names = self._ward_names()
        self.prefixes = [
            "" if scale.wards == 1 else slugify(name) + "-" for name in self.ward_names
        ]
        self._example_codes: set[str] = set()

    def _ward_names(self) -> list[str]:
        if self.scale.wards == 1:
            return [words.WARD_NAME]
        pairs = [f"{a} {b}" for a, b in itertools.permutations(words.PLACE_SYLLABLES, 2)]
        self.rng.shuffle(pairs)
        # Codes are prefixed with the ward's name without marks: "Đông Phú" and "Đồng Phú" would clash.
        by_code = {slugify(words.WARD_NAME): words.WARD_NAME}
        for pair in pairs:
            by_code.setdefault(slugify(pair), pair)
        return list(by_code.values())[: self.scale.wards]

    # --- the whole project ------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        self._copy_project_files()
        for year in self.years:
            self._holidays(year)
            self._city_campaign(year)
        for index, (name, prefix) in enumerate(zip(self.ward_names, self.prefixes)):
            ward = self._ward(name, prefix, index)
            for year in self.years:
                self._ward_year(ward, year)
        for year in self.years:
            self._blocks(year)
            self._plan(year)
        return dict(sorted(self.writer.counts.items()))

    def _copy_project_files(self) -> None:
        if self.out.exists():
            shutil.rmtree(self.out)
        self.out.mkdir(parents=True)
        shutil.copy2(REPO / "site_config.yml", self.out / "site_config.yml")
        for folder in ("content", "theme", "data/danh_muc"):
            shutil.copytree(REPO / folder, self.out / folder)

    # --- holidays, plans, city-wide campaigns -----------------------------------------------------

    def _holidays(self, year: int) -> None:
        tet = date(year, *words.TET[year])
        days = [(date(year, 1, 1), "Tết Dương lịch")]
        days += [(tet + timedelta(days=i), "Nghỉ Tết Nguyên đán") for i in range(-1, 4)]
        days += [(date(year, 4, 30), "Ngày Chiến thắng"), (date(year, 5, 1), "Ngày Quốc tế Lao động"),
                 (date(year, 9, 1), "Nghỉ Quốc khánh"), (date(year, 9, 2), "Ngày Quốc khánh")]
        self.writer.write("ngay_nghi", str(year), [record(date=d, name=n) for d, n in days], count=len(days))

    def _city_campaign(self, year: int) -> None:
        ubnds = [_slug(prefix + "ubnd-phuong") for prefix in self.prefixes]
        finished = year < LAST_YEAR
        self.writer.write("phong_trao", self._city_campaign_code(year), record(
            id=self._city_campaign_code(year),
            name=f"Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm {year} của thành phố {words.CITY}",
            launch_level="thanh_pho",
            form="thuong_xuyen",
            launch_document=record(number=f"{self.rng.randint(20, 90)}/KH-UBND", date=date(year, 2, 15),
                                   issuer=f"Ủy ban nhân dân thành phố {words.CITY}"),
            start=date(year, 2, 15),
            end=date(year, 12, 31),
            goals=f"Thi đua hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm {year} do Hội đồng nhân dân thành phố giao.",
            criteria=["Hoàn thành các chỉ tiêu được giao", "Không có vi phạm kỷ luật, kỷ cương hành chính"],
            status="tong_ket" if finished else "dang_trien_khai",
            results=f"Các phường hoàn thành các chỉ tiêu chủ yếu năm {year}." if finished else None,
            units=ubnds,
        ))

    @staticmethod
    def _city_campaign_code(year: int) -> str:
        return f"nhiem-vu-{year}-thanh-pho"

    def _plan(self, year: int) -> None:
        rng = self.rng
        first = self.prefixes[0]
        finished = year < LAST_YEAR
        targets = []
        for code, name, target, measure, value, direction in words.TARGETS:
            periods = [(f"Quý I/{year}", date(year, 3, 31)), (f"6 tháng đầu năm {year}", date(year, 6, 30)),
                       (f"9 tháng năm {year}", date(year, 9, 30))]
            if finished:
                periods.append((f"Năm {year}", date(year, 12, 31)))
            actuals = [record(period=p, date=d, value=round(value * rng.uniform(0.3 + 0.2 * i, 1.1), 1))
                       for i, (p, d) in enumerate(periods)]
            targets.append(record(id=code, name=name, target=target, measure=measure, target_value=value,
                                  direction=direction, actuals=actuals))
        links = {
            0: [f"phong_trao/{_slug(first + f'chu-de-nam-{year}-phuong')}"],
            1: [f"khoi_thi_dua/{self._block_code(0, year)}"],
            3: [f"bao_cao/{_slug(first + f'so-ket-6-thang-{year}')}"],
            7: [f"bao_cao/{_slug(first + f'tong-ket-nam-{year}')}"],
        }
        tasks = []
        for index, text in enumerate(words.TASKS):
            quarter = min(4, 1 + index // 2)
            done = finished or quarter <= 3
            tasks.append(record(
                id=f"nhiem-vu-{index + 1}", quarter=quarter, content=text.format(year=year),
                lead="Phòng Văn hóa - Xã hội", status="hoan_thanh" if done else "dang_thuc_hien",
                links=links.get(index) if done else None,
            ))
        self.writer.write("ke_hoach", str(year), record(
            year=year,
            ward_theme=f"Đẩy mạnh chỉnh trang, phát triển đô thị; chuyển đổi xanh, chuyển đổi số năm {year}",
            city_theme="Chủ động thực thi; phát huy động lực; tăng trưởng bứt phá",
            plan=record(number=f"{rng.randint(5, 40)}/KH-UBND", date=date(year, 2, 10),
                        issuer=f"Ủy ban nhân dân phường {self.ward_names[0]}"),
            targets=targets,
            tasks=tasks,
        ))

    # --- emulation blocks -------------------------------------------------------------------------

    BLOCK_SIZE = 6

    def _block_code(self, number: int, year: int) -> str:
        return f"khoi-{number + 1}-{year}"

    def _blocks(self, year: int) -> None:
        """Blocks of wards organised by the city; one ward's scale uses its neighbours as members."""
        if self.scale.wards == 1:
            groups = [["ubnd-phuong"] + [_slug(f"ubnd-phuong-{n}") for n in words.NEIGHBOUR_WARDS[:self.BLOCK_SIZE - 1]]]
        else:
            ubnds = [_slug(p + "ubnd-phuong") for p in self.prefixes]
            groups = [ubnds[i:i + self.BLOCK_SIZE] for i in range(0, len(ubnds), self.BLOCK_SIZE)]
            if len(groups) > 1 and len(groups[-1]) < 2:
                groups[-2] += groups.pop()
        for number, members in enumerate(groups):
            self._block(number, year, members)

    def _block(self, number: int, year: int, members: list[str]) -> None:
        rng = self.rng
        criteria = [("kinh-te", "Phát triển kinh tế; thu ngân sách", 25),
                    ("cai-cach-hanh-chinh", "Cải cách hành chính và chuyển đổi số", 20),
                    ("van-hoa-xa-hoi", "Văn hóa - xã hội, an sinh xã hội", 20),
                    ("quoc-phong-an-ninh", "Quốc phòng - an ninh", 15),
                    ("xay-dung-chinh-quyen", "Xây dựng chính quyền; kỷ luật, kỷ cương", 15),
                    ("thi-dua-khen-thuong", "Công tác thi đua, khen thưởng", 5)]
        finished = year < LAST_YEAR
        scores = []
        for unit in members:
            own = {c: round(rng.uniform(0.8, 1.0) * m * 2) / 2 for c, _, m in criteria}
            verified = {c: max(0.0, p - rng.choice((0, 0, 0.5, 1))) for c, p in own.items()} if finished else None
            scores.append(record(unit=unit, self_scores=own, verified_scores=verified,
                                 bonus=rng.choice((None, None, 1, 2)), penalty=rng.choice((None, None, None, 0.5))))
        leader = members[year % len(members)]
        deputy = members[(year + 1) % len(members)]
        honours = [record(unit=leader, proposal="Cờ thi đua của Ủy ban nhân dân thành phố")] if finished else None
        code = self._block_code(number, year)
        self.writer.write("khoi_thi_dua", code, record(
            id=code, name=f"Khối thi đua số {number + 1} năm {year}", block_number=number + 1, year=year,
            organiser=f"Ủy ban nhân dân thành phố {words.CITY}", leader=leader, deputy=deputy,
            members=members, campaign=self._city_campaign_code(year),
            covenant=record(signed=date(year, 3, 6), criteria=[
                record(id=c, name=n, max_points=m) for c, n, m in criteria
            ]),
            scores=scores, honours=honours,
        ))

    # --- a ward: its units ------------------------------------------------------------------------

    def _ward(self, name: str, prefix: str, index: int) -> Ward:
        rng = self.rng
        scale = self.scale
        units: list[Unit] = []
        taken: set[str] = set()

        def add(code: str, unit_name: str, unit_type: str) -> Unit:
            code = _slug(prefix + code)
            while code in taken:
                code = _slug(f"{code}-{len(taken)}")
            taken.add(code)
            unit = Unit(code, unit_name, unit_type)
            units.append(unit)
            return unit

        # One ward's portal lists its block's other wards as units; they receive no award of its own.
        neighbours = words.NEIGHBOUR_WARDS[:self.BLOCK_SIZE - 1] if scale.wards == 1 else ()
        taken.update(_slug(f"ubnd-phuong-{slugify(n)}") for n in neighbours)
        for code, unit_name, unit_type in words.WARD_UNITS:
            add(code, unit_name.format(ward=name), unit_type)
        rest = max(3, scale.units - len(units) - len(neighbours))
        schools = max(1, rest // 10)
        residential = max(1, rest * 3 // 10)
        for i in range(schools):
            level = ("Mầm non", "Tiểu học", "Trung học cơ sở")[i % 3]
            named = words.SCHOOL_NAMES[(i // 3) % len(words.SCHOOL_NAMES)]
            school = f"Trường {level} {named}" + (f" số {i // 60 + 1}" if i >= 60 else "")
            add(slugify(school), school, "truong_hoc")
        for i in range(residential):
            add(f"to-dan-pho-so-{i + 1}", f"Tổ dân phố số {i + 1}", "to_dan_pho")
        companies = [f"{kind} {word}" for kind in words.COMPANY_KINDS for word in words.COMPANY_WORDS]
        rng.shuffle(companies)
        for i in range(rest - schools - residential):
            company = companies[i % len(companies)] + (f" {words.CITY} {i // len(companies)}" if i >= len(companies) else "")
            add(slugify(company), company, "doanh_nghiep")

        ward = Ward(name, prefix, units, self.people.person()[1])
        ubnd = ward.ubnd
        for neighbour in neighbours:
            code = _slug(f"ubnd-phuong-{slugify(neighbour)}")
            self.writer.write("don_vi", code, record(id=code, name=f"Ủy ban nhân dân phường {neighbour}",
                                                     unit_type="co_quan_nha_nuoc"))
        for unit in units:
            _fill_staff(unit, self.people)
            former = None
            if unit.type == "to_dan_pho" and self.years[0] <= 2025:
                number = unit.name.rsplit(" ", 1)[-1]
                former = [record(name=f"Khu dân cư số {number}, phường {name}", end=date(2025, 6, 30))]
            self.writer.write("don_vi", unit.id, record(
                id=unit.id, name=unit.name, unit_type=unit.type,
                parent=None if unit.id == ubnd else ubnd,
                active_from=(date(rng.randint(2000, self.years[0] - 1), rng.randint(1, 12), 1)
                             if unit.type == "doanh_nghiep" else None),
                former_names=former,
                description=f"Đơn vị trên địa bàn phường {name}, thành phố {words.CITY}." if index == 0 or unit.type != "doanh_nghiep" else None,
            ))
        return ward

    # --- a ward: one year of records ------------------------------------------------------------

    def _ward_year(self, ward: Ward, year: int) -> None:
        campaigns = self._ward_campaigns(ward, year)
        plan = DecisionPlan(self, ward, year, campaigns)
        decisions = plan.make()
        consultations = self._consultations(ward, year, decisions)
        meetings = self._meetings(ward, year, decisions)
        for decision in decisions:
            self.writer.write("quyet_dinh", decision[yaml_key("id")], decision)
            self.writer.counts["quyet_dinh: danh_sach"] = (
                self.writer.counts.get("quyet_dinh: danh_sach", 0) + len(decision[yaml_key("recipients")]))
        for item in consultations:
            self.writer.write("lay_y_kien", item[yaml_key("id")], item)
        for item in meetings:
            self.writer.write("hoi_dong", item[yaml_key("id")], item)
        self._reports(ward, year)
        self._examples(ward, year, decisions, campaigns)

    def _ward_campaigns(self, ward: Ward, year: int) -> list[str]:
        rng = self.rng
        finished = year < LAST_YEAR
        codes = []
        themes = [(f"Thi đua thực hiện thắng lợi chủ đề năm {year} của phường {ward.name}", "phuong", "thuong_xuyen", f"chu-de-nam-{year}-phuong")]
        for theme, level, form in rng.sample(words.CAMPAIGN_THEMES, 4):
            themes.append((theme, level, form, f"{slugify(theme)}-{year}"))
        for name, level, form, code in themes:
            code = ward.code(code)
            start = date(year, rng.randint(1, 4), rng.randint(1, 28))
            participants = rng.sample(ward.units, min(len(ward.units), rng.randint(8, 30)))
            self.writer.write("phong_trao", code, record(
                id=code, name=name, launch_level=level, form=form,
                launch_document=record(number=f"{rng.randint(10, 150)}/KH-UBND", date=start,
                                       issuer=f"Ủy ban nhân dân phường {ward.name}"),
                start=start, end=date(year, 12, 31),
                goals=_paragraphs([
                    f"Phát huy tinh thần đoàn kết, sáng tạo của cán bộ và Nhân dân phường {ward.name}, "
                    f"phấn đấu hoàn thành các chỉ tiêu năm {year}.",
                    "Nội dung thi đua:\n\n" + "\n".join(f"{i}. **{f}**: {words.FIELDS[f]}." for i, f in
                                                        enumerate(rng.sample(sorted(words.FIELDS), 3), start=1)),
                ]),
                criteria=[f"Tích cực tham gia {words.FIELDS[f]}" for f in rng.sample(sorted(words.FIELDS), 3)],
                status="tong_ket" if finished else "dang_trien_khai",
                results=f"Phong trào được tổng kết cuối năm {year}; các tập thể, cá nhân tiêu biểu được khen thưởng." if finished else None,
                units=sorted(u.id for u in participants),
            ))
            codes.append(code)
        return codes

    def _consultations(self, ward: Ward, year: int, decisions: list[dict]) -> list[dict]:
        rng = self.rng
        higher = [d for d in decisions if d[yaml_key("level")] != "phuong" and d.get(yaml_key("decision_kind")) is None]
        result = []
        for i in range(self.scale.consultations):
            published = date(year, 3 + 3 * i % 9, rng.randint(1, 25))
            later = [d for d in higher if d[yaml_key("signed")] > published + timedelta(days=20)]
            nominees = []
            for _ in range(rng.randint(3, 8)):
                unit = rng.choice(ward.units)
                honorific, name, position = rng.choice(unit.staff)
                nominees.append(record(honorific=honorific, name=name, position=position, unit=unit.id,
                                       award=rng.choice(("Chiến sĩ thi đua thành phố", "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
                                                         "Huân chương Lao động hạng Ba")),
                                       achievement=_achievement(rng, unit, year)))
            code = ward.code(f"lay-y-kien-dot-{i + 1}-{year}")
            result.append(record(
                id=code, name=f"Lấy ý kiến Nhân dân về đề nghị khen thưởng cấp trên đợt {i + 1} năm {year}",
                published=published, comments_to=f"Phòng Văn hóa - Xã hội, Ủy ban nhân dân phường {ward.name}",
                nominees=nominees,
                results="Không có ý kiến phản ánh; hồ sơ được trình cấp trên." if later else None,
                decisions=[later[0][yaml_key("id")]] if later else None,
            ))
        return result

    def _meetings(self, ward: Ward, year: int, decisions: list[dict]) -> list[dict]:
        rng = self.rng
        result = []
        own = [d for d in decisions if d[yaml_key("level")] == "phuong"]
        for i in range(self.scale.meetings):
            last = i == self.scale.meetings - 1
            day = date(year, 12, 10) if last else date(year, min(11, 2 + 3 * i), rng.randint(1, 25))
            following = [d[yaml_key("id")] for d in own if day < d[yaml_key("signed")] <= day + timedelta(days=45)]
            result.append(record(
                id=ward.code(f"hop-hoi-dong-{i + 1}-{year}"),
                name=f"Phiên họp thứ {i + 1} năm {year} của Hội đồng Thi đua - Khen thưởng phường {ward.name}",
                date=day, chair=f"Chủ tịch Ủy ban nhân dân phường {ward.name}",
                agenda=rng.sample(words.COUNCIL_AGENDA, 2),
                results="Hội đồng thống nhất đề nghị khen thưởng các tập thể, cá nhân có tên trong danh sách.",
                decisions=following[:8] or None,
            ))
        return result

    def _reports(self, ward: Ward, year: int) -> None:
        rng = self.rng
        for code, kind, name, day, start, end in (
            (f"so-ket-6-thang-{year}", "so_ket_6_thang", f"Báo cáo sơ kết 6 tháng đầu năm {year}",
             date(year, 7, 5), date(year, 1, 1), date(year, 6, 30)),
            (f"tong-ket-nam-{year}", "tong_ket_nam", f"Báo cáo tổng kết công tác thi đua, khen thưởng năm {year}",
             date(year, 12, 28), date(year, 1, 1), date(year, 12, 31)),
        ):
            code = ward.code(code)
            self.writer.write("bao_cao", code, record(
                id=code, name=f"{name} của phường {ward.name}", report_kind=kind, year=year,
                number=f"{rng.randint(100, 400)}/BC-UBND", date=day, start=start, end=end,
                abstract=f"Kết quả công tác thi đua, khen thưởng của phường {ward.name} từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}.",
                content=_paragraphs([
                    "Công tác thi đua, khen thưởng được triển khai đồng bộ, gắn với nhiệm vụ chính trị của phường.",
                    "Các phong trào thi đua được phát động kịp thời, có nội dung cụ thể, thiết thực.",
                    "Việc khen thưởng bảo đảm chính xác, công khai, minh bạch, công bằng, kịp thời.",
                    "Tồn tại: một số đơn vị gửi hồ sơ đề nghị khen thưởng còn chậm.",
                ]),
            ))

    def _examples(self, ward: Ward, year: int, decisions: list[dict], campaigns: list[str]) -> None:
        rng = self.rng
        by_unit: dict[str, list[str]] = {}
        for decision in decisions:
            if decision.get(yaml_key("decision_kind")) is None and decision.get(yaml_key("status")) is None:
                for recipient in decision[yaml_key("recipients")]:
                    unit = recipient.get(yaml_key("unit"))
                    if unit and decision[yaml_key("id")] not in by_unit.get(unit, [])[-1:]:
                        by_unit.setdefault(unit, []).append(decision[yaml_key("id")])
        for i in range(self.scale.examples):
            unit = rng.choice(ward.units)
            field_name, phrase = _field(rng, unit.type)
            category = rng.choice(("dien_hinh_tien_tien", "nguoi_tot_viec_tot", "mo_hinh_moi", "cach_lam_hay"))
            person = None
            if category in ("dien_hinh_tien_tien", "nguoi_tot_viec_tot"):
                honorific, name, position = rng.choice(unit.staff)
                person = record(honorific=honorific, full_name=name, position=position)
                who = f"{honorific.lower()} {name}"
                title = f"{_title(unit, honorific)} {name} với {phrase}"
            else:
                who = unit.name
                title = f"Mô hình {field_name.lower()} của {unit.name}"
            code = _slug(ward.prefix + title, limit=70) + f"-{year}"
            while code in self._example_codes:
                code = f"{code}-{i}"
            self._example_codes.add(code)
            campaign = rng.choice(campaigns)
            story = _paragraphs([
                rng.choice(words.STORY_OPENINGS).format(place=_place(unit, ward), who=who, campaign=field_name.lower()),
                *rng.sample(words.STORY_MIDDLES, rng.randint(2, 4)),
                rng.choice(words.STORY_ENDINGS).format(year=year, who=who),
            ])
            figures = [record(label=label, value=value.format(n=rng.randint(low, high)))
                       for label, value, low, high in rng.sample(words.FIGURE_LABELS, rng.randint(2, 4))]
            self.writer.write("dien_hinh", code, record(
                id=code, name=title, category=category, person=person, unit=unit.id, field=field_name,
                abstract=f"{who[0].upper()}{who[1:]}: {phrase}, được người dân ghi nhận và nhân rộng.",
                story=story, figures=figures, decisions=by_unit.get(unit.id, [])[:2] or None,
                campaign=campaign, published=date(year, rng.randint(1, 12), rng.randint(1, 28)),
                # One story a year is still being written: the public build leaves drafts out.
                draft=True if i == self.scale.examples - 1 and year == LAST_YEAR else None,
            ))


def _title(unit: Unit, honorific: str) -> str:
    if unit.type == "truong_hoc":
        return "Thầy giáo" if honorific == "Ông" else "Cô giáo"
    if unit.id.endswith("tram-y-te-phuong"):
        return "Bác sĩ"
    return "Gương" + (" ông" if honorific == "Ông" else " bà")


def _paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _field(rng: random.Random, unit_type: str | None = None) -> tuple[str, str]:
    """A field of work, one that people of `unit_type` are honoured for when it is given."""
    name = rng.choice(words.FIELDS_BY_TYPE[unit_type] if unit_type else sorted(words.FIELDS))
    return name, words.FIELDS[name]


def _place(unit: Unit, ward: Ward) -> str:
    return unit.name if unit.type == "to_dan_pho" else f"phường {ward.name}"


def _achievement(rng: random.Random, unit: Unit, year: int) -> str:
    return f"Có thành tích xuất sắc trong {_field(rng, unit.type)[1]} năm {year}"


# --- award decisions ------------------------------------------------------------------------------


class DecisionPlan:
    """One ward's award decisions of one year, in the mix a real ward signs.

    Year-end lists (Gia đình văn hóa, Lao động tiên tiến, Tập thể lao động tiên tiến, Tổ dân phố
    văn hóa, Chiến sĩ thi đua cơ sở) take most recipients; the other decisions are short: Giấy
    khen by theme or for a deed, awards of the city and the State to people of the ward, and
    the occasional correction or revocation.
    """

    def __init__(self, generator: Generator, ward: Ward, year: int, campaigns: list[str]):
        self.g = generator
        self.rng = generator.rng
        self.ward = ward
        self.year = year
        self.campaigns = campaigns
        self.codes: set[str] = set()

    def make(self) -> list[dict]:
        rng = self.rng
        scale = self.g.scale
        small = []  # (kind, size) of the short decisions, drawn first
        fixed = ["ldtt", "gdvh", "ttldtt", "tdpvh", "cstdcs", "gk_year", "bk_city", "correction", "revocation"]
        if self.year % 2 == 0:
            fixed.append("central")
        kinds = fixed[: scale.decisions]
        for _ in range(scale.decisions - len(kinds)):
            kinds.append(rng.choice(("theme", "theme", "deed", "bk_city", "cstd_city")))
        for kind in kinds:
            if kind == "deed":
                small.append((kind, rng.randint(1, 3)))
            elif kind == "theme":
                small.append((kind, rng.randint(4, 20)))
            elif kind in ("bk_city", "cstd_city"):
                small.append((kind, rng.randint(1, 6)))
            elif kind == "central":
                small.append((kind, rng.randint(1, 2)))
        budget = max(len(kinds), scale.recipients - sum(size for _, size in small))
        collectives = len(self.ward.of_type("co_quan_nha_nuoc", "truong_hoc", "doan_the", "don_vi_su_nghiep",
                                            "luc_luong_vu_trang", "doanh_nghiep"))
        residential = len(self.ward.of_type("to_dan_pho"))
        sizes = {
            "ttldtt": max(1, min(collectives * 6 // 10, budget * 8 // 100)),
            "tdpvh": max(1, min(residential * 8 // 10, budget * 5 // 100)),
            "cstdcs": max(1, budget * 4 // 100),
            "gk_year": max(1, budget * 6 // 100),
        }
        rest = budget - sum(sizes[k] for k in sizes if k in kinds)
        sizes["ldtt"] = max(1, rest * 40 // 100)
        sizes["gdvh"] = max(1, rest - sizes["ldtt"])
        planned = small + [(kind, sizes[kind]) for kind in kinds if kind in sizes]

        decisions = []
        for kind, size in planned:
            decisions.append(getattr(self, "_" + kind)(size))
        decisions.sort(key=lambda d: d["_day"])
        self._number(decisions)
        if "correction" in kinds:
            decisions.append(self._correction(next(d for d in decisions if d["_kind"] == "ldtt")))
        revocable = [d for d in decisions if d["_kind"] == "theme"]
        if "revocation" in kinds and revocable:
            decisions.append(self._revocation(revocable[0]))
        for decision in decisions:
            del decision["_day"], decision["_kind"]
        return decisions

    # --- numbering ------------------------------------------------------------------------

    def _number(self, decisions: list[dict]) -> None:
        """Numbers grow with the signing date, in each issuer's own register."""
        counters = {"ward": self.rng.randint(3, 15), "city": self.rng.randint(50, 300),
                    "central": self.rng.randint(200, 1500)}
        for decision in decisions:
            register = decision.pop("_register")
            counters[register] += self.rng.randint(2, 12 if register == "ward" else 90)
            self._assign(decision, counters[register], register)

    def _assign(self, decision: dict, number: int, register: str) -> None:
        suffix = {"ward": ("QĐ-UBND", "qd-ubnd"), "city": ("QĐ-UBND", "qd-ubnd-tp"),
                  "central": ("QĐ-CTN", "qd-ctn")}[register]
        code = self.ward.code(f"{number}-{suffix[1]}-{self.year}")
        while code in self.codes:
            number += 1
            code = self.ward.code(f"{number}-{suffix[1]}-{self.year}")
        self.codes.add(code)
        fields = {yaml_key("id"): code, yaml_key("number"): f"{number}/{suffix[0]}"}
        decision_items = list(decision.items())
        decision.clear()
        decision.update(fields)
        decision.update(decision_items)

    # --- the decisions ----------------------------------------------------------------------

    def _decision(self, kind: str, day: date, summary: str, commendation_type: str, recipients: list[dict],
                  register: str = "ward", campaign: str | None = None, **extra: Any) -> dict:
        ward = self.ward
        issuer, level, signer = {
            "ward": (f"Ủy ban nhân dân phường {ward.name}", "phuong", record(position="Chủ tịch", full_name=ward.chair)),
            "city": (f"Ủy ban nhân dân thành phố {words.CITY}", "thanh_pho",
                     record(position="Chủ tịch", full_name=self.g.city_chair)),
            "central": ("Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam", "trung_uong",
                        record(position="Chủ tịch nước", full_name=self.g.president)),
        }[register]
        decision = record(signed=day, issuer=issuer, level=level, signer=signer, summary=summary,
                          commendation_type=commendation_type, campaign=campaign, **extra,
                          recipients=recipients)
        decision.update({"_day": day, "_kind": kind, "_register": register})
        return decision

    def _day(self, start_month: int, end_month: int) -> date:
        month = self.rng.randint(start_month, end_month)
        return date(self.year, month, self.rng.randint(1, 28))

    def _people(self, size: int, award: str, achievement: str | None = None, types: tuple[str, ...] = ()) -> list[dict]:
        """`size` people of the ward's units; each one's own achievement unless one is given for all."""
        units = self.ward.of_type(*types) if types else self.ward.units
        result = []
        for _ in range(size):
            unit = self.rng.choice(units)
            honorific, name, position = self.rng.choice(unit.staff)
            result.append(record(recipient_kind="ca_nhan", honorific=honorific, name=name, position=position,
                                 unit=unit.id, award=award,
                                 achievement=achievement or _achievement(self.rng, unit, self.year)))
        return result

    def _types_for(self, field_name: str) -> tuple[str, ...]:
        return tuple(t for t, fields in words.FIELDS_BY_TYPE.items() if field_name in fields)

    def _collectives(self, size: int, award: str, achievement: str, types: tuple[str, ...]) -> list[dict]:
        units = self.rng.sample(self.ward.of_type(*types), size)
        return [record(recipient_kind="tap_the", name=u.name, unit=u.id, award=award, achievement=achievement)
                for u in sorted(units, key=lambda u: u.id)]

    def _ldtt(self, size: int) -> dict:
        return self._decision("ldtt", date(self.year, 12, self.rng.randint(15, 24)),
                              f"Về việc tặng danh hiệu Lao động tiên tiến năm {self.year}", "cong-trang",
                              self._people(size, "Lao động tiên tiến", f"Hoàn thành tốt nhiệm vụ năm {self.year}",
                                           ("co_quan_nha_nuoc", "truong_hoc", "don_vi_su_nghiep", "luc_luong_vu_trang",
                                            "doan_the", "doanh_nghiep")),
                              campaign=self.campaigns[0])

    def _cstdcs(self, size: int) -> dict:
        return self._decision("cstdcs", date(self.year, 12, self.rng.randint(15, 24)),
                              f"Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm {self.year}", "cong-trang",
                              self._people(size, "Chiến sĩ thi đua cơ sở",
                                           f"Hoàn thành xuất sắc nhiệm vụ năm {self.year}, có sáng kiến được công nhận",
                                           ("co_quan_nha_nuoc", "truong_hoc", "don_vi_su_nghiep", "luc_luong_vu_trang", "doan_the")),
                              campaign=self.campaigns[0])

    def _ttldtt(self, size: int) -> dict:
        types = ("co_quan_nha_nuoc", "truong_hoc", "doan_the", "don_vi_su_nghiep", "luc_luong_vu_trang", "doanh_nghiep")
        own = [u for u in self.ward.of_type(*types) if u.id != self.ward.ubnd]
        size = min(size, len(own))
        units = self.rng.sample(own, size)
        recipients = [record(recipient_kind="tap_the", name=u.name, unit=u.id, award="Tập thể lao động tiên tiến",
                             achievement=f"Hoàn thành tốt nhiệm vụ năm {self.year}; tập thể đoàn kết")
                      for u in sorted(units, key=lambda u: u.id)]
        return self._decision("ttldtt", date(self.year, 12, self.rng.randint(15, 24)),
                              f"Về việc tặng danh hiệu Tập thể lao động tiên tiến năm {self.year}", "cong-trang",
                              recipients, campaign=self.campaigns[0])

    def _tdpvh(self, size: int) -> dict:
        residential = self.ward.of_type("to_dan_pho")
        return self._decision("tdpvh", date(self.year, 12, self.rng.randint(10, 20)),
                              f"Về việc công nhận danh hiệu Tổ dân phố văn hóa năm {self.year}", "cong-trang",
                              self._collectives(min(size, len(residential)), "Tổ dân phố văn hóa",
                                                f"Đạt các tiêu chuẩn Tổ dân phố văn hóa năm {self.year}", ("to_dan_pho",)),
                              campaign=self.campaigns[0])

    def _gdvh(self, size: int) -> dict:
        residential = self.ward.of_type("to_dan_pho")
        recipients = []
        for i in range(size):
            unit = residential[i % len(residential)]
            while len(unit.households) <= i // len(residential):
                unit.households.append(_household(self.g.people))
            recipients.append(record(recipient_kind="ho_gia_dinh", name=unit.households[i // len(residential)],
                                     unit=unit.id, award="Gia đình văn hóa"))
        return self._decision("gdvh", date(self.year, 12, self.rng.randint(10, 20)),
                              f"Về việc công nhận danh hiệu Gia đình văn hóa năm {self.year}", "cong-trang",
                              recipients, campaign=self.campaigns[0])

    def _gk_year(self, size: int) -> dict:
        return self._decision("gk_year", date(self.year, 12, self.rng.randint(20, 28)),
                              f"Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc năm {self.year}",
                              "cong-trang", self._people(size, "Giấy khen của Chủ tịch Ủy ban nhân dân phường"))

    def _theme(self, size: int) -> dict:
        field_name, phrase = _field(self.rng)
        campaign = self.rng.choice(self.campaigns[1:])
        types = self._types_for(field_name)
        collectives = min(size // 4, 3, len(self.ward.of_type(*types)) - 1)
        recipients = self._collectives(collectives, "Giấy khen của Chủ tịch Ủy ban nhân dân phường",
                                       f"Có thành tích xuất sắc trong {phrase}", types)
        recipients += self._people(size - collectives, "Giấy khen của Chủ tịch Ủy ban nhân dân phường",
                                   f"Có thành tích xuất sắc trong {phrase} năm {self.year}", types)
        return self._decision("theme", self._day(3, 11),
                              f"Về việc khen thưởng tập thể, cá nhân có thành tích trong phong trào {field_name.lower()} năm {self.year}",
                              "chuyen-de", recipients, campaign=campaign)

    def _deed(self, size: int) -> dict:
        deed = self.rng.choice(words.DEEDS)
        unit = self.rng.choice(self.ward.of_type("to_dan_pho"))
        recipients = []
        for _ in range(size):
            honorific, name = self.g.people.person()
            recipients.append(record(recipient_kind="ca_nhan", honorific=honorific, name=name,
                                     position=f"Người dân {unit.name}", unit=unit.id,
                                     award="Giấy khen của Chủ tịch Ủy ban nhân dân phường",
                                     achievement=f"Có hành động {deed}"))
        return self._decision("deed", self._day(1, 12), f"Về việc khen thưởng đột xuất cá nhân {deed}",
                              "dot-xuat", recipients)

    def _bk_city(self, size: int) -> dict:
        return self._decision("bk_city", self._day(2, 12),
                              "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố", "cong-trang",
                              self._people(size, "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố"),
                              register="city", campaign=self.g._city_campaign_code(self.year))

    def _cstd_city(self, size: int) -> dict:
        return self._decision("cstd_city", self._day(4, 12),
                              "Về việc tặng danh hiệu Chiến sĩ thi đua thành phố", "cong-trang",
                              self._people(size, "Chiến sĩ thi đua thành phố"),
                              register="city")

    def _central(self, size: int) -> dict:
        return self._decision("central", self._day(8, 11), "Về việc tặng thưởng Huân chương Lao động", "cong-trang",
                              self._people(size, "Huân chương Lao động hạng Ba",
                                           "Đã có thành tích xuất sắc trong công tác, góp phần vào sự nghiệp xây "
                                           "dựng chủ nghĩa xã hội và bảo vệ Tổ quốc", ("truong_hoc", "co_quan_nha_nuoc")),
                              register="central")

    def _correction(self, original: dict) -> dict:
        """A later decision corrects one name in the year's Lao động tiên tiến list."""
        recipients = original[yaml_key("recipients")]
        index = self.rng.randrange(len(recipients))
        entry = recipients[index]
        corrected = dict(entry)
        day = original[yaml_key("signed")] + timedelta(days=5)
        decision = self._decision("correction", day,
                                  f"Về việc đính chính Quyết định số {original[yaml_key('number')]} ngày "
                                  f"{original[yaml_key('signed')]:%d/%m/%Y}", "cong-trang",
                                  [corrected], decision_kind="dinh_chinh")
        counter = int(original[yaml_key("number")].split("/")[0]) + self.rng.randint(3, 9)
        del decision["_register"]
        self._assign(decision, counter, "ward")
        entry[yaml_key("status")] = "da_dinh_chinh"
        entry[yaml_key("changed_by")] = decision[yaml_key("id")]
        entry[yaml_key("status_note")] = (
            f"Đính chính theo Quyết định số {decision[yaml_key('number')]}: chức vụ ghi chưa đúng, "
            "danh hiệu giữ nguyên.")
        corrected[yaml_key("achievement")] = f"Đính chính chức vụ tại số thứ tự {index + 1} của danh sách"
        return decision

    def _revocation(self, original: dict) -> dict:
        """A later decision revokes a thematic Giấy khen: the record stays, its status changes."""
        day = min(original[yaml_key("signed")] + timedelta(days=40), date(self.year, 12, 30))
        decision = self._decision("revocation", day,
                                  f"Về việc hủy bỏ Quyết định số {original[yaml_key('number')]}", "chuyen-de",
                                  original[yaml_key("recipients")][:1], decision_kind="huy_bo")
        counter = int(original[yaml_key("number")].split("/")[0]) + self.rng.randint(3, 9)
        del decision["_register"]
        self._assign(decision, counter, "ward")
        original[yaml_key("status")] = "da_huy_bo"
        original[yaml_key("changed_by")] = decision[yaml_key("id")]
        original[yaml_key("status_note")] = "Thành tích không bảo đảm điều kiện khen thưởng; Giấy khen đã được thu hồi."
        return decision


def generate(scale_name: str, seed: int, out: Path) -> dict[str, int]:
    """Write a complete project for `scale_name` into `out` (replaced); return counts by folder."""
    return Generator(SCALES[scale_name], seed, out).run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=sorted(SCALES), required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="project folder to create (replaced if it exists)")
    args = parser.parse_args(argv)
    counts = generate(args.scale, args.seed, args.out)
    print(f"{args.scale} (seed {args.seed}) -> {args.out}: "
          + ", ".join(f"{folder} {count}" for folder, count in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
