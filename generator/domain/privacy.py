"""What counts as personal data in published text, and how small groups are kept anonymous.

Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 (Điều 2, khoản 1–3: basic and sensitive personal data;
the categories are listed by Nghị định 356/2025/NĐ-CP) forbids publishing a person's identity
number, date of birth, phone, personal e-mail, home address, bank account, health, ethnicity or
religion without a legal basis. The schemas have no field for them; the rules below find them
when they slip into any text a reader or a machine can get (an achievement copied from a
nomination form, a story pasted from Word, a file name, a link, a PDF's author).

`RULES` is the one list of rules. Each names the law it implements and carries examples that
must be caught and examples that must pass: the tests are generated from them
(tests/domain/test_privacy.py), so a rule cannot be changed without its examples.

The rules read the text as a reader sees it (`reader_text`): entities resolved, markup and
zero-width characters removed, full-width digits folded. Pure functions: no files, no settings;
the build year (for historical dates) is given by the caller.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterator, Mapping

# A count below this in a statistic about sex, ethnicity or direct-worker status could point
# to a person, so it is hidden.
SMALL_COUNT = 5

# A date of birth this many years or more before the build is a historical public fact
# ("Chủ tịch Hồ Chí Minh sinh ngày 19/5/1890"): the person is not a living data subject.
HISTORICAL_YEARS = 100

_LAW = "Luật 91/2025/QH15, Điều 2 khoản 2 (dữ liệu cá nhân cơ bản)"
_LAW_SENSITIVE = "Luật 91/2025/QH15, Điều 2 khoản 3 (dữ liệu cá nhân nhạy cảm)"

# How a value is shown in a message: enough for the editor to find it, not enough to repeat it
# in a CI log.
DIGITS, EMAIL, PHRASE = "digits", "email", "phrase"


@dataclass(frozen=True)
class Finding:
    """One piece of personal data in a text: what it is, and the text as a reader sees it."""

    kind: str
    text: str

    @property
    def rule(self) -> Rule:
        return RULES_BY_KIND[self.kind]

    @property
    def label(self) -> str:
        return self.rule.label

    @property
    def hint_of_value(self) -> str:
        """Enough of the value for the editor to find it, not enough to repeat it in a log."""
        if self.rule.mask == EMAIL:
            return "…@" + self.text.rsplit("@", 1)[-1]
        if self.rule.mask == PHRASE:
            return " ".join(self.text.split()[:2]) + " …"
        return "…" + re.sub(r"\D", "", self.text)[-3:]


Span = tuple[int, int]
Finder = Callable[[str, int], Iterator[Span]]


@dataclass(frozen=True)
class Rule:
    """One kind of personal data: how to find it, the law, and examples that fix its reach.

    `catches` must each give at least one finding of this kind; `passes` must give no finding
    of any kind (with the build year EXAMPLE_YEAR).
    """

    kind: str
    label: str
    law: str
    find: Finder
    catches: tuple[str, ...]
    passes: tuple[str, ...]
    # Words (lower case) one of which the text must hold for the rule to run: most texts
    # (names, titles, units) hold none, and a word test costs far less than the rule.
    needs: tuple[str, ...]
    mask: str = DIGITS
    # Sensitive data may be published when the record states its legal basis.
    sensitive: bool = False


# The build year the examples are judged in.
EXAMPLE_YEAR = 2026

# --- The text as a reader sees it ----------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_TAG = re.compile(r"<[^<>]*>")
_ATTRIBUTE = re.compile(r"""=\s*(?:"([^"]*)"|'([^']*)')""")
# Markdown emphasis and code marks vanish when rendered: `0912**345**678` reads 0912345678.
_MARKS = re.compile(r"[*`~]+|(?<=\d)_+|_+(?=\d)")


def _tag_values(tag: re.Match[str]) -> str:
    """A tag vanishes from the text, but its attributes' values (a link's target, an image's
    alternative text) are read by browsers, search engines and screen readers."""
    values = _ATTRIBUTE.findall(tag.group())
    return " " + " ".join(html.unescape(a or b) for a, b in values) + " " if values else ""


def reader_text(text: str) -> str:
    """`text` as a reader of the page sees it: what a rule must judge, not the source.

    Entities are resolved (`&#48;` is 0), tags and Markdown emphasis removed, zero-width
    characters dropped, and compatibility forms folded by NFKC (full-width digits, ＠).
    """
    text = html.unescape(text) if "&" in text else text
    if "<" in text:
        text = _TAG.sub(_tag_values, text)
    text = _MARKS.sub("", text)
    text = text.translate(_ZERO_WIDTH)
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text))
    return text


# --- Phone and identity numbers -------------------------------------------------------------------

# A run of digit groups, as numbers are written: "0912 345 678", "(0225) 3 123 456",
# "+84-912-345-678", "001.090.012.345". A number starts a run or follows a space in it, never
# the middle of "1.000.000.000.000" (money).
_RUN = re.compile(r"(?<![\d])(?<!\d[.,])\+?\(?\d+(?:\)?(?:[ .\-–]|\) ?| - )?\(?\d+)*\)?")
_GROUP = re.compile(r"\d+")
_DATE_START = re.compile(r"(\d{1,2})[.\-](\d{1,2})[.\-](\d{4})\b")
_TAX_LABEL = re.compile(r"(?i:mã số thuế|MST|mã số doanh nghiệp)\s*:?\s*(?:là\s*)?$")


def _is_phone(digits: str, plus: bool, dots: bool) -> bool:
    if digits.startswith("84") and (plus or not dots):
        digits = "0" + digits[2:]
    elif plus:
        return False
    # Mobiles: 10 digits after 03, 05, 07, 08, 09; landlines: 02 and 9 digits; mobiles before
    # 2018: 01 and 9 digits.
    return bool(re.fullmatch(r"0[35789]\d{8}|0[12]\d{9}", digits))


def _is_id_number(digits: str) -> bool:
    # A CCCD has 12 digits; the first three are a province code, 001 to 096.
    return len(digits) == 12 and digits[0] == "0" and 1 <= int(digits[:3]) <= 96


# A phone or identity number has at least 9 digits: most texts with digits (dates, amounts,
# counts) have no such run and skip the walk below.
_LONG_NUMBER = re.compile(r"\d(?:[ .\-–()+]{0,3}\d){8}")


def _numbers(text: str, test: Callable[[str, bool, bool], bool]) -> Iterator[Span]:
    if not _LONG_NUMBER.search(text):
        return
    for run in _RUN.finditer(text):
        groups = list(_GROUP.finditer(run.group()))
        starts = [0] + [i for i in range(1, len(groups)) if " " in run.group()[groups[i - 1].end():groups[i].start()]]
        for first in starts:
            start = run.start() + groups[first].start()
            # "+84 …" and "(0225) …" are read with their sign and bracket.
            while start > run.start() and text[start - 1] in "+(":
                start -= 1
            if _DATE_START.match(text, run.start() + groups[first].start()):
                continue
            digits = ""
            for last in range(first, len(groups)):
                digits += groups[last].group()
                end = run.start() + groups[last].end()
                piece = text[start:end]
                if test(digits, piece.startswith("+"), "." in piece):
                    # A closing bracket belongs to the number: "(0225) 3 123 456" keeps it.
                    yield start, end
                    break
                if len(digits) > 12:
                    break


def _find_phones(text: str, year: int) -> Iterator[Span]:
    for start, end in _numbers(text, _is_phone):
        if not _TAX_LABEL.search(text[max(0, start - 30):start]):
            yield start, end


def _find_id_numbers(text: str, year: int) -> Iterator[Span]:
    for match in _LABELLED_ID.finditer(text):
        yield match.start(1), match.end(1)
    yield from _numbers(text, lambda digits, plus, dots: not plus and _is_id_number(digits))


# The older 9-digit identity card (CMND) is only recognised after its name: on its own, a
# 9-digit number is as likely a count or an amount.
_LABELLED_ID = re.compile(
    r"(?i:CMND|CMTND|CCCD|chứng minh nhân dân|chứng minh thư|căn cước(?: công dân)?|"
    r"số định danh(?: cá nhân)?|hộ chiếu)\s*(?:số|:|là)?\s*:?\s*(\d{9}|\d{12}|[A-Z]\d{7})(?!\d)"
)

# --- Birth dates and ages -------------------------------------------------------------------------

_DATE = (
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d{1,2}-\d{1,2}|(?:ngày )?\d{1,2} tháng \d{1,2} năm \d{4}"
    r"|(?:tháng )?\d{1,2}\s*[/.-]\s*\d{4}|tháng \d{1,2} năm \d{4}|năm \d{4}|\d{4})"
)
# Words that end in "sinh" without being about birth: học sinh (pupil), phát sinh (arise),
# vệ sinh (hygiene), hy sinh (fall in action), tái sinh, giáng sinh, sản sinh, ký sinh.
_NOT_BIRTH = "(?i:" + "".join(
    f"(?<!{word} )" for word in ("học", "phát", "vệ", "hy", "tái", "giáng", "sản", "ký", "nữ", "sơ")
) + ")"
_BIRTH = re.compile(
    r"(?:(?i:ngày,? tháng,? năm sinh|ngày sinh|năm sinh)\s*:?\s*(?:là\s+)?(?P<a>" + _DATE + r")"
    r"|(?<!\w)" + _NOT_BIRTH + r"(?i:sinh)(?: ngày| vào| năm|:)?\s*(?P<b>" + _DATE + r")"
    r"|\bSN\s*:?\s*(?P<c>" + _DATE + r"))(?!\d)"
)


def _find_birth_dates(text: str, year: int) -> Iterator[Span]:
    for match in _BIRTH.finditer(text):
        group = next(name for name in ("a", "b", "c") if match.group(name))
        born = int(re.findall(r"\d{4}", match.group(group))[-1])
        if born > year - HISTORICAL_YEARS:
            yield match.start(group), match.end(group)


# An age after a person: "ông Nam, 41 tuổi". Not a range or a threshold ("từ 16 đến 30 tuổi",
# "trẻ em dưới 6 tuổi", "60 tuổi trở lên"), which is about a group.
_AGE = re.compile(
    r"(?<![\w.,/–-])(?i:(?<!dưới )(?<!trên )(?<!từ )(?<!đến )(?<!tới )(?<!độ )(?<!hơn )(?<!quá )"
    r"(?<!ngoài )(?<!khoảng )(?<!- )(?<!– ))\d{1,3}\s*tuổi\b(?!\s*(?:trở|đến|tới|-|–))"
)


def _find_ages(text: str, year: int) -> Iterator[Span]:
    for match in _AGE.finditer(text):
        yield match.span()


# --- E-mail ---------------------------------------------------------------------------------------

_AT = r"(?:@|\s*[\[({]\s*(?:at|a còng|@)\s*[\])}]\s*|\s+at\s+)"
_DOT = r"(?:\.|\s*[\[({]\s*(?:dot|chấm)\s*[\])}]\s*|\s+(?:dot|chấm)\s+)"
_EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*" + _AT + r"[A-Za-z0-9-]+(?:" + _DOT + r"[A-Za-z0-9-]+)*" + _DOT
    + r"(?i:com|vn|net|org|edu|gov|info|biz|me|io|[a-z]{2})\b"
)


def _find_emails(text: str, year: int) -> Iterator[Span]:
    for match in _EMAIL.finditer(text):
        yield match.span()


def plain_email(text: str) -> str:
    """An e-mail address as written, obfuscation undone: "a [at] gmail [dot] com" → a@gmail.com."""
    text = re.sub(_AT, "@", text, count=1)
    return re.sub(_DOT, ".", text)


# --- Home addresses -------------------------------------------------------------------------------

_ADDRESS = re.compile(
    r"(?i:\b(?<!lưu )(?:thường trú|tạm trú|trú quán|trú tại|trú ở|nơi ở hiện (?:nay|tại)|nơi ở\s*:|chỗ ở hiện nay"
    r"|địa chỉ (?:nhà(?: riêng)?+|nơi ở|thường trú)|nhà riêng|quê quán\s*:)\s*(?:tại|ở)?\s*:?\s*[^\s,.;:]"
    r"|\bsố nhà\s*\d+|\bnhà số\s*\d+"
    r"|\b(?:số\s+)?\d+[A-Za-z]?(?:/\d+)*\s*,?\s*(?:ngõ|ngách|hẻm|kiệt)\s+\d+)"
)


def _find_addresses(text: str, year: int) -> Iterator[Span]:
    for match in _ADDRESS.finditer(text):
        end = match.end()
        # The address goes on to the end of its clause: shown only by its first words.
        stop = re.search(r"[,.;\n]\s|[;\n]|$", text[end:])
        yield match.start(), end + (stop.start() if stop else 0)


# --- Bank accounts --------------------------------------------------------------------------------

_BANKS = (
    "Vietcombank|VCB|VietinBank|BIDV|Agribank|Techcombank|MB ?Bank|MBBank|ACB|Sacombank|VPBank|TPBank|SHB"
    "|HDBank|VIB|OCB|SeABank|LPBank|LienVietPostBank|Eximbank|MSB|Nam A Bank|Kienlongbank|Bac A Bank"
)
_ACCOUNT = re.compile(
    r"(?:(?i:số tài khoản|số TK|STK|tài khoản(?: ngân hàng)?|TK ngân hàng)\s*(?:số)?\s*:?\s*"
    r"(?:(?i:tại|mở tại|ngân hàng)\s+[^\d\n]{2,40}?\s*[:,-]?\s*(?:(?i:số)\s*)?)?"
    r"|\b(?:" + _BANKS + r")\s*[:-]?\s*(?:(?i:số|STK)\s*:?\s*)?)"
    r"(?P<number>\d[\d .-]{4,24}\d)(?!\d|[.,]\d|\s*(?i:đồng|đ\b|triệu|tỷ|nghìn|ngàn|vnđ|vnd|%|usd))"
)


def _find_bank_accounts(text: str, year: int) -> Iterator[Span]:
    for match in _ACCOUNT.finditer(text):
        if 6 <= len(re.sub(r"\D", "", match.group("number"))) <= 19:
            yield match.span("number")


# --- Sensitive data: health, ethnicity, religion ----------------------------------------------------

# The 54 ethnic groups of Việt Nam, as their names are written in running text.
_ETHNIC_GROUPS = (
    "Kinh|Tày|Thái|Mường|Khmer|Khơ-me|Khơ Me|Hoa|Nùng|Mông|H'Mông|Hmông|Mèo|Dao|Gia Rai|Gia-rai|Ê Đê|Ê-đê|Ba Na|Ba-na"
    "|Sán Chay|Chăm|Cơ Ho|Xơ Đăng|Sán Dìu|Hrê|Ra Glai|Mnông|Thổ|Xtiêng|Stiêng|Khơ Mú|Bru|Vân Kiều|Cơ Tu|Giáy|Tà Ôi"
    "|Mạ|Giẻ Triêng|Co|Chơ Ro|Xinh Mun|Hà Nhì|Chu Ru|Lào|La Chí|Kháng|Phù Lá|La Hủ|La Ha|Pà Thẻn|Lự|Ngái|Chứt"
    "|Lô Lô|Mảng|Cơ Lao|Bố Y|Cống|Si La|Pu Péo|Rơ Măm|Brâu|Ơ Đu"
)
# About a community ("đồng bào dân tộc Mông", "các dân tộc"), not a person: not sensitive data.
_COMMUNITY = r"(?i:(?<!đồng bào )(?<!cộng đồng )(?<!các )(?<!bà con )(?<!vùng )(?<!nhân dân ))"
# A capitalised word after a group's name makes a place: "người Thái Bình", "người Kinh Bắc".
_NOT_A_PLACE = r"(?!\s+[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])"
_ETHNICITY = re.compile(
    r"(?i:\bdân tộc\s*:\s*[^\s,.;]+)"
    r"|\b" + _COMMUNITY + r"(?i:dân tộc)\s+(?:(?i:thiểu số)\s+)?(?:" + _ETHNIC_GROUPS + r")\b" + _NOT_A_PLACE +
    r"|(?i:\blà người (?:dân tộc(?: thiểu số)?|(?:" + _ETHNIC_GROUPS + r")\b" + _NOT_A_PLACE + r"))"
)
_RELIGION = re.compile(
    r"(?i:\btôn giáo\s*:\s*[^\s,.;]+"
    r"|\b(?:theo|giữ|theo đạo|cải đạo sang|bỏ) (?:đạo|tôn giáo)\b"
    r"(?! (?:đức|lý|nghĩa|hiếu|làm|thầy|vợ chồng))(?:\s+(?:Công giáo|Thiên Chúa|Tin Lành|Phật|Cao Đài"
    r"|Hòa Hảo|Hồi|Tin lành))?"
    r"|\b(?:là|một|vốn là)\s+(?:một\s+)?(?:phật tử|giáo dân|tín đồ|con chiên)\b)"
)
_ILLNESSES = (
    r"bệnh|ung thư|HIV|AIDS|lao phổi|tâm thần|trầm cảm|tai biến|đột quỵ|khuyết tật|suy thận|tiểu đường|đái tháo đường"
    r"|bại liệt|liệt|chất độc da cam|nhiễm độc|thiểu năng|tự kỷ|động kinh|xơ gan|viêm gan"
)
# Crops and livestock fall ill too, in the stories of farming models.
_NOT_PERSONS = "".join(f"(?<!{word} )" for word in (
    "lúa", "cây", "cây trồng", "vật nuôi", "gia súc", "gia cầm", "lợn", "heo", "gà", "vịt", "bò", "trâu", "tôm", "cá",
    "đàn", "vườn", "ruộng", "rau", "quả"))
_HEALTH = re.compile(
    r"(?i:(?<!tỷ lệ )(?<!số ca )(?<!số người )(?<!nguy cơ )(?<!không )" + _NOT_PERSONS
    + r"\b(?:mắc|bị|nhiễm|được chẩn đoán(?: mắc)?|"
    r"đang điều trị)\s+(?:căn\s+|chứng\s+|căn bệnh\s+)?(?:" + _ILLNESSES + r")\b"
    r"|\blà (?:người |bệnh nhân )?(?:khuyết tật|nhiễm HIV|bệnh nhân)\b"
    r"|\btình trạng sức khỏe\s*:\s*[^\s,.;]+|\bsức khỏe\s*:\s*[^\s,.;]+)"
)


_DIGITS = tuple("0123456789")
_HEALTH_WORDS = ("bệnh", "ung thư", "hiv", "aids", "lao phổi", "tâm thần", "trầm cảm", "tai biến", "đột quỵ",
                 "khuyết tật", "suy thận", "tiểu đường", "đái tháo đường", "liệt", "chất độc", "nhiễm độc",
                 "thiểu năng", "tự kỷ", "động kinh", "xơ gan", "viêm gan", "sức khỏe")


def _finder(pattern: re.Pattern[str]) -> Finder:
    def find(text: str, year: int) -> Iterator[Span]:
        for match in pattern.finditer(text):
            yield match.span()

    return find


# --- The rules ------------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "id_number", "số định danh cá nhân (CCCD/CMND)", _LAW, _find_id_numbers,
        needs=_DIGITS,
        catches=(
            "CCCD 001090012345 cấp năm 2021",
            "số định danh 031 190 004 567",
            "căn cước 031.185.004.567",
            "căn cước 031-185-004-567",
            "số 0311 8500 4567 của ông",
            "CMND số 031190004",
            "chứng minh nhân dân: 031190004",
            "hộ chiếu số C1234567",
        ),
        passes=(
            "tổng kinh phí 1.000.000.000.000 đồng",
            "120.000.000.000 đồng",
            "Quyết định số 1487/QĐ-CTN ngày 05/02/2026",
            "mã hồ sơ 000123456789",
        ),
    ),
    Rule(
        "phone", "số điện thoại", _LAW, _find_phones,
        needs=_DIGITS,
        catches=(
            "Liên hệ anh Nam 0912 345 678.",
            "ĐT: 0912.345.678",
            "gọi 091-234-5678",
            "số 0912345678",
            "số +84 912 345 678",
            "số +84912345678",
            "số 84912345678",
            "máy bàn (0225) 3821 123",
            "máy bàn (0225) 3 123 456",
            "máy bàn 0225 3821 123",
            "https://zalo.me/0912345678",
            "to-truong-0912345678",
            '<a href="https://zalo.me/0912345678">Zalo</a>',
            "ĐT0912345678",
            "ngày 05.02.2026 gọi 0912 345 678",
        ),
        passes=(
            "Thưởng 1.200.000 đồng; 84.912.345.678 đồng",
            "lúc 09.30 ngày 05.02.2026 09.30",
            "Công ty TNHH An Phát, mã số thuế: 0312345678; MST 0201234567-001",
            "giai đoạn 2021-2025, 2021 - 2025",
            "Tỷ lệ 0,0912345678",
            "đường dây nóng 1900 1234, 1800 5678",
        ),
    ),
    Rule(
        "birth_date", "ngày sinh", _LAW, _find_birth_dates,
        needs=("sinh", "sn"),
        catches=(
            "Ông Bảy sinh ngày 12/03/1950 tại Hải Phòng",
            "Sinh năm 1950, nhập ngũ năm 1968",
            "ngày sinh: 1950-03-12",
            "Ông Bảy (SN 1950)",
            "sinh ngày 5 tháng 3 năm 1950",
            "cô sinh 12/3/1985 tại Hải Phòng",
            "anh sinh tháng 3/1985",
            "năm sinh: 1985",
            "Ngày, tháng, năm sinh: 01/02/1980",
        ),
        passes=(
            "Chủ tịch Hồ Chí Minh sinh ngày 19/5/1890 tại Nam Đàn",
            "Năm 2026, 120 học sinh ngày 05/09/2025 tựu trường; 15 học sinh năm 2024 đạt giải",
            "Phát sinh năm 2025 hơn 1.500 hồ sơ; vệ sinh môi trường ngày 12/03/2026",
            "Liệt sĩ hy sinh ngày 27/7/1972 tại Quảng Trị",
            "sinh hoạt ngày 12/3/2026, sinh viên năm 2024",
            "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)",
        ),
    ),
    Rule(
        "age", "tuổi", _LAW, _find_ages,
        needs=("tuổi",),
        catches=("ông Nam, 41 tuổi, tổ trưởng", "Cụ Lan năm nay 90 tuổi", "anh Hùng (35 tuổi)"),
        passes=(
            "trẻ em dưới 6 tuổi", "thanh niên từ 16 đến 30 tuổi", "người từ 60 tuổi trở lên",
            "độ tuổi 16-30 tuổi", "huy hiệu 50 năm tuổi Đảng", "người cao tuổi", "Hội Người cao tuổi",
        ),
    ),
    Rule(
        "email", "địa chỉ thư điện tử cá nhân", _LAW, _find_emails, mask=EMAIL,
        needs=("@", "at", "a còng"),
        catches=(
            "gửi về bay.nguyen1950@gmail.com",
            "thư: bay.nguyen [at] gmail [dot] com",
            "thư: bay.nguyen(at)gmail(dot)com",
            "thư: bay.nguyen at gmail dot com",
            "thư: bay.nguyen[a còng]yahoo[chấm]com",
            "thư: bay.nguyen＠gmail.com",
        ),
        passes=("Ngày 12/3 at the meeting", "Chi bộ @ tổ dân phố 5", "ngày 2026-02-10"),
    ),
    Rule(
        "address", "địa chỉ nơi ở", _LAW, _find_addresses, mask=PHRASE,
        needs=("trú", "địa chỉ", "nơi ở", "chỗ ở", "nhà riêng", "quê quán", "số nhà", "nhà số", "ngõ", "ngách",
               "hẻm", "kiệt"),
        catches=(
            "Ông Nam, trú tại tổ dân phố số 5",
            "thường trú: xóm 3, thôn Đông",
            "số nhà 12 đường Lạch Tray",
            "nhà ở số 12 ngõ 34 phố Lạch Tray",
            "12/3 hẻm 45 đường Lê Lợi",
            "nơi ở hiện nay: khu tập thể",
            "địa chỉ nhà: 45 Trần Phú",
        ),
        passes=(
            "Chỉnh trang ngõ 34 phố Lạch Tray",
            "Trụ sở: số 1 đường Lạch Tray",
            "hỗ trợ người lao động lưu trú tại khu công nghiệp",
            "xây dựng nơi ở mới cho 20 hộ",
            "Trang không đăng số định danh cá nhân, ngày sinh, số điện thoại, địa chỉ nhà riêng.",
            "Tổ dân phố số 10, 300 hộ gia đình văn hóa đạt 95%",
        ),
    ),
    Rule(
        "bank_account", "số tài khoản ngân hàng", _LAW, _find_bank_accounts,
        needs=("tài khoản", "tk", "bank", "vcb", "bidv", "acb", "shb", "vib", "ocb", "msb"),
        catches=(
            "ủng hộ qua số tài khoản 0123456789",
            "STK: 1903 4567 8901 23",
            "tài khoản tại Vietcombank chi nhánh Hải Phòng: 0031000123456",
            "Vietcombank 0031000123456",
            "BIDV số 12010000123456",
        ),
        passes=(
            "tài khoản dịch vụ công trực tuyến",
            "tài khoản dự toán 1.200.000 đồng",
            "Tỷ lệ mở tài khoản đạt 95%",
        ),
    ),
    Rule(
        "health", "thông tin sức khỏe", _LAW_SENSITIVE, _finder(_HEALTH), mask=PHRASE, sensitive=True,
        needs=_HEALTH_WORDS,
        catches=(
            "dù bị bệnh ung thư, chị vẫn",
            "anh mắc bệnh hiểm nghèo",
            "chị nhiễm HIV từ năm 2010",
            "là người khuyết tật",
            "ông bị liệt hai chân",
            "tình trạng sức khỏe: yếu",
        ),
        passes=(
            "phòng, chống dịch bệnh",
            "phòng chống HIV/AIDS trên địa bàn",
            "giảm tỷ lệ mắc bệnh sốt xuất huyết",
            "bác sĩ điều trị bệnh cho 500 người",
            "hỗ trợ người khuyết tật và trẻ em",
            "môi trường bị ô nhiễm",
            "lúa bị bệnh đạo ôn, đàn lợn bị bệnh tai xanh",
            "chăm sóc sức khỏe Nhân dân",
        ),
    ),
    Rule(
        "ethnicity", "dân tộc của một người", _LAW_SENSITIVE, _finder(_ETHNICITY), mask=PHRASE, sensitive=True,
        needs=("dân tộc", "là người"),
        catches=("Chị Lò Thị Mai, dân tộc Thái", "dân tộc: Mường", "anh là người dân tộc thiểu số", "là người Tày"),
        passes=(
            "vùng đồng bào dân tộc thiểu số",
            "khối đại đoàn kết toàn dân tộc",
            "Ngày hội Đại đoàn kết các dân tộc",
            "đồng bào dân tộc Mông ở xã",
            "truyền thống của dân tộc",
            "anh là người Thái Bình, chị là người Kinh Bắc",
        ),
    ),
    Rule(
        "religion", "tôn giáo của một người", _LAW_SENSITIVE, _finder(_RELIGION), mask=PHRASE, sensitive=True,
        needs=("tôn giáo", "đạo", "phật tử", "giáo dân", "tín đồ", "con chiên"),
        catches=("tôn giáo: Công giáo", "ông theo đạo Phật", "bà là phật tử", "anh là giáo dân xứ Đông"),
        passes=(
            "Ban Trị sự Giáo hội Phật giáo Việt Nam phường",
            "Ủy ban Đoàn kết Công giáo",
            "chức sắc, chức việc các tôn giáo",
            "sống tốt đời, đẹp đạo",
            "giữ đạo đức nghề nghiệp, sống theo đạo lý",
        ),
    ),
)
RULES_BY_KIND: dict[str, Rule] = {rule.kind: rule for rule in RULES}



def find_personal_data(text: str, year: int) -> list[Finding]:
    """Every piece of personal data in `text` as a reader sees it, in order.

    `year` is the build year: a birth date HISTORICAL_YEARS before it is a historical fact.
    Values the law requires to be public are filtered by the caller (`is_allowed`).
    """
    text = reader_text(text)
    lower = text.lower()
    findings: list[tuple[int, Finding]] = []
    taken: list[range] = []
    for rule in RULES:
        if not any(word in lower for word in rule.needs):
            continue
        for start, end in rule.find(text, year):
            if any(start < r.stop and r.start < end for r in taken):
                continue
            taken.append(range(start, end))
            value = text[start:end]
            findings.append((start, Finding(rule.kind, plain_email(value) if rule.mask == EMAIL else value)))
    return [finding for _, finding in sorted(findings, key=lambda item: item[0])]


def public_form(value: str) -> str:
    """The form in which a published value is compared with the allowed ones.

    Phone and identity numbers compare by their digits (with +84 read as 0), so "0225 3000 000"
    allows "0225.3000.000"; e-mail addresses and phrases compare without regard to case.
    """
    value = reader_text(value).strip()
    if "@" in value:
        return value.casefold()
    if re.fullmatch(r"[+\d .()-]+", value):
        digits = re.sub(r"\D", "", value)
        return "0" + digits[2:] if value.startswith("+84") else digits
    return " ".join(value.split()).casefold()


def is_allowed(finding: Finding, allowed: frozenset[str] | set[str]) -> str | None:
    """The allowed value (in `public_form`) that lets `finding` be published, if any.

    A number or e-mail must be the allowed value itself; a phrase (an address, a sensitive
    fact) may be part of the allowed text, which is written as it stands in the record.
    """
    form = public_form(finding.text)
    if form in allowed:
        return form
    if finding.rule.mask == PHRASE:
        return next((value for value in sorted(allowed) if form in value), None)
    return None


def hide_small_counts(counts: Mapping[str, int], minimum: int = SMALL_COUNT) -> dict[str, int | None]:
    """Counts per group for publication, with every group under `minimum` hidden (None).

    When exactly one group is hidden, the next smallest is hidden too: otherwise the hidden
    count could be worked out from the total and the others.
    """
    shown: dict[str, int | None] = {
        group: (count if count >= minimum else None) for group, count in counts.items()
    }
    hidden = [group for group, count in shown.items() if count is None]
    visible = sorted((count, group) for group, count in shown.items() if count is not None)
    if len(hidden) == 1 and visible:
        shown[visible[0][1]] = None
    return shown
