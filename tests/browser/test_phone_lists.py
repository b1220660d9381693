"""Award lists on phones: at 320–430 px every row shows its name, award and status on screen,
without sideways scrolling, the name across the card; wide screens keep the full table."""

from __future__ import annotations

import pytest

# For every row of every list of people and collectives on the page: whether its name, award and
# status cells (those the table has) lie inside the viewport, and how wide the name is.
ROWS = """() => {
    const wanted = {name: 'Họ và tên / Tên tập thể', award: 'Danh hiệu / Hình thức',
                    proposed: 'Đề nghị', status: 'Trạng thái'};
    const found = [];
    for (const table of document.querySelectorAll('table.tdkt-stack')) {
        const headers = [...table.tHead.rows[0].cells].map(cell => cell.textContent.trim());
        for (const row of table.tBodies[0].rows) {
            if (row.hidden) continue;
            const cells = {};
            for (const [role, label] of Object.entries(wanted)) {
                const at = headers.indexOf(label);
                if (at < 0 || !row.cells[at].textContent.trim()) continue;
                const box = row.cells[at].getBoundingClientRect();
                cells[role] = {left: box.left, right: box.right, width: box.width};
            }
            found.push({row: row.id || row.rowIndex, name: row.cells[headers.indexOf(wanted.name)].textContent, cells});
        }
    }
    return {rows: found, scroll: document.documentElement.scrollWidth, width: innerWidth};
}"""


def list_pages(site) -> list[str]:
    return sorted(path.parent.relative_to(site).as_posix() + "/" for path in site.rglob("index.html")
                  if 'class="tdkt-stack' in path.read_text(encoding="utf-8"))


def test_every_list_page_shows_each_rows_name_award_and_status_at_360_px(page, site_url, sample_site):
    pages = list_pages(sample_site)
    assert len(pages) > 40
    problems, rows, statuses = [], 0, 0
    for address in pages:
        page.goto(site_url + address)
        seen = page.evaluate(ROWS)
        if seen["scroll"] > seen["width"]:
            problems.append(f"{address}: trang rộng {seen['scroll']} px")
        for row in seen["rows"]:
            rows += 1
            statuses += "status" in row["cells"]
            for role, box in row["cells"].items():
                if box["left"] < 0 or box["right"] > seen["width"] or box["width"] == 0:
                    problems.append(f"{address} {row['row']}: {role} ngoài màn hình {box}")
            # The name runs across the card, not one word per line in a narrow column.
            if row["cells"]["name"]["width"] < 0.75 * seen["width"]:
                problems.append(f"{address} {row['row']}: tên chỉ rộng {row['cells']['name']['width']} px")
    assert not problems, "\n".join(problems[:30])
    assert rows > 300 and statuses > 50


@pytest.mark.parametrize("width", [320, 430])
def test_the_narrowest_and_widest_phones_too(page, site_url, sample_site, width):
    page.set_viewport_size({"width": width, "height": 800})
    for address in list_pages(sample_site)[:12]:
        page.goto(site_url + address)
        seen = page.evaluate(ROWS)
        assert seen["scroll"] <= width, address
        assert all(0 <= box["left"] and box["right"] <= width
                   for row in seen["rows"] for box in row["cells"].values()), address


def test_wide_screens_keep_the_full_table_with_its_header(page, site_url, sample_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + list_pages(sample_site)[0])
    table = page.locator("table.tdkt-stack").first
    assert table.evaluate("t => getComputedStyle(t).display") == "table"
    assert table.evaluate("t => getComputedStyle(t.tBodies[0].rows[0]).display") == "table-row"
    assert table.locator("thead th").first.is_visible()
