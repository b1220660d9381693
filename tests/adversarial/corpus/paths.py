"""Paths in data and settings never publish a file from outside the project, directly or through a link."""

from __future__ import annotations

import os
from pathlib import Path

from tests.adversarial.case import Case
from tests.adversarial.payloads import DECISION, attachment, image, pdf, photo
from tests.conftest import SAMPLE

CATEGORY = "paths"
CONFIG = (SAMPLE / "site_config.yml").read_text(encoding="utf-8")
LOGO_LINE = 22
PASSWD = "root:x:0:0"
# Refusals are found by `check`, the first step of every `build`; the few cases run as `build`
# also look for the file's text in the site.
OUTSIDE = ("nằm ngoài thư mục dự án (đường dẫn hoặc liên kết tượng trưng trỏ ra ngoài); công cụ chỉ đăng tệp "
           "nằm trong dự án. Cách sửa: chép tệp vào thư mục dự án (không dùng liên kết tượng trưng tới nơi khác) và "
           "ghi đường dẫn tới bản chép")
NOT_IN_TEP = ("Cách sửa: đặt tệp trong thư mục data/tep/ và ghi đường dẫn tính từ data/, ví dụ "
              "`tep/quyet-dinh/15-qd-ubnd.pdf`")


def logo(value: str) -> str:
    return CONFIG.replace("logo: theme/logo.svg", f"logo: {value}")


def link(name: str, target: str):
    def make(root: Path) -> None:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, root / name)
    return make


def logo_case(name: str, value: str, setup=None) -> Case:
    return Case(name, CATEGORY, files={"site_config.yml": logo(value)}, command=["check"], setup=setup,
                expect_message=f"site_config.yml:{LOGO_LINE}: logo: tệp {value} {OUTSIDE}", must_not_publish=[PASSWD])


def attachment_case(name: str, value: str, setup=None, files: dict | None = None) -> Case:
    text, line = attachment(value)
    return Case(name, CATEGORY, files={DECISION: text, **(files or {})}, setup=setup, command=["check"],
                expect_message=f"{DECISION}:{line}: tep_dinh_kem: tệp {value} {OUTSIDE}")


def photo_case(name: str, value: str, setup=None) -> Case:
    text, line = photo(value)
    return Case(name, CATEGORY, files={"data/dien_hinh/co-giao-so-hoa.yml": text}, setup=setup, command=["check"],
                expect_message=f"data/dien_hinh/co-giao-so-hoa.yml:{line}: tep (anh, mục 1): tệp {value} {OUTSIDE}")


def content_case(name: str, relative: str, target: str) -> Case:
    return Case(name, CATEGORY, setup=link(relative, target), command=["check"],
                expect_message=f"{relative}:1: tệp {relative} {OUTSIDE}")


def built(case: Case) -> Case:
    """The same case run as `build`, looking for the outside file's text in the site."""
    return Case(case.name + "-build", CATEGORY, files=case.files, setup=case.setup, command=["build"],
                expect_message=case.expect_message, must_not_publish=[PASSWD])


CASES = [
    logo_case("logo-absolute-passwd", "/etc/passwd"),
    logo_case("logo-dotdot-passwd", "../../../../../../../../etc/passwd"),
    logo_case("logo-proc-environ", "/proc/self/environ"),
    logo_case("logo-link-to-passwd", "theme/logo.png", setup=link("theme/logo.png", "/etc/passwd")),
    logo_case("logo-in-linked-folder", "anh/logo.png", setup=link("anh", "/etc")),
    logo_case("logo-home-file", "~/.bashrc".replace("~", os.path.expanduser("~"))),
    Case("logo-png-inside-project", CATEGORY, files={"site_config.yml": logo("theme/logo-phuong.png"),
                                                      "theme/logo-phuong.png": image("PNG")},
         expect_exit=0, legitimate=True),
    Case("logo-link-inside-project", CATEGORY, files={"site_config.yml": logo("theme/logo-moi.svg")},
         setup=link("theme/logo-moi.svg", "logo.svg"), expect_exit=0, legitimate=True),
    # A theme shared between projects through a link is the project's own theme, logo included.
    Case("theme-folder-linked-from-elsewhere", CATEGORY, expect_exit=0, legitimate=True,
         setup=lambda root: (root.joinpath("theme").rename(root.parent / "giao-dien-chung"),
                             link("theme", str(root.parent / "giao-dien-chung"))(root))),
    attachment_case("attachment-absolute-passwd", "/etc/passwd"),
    attachment_case("attachment-dotdot-passwd", "../../../../../../../../etc/passwd"),
    attachment_case("attachment-proc-environ", "/proc/self/environ"),
    attachment_case("attachment-link-to-passwd", "tep/quyet-dinh/15.pdf",
                    setup=link("data/tep/quyet-dinh/15.pdf", "/etc/passwd")),
    attachment_case("attachment-link-to-pdf-outside", "tep/quyet-dinh/15.pdf",
                    setup=lambda root: (root.parent.joinpath("ngoai.pdf").write_bytes(pdf()),
                                        link("data/tep/quyet-dinh/15.pdf", str(root.parent / "ngoai.pdf"))(root))),
    attachment_case("tep-folder-is-link-outside", "tep/passwd", setup=link("data/tep", "/etc")),
    attachment_case("tep-subfolder-is-link-outside", "tep/quyet-dinh/passwd",
                    setup=link("data/tep/quyet-dinh", "/etc")),
    Case("attachment-outside-tep-inside-project", CATEGORY, files={DECISION: attachment("../site_config.yml")[0]},
         command=["check"],
         expect_message=f"{DECISION}:{attachment('')[1]}: tep_dinh_kem: không tìm thấy tệp ../site_config.yml trong "
                        f"data/tep/. {NOT_IN_TEP}"),
    Case("attachment-link-inside-tep", CATEGORY,
         files={DECISION: attachment("tep/quyet-dinh/15.pdf")[0], "data/tep/goc/15-qd.pdf": pdf()},
         setup=link("data/tep/quyet-dinh/15.pdf", "../goc/15-qd.pdf"), expect_exit=0, legitimate=True),
    photo_case("photo-absolute-passwd", "/etc/passwd"),
    photo_case("photo-link-to-passwd", "tep/anh/co-duc.jpg", setup=link("data/tep/anh/co-duc.jpg", "/etc/passwd")),
    photo_case("photo-link-to-ssh-key", "tep/anh/khoa.png", setup=link("data/tep/anh/khoa.png", "/root/.ssh/id_rsa")),
    content_case("content-page-link-to-passwd", "content/bi-mat.md", "/etc/passwd"),
    content_case("content-asset-link-to-passwd", "content/anh.png", "/etc/passwd"),
    content_case("content-folder-link-to-etc", "content/he-thong", "/etc"),
    content_case("content-page-link-dotdot", "content/ra-ngoai.md", "../../../../../../../../etc/passwd"),
    Case("content-folder-link-inside-project", CATEGORY, setup=link("content/du-lieu", "../data"),
         must_not_publish=["Trần Thị Đức"],
         expect_message="content/du-lieu:1: content/du-lieu là liên kết tượng trưng tới một thư mục. Cách sửa: thay "
                        "liên kết bằng thư mục thật, chỉ chứa các trang và ảnh cần đăng"),
    Case("content-folder-link-loop", CATEGORY, isolated=True, setup=link("content/vong", "."),
         expect_message="content/vong:1: content/vong là liên kết tượng trưng tới một thư mục. Cách sửa: thay "
                        "liên kết bằng thư mục thật, chỉ chứa các trang và ảnh cần đăng"),
    Case("content-page-link-inside-project", CATEGORY, files={"content/ban-sao.md": None},
         setup=link("content/ban-sao.md", "gioi-thieu.md"), expect_exit=0, legitimate=True),
    built(logo_case("logo-absolute-passwd", "/etc/passwd")),
    built(attachment_case("attachment-link-to-passwd", "tep/quyet-dinh/15.pdf",
                          setup=link("data/tep/quyet-dinh/15.pdf", "/etc/passwd"))),
    built(photo_case("photo-link-to-passwd", "tep/anh/co-duc.jpg", setup=link("data/tep/anh/co-duc.jpg", "/etc/passwd"))),
    built(content_case("content-page-link-to-passwd", "content/bi-mat.md", "/etc/passwd")),
]
