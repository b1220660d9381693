"""`serve` stays on this machine unless asked; `deploy` never passes a target to ssh or rsync as an option."""

from __future__ import annotations

from tests.adversarial.case import Case

CATEGORY = "serve-deploy"
NETWORK = ("bản xem trước có bản nháp và hồ sơ chưa đến ngày công bố; mở ra mạng thì máy khác xem được. Cách sửa: "
           "bỏ --dev-addr để chỉ máy này xem, hoặc thêm --cho-mang-xem nếu thật sự cần cho máy khác xem")
DASH = ("đích xuất bản không được bắt đầu bằng dấu gạch ngang (-). Cách sửa: ghi đường dẫn thư mục (ví dụ ./xuat-ban "
        "hoặc /srv/thi-dua) hoặc nguoi-dung@may-chu:/duong/dan")


def serve(name: str, address: str) -> Case:
    # Isolated, as every `serve` case: a `serve` that did not refuse would serve until killed.
    return Case(name, CATEGORY, command=["serve", "--dev-addr", address], project_unchanged=True, isolated=True,
                expect_message=f"--dev-addr {address}: {NETWORK}")


def deploy(name: str, target: str, *extra: str) -> Case:
    return Case(name, CATEGORY, command=["deploy", f"--to={target}", *extra], project_unchanged=True,
                expect_message=f"--to {target}: {DASH}")


CASES = [
    serve("serve-all-interfaces", "0.0.0.0:8000"),
    serve("serve-all-interfaces-v6", "[::]:8000"),
    serve("serve-lan-address", "192.168.1.10:8000"),
    serve("serve-host-name", "may-chu.lan:8000"),
    Case("serve-bad-port", CATEGORY, isolated=True, command=["serve", "--dev-addr", "127.0.0.1:cong"], project_unchanged=True,
         expect_message="--dev-addr 127.0.0.1:cong: cần dạng địa_chỉ:cổng, cổng từ 1 đến 65535. Cách sửa: ví dụ "
                        "--dev-addr 127.0.0.1:8000"),
    Case("serve-port-out-of-range", CATEGORY, isolated=True, command=["serve", "--dev-addr", "127.0.0.1:70000"],
         expect_message="--dev-addr 127.0.0.1:70000: cần dạng địa_chỉ:cổng, cổng từ 1 đến 65535. Cách sửa: ví dụ "
                        "--dev-addr 127.0.0.1:8000"),
    deploy("deploy-proxy-command", "-oProxyCommand=touch /tmp/bi-tan-cong"),
    deploy("deploy-rsync-option", "--rsync-path=touch /tmp/bi-tan-cong"),
    deploy("deploy-dash-host", "-oProxyCommand=x:/srv/web"),
    deploy("deploy-dash-rollback", "-e sh", "--rollback"),
    deploy("deploy-dash-no-build", "-x", "--no-build"),
]
