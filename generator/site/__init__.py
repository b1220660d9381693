"""The adapter to the engine (ProperDocs or MkDocs 1.6) and the Material theme: the only package
that imports `mkdocs` or knows Material's HTML."""

from generator.site import engine_choice  # noqa: F401 - chooses the engine before any `mkdocs` import
