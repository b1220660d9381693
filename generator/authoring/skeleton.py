"""A clean project for a new ward: settings to fill in, the national catalogue, empty data folders.

The skeleton builds as it is, so an office sees its (empty) portal before entering any record.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.clock import build_date
from generator.kinds import ATTACHMENTS_FOLDER, KINDS
from generator.loading.site_config import CONFIG_FILE

# The catalogue of titles and forms of commendation comes from the law: the same in every ward.
SHARED_DATA = "danh_muc"

# Every value to replace holds this word, so that `grep SỬA site_config.yml` lists what is left.
PLACEHOLDER = "SỬA"

SITE_CONFIG = """\
# Cấu hình cổng thông tin thi đua, khen thưởng của phường, xã.
# Thay mọi giá trị có chữ {mark} bằng thông tin của phường, xã mình (xóa luôn chữ {mark}).
# Hướng dẫn từng bước: docs/ap-dung-cho-phuong-xa-khac.md trong kho mã nguồn.

ten_co_quan: "{mark}: Ủy ban nhân dân phường (xã) ..."
ten_cong_thong_tin: "{mark}: Thi đua, khen thưởng phường (xã) ..."
dia_phuong: "{mark}: phường (xã) ..., tỉnh (thành phố) ..."

# Cơ quan đăng tải: thông tin liên hệ công vụ, được công khai trên mọi trang.
co_quan_dang_tai:
  ten: "{mark}: Phòng Văn hóa - Xã hội, Ủy ban nhân dân phường (xã) ..."
  dia_chi: "{mark}: địa chỉ trụ sở"
  dien_thoai: "{mark}: số điện thoại cơ quan"
  email: "{mark}: thư điện tử công vụ"

# {mark}: địa chỉ công khai của trang. Trên GitHub Pages là https://<tài-khoản>.github.io/<tên-kho>/,
# trên GitLab Pages là https://<nhóm>.gitlab.io/<tên-kho>/ (hoặc tên miền riêng của cơ quan).
dia_chi_web: https://phuong-xa.example/

# Năm công tác hiện hành.
nam: {year}

# Logo (tệp SVG hoặc PNG, đường dẫn tính từ thư mục gốc).
logo: theme/logo.svg

# Màu chủ đạo và màu nhấn, dạng #rrggbb.
mau_chu_dao: "#a4161a"
mau_nhan: "#8a5a00"

giay_phep_du_lieu:
  ten: Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)
  duong_dan: https://creativecommons.org/licenses/by/4.0/deed.vi
"""

ABOUT_PAGE = """\
# Giới thiệu

Trang này công khai công tác thi đua, khen thưởng trên địa bàn, theo Luật Thi đua, khen thưởng
số 06/2022/QH15 và các văn bản hướng dẫn: khen thưởng phải **chính xác, công khai, minh bạch,
công bằng, kịp thời**.

## Trang này công khai những gì

- **Quyết định khen thưởng** và danh sách tập thể, cá nhân, hộ gia đình được khen thưởng.
  Quyết định đã được đính chính hoặc hủy bỏ vẫn được giữ lại và ghi rõ trạng thái.
- **Điển hình tiên tiến, gương người tốt, việc tốt, mô hình mới, cách làm hay**.
- **Phong trào thi đua** do Trung ương, tỉnh, thành phố và địa phương phát động.
- **Đơn vị** trên địa bàn và kết quả khen thưởng của từng đơn vị.

## Dữ liệu cá nhân

Trang chỉ đăng danh xưng, họ tên, chức vụ, đơn vị, danh hiệu hoặc hình thức khen thưởng và thành
tích; không đăng số định danh cá nhân, ngày sinh, số điện thoại, địa chỉ nhà riêng. Ảnh cá nhân chỉ
được đăng khi người trong ảnh đã đồng ý.

## Góp ý, phản ánh

Mọi góp ý về nội dung khen thưởng xin gửi cơ quan đăng tải (thông tin liên hệ ở cuối mỗi trang).
"""


class SkeletonRefused(Exception):
    """The skeleton was not written; the message is for the editor."""


def create_skeleton(source: Path, target: Path) -> list[str]:
    """Write a new ward's project into `target` from the project at `source`; list what was made."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise SkeletonRefused(
            f"{target} đã có nội dung; lệnh init không ghi đè để khỏi mất dữ liệu. "
            "Cách sửa: chọn một thư mục chưa có hoặc thư mục trống."
        )
    for needed in ("theme", f"data/{SHARED_DATA}"):
        if not (source / needed).is_dir():
            raise SkeletonRefused(
                f"Không tìm thấy {source / needed} để sao chép. "
                "Cách sửa: chạy lệnh init từ thư mục gốc của kho mã nguồn (nơi có site_config.yml)."
            )
    data = target / "data"
    shutil.copytree(source / "theme", target / "theme")
    shutil.copytree(source / "data" / SHARED_DATA, data / SHARED_DATA)
    empty = [k.folder for k in KINDS if not k.folder.startswith(f"{SHARED_DATA}/")] + [ATTACHMENTS_FOLDER]
    for folder in empty:
        (data / folder).mkdir(parents=True)
        # Git keeps no empty folder; the loader skips files whose name starts with a dot.
        (data / folder / ".gitkeep").touch()
    (target / "content").mkdir()
    (target / "content" / "gioi-thieu.md").write_text(ABOUT_PAGE, encoding="utf-8")
    (target / CONFIG_FILE).write_text(SITE_CONFIG.format(mark=PLACEHOLDER, year=build_date().year), encoding="utf-8")
    return [CONFIG_FILE, "content/gioi-thieu.md", "theme/", f"data/{SHARED_DATA}/",
            *(f"data/{folder}/" for folder in empty)]
