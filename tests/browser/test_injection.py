"""Script injection through data: every text field of every kind of record carries a payload.

A scratch project holds one record of every kind with every optional field filled in; each free
text value (and each text of site_config.yml) is replaced by a marker and an injection payload,
the site is built, and every page is opened in Chromium. No dialog may open, no event handler
or script URL may reach the DOM, and what was typed must read back as plain text.
"""

from __future__ import annotations

import textwrap
import typing
from pathlib import Path

import yaml
from pydantic import BaseModel

from generator.build import build_site
from generator.domain import records
from generator.kinds import KINDS
from generator.loading.site_config import SiteConfig
from tests.browser.conftest import serve_folder
from tests.conftest import MINIMAL_DATA
from tests.sample_records import minimal_text

ATTACKS = [
    '<script>alert("s")</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(2)>",
    '<iframe src="javascript:alert(3)"></iframe>',
    '<a href="javascript:alert(4)">bấm vào đây</a>',
    "[bấm vào đây](javascript:alert(5))",
    "[ảnh](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)",
    "<details open ontoggle=alert(7)>",
    "</title><script>alert(8)</script>",
    "{{ 7*7 }} {% raw %} ${alert(9)}",
    "<style>*{display:none}</style>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(10)>",
    '" onmouseover="alert(11)" x="',
    '<base href="http://127.0.0.2/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(12)">',
    "&lt;script&gt;alert(13)&lt;/script&gt;",
    "`<script>alert(14)</script>`",
    '<object data="javascript:alert(15)"></object>',
    '<form action="javascript:alert(16)"><button>gửi</button></form>',
    "<a href=\"jav&#x09;ascript:alert(17)\">x</a> <svg><a xlink:href=\"javascript:alert(18)\">y</a></svg>",
]

# Text fields that name another record or a file rather than say something: a payload there
# would only be a broken reference.
NOT_FREE_TEXT = {
    (records.Recipient, "award"), (records.Nominee, "award"), (records.Honour, "proposal"), (records.Photo, "file"),
    (records.Decision, "attachment"), (records.Report, "attachment"), (SiteConfig, "logo"),
}
# Exceptions to the personal-data guard are never shown, and must match the record's text.
NOT_SHOWN = {records.PublicByLaw}

_MARKDOWN = typing.get_args(records.Markdown)[1]

# One record of every kind, every optional field filled in. Titles are named by code.
FULL_DATA = {
    **MINIMAL_DATA,
    "data/danh_muc/danh_hieu/danh_hieu.yml": minimal_text("data/danh_muc/danh_hieu/danh_hieu.yml")
    + textwrap.dedent("""\
        - ma: giay-khen
          ten: Giấy khen của Chủ tịch Ủy ban nhân dân phường
          ten_goi_khac: [Giấy khen phường]
          nhom: hinh_thuc_khen_thuong
          doi_tuong: [ca_nhan, tap_the, ho_gia_dinh]
          cap: phuong
          tham_quyen: Chủ tịch Ủy ban nhân dân phường
        """),
    "data/don_vi/ubnd-phuong.yml": minimal_text("data/don_vi/ubnd-phuong.yml") + textwrap.dedent("""\
        hoat_dong_tu: 2025-07-01
        ten_cu:
          - ten: Ủy ban nhân dân phường Hải Tân
            den_ngay: 2025-06-30
        dia_chi: Số 1 đường Thanh Niên
        mo_ta: Cơ quan hành chính nhà nước cấp phường.
        """),
    "data/phong_trao/thi-dua-2026.yml": minimal_text(
        "data/phong_trao/thi-dua-2026.yml",
        ("tu_ngay: 2026-02-10\n", "van_ban_phat_dong:\n  so_ky_hieu: 12/KH-UBND\n  ngay: 2026-02-05\n"
                                  "  co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị\n"
                                  "tu_ngay: 2026-02-10\nden_ngay: 2026-12-31\n"),
        ("trang_thai: dang_trien_khai\n", "tieu_chi: [Hoàn thành nhiệm vụ được giao]\n"
                                          "trang_thai: dang_trien_khai\nket_qua: Đã sơ kết 6 tháng.\n"),
    ) + textwrap.dedent("""\
        moc_thoi_gian:
          - ngay: 2026-07-15
            su_kien: Hội nghị sơ kết 6 tháng
            loai_su_kien: so_ket
        """),
    # Corrected by decision 20, as is its first recipient.
    "data/quyet_dinh/15-qd-ubnd-2026.yml": minimal_text(
        "data/quyet_dinh/15-qd-ubnd-2026.yml",
        ("danh_sach:\n", "trang_thai: da_dinh_chinh\nquyet_dinh_thay_doi: 20-qd-ubnd-2026\n"
                         "ghi_chu_trang_thai: Đính chính họ tên\ndanh_sach:\n"),
        ("ten: Trần Thị Đức\n", "ten: Trần Thị Đức\n    ma_nguoi: tran-thi-duc\n"),
        ("danh_hieu: Lao động tiên tiến\n", "danh_hieu: lao-dong-tien-tien\n"
                                            "    thanh_tich: Hoàn thành xuất sắc nhiệm vụ\n"
                                            "    trang_thai: da_dinh_chinh\n"
                                            "    quyet_dinh_thay_doi: 20-qd-ubnd-2026\n"
                                            "    ghi_chu_trang_thai: Sai chính tả\n"),
        ("danh_hieu: Tập thể lao động tiên tiến", "danh_hieu: tap-the-lao-dong-tien-tien"),
    ),
    "data/quyet_dinh/20-qd-ubnd-2026.yml": """\
        ma: 20-qd-ubnd-2026
        loai_quyet_dinh: dinh_chinh
        so_ky_hieu: 20/QĐ-UBND
        ngay_ky: 2026-02-01
        co_quan_ban_hanh: Ủy ban nhân dân phường Lê Thanh Nghị
        cap: phuong
        nguoi_ky:
          chuc_vu: Chủ tịch
          ho_ten: Nguyễn Hữu Phúc
        trich_yeu: Về việc đính chính Quyết định số 15/QĐ-UBND
        loai_hinh: cong-trang
        danh_sach:
          - doi_tuong_nhan: ho_gia_dinh
            ten: Gia đình ông Lê Văn Hòa
            danh_hieu: giay-khen
        """,
    "data/dien_hinh/co-giao-so-hoa.yml": minimal_text(
        "data/dien_hinh/co-giao-so-hoa.yml",
        ("quyet_dinh:", "so_lieu:\n  - nhan: Bài giảng\n    gia_tri: \"120\"\n"
                        "anh:\n  - tep: tep/anh/co-duc.png\n    chu_thich: Cô Đức trong giờ dạy\n"
                        "    dong_y_cong_bo: true\nquyet_dinh:"),
    ) + textwrap.dedent("""\
        noi_bat:
          tu_ngay: 2000-01-01
          den_ngay: 2100-12-31
          nhan: Gương điển hình của tháng
        """),
    "data/ke_hoach/2026.yml": minimal_text("data/ke_hoach/2026.yml")
    + textwrap.dedent("""\
        nhiem_vu:
          - ma: so-ket
            quy: 3
            noi_dung: Sơ kết 6 tháng
            chu_tri: Phòng Văn hóa - Xã hội
            trang_thai: hoan_thanh
            ket_qua: Đã tổ chức hội nghị
            lien_ket: [bao_cao/so-ket-2026]
        """),
    "data/khoi_thi_dua/khoi-8-2026.yml": """\
        ma: khoi-8-2026
        ten: Khối thi đua số 8
        so_khoi: 8
        nam: 2026
        co_quan_to_chuc: Ủy ban nhân dân thành phố Hải Phòng
        khoi_truong: ubnd-phuong
        khoi_pho: truong-thcs
        thanh_vien: [ubnd-phuong, truong-thcs]
        phong_trao: thi-dua-2026
        giao_uoc:
          ngay_ky: 2026-02-20
          tieu_chi:
            - ma: chi-dao
              ten: Công tác chỉ đạo
              diem_toi_da: 30
        cham_diem:
          - don_vi: ubnd-phuong
            tu_cham: {chi-dao: 28}
            tham_dinh: {chi-dao: 27}
            diem_thuong: 1
            diem_tru: 0.5
            ghi_chu: Dẫn đầu khối
          - don_vi: truong-thcs
            tu_cham: {chi-dao: 25}
        suy_ton:
          - don_vi: ubnd-phuong
            de_nghi: giay-khen
            quyet_dinh_khen_thuong: 15-qd-ubnd-2026
        """,
    "data/lay_y_kien/chien-si-2026.yml": """\
        ma: chien-si-2026
        ten: Lấy ý kiến đề nghị Chiến sĩ thi đua cơ sở năm 2026
        ngay_dang: 2026-03-02
        so_ngay_lam_viec: 10
        noi_nhan_y_kien: Phòng Văn hóa - Xã hội
        danh_sach_de_nghi:
          - doi_tuong_nhan: ca_nhan
            danh_xung: Ông
            ten: Lê Văn Bình
            chuc_vu: Giáo viên
            don_vi: truong-thcs
            danh_hieu: chien-si-thi-dua-co-so
            thanh_tich: Sáng kiến cấp cơ sở
        ket_qua: Không có ý kiến phản đối.
        quyet_dinh: [15-qd-ubnd-2026]
        """,
    "data/ngay_nghi/2026.yml": """\
        - ngay: 2026-04-30
          ten: Ngày Chiến thắng
        """,
    "data/bao_cao/so-ket-2026.yml": """\
        ma: so-ket-2026
        ten: Báo cáo sơ kết 6 tháng đầu năm 2026
        loai_bao_cao: so_ket_6_thang
        nam: 2026
        so_ky_hieu: 150/BC-UBND
        ngay: 2026-07-05
        tu_ngay: 2026-01-01
        den_ngay: 2026-06-30
        tom_tat: Kết quả công tác thi đua 6 tháng.
        noi_dung: Đã khen thưởng **2** lượt.
        """,
    "data/hoi_dong/hop-1-2026.yml": """\
        ma: hop-1-2026
        ten: Phiên họp Hội đồng Thi đua - Khen thưởng lần 1
        ngay: 2026-01-10
        chu_tri_hop: Chủ tịch Ủy ban nhân dân phường
        chuong_trinh: [Xét danh hiệu Lao động tiên tiến]
        ket_qua: Thống nhất đề nghị khen thưởng.
        quyet_dinh: [15-qd-ubnd-2026]
        """,
}


def _free_text(annotation, metadata=()) -> str | None:
    """"text" or "markdown" when a field holds free text written by an editor, else None."""
    if typing.get_origin(annotation) is typing.Annotated:
        annotation, *more = typing.get_args(annotation)
        metadata = (*metadata, *more)
    if annotation is not str or any(getattr(m, "pattern", None) for m in metadata):
        return None
    return "markdown" if _MARKDOWN in metadata else "text"


def _unwrap(annotation):
    """The annotations a value may have: list items, and each member of an optional."""
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union) or str(origin) == "<class 'types.UnionType'>":
        return [inner for argument in typing.get_args(annotation) for inner in _unwrap(argument)]
    return [annotation]


def text_fields(model: type[BaseModel], seen: set | None = None) -> set[tuple[str, str]]:
    """Every (schema, YAML key) holding free text, in `model` and the schemas inside it."""
    seen = set() if seen is None else seen
    if model in seen or model in NOT_SHOWN:
        return set()
    seen.add(model)
    found = set()
    for name, field in model.model_fields.items():
        for annotation in _unwrap(field.annotation):
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                found |= text_fields(annotation, seen)
            elif (model, name) not in NOT_FREE_TEXT and _free_text(annotation, tuple(field.metadata)):
                found.add((model.__name__, field.alias or name))
    return found


class Injector:
    """Replaces free text with numbered payloads, remembering which fields it reached."""

    def __init__(self) -> None:
        self.payloads: dict[str, tuple[str, str]] = {}
        self.reached: set[tuple[str, str]] = set()

    def payload(self, kind: str) -> str:
        marker = f"XSS{len(self.payloads):03d}"
        text = f"{marker} {ATTACKS[len(self.payloads) % len(ATTACKS)]}"
        self.payloads[marker] = (text, kind)
        return text

    def inject(self, value, model: type[BaseModel]):
        if isinstance(value, list):
            return [self.inject(item, model) for item in value]
        if model in NOT_SHOWN or not isinstance(value, dict):
            return value
        fields = {field.alias or name: (name, field) for name, field in model.model_fields.items()}
        result = {}
        for key, inner in value.items():
            name, field = fields[key]
            result[key] = inner
            for annotation in _unwrap(field.annotation):
                if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                    result[key] = self.inject(inner, annotation)
                    break
                kind = _free_text(annotation, tuple(field.metadata))
                if kind and (model, name) not in NOT_FREE_TEXT:
                    self.reached.add((model.__name__, key))
                    result[key] = ([self.payload(kind) for _ in inner] if isinstance(inner, list)
                                   else self.payload(kind))
                    break
        return result


def write_injected_project(root: Path) -> Injector:
    injector = Injector()
    schemas = {f"data/{kind.folder}/": kind.schema for kind in KINDS}
    for name, text in FULL_DATA.items():
        schema = next(s for folder, s in schemas.items() if name.startswith(folder))
        data = injector.inject(yaml.safe_load(textwrap.dedent(text)), schema)
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    config = yaml.safe_load((root / "site_config.yml").read_text(encoding="utf-8"))
    (root / "site_config.yml").write_text(
        yaml.safe_dump(injector.inject(config, SiteConfig), allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    (root / "data/tep/anh").mkdir(parents=True, exist_ok=True)
    (root / "data/tep/anh/co-duc.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return injector


# What the DOM must never hold, whatever the data: event handlers, script or data URLs in
# links, sources and form actions, elements that load or redirect, and scripts or styles
# carrying a payload.
DOM_PROBLEMS = """() => {
  const problems = [];
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) problems.push(`${element.tagName} ${attribute.name}`);
      if (urlAttributes.includes(attribute.name) && /^\\s*(javascript|vbscript|data:text)/i.test(attribute.value))
        problems.push(`${element.tagName} ${attribute.name}=${attribute.value.slice(0, 40)}`);
    }
  }
  for (const element of document.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh"]'))
    problems.push(element.tagName);
  for (const element of document.querySelectorAll('script:not([type="application/ld+json"]), style'))
    if (/XSS\\d/.test(element.textContent)) problems.push(`${element.tagName} with a payload`);
  // JSON-LD carries data by design: it must be JSON in which no "<" could close the element.
  for (const element of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (element.textContent.includes('<')) problems.push('JSON-LD with a raw <');
    try { JSON.parse(element.textContent); } catch (error) { problems.push('JSON-LD that is not JSON'); }
  }
  return problems;
}"""

VISIBLE_TEXT = """() => {
  const body = document.body.cloneNode(true);
  body.querySelectorAll('script, style, template').forEach(e => e.remove());
  return body.textContent.replace(/\\s+/g, ' ');
}"""


def test_payloads_cover_every_text_field_of_every_kind(scratch_project):
    injector = write_injected_project(scratch_project())
    expected = set().union(*(text_fields(kind.schema) for kind in KINDS), text_fields(SiteConfig))
    assert expected - injector.reached == set()


def test_no_payload_runs_and_every_payload_reads_as_text(scratch_project, browser):
    root = scratch_project()
    injector = write_injected_project(root)
    build_site(root)
    site = root / "site"
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert len(pages) >= 20

    server, url = serve_folder(site)
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    shown: set[str] = set()
    try:
        for name in pages:
            page.goto(url + name.removesuffix("index.html"), wait_until="load")
            assert page.evaluate(DOM_PROBLEMS) == [], name
            text = page.evaluate(VISIBLE_TEXT)
            title = page.title()
            for marker, (payload, kind) in injector.payloads.items():
                if marker in title:
                    assert payload in title, (name, marker)
                if marker not in text:
                    continue
                shown.add(marker)
                if kind == "text":
                    assert " ".join(payload.split()) in text, (name, payload)
    finally:
        context.close()
        server.shutdown()

    assert dialogs == []
    # Most fields appear on some page; those that do not (an alias, a holiday's name) are
    # still checked above wherever a page shows them.
    assert len(shown) >= 0.8 * len(injector.payloads), sorted(set(injector.payloads) - shown)
