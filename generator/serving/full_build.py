"""One full build of the preview, run by `serve` in a process of its own.

    python -m generator.serving.full_build <project> <site folder> <shells file>

A separate process keeps the preview server answering while thousands of pages are made on
every core, and can be stopped at once when the editor saves again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.build import build_site
from generator.loading.errors import DataErrors
from generator.site.engine import BuildFailed, quiet_engine_logging


def main(argv: list[str]) -> int:
    root, site_dir, shells = (Path(arg) for arg in argv)
    quiet_engine_logging()
    try:
        build_site(root, site_dir, preview=True, finished=lambda plugin: plugin.shells.save(shells))
    except DataErrors as problems:
        print(problems.report(), file=sys.stderr)
        return 1
    except BuildFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - an editor gets a sentence, not a traceback
        print(f"Lỗi nội bộ của công cụ khi tạo bản xem trước (không phải lỗi dữ liệu): "
              f"{type(error).__name__}: {error}. Chạy `python -m generator --debug build` để xem chi tiết.",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
