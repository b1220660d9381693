"""robots.txt: every page may be crawled, the sitemap says where they are.

A crawler reads robots.txt at the root of a host only. A portal published at the root of its host
is served this file there; one published under a sub-path (https://host/phuong/) is not, and the
host's own robots.txt needs the Sitemap line (docs/tim-kiem-du-lieu-mo-ban-in.md says so). Paths
are from the host's root, so they carry the sub-path.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from generator.kinds import SEARCH_INDEX_FOLDER as INDEX_FOLDER

ROBOTS_FILE = "robots.txt"


def robots_txt(base_url: str) -> str:
    """`base_url`: the portal's address, ending in "/"."""
    path = urlsplit(base_url).path
    return (
        "User-agent: *\n"
        # The search index is thousands of small binary files for the search page, no page to list.
        f"Disallow: {path}{INDEX_FOLDER}/\n"
        "\n"
        f"Sitemap: {base_url}sitemap.xml\n"
    )
