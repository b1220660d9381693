"""robots.txt as exact text, at a host's root and under a sub-path."""

from __future__ import annotations

from generator.exports.robots import robots_txt


def test_robots_points_to_the_sitemap_and_keeps_crawlers_out_of_the_search_index():
    assert robots_txt("https://thiduakhenthuong.phuong.gov.vn/") == (
        "User-agent: *\n"
        "Disallow: /tim-kiem/chi-muc/\n"
        "\n"
        "Sitemap: https://thiduakhenthuong.phuong.gov.vn/sitemap.xml\n")


def test_under_a_sub_path_paths_and_the_sitemap_carry_it():
    assert robots_txt("https://cong.gov.vn/phuong-le-thanh-nghi/") == (
        "User-agent: *\n"
        "Disallow: /phuong-le-thanh-nghi/tim-kiem/chi-muc/\n"
        "\n"
        "Sitemap: https://cong.gov.vn/phuong-le-thanh-nghi/sitemap.xml\n")
