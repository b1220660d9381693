"""The preview stays on this machine unless asked, and answers only an IP address or localhost."""

from __future__ import annotations

import pytest

from generator.cli import main
from generator.serving.exposure import host_allowed, is_loopback


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("192.168.1.10", False), ("::", False), ("may-chu.lan", False),
])
def test_loopback_addresses(host, loopback):
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("header, allowed", [
    ("127.0.0.1:8000", True), ("localhost:8000", True), ("LOCALHOST", True), ("[::1]:8000", True),
    ("192.168.1.10:8000", True),
    # DNS rebinding: a name the attacker controls, pointed at this machine.
    ("evil.example:8000", False), ("127.0.0.1.nip.io:8000", False), ("localhost.evil.example", False),
    ("", False), (None, False),
])
def test_host_header(header, allowed):
    assert host_allowed(header) is allowed


def test_a_network_address_needs_the_explicit_flag(tmp_path, capsys):
    assert main(["--project", str(tmp_path), "serve", "--dev-addr", "0.0.0.0:8000"]) == 1
    assert capsys.readouterr().err == (
        "--dev-addr 0.0.0.0:8000: bản xem trước có bản nháp và hồ sơ chưa đến ngày công bố; mở ra mạng thì máy khác "
        "xem được. Cách sửa: bỏ --dev-addr để chỉ máy này xem, hoặc thêm --cho-mang-xem nếu thật sự cần cho máy khác "
        "xem\n")


def test_a_bad_port_is_explained(tmp_path, capsys):
    assert main(["--project", str(tmp_path), "serve", "--dev-addr", "127.0.0.1:cong"]) == 1
    assert capsys.readouterr().err == (
        "--dev-addr 127.0.0.1:cong: cần dạng địa_chỉ:cổng, cổng từ 1 đến 65535. Cách sửa: ví dụ --dev-addr "
        "127.0.0.1:8000\n")
