"""Files the site publishes from the project: inside it, and of an allowed type judged by their bytes.

A path written in data or in site_config.yml could name any file of the machine (`/etc/passwd`,
`../../`, `/proc/self/environ`) or reach one through a symbolic link; an `.html` or `.svg` file
published on the portal's own address runs its script there. So every such path must resolve,
links followed, inside the project, and each file must be one of a few types, recognised by its
first bytes and not only by its name: attachments are PDF; photos JPEG, PNG or WebP, decoded in
full so that a truncated photo or a decompression bomb is reported here, not met by the build;
the logo PNG, or SVG made only of drawing elements (SVG_ELEMENTS; no script, no event handler,
no link leaving the file).
"""

from __future__ import annotations

import os
import re
import stat
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import ParseError

import pikepdf
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from PIL import Image

from generator.loading.errors import UNLISTABLE, UNLISTABLE_HINT, DataError

PDF, JPEG, PNG, WEBP, SVG = "PDF", "JPEG", "PNG", "WebP", "SVG"
# Each type's name endings, and the bytes its files start with.
SUFFIXES = {".pdf": PDF, ".jpg": JPEG, ".jpeg": JPEG, ".png": PNG, ".webp": WEBP, ".svg": SVG}
ATTACHMENT_TYPES = (PDF,)
PHOTO_TYPES = (JPEG, PNG, WEBP)
LOGO_TYPES = (PNG, SVG)
# What a hand-written page in content/ may link to besides other pages.
CONTENT_ASSET_TYPES = (PDF, JPEG, PNG, WEBP)

# The most pixels a published image may have: a 50-megapixel phone photo passes; a
# decompression bomb (a small file that decodes to gigabytes) is refused before it is decoded.
# Below Pillow's own limit (Image.MAX_IMAGE_PIXELS, 89 million), above which it warns, and
# refuses at twice that.
MAX_PIXELS = 80_000_000

# The SVG a logo may use: shapes, text, gradients and groups. Attributes are free except
# event handlers, links (only to `#` inside the file) and styles pulling in anything (`url(` not
# to `#`, `@import`, `expression(`).
SVG_NS = "{http://www.w3.org/2000/svg}"
SVG_ELEMENTS = frozenset({
    "svg", "g", "defs", "title", "desc", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath", "mask", "symbol", "use",
})
_LINK = re.compile(r"(^|[}:])href$")
_UNSAFE_STYLE = re.compile(r"url\(\s*['\"]?\s*(?!#)|@import|expression\(|javascript:", re.IGNORECASE)


@dataclass(frozen=True)
class FileProblem:
    message: str
    hint: str
    line: int = 1


def outside_project(root: Path, path: Path, name: str) -> FileProblem | None:
    """The problem when `path` leads out of the project (or its theme/ folder) once symbolic
    links are followed (its own, or a folder's on the way such as data/tep); None when it stays
    inside, existing or not."""
    target = path.resolve()
    # The theme may be shared between projects through a link (as the tests' sample project
    # does): it is the project's code, whose templates could run script anyway.
    if target.is_relative_to(root.resolve()) or target.is_relative_to((root / "theme").resolve()):
        return None
    return FileProblem(
        f"tệp {name} nằm ngoài thư mục dự án (đường dẫn hoặc liên kết tượng trưng trỏ ra ngoài); công cụ chỉ "
        "đăng tệp nằm trong dự án",
        "chép tệp vào thư mục dự án (không dùng liên kết tượng trưng tới nơi khác) và ghi đường dẫn tới bản chép",
    )


def check_file(path: Path, name: str, allowed: tuple[str, ...]) -> FileProblem | None:
    """None when `path` is one of the `allowed` types by both its name and its bytes, and whole.

    A file unchanged since it was last checked is not decoded again (`serve` reloads often)."""
    try:
        status = path.stat()
    except OSError:
        return FileProblem(f"không đọc được tệp {name} (liên kết hỏng, không có quyền đọc, hoặc lỗi ổ đĩa)",
                           "cấp quyền đọc tệp cho người chạy lệnh, hoặc chép lại tệp")
    return _checked(path, name, allowed, status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=4096)
def _checked(path: Path, name: str, allowed: tuple[str, ...], size: int, modified: int) -> FileProblem | None:
    claimed = SUFFIXES.get(path.suffix.lower())
    if claimed not in allowed:
        return FileProblem(
            f"tệp {name} thuộc loại {path.suffix or '(không có đuôi)'}, không được đăng",
            "chỉ nhận " + ", ".join(f"{kind} ({_suffixes(kind)})" for kind in allowed)
            + "; trang web (.html) và ảnh SVG có thể chứa mã chạy trên trang nên không bao giờ được đăng",
        )
    try:
        with open(path, "rb") as file:
            head = file.read(64)
    except OSError:
        return FileProblem(f"không đọc được tệp {name} (không có quyền đọc, hoặc lỗi ổ đĩa)",
                           "cấp quyền đọc tệp cho người chạy lệnh, hoặc chép lại tệp")
    actual = sniff(head)
    if actual != claimed:
        return FileProblem(
            f"tệp {name} có đuôi {path.suffix} nhưng nội dung "
            + (f"là {actual}" if actual else "không phải " + claimed),
            f"mở tệp bằng phần mềm đã tạo ra nó và lưu (hoặc xuất) lại dưới dạng {claimed}",
        )
    if claimed in (JPEG, PNG, WEBP):
        return _check_image(path, name)
    if claimed == PDF:
        return _check_pdf(path, name)
    return _check_svg(path, name)


def sniff(head: bytes) -> str | None:
    """The type of a file from its first bytes (None: none of ours)."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<svg", b"<?xml")):
        return SVG
    return None


def _check_image(path: Path, name: str) -> FileProblem | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return _too_large(name)
                # Decoding at an eighth of the size still reads every byte of a JPEG.
                image.draft("RGB", (max(width // 8, 1), max(height // 8, 1)))
                image.load()
    except Image.DecompressionBombError:
        return _too_large(name)
    except (OSError, SyntaxError, ValueError):
        return FileProblem(f"ảnh {name} bị hỏng hoặc bị cắt cụt, không đọc hết được",
                       "mở ảnh bằng trình xem ảnh để kiểm tra, rồi chép lại tệp đầy đủ hoặc lưu lại ảnh")
    return None


def _too_large(name: str) -> FileProblem:
    return FileProblem(f"ảnh {name} quá lớn: hơn {MAX_PIXELS // 1_000_000} triệu điểm ảnh",
                       "thu nhỏ ảnh (cạnh dài khoảng 2000 điểm ảnh là đủ cho trang web) rồi lưu lại")


def _check_pdf(path: Path, name: str) -> FileProblem | None:
    try:
        with pikepdf.open(path) as document:
            len(document.pages)
    except pikepdf.PasswordError:
        return FileProblem(f"tệp {name} có mật khẩu", "xuất lại tệp PDF không đặt mật khẩu")
    except (pikepdf.PdfError, OSError, ValueError):
        return FileProblem(f"tệp {name} bị hỏng, không đọc được",
                       "mở tệp bằng trình đọc PDF để kiểm tra, rồi xuất (hoặc quét) lại tệp PDF")
    return None


def _check_svg(path: Path, name: str) -> FileProblem | None:
    try:
        tree = fromstring(path.read_bytes(), forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError):
        return FileProblem(f"tệp {name} không đọc được (không phải XML hợp lệ, hoặc có khai báo DTD)",
                       "xuất lại logo từ phần mềm vẽ dưới dạng SVG thường, hoặc dùng logo PNG")
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else "?"
        local = tag.removeprefix(SVG_NS)
        if tag.startswith("{") and not tag.startswith(SVG_NS) or local not in SVG_ELEMENTS:
            return FileProblem(f"tệp {name} có phần tử <{local.rsplit('}', 1)[-1]}> không được phép trong logo",
                           _SVG_HINT)
        for attribute, value in element.attrib.items():
            plain = attribute.rsplit("}", 1)[-1].lower()
            unsafe = (plain.startswith("on") or (_LINK.search(attribute) and not value.strip().startswith("#"))
                      or _UNSAFE_STYLE.search(value))
            if unsafe:
                return FileProblem(f"tệp {name} có thuộc tính {plain}=\"{value[:40]}\" không được phép trong logo",
                               _SVG_HINT)
    return None


_SVG_HINT = (
    "logo SVG chỉ được có hình vẽ (path, circle, rect, text, gradient…), không có script, sự kiện (on…), "
    "liên kết hay ảnh nhúng; xuất lại logo dưới dạng SVG đơn giản, hoặc dùng logo PNG"
)


def _suffixes(kind: str) -> str:
    return ", ".join(suffix for suffix, known in SUFFIXES.items() if known == kind)


def file_error(file: str, line: int, field: str, problem: FileProblem) -> DataError:
    return DataError(file, line, field, problem.message, problem.hint)


def check_content(root: Path) -> list[DataError]:
    """Every file MkDocs would publish from content/: regular, inside the project, pages in
    UTF-8, other files of an allowed type (CONTENT_ASSET_TYPES). Names starting with a dot are
    skipped, as MkDocs skips them."""
    content = root / "content"
    errors: list[DataError] = []
    # A folder that cannot be listed (no permission) would leave its pages out without a word.
    unlistable: list[OSError] = []
    for folder, folders, files in os.walk(content, onerror=unlistable.append) if content.is_dir() else []:
        here = Path(folder)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(folders + [f for f in files if not f.startswith(".")]):
            path = here / name
            relative = path.relative_to(root).as_posix()
            problem = outside_project(root, path, relative)
            if problem is None and name in folders:
                if not path.is_symlink():
                    continue  # the walk enters it
                # MkDocs would publish everything under a linked folder (data/ with it), and
                # loop forever in a link to a folder above it.
                problem = FileProblem(f"{relative} là liên kết tượng trưng tới một thư mục",
                                      "thay liên kết bằng thư mục thật, chỉ chứa các trang và ảnh cần đăng")
            problem = problem or _content_file_problem(path, relative)
            if problem is not None:
                errors.append(file_error(relative, problem.line, "", problem))
    for error in unlistable:
        relative = Path(error.filename).relative_to(root).as_posix()
        errors.append(DataError(relative, 1, "", UNLISTABLE, UNLISTABLE_HINT))
    return errors


def _content_file_problem(path: Path, relative: str) -> FileProblem | None:
    try:
        status = path.stat()
    except OSError:
        return FileProblem(f"không đọc được {relative} (liên kết tượng trưng hỏng hoặc vòng lặp liên kết)",
                           "xóa liên kết đó, hoặc thay bằng chính tệp")
    if not stat.S_ISREG(status.st_mode):
        return FileProblem(f"{relative} không phải một tệp thường (FIFO, thiết bị hay socket)", "xóa nó khỏi content/")
    if path.suffix != ".md":
        return check_file(path, relative, CONTENT_ASSET_TYPES)
    try:
        raw = path.read_bytes()
    except OSError:
        return FileProblem("không đọc được tệp (không có quyền đọc, hoặc lỗi ổ đĩa)",
                           "cấp quyền đọc tệp cho người chạy lệnh, hoặc chép lại tệp")
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return FileProblem("tệp không ở bảng mã UTF-8 (có thể là TCVN3 hoặc VNI của phần mềm cũ)",
                           "mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode)",
                           raw[: error.start].count(b"\n") + 1)
    return None
