"""Material's stylesheet without the rules of features the portal cannot show.

Material's `main.css` (22.8 KB gzip, the largest file of a first visit) styles every feature of the
theme; about half of it is for features the portal never turns on: its search, code blocks and
their copy buttons, content tabs, tooltips, annotations, blog, tags, the palette's dark scheme,
right-to-left languages... The portal's pages come from its own templates (theme/overrides/) and
from Markdown with a fixed set of extensions (site/config.py: attr_list, tables, admonition, toc):
none of them can carry those classes. The stylesheet is read with a CSS parser (tinycss2) and
rewritten rule by rule: a selector naming one of those classes (or `[dir=rtl]`, or a palette
scheme) is left out, a rule left without selectors goes, and so does an `@media` left empty;
every other byte is Material's. tests/site/test_material_css.py checks that no page, template or
script of the portal uses a class dropped here: a template that starts using one fails it.
"""

from __future__ import annotations

import tinycss2
from tinycss2.ast import (
    AtRule,
    IdentToken,
    LiteralToken,
    Node,
    QualifiedRule,
    SquareBracketsBlock,
    WhitespaceToken,
)

# Classes of Material features the portal does not turn on, by the start of their names; each
# line says why no page can carry them.
UNUSED_CLASS_PREFIXES = (
    # Material's search (the portal has its own: generator/search/, header's tdkt-header-search).
    "md-search",
    # Code blocks: no pymdownx.highlight, no code copy, no annotations, no Mermaid, no keys.
    "md-clipboard", "md-code__", "md-annotation", "highlight", "linenos", "linenodiv", "filename",
    "mermaid", "keys", "arithmatex", "critic",
    # Content tabs, tooltips, task lists, emoji, footnotes, grids (extensions not enabled).
    "tabbed-", "md-tooltip", "task-list", "twemoji", "emojione", "gemoji", "footnote", "grid",
    # Header and page parts the templates leave out (theme/overrides/: no repository, version,
    # language selector, palette toggle, banner, cookie consent, edit buttons, feedback, tags).
    "md-source", "md-version", "md-select", "md-option", "md-banner", "md-announce", "md-consent",
    "md-content__button", "md-feedback", "md-tag", "md-status", "md-header__option", "md-header__source",
    "md-nav__source", "md-social", "md-progress", "md-dialog",
    # The blog plugin's pages.
    "md-post", "md-profile", "md-author", "md-draft", "md-pagination",
)

# Attribute selectors that never match: the portal's pages are left to right (language vi) and
# have no palette (site/config.py).
UNUSED_ATTRIBUTES = {("dir", "rtl"), ("data-md-color-scheme", "slate")}


def trimmed_material_css(css: str) -> str:
    """Material's stylesheet `css` without the selectors and rules no page of the portal uses."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=False, skip_whitespace=False)
    return tinycss2.serialize(_kept(rules))


def _kept(rules: list[Node]) -> list[Node]:
    kept: list[Node] = []
    for rule in rules:
        if isinstance(rule, QualifiedRule):
            selectors = [s for s in _split_selectors(rule.prelude) if not _unused_selector(s)]
            if not selectors:
                continue
            rule.prelude = _join_selectors(selectors)
        elif isinstance(rule, AtRule) and rule.lower_at_keyword in ("media", "supports") and rule.content is not None:
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=False, skip_whitespace=False)
            remaining = _kept(inner)
            if not any(isinstance(node, (QualifiedRule, AtRule)) for node in remaining):
                continue
            rule.content = remaining
        kept.append(rule)
    return kept


def _split_selectors(prelude: list[Node]) -> list[list[Node]]:
    selectors: list[list[Node]] = [[]]
    for token in prelude:
        if isinstance(token, LiteralToken) and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return selectors


def _join_selectors(selectors: list[list[Node]]) -> list[Node]:
    joined: list[Node] = []
    for index, selector in enumerate(selectors):
        if index:
            joined.append(LiteralToken(0, 0, ","))
        joined.extend(selector)
    return joined


def _unused_selector(selector: list[Node]) -> bool:
    return any(name.startswith(UNUSED_CLASS_PREFIXES) for name in selector_classes(selector)) or any(
        attribute in UNUSED_ATTRIBUTES for attribute in _attributes(selector))


def selector_classes(tokens: list[Node]) -> list[str]:
    """The class names a selector names, inside :not(), :is() and the like too."""
    names = []
    for before, token in zip([None, *tokens], tokens):
        if isinstance(token, IdentToken) and isinstance(before, LiteralToken) and before.value == ".":
            names.append(token.value)
        arguments = getattr(token, "arguments", None)
        if arguments:
            names += selector_classes(arguments)
    return names


def _attributes(tokens: list[Node]) -> list[tuple[str, str]]:
    found = []
    for token in tokens:
        if isinstance(token, SquareBracketsBlock):
            parts = [t for t in token.content if not isinstance(t, WhitespaceToken)]
            if len(parts) == 3 and isinstance(parts[0], IdentToken) and getattr(parts[1], "value", None) == "=":
                found.append((parts[0].value, str(getattr(parts[2], "value", ""))))
        arguments = getattr(token, "arguments", None)
        if arguments:
            found += _attributes(arguments)
    return found
