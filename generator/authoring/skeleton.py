"""A clean project for a new commune, ward or special zone: settings to fill in, the national
catalogue and holiday calendar, an about page and an accessibility statement, empty data folders.

Every value only the unit can give is a placeholder (generator/loading/placeholders.py): `check`
lists each one with its line and what to write, and `build` and `deploy` refuse while one remains,
so that a skeleton is never published as it is.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.clock import build_date
from generator.domain.locality import KIND_WORDS
from generator.kinds import ATTACHMENTS_FOLDER, KINDS
from generator.loading.placeholders import MARKER
from generator.loading.site_config import CONFIG_FILE

# The same for every unit in the country, taken from the repository's data/ when `init` runs, so
# that a unit made after the catalogue or the calendar changed gets the change: the catalogue of
# titles and forms comes from the law; public holidays from the Labour Code and the Government.
SHARED_DATA = ("danh_muc", "ngay_nghi")

SITE_CONFIG = """\
# Cấu hình cổng thông tin thi đua, khen thưởng của {word} (loai_dia_phuong: {kind}).
# Chạy `python -m generator check`: lệnh liệt kê từng chỗ cần điền (tệp, dòng, điền gì); trang chỉ
# được tạo và xuất bản khi đã điền hết. Hướng dẫn: docs/ap-dung-cho-phuong-xa-khac.md.

ten_co_quan: "{mark} tên đầy đủ của cơ quan, ví dụ Ủy ban nhân dân {word} An Hưng"
ten_cong_thong_tin: "{mark} tên cổng, ví dụ Thi đua, khen thưởng {word} An Hưng"
dia_phuong: "{mark} tên địa phương và tỉnh, thành phố, ví dụ {word} An Hưng, tỉnh Hưng Yên"
# phuong, xa hoặc dac_khu: mọi chữ cổng thông tin viết về địa phương mình theo giá trị này.
loai_dia_phuong: {kind}

# Cơ quan đăng tải: thông tin liên hệ công vụ, được công khai trên mọi trang.
co_quan_dang_tai:
  ten: "{mark} tên cơ quan đăng tải, ví dụ Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {word} An Hưng"
  dia_chi: "{mark} địa chỉ trụ sở"
  dien_thoai: "{mark} số điện thoại công vụ của cơ quan"
  email: "{mark} thư điện tử công vụ, ví dụ vanphong.anhung@hungyen.gov.vn"

# Địa chỉ công khai của trang. GitHub Pages: https://<tài-khoản>.github.io/<tên-kho>/; GitLab Pages:
# https://<nhóm>.gitlab.io/<tên-kho>/; hoặc tên miền riêng của cơ quan.
dia_chi_web: "{mark} địa chỉ công khai của trang, ví dụ https://thiduakhenthuong.anhung.gov.vn/"

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
---
description: Công khai công tác thi đua, khen thưởng trên địa bàn {word}.
---
# Giới thiệu

{mark} vài câu giới thiệu {word} và công tác thi đua, khen thưởng của {word}.

Trang này công khai công tác thi đua, khen thưởng trên địa bàn, theo Luật Thi đua, khen thưởng
số 06/2022/QH15 và các văn bản hướng dẫn: khen thưởng phải **chính xác, công khai, minh bạch,
công bằng, kịp thời**.

## Trang này công khai những gì

- **Quyết định khen thưởng** và danh sách tập thể, cá nhân, hộ gia đình được khen thưởng.
  Quyết định đã được đính chính hoặc hủy bỏ vẫn được giữ lại và ghi rõ trạng thái.
- **Điển hình tiên tiến, gương người tốt, việc tốt, mô hình mới, cách làm hay**.
- **Phong trào thi đua** do Trung ương, tỉnh, thành phố và {word} phát động.
- **Đơn vị** trên địa bàn và kết quả khen thưởng của từng đơn vị.

## Dữ liệu cá nhân

Trang chỉ đăng danh xưng, họ tên, chức vụ, đơn vị, danh hiệu hoặc hình thức khen thưởng và thành
tích; không đăng số định danh cá nhân, ngày sinh, số điện thoại, địa chỉ nhà riêng. Ảnh cá nhân chỉ
được đăng khi người trong ảnh đã đồng ý.

## Góp ý, phản ánh

Mọi góp ý về nội dung khen thưởng xin gửi cơ quan đăng tải (thông tin liên hệ ở cuối mỗi trang).
"""

ACCESSIBILITY_STATEMENT = """\
---
description: Tuyên bố về khả năng tiếp cận của cổng thông tin thi đua, khen thưởng.
---
# Tuyên bố về khả năng tiếp cận

Cổng thông tin thi đua, khen thưởng được xây dựng để mọi người dân đều đọc và sử dụng được: trên
điện thoại giá rẻ, bằng bàn phím, bằng trình đọc màn hình, và khi in ra giấy.

## Mức độ đáp ứng

Cổng hướng tới đáp ứng **mức AA của Hướng dẫn về khả năng tiếp cận nội dung web (WCAG) 2.2**. Giao
diện của cổng được kiểm tra tự động bằng công cụ axe-core theo các tiêu chí WCAG 2.0, 2.1 và 2.2 mức
A và AA trên mọi loại trang.

## Những gì cổng bảo đảm

- Đọc được ở màn hình rộng 360 điểm ảnh mà không phải kéo ngang; bảng rộng cuộn trong khung riêng.
- Dùng được hoàn toàn bằng bàn phím, và luôn thấy rõ ô đang được chọn.
- Tìm kiếm gõ có dấu hay không dấu đều được.
- Mỗi biểu đồ có bảng số liệu đi kèm; mỗi bảng tải được dưới dạng CSV, JSON.
- Nội dung vẫn đầy đủ khi trình duyệt tắt JavaScript.
- Trang in ra khổ A4 giữ tên cơ quan, địa chỉ trang và mã QR dẫn về trang.

## Hạn chế đã biết

- Tệp PDF của quyết định là bản quét văn bản gốc, có thể chưa đọc được bằng trình đọc màn hình;
  nội dung chính của quyết định luôn có trên trang.

## Phản hồi

Gặp khó khăn khi dùng cổng, xin báo cho cơ quan đăng tải (thông tin liên hệ ở cuối mỗi trang).
Tuyên bố này được lập ngày {mark} ngày lập tuyên bố, dạng dd/mm/yyyy.
"""


class SkeletonRefused(Exception):
    """The skeleton was not written; the message is for the editor."""


def create_skeleton(source: Path, target: Path, kind: str) -> list[str]:
    """Write a new unit's project of `kind` (phuong, xa, dac_khu) into `target`, from the project at
    `source`; list what was made."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise SkeletonRefused(
            f"{target} đã có nội dung; lệnh init không ghi đè để khỏi mất dữ liệu. "
            "Cách sửa: chọn một thư mục chưa có hoặc thư mục trống."
        )
    for needed in ("theme", *(f"data/{folder}" for folder in SHARED_DATA)):
        if not (source / needed).is_dir():
            raise SkeletonRefused(
                f"Không tìm thấy {source / needed} để sao chép. "
                "Cách sửa: chạy lệnh init từ thư mục gốc của kho mã nguồn (nơi có site_config.yml)."
            )
    data = target / "data"
    shutil.copytree(source / "theme", target / "theme")
    for folder in SHARED_DATA:
        shutil.copytree(source / "data" / folder, data / folder)
    empty = [k.folder for k in KINDS if k.folder.split("/")[0] not in SHARED_DATA] + [ATTACHMENTS_FOLDER]
    for folder in empty:
        (data / folder).mkdir(parents=True)
        # Git keeps no empty folder; the loader skips files whose name starts with a dot.
        (data / folder / ".gitkeep").touch()
    words = {"mark": MARKER, "word": KIND_WORDS[kind], "kind": kind, "year": build_date().year}
    pages = {"content/gioi-thieu.md": ABOUT_PAGE, "content/tuyen-bo-tiep-can.md": ACCESSIBILITY_STATEMENT,
             CONFIG_FILE: SITE_CONFIG}
    for name, text in pages.items():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        (target / name).write_text(text.format(**words), encoding="utf-8")
    return [*pages, "theme/", *(f"data/{folder}/" for folder in SHARED_DATA), *(f"data/{folder}/" for folder in empty)]
