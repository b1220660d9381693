"""Hosted mode: the form editor published with the site at /quan-tri/, editing the repository on
GitHub or GitLab through pull or merge requests (Decap's editorial workflow: draft → in review →
ready), so that a second person approves every change before CI publishes it.

It is off unless the project has `quan_tri.yml`. The files it writes hold no secret: the
repository's name and branch, and for GitLab the id of an OAuth application (public by design,
the PKCE flow has no client secret); each editor signs in with an account of their own, and the
hosting service decides who may write and who may approve.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from generator.authoring.cms_config import EDITOR_ASSETS, EDITOR_PATH, cms_config_text
from generator.loading.errors import DataError, DataErrors

SETTINGS_FILE = "quan_tri.yml"
BUNDLE = EDITOR_ASSETS / "decap"
_REPO = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$")
_BRANCH = re.compile(r"^[A-Za-z0-9_./-]+$")

HOSTED_PAGE = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Quản trị nội dung</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="decap/decap-cms.js"></script>
<script src="tieng-viet.js"></script>
</body>
</html>
"""


def _problem(key: str, message: str, hint: str) -> DataErrors:
    return DataErrors([DataError(SETTINGS_FILE, 1, key, message, hint)])


def hosted_backend(root: Path) -> dict[str, Any] | None:
    """The editor's back end on GitHub or GitLab from quan_tri.yml; None when hosted mode is off."""
    path = root / SETTINGS_FILE
    if not path.is_file():
        return None
    try:
        settings = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError):
        raise _problem("", "tệp không đọc được (cần YAML, UTF-8)",
                       "xem mẫu trong docs/quan-tri-bieu-mau.md, mục Chế độ trực tuyến") from None
    if not isinstance(settings, dict):
        raise _problem("", "cần các khóa kho_luu_tru, kho, nhanh", "xem mẫu trong docs/quan-tri-bieu-mau.md")
    service = settings.get("kho_luu_tru")
    if service not in ("github", "gitlab"):
        raise _problem("kho_luu_tru", f"cần github hoặc gitlab, nhận được {service!r}", "ghi kho_luu_tru: github")
    repo, branch = settings.get("kho"), settings.get("nhanh", "main")
    if not isinstance(repo, str) or not _REPO.match(repo):
        raise _problem("kho", f"cần tên kho dạng tai-khoan/ten-kho, nhận được {repo!r}",
                       "ghi kho: phuong-le-thanh-nghi/cong-thi-dua")
    if not isinstance(branch, str) or not _BRANCH.match(branch):
        raise _problem("nhanh", f"cần tên nhánh, nhận được {branch!r}", "ghi nhanh: main")
    backend: dict[str, Any] = {"name": service, "repo": repo, "branch": branch}
    for key, name in (("dia_chi_may_chu", "base_url"), ("dia_chi_api", "api_root"), ("ma_ung_dung", "app_id")):
        if settings.get(key) is not None:
            backend[name] = str(settings[key])
    if service == "gitlab" and "app_id" in backend:
        backend["auth_type"] = "pkce"
    secrets = sorted(key for key in settings if re.search(r"bi_mat|secret|token|mat_khau", key))
    if secrets:
        raise _problem(secrets[0], "không ghi bí mật vào kho: tệp này được đăng công khai cùng trang web",
                       "xóa khóa này; mỗi người biên tập đăng nhập bằng tài khoản của mình")
    return backend


def write_hosted_editor(root: Path, site: Path) -> None:
    """Put the editor into the public site when hosted mode is on; otherwise write nothing."""
    backend = hosted_backend(root)
    if backend is None:
        return
    folder = site / EDITOR_PATH.strip("/")
    shutil.copytree(BUNDLE, folder / "decap", ignore=shutil.ignore_patterns("README.md", "SHA256SUMS"))
    shutil.copy(EDITOR_ASSETS / "tieng-viet.js", folder / "tieng-viet.js")
    (folder / "index.html").write_text(HOSTED_PAGE, encoding="utf-8")
    (folder / "config.yml").write_text(cms_config_text(root, backend), encoding="utf-8")
