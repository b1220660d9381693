"""What build and check print: grouped warnings, the summary, a progress bar on terminals only."""

from __future__ import annotations

import io
import textwrap
from datetime import date

from generator.build import build_site
from generator.cli import main
from generator.loading.loader import load_portal
from generator.reporting import ProgressBar, grouped_warnings, summary
from tests.adversarial.payloads import image
from tests.conftest import MINIMAL_DATA

DECISION = "data/quyet_dinh/15-qd-ubnd-2026.yml"
EXAMPLE = "data/dien_hinh/co-giao-so-hoa.yml"


def _many_people(count: int) -> str:
    people = "".join(
        f"  - doi_tuong_nhan: ca_nhan\n    danh_xung: Ông\n    ten: Người Số {n}\n"
        "    danh_hieu: Lao động tiên tiến\n"
        for n in range(1, count + 1)
    )
    return textwrap.dedent(MINIMAL_DATA[DECISION]).split("danh_sach:\n")[0] + "danh_sach:\n" + people


def test_warnings_are_grouped_with_a_few_examples(scratch_project):
    example = textwrap.dedent(MINIMAL_DATA[EXAMPLE]) + "anh:\n" + "".join(
        f"  - tep: tep/anh/{n}.png\n    chu_thich: Ảnh {n}\n" for n in range(1, 6)
    )
    root = scratch_project({
        DECISION: _many_people(12),
        EXAMPLE: example,
        "data/quyet_dinh/16-qd-ubnd-2026.yml": MINIMAL_DATA[DECISION].replace("15", "16")
        + "ngay_cong_bo: 2026-12-25\n",
        "data/phong_trao/nhap.yml": MINIMAL_DATA["data/phong_trao/thi-dua-2026.yml"].replace(
            "ma: thi-dua-2026", "ma: nhap") + "ban_nhap: true\n",
    })
    (root / "data/tep/anh").mkdir(parents=True)
    for n in range(1, 6):
        (root / f"data/tep/anh/{n}.png").write_bytes(image("PNG"))
    portal = load_portal(root)
    assert [str(w) for w in grouped_warnings(portal, date(2026, 6, 1))] == [
        "1 hồ sơ là bản nháp, chưa đăng: phong trào thi đua nhap",
        "1 hồ sơ chưa đến ngày công bố: quyết định khen thưởng 16-qd-ubnd-2026 (từ 25/12/2026)",
        "5 ảnh chưa có đồng ý công bố nên không đăng: tep/anh/1.png, tep/anh/2.png, tep/anh/3.png và 2 ảnh khác",
        "1 điển hình chưa có ảnh được đăng: co-giao-so-hoa",
        "2 quyết định chưa có tệp PDF đính kèm: 16-qd-ubnd-2026, 15-qd-ubnd-2026",
        "12 người được khen thưởng chưa ghi đơn vị: Người Số 1 (15-qd-ubnd-2026), Người Số 2 "
        "(15-qd-ubnd-2026), Người Số 3 (15-qd-ubnd-2026) và 9 người khác",
    ]
    assert summary(portal, date(2026, 6, 1)) == (
        "2 đơn vị, 1 phong trào thi đua, 1 quyết định khen thưởng, 1 điển hình"
    )


def test_build_prints_the_summary_then_the_warnings(scratch_project, capsys):
    root = scratch_project()
    assert main(["--project", str(root), "build"]) == 0
    pages = sum(1 for _ in (root / "site").rglob("*.html"))
    assert capsys.readouterr().out.splitlines() == [
        f"Đã tạo {pages} trang trong {root / 'site'}: 2 đơn vị, 1 phong trào thi đua, 1 quyết định khen "
        "thưởng, 1 điển hình.",
        "Lưu ý (không ngăn việc tạo trang):",
        "  - 1 điển hình chưa có ảnh được đăng: co-giao-so-hoa",
        "  - 1 quyết định chưa có tệp PDF đính kèm: 15-qd-ubnd-2026",
    ]


def test_build_reports_progress_for_every_page(scratch_project):
    root = scratch_project()
    calls = []
    build_site(root, root / "site", progress=lambda done, total: calls.append((done, total)))
    pages = sum(1 for _ in (root / "site").rglob("index.html"))
    # The total grows when a long list turns out to fill several pages, and ends exact.
    assert [done for done, _ in calls] == list(range(1, pages + 1))
    assert all(done <= total for done, total in calls)
    assert calls[-1] == (pages, pages)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_is_drawn_on_a_terminal_only_and_cleared_at_the_end():
    terminal, log = _Terminal(), io.StringIO()
    for stream in (terminal, log):
        bar = ProgressBar(stream)
        for done in range(1, 201):
            bar(done, 200)
    assert log.getvalue() == ""
    frames = terminal.getvalue().split("\r")
    assert frames[1] == "Đang tạo trang [" + "." * 30 + "] 1/200"
    assert "Đang tạo trang [" + "#" * 30 + "] 200/200" in frames
    assert len(frames) == 2 + 31 + 1
    assert frames[-1] == ""


def test_one_person_code_for_two_names_is_a_warning(scratch_project):
    decision = textwrap.dedent(MINIMAL_DATA[DECISION]).replace(
        "    ten: Trần Thị Đức\n", "    ten: Trần Thị Đức\n    ma_nguoi: tran-thi-duc\n")
    other = decision.replace("15", "16").replace("Trần Thị Đức\n", "Trần Thị Đực\n")
    portal = load_portal(scratch_project({DECISION: decision, "data/quyet_dinh/16-qd-ubnd-2026.yml": other}))
    assert "1 mã người (ma_nguoi) được ghi cho hai tên khác nhau: tran-thi-duc (Trần Thị Đức trong " \
        "15-qd-ubnd-2026, Trần Thị Đực trong 16-qd-ubnd-2026)" in [
            str(w) for w in grouped_warnings(portal, date(2026, 6, 1))]
