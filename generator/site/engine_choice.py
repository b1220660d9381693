"""Which engine renders the site: ProperDocs when installed, else MkDocs 1.6.

ProperDocs (PyPI `properdocs`) is the maintained continuation of MkDocs 1.6: importing its
`replacement` module makes every later `mkdocs.*` import, Material's included, load ProperDocs'
module of the same name, so the plugin and the theme run unchanged. It must happen before
anything imports `mkdocs`: `generator/site/__init__.py` imports this module first.
`THI_DUA_ENGINE=mkdocs` keeps MkDocs even where ProperDocs is installed (the test suite runs
once with each engine).
"""

from __future__ import annotations

import importlib.util
import os

ENGINE_VARIABLE = "THI_DUA_ENGINE"

if os.environ.get(ENGINE_VARIABLE, "").strip().lower() != "mkdocs" and importlib.util.find_spec("properdocs"):
    import properdocs.replacement  # noqa: F401 - sends every later `mkdocs` import to ProperDocs
