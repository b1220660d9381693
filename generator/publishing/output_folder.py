"""Refuse an output folder whose replacement would destroy the project or someone's files.

`build` replaces its output folder as a whole, and `deploy` writes releases into its target: given
the project itself (`--site-dir .`), a folder above it, or one of the editors' folders (`data`,
`content`, `theme`, `.git`), the site would take the place of the ward's data. A folder that
already holds files is replaced only when a build of this tool made it: every build leaves
BUILD_MARKER in the site, and a deploy target is recognised by its `releases/` and `current`.
Paths are compared after following symbolic links, so a link to the project is the project.
"""

from __future__ import annotations

from pathlib import Path

# Written into every built site; its presence is what allows the next build to replace the folder.
BUILD_MARKER = ".thi-dua-site"
MARKER_TEXT = (
    "Thư mục này là trang web do `python -m generator build` tạo; lần tạo sau sẽ thay toàn bộ thư mục.\n"
)
# The editors' folders: nothing may be written inside them.
PROTECTED = ("data", "content", "theme", ".git")
# The folder `build` writes to by default. Sites built before the marker existed are recognised
# there by their home page, so that an upgrade does not refuse the ward's own site/.
DEFAULT_SITE = "site"

CHOOSE = "bỏ tùy chọn để dùng thư mục mặc định, hoặc chọn một thư mục trống hay chưa có, ngoài data/, content/, theme/"


class OutputRefused(Exception):
    """An output folder the tool will not write to; the message is for the editor."""


def check_site_dir(root: Path, site_dir: Path, shown: str, option: str = "--site-dir") -> None:
    """Raise OutputRefused unless `build` may replace `site_dir` (a folder, existing or not)."""
    folder = _place(root, site_dir, shown, option)
    if _is_empty(folder, shown, option):
        return
    if (folder / BUILD_MARKER).is_file():
        return
    if folder == root.resolve() / DEFAULT_SITE and (folder / "index.html").is_file():
        return
    raise OutputRefused(
        f"{option} {shown}: thư mục đã có tệp và không phải trang web do công cụ này tạo (không có tệp đánh "
        f"dấu {BUILD_MARKER}); tạo trang vào đây sẽ xóa các tệp đó. Cách sửa: {CHOOSE}; hoặc tự chuyển các "
        "tệp trong thư mục đó đi nơi khác"
    )


def check_deploy_target(root: Path, target: Path, shown: str) -> None:
    """Raise OutputRefused unless `deploy` may write releases into the local folder `target`."""
    folder = _place(root, target, shown, "--to")
    site = root.resolve() / DEFAULT_SITE
    if folder == site or folder.is_relative_to(site):
        raise OutputRefused(
            f"--to {shown}: thư mục này nằm trong site/, nơi trang web được tạo trước khi xuất bản. "
            "Cách sửa: ghi thư mục gốc của máy chủ web, ngoài thư mục dự án, ví dụ --to /srv/thi-dua"
        )
    if _is_empty(folder, shown, "--to"):
        return
    if (folder / "releases").is_dir() or (folder / "current").is_symlink():
        return
    raise OutputRefused(
        f"--to {shown}: thư mục đã có tệp và không phải thư mục do lệnh deploy tạo (không có releases/ "
        "và current); xuất bản vào đây sẽ trộn trang web với các tệp đó. Cách sửa: chọn một thư mục trống "
        "hay chưa có, ví dụ --to /srv/thi-dua"
    )


def check_destination_text(destination: str) -> None:
    """A destination starting with `-` would be read as an option by ssh or rsync."""
    if destination.startswith("-"):
        raise OutputRefused(
            f"--to {destination}: đích xuất bản không được bắt đầu bằng dấu gạch ngang (-). Cách sửa: ghi "
            "đường dẫn thư mục (ví dụ ./xuat-ban hoặc /srv/thi-dua) hoặc nguoi-dung@may-chu:/duong/dan"
        )


def _place(root: Path, folder: Path, shown: str, option: str) -> Path:
    """`folder` with links followed, refused when writing there would touch the project's own files."""
    project = root.resolve()
    where = folder.resolve()
    if where == project:
        raise OutputRefused(
            f"{option} {shown}: đây là thư mục dự án (chứa data/, content/, site_config.yml); ghi trang web "
            f"vào đây sẽ xóa cả dự án. Cách sửa: {CHOOSE}"
        )
    if project.is_relative_to(where):
        raise OutputRefused(
            f"{option} {shown}: thư mục này chứa thư mục dự án; ghi trang web vào đây sẽ xóa cả dự án. "
            f"Cách sửa: {CHOOSE}"
        )
    for name in PROTECTED:
        protected = (project / name).resolve()
        if where == protected or where.is_relative_to(protected):
            raise OutputRefused(
                f"{option} {shown}: thư mục này nằm trong {name}/ của dự án; ghi trang web vào đây sẽ xóa "
                f"hoặc trộn lẫn các tệp của {name}/. Cách sửa: {CHOOSE}"
            )
    if where.exists() and not where.is_dir():
        raise OutputRefused(f"{option} {shown}: đây là một tệp, không phải thư mục. Cách sửa: {CHOOSE}")
    return where


def _is_empty(folder: Path, shown: str, option: str) -> bool:
    """True for a folder that does not exist yet or holds nothing."""
    try:
        return not folder.exists() or not any(folder.iterdir())
    except OSError:
        raise OutputRefused(
            f"{option} {shown}: không đọc được thư mục (không có quyền đọc, hoặc không phải thư mục). "
            "Cách sửa: cấp quyền đọc, ghi thư mục "
            f"đó cho người chạy lệnh, hoặc {CHOOSE}"
        ) from None
