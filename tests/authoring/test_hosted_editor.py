"""Hosted mode: /quan-tri/ in the public site only when quan_tri.yml asks for it, with no secret."""

from __future__ import annotations

import yaml

from generator.build import build_site
from generator.cli import main
from tests.conftest import write_files


def test_hosted_mode_publishes_the_editor_on_github_with_review_before_publication(scratch_project):
    root = scratch_project({"quan_tri.yml": "kho_luu_tru: github\nkho: phuong-ltn/cong-thi-dua\nnhanh: main\n"})
    build_site(root)
    editor = root / "site" / "quan-tri"
    config = yaml.safe_load((editor / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"] == {"name": "github", "repo": "phuong-ltn/cong-thi-dua", "branch": "main"}
    assert config["publish_mode"] == "editorial_workflow"
    assert (editor / "decap" / "decap-cms.js").is_file() and (editor / "decap" / "LICENSE").is_file()
    assert "decap/decap-cms.js" in (editor / "index.html").read_text(encoding="utf-8")
    assert (editor / "tieng-viet.js").is_file()


def test_gitlab_signs_in_with_pkce_and_an_application_id(scratch_project):
    root = scratch_project({"quan_tri.yml": "kho_luu_tru: gitlab\nkho: ubnd/phuong/cong-thi-dua\n"
                                            "ma_ung_dung: 4f1c0a\ndia_chi_may_chu: https://gitlab.example.vn\n"})
    build_site(root)
    config = yaml.safe_load((root / "site" / "quan-tri" / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"] == {"name": "gitlab", "repo": "ubnd/phuong/cong-thi-dua", "branch": "main",
                                 "base_url": "https://gitlab.example.vn", "app_id": "4f1c0a", "auth_type": "pkce"}


def test_a_secret_in_the_settings_is_refused_before_anything_is_built(scratch_project, capsys):
    root = scratch_project({"quan_tri.yml": "kho_luu_tru: github\nkho: a/b\nclient_secret: abc\n"})
    assert main(["--project", str(root), "build"]) == 1
    assert ("quan_tri.yml:1: client_secret: không ghi bí mật vào kho: tệp này được đăng công khai cùng trang web. "
            "Cách sửa: xóa khóa này; mỗi người biên tập đăng nhập bằng tài khoản của mình") in capsys.readouterr().err
    assert not (root / "site").exists()


def test_an_unknown_service_is_named(scratch_project, capsys):
    root = scratch_project()
    write_files(root, {"quan_tri.yml": "kho_luu_tru: bitbucket\nkho: a/b\n"})
    assert main(["--project", str(root), "check"]) == 1
    assert "quan_tri.yml:1: kho_luu_tru: cần github hoặc gitlab, nhận được 'bitbucket'. Cách sửa: ghi kho_luu_tru: github" \
        in capsys.readouterr().err
