"""Material's stylesheet without the features the portal cannot show (generator/site/material_css.py),
and a guard: no page, template or script of the portal uses a class whose rules are dropped."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import material

from generator.site.material_css import UNUSED_CLASS_PREFIXES, trimmed_material_css
from tests.conftest import REPO

MATERIAL_CSS = next((Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob("main.*.min.css"))
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
# Class names in the portal's scripts: classList calls, className, and selectors in strings.
SCRIPT_CLASSES = re.compile(r'classList\.\w+\("([\w-]+)"|className = "([\w -]+)"|["\' ,(>~+]\.([a-z][\w-]*)')


def test_rules_of_unused_features_go_and_every_other_byte_stays():
    css = ('a{color:red}.md-search,.md-nav{top:0}.md-typeset .tabbed-set>input{x:1}'
           '[dir=rtl] .md-nav{left:0}.md-nav:not(.md-tooltip){y:2}'
           '@media screen{.md-clipboard{a:b}}@media print{.md-nav,.md-source{c:d}}')
    assert trimmed_material_css(css) == 'a{color:red}.md-nav{top:0}@media print{.md-nav{c:d}}'


def test_the_site_ships_materials_stylesheet_trimmed_to_half(sample_site):
    shipped = next((sample_site / "assets" / "stylesheets").glob("main.*.min.css")).read_bytes()
    original = MATERIAL_CSS.read_bytes()
    assert shipped == trimmed_material_css(original.decode()).encode()
    assert len(gzip.compress(shipped)) < 0.6 * len(gzip.compress(original))
    for kept in (".md-typeset details", ".md-typeset .admonition", ".md-nav__link--active", ".md-top[hidden]",
                 ".md-header__title--active", ".md-typeset__scrollwrap", ".md-button"):
        assert kept in shipped.decode(), kept


def classes_the_portal_uses(site: Path) -> set[str]:
    """Every class in the sample's pages, the theme's templates, the generator's HTML and the
    portal's scripts (Jinja and f-string parts of a class attribute are left out)."""
    classes: set[str] = set()
    texts = [p.read_text(encoding="utf-8") for p in site.rglob("*.html")]
    texts += [p.read_text(encoding="utf-8") for p in (REPO / "theme").rglob("*.html")]
    texts += [p.read_text(encoding="utf-8") for p in (REPO / "generator").rglob("*.py")]
    for text in texts:
        for value in CLASS_ATTRIBUTE.findall(text):
            classes.update(re.findall(r"(?<![{\w-])[a-z][\w-]*", re.sub(r"\{[^}]*\}", " ", value)))
    for script in (REPO / "theme" / "overrides" / "assets" / "javascripts").glob("*.js"):
        for found in SCRIPT_CLASSES.findall(script.read_text(encoding="utf-8")):
            classes.update(" ".join(found).split())
    return classes


def test_no_page_template_or_script_uses_a_class_whose_rules_are_dropped(sample_site):
    used = classes_the_portal_uses(sample_site)
    assert {"md-nav__link", "tdkt-header-search", "md-header--shadow", "md-typeset__scrollwrap"} <= used
    # A template that starts using one of these: take its prefix out of UNUSED_CLASS_PREFIXES.
    assert sorted(name for name in used if name.startswith(UNUSED_CLASS_PREFIXES)) == []
    # Right-to-left rules are dropped too: the portal's pages are Vietnamese, left to right.
    assert '<body dir="ltr">' in (sample_site / "index.html").read_text(encoding="utf-8")
