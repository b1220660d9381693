"""What survives of editors' HTML: data Markdown and content/ pages share one allow-list."""

from __future__ import annotations

import pytest

from generator.domain.sanitise import clean_content_html, clean_data_html

YOUTUBE = "https://www.youtube-nocookie.com/embed/"
SANDBOX = ('sandbox="allow-scripts allow-same-origin allow-popups allow-presentation" referrerpolicy="no-referrer" '
           'loading="lazy"')


@pytest.mark.parametrize("html, embeds, expected", [
    ('<h2 id="muc" onclick="a()">Mục</h2>', (), '<h2 id="muc">Mục</h2>'),
    ('<img src="anh/a.png" alt="A">', (), '<img src="anh/a.png" alt="A">'),
    # Images from the site only: a third party would learn who reads the page.
    ('<img src="https://t.example/p.png" alt="B">', (), '<img alt="B">'),
    ('<img src="//t.example/p.png" alt="B">', (), '<img alt="B">'),
    ('<a href="javascript:alert(1)">x</a>', (), '<a rel="noopener noreferrer">x</a>'),
    ('<a href="tel:02253000000">Gọi</a>', (), '<a href="tel:02253000000" rel="noopener noreferrer">Gọi</a>'),
    ('<div class="admonition note"><p class="admonition-title">Lưu ý</p></div>', (),
     '<div class="admonition note"><p class="admonition-title">Lưu ý</p></div>'),
    ('<script>alert(1)</script><p>x</p>', (), "<p>x</p>"),
    ('<iframe src="https://evil.example/"></iframe>', (), ""),
    (f'<iframe src="{YOUTUBE}abc" title="Phim" onload="x()"></iframe>', (YOUTUBE,),
     f'<iframe {SANDBOX} src="{YOUTUBE}abc" title="Phim"></iframe>'),
    # A frame not on the list goes whole, even when the ward lists others: no empty box is left.
    ('<p>a</p><iframe src="https://evil.example/"></iframe><p>b</p>', (YOUTUBE,), "<p>a</p><p>b</p>"),
    (f'<iframe title="x>y" src="https://evil.example/{YOUTUBE}"></iframe>', (YOUTUBE,), ""),
    ('<iframe srcdoc="&lt;script&gt;" title="src=x"></iframe>', (YOUTUBE,), ""),
    (f'<iframe src="{YOUTUBE}a"></iframe><iframe src="https://evil.example/"></iframe>', (YOUTUBE,),
     f'<iframe {SANDBOX} src="{YOUTUBE}a"></iframe>'),
    (f'<iframe src="{YOUTUBE}x" sandbox="allow-top-navigation"></iframe>', (YOUTUBE,),
     f'<iframe {SANDBOX} src="{YOUTUBE}x"></iframe>'),
])
def test_content_pages_keep_only_the_allow_list(html, embeds, expected):
    assert clean_content_html(html, embeds) == expected


def test_data_markdown_keeps_its_narrower_list():
    assert clean_data_html('<h2>Mục</h2><h3 id="a">Nhỏ</h3><img src="a.png">') == "Mục<h3>Nhỏ</h3>"
