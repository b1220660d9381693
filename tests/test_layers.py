"""The layers of the package, as pyproject.toml's import contracts state them: domain → kinds →
loading → exports and the editors' tools → pages → search → site → build → serving → commands.
No module imports a higher layer, none outside generator.site imports the engine or the theme,
and no two modules import each other, however indirectly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from tests.conftest import REPO

LINT = "from importlinter.cli import lint_imports; raise SystemExit(lint_imports(no_cache=True, no_logo=True))"


def lint(root: Path) -> subprocess.CompletedProcess:
    """import-linter on the package and the contracts found in `root`."""
    return subprocess.run([sys.executable, "-c", LINT], cwd=root, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)})


def test_the_import_contracts_hold():
    result = lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_no_modules_import_each_other():
    graph = grimp.build_graph("generator", exclude_type_checking_imports=True)
    cycles = [component for component in _strongly_connected(graph) if len(component) > 1]
    assert cycles == []


@pytest.mark.parametrize(("module", "line", "contract"), [
    ("domain/text.py", "import generator.pages.kit", "Layers"),
    ("loading/errors.py", "import generator.site.plugin", "Layers"),
    ("pages/kit.py", "import generator.build", "Layers"),
    ("pages/views.py", "import mkdocs.utils", "Only generator.site knows the engine"),
    ("exports/qr.py", "import material", "Only generator.site knows the engine"),
])
def test_an_import_against_the_layers_breaks_a_contract(tmp_path, module, line, contract):
    """The test of the test: the same contracts on a copy of the package with one wrong import."""
    shutil.copytree(REPO / "generator", tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "generator" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")

    result = lint(tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{contract}" in result.stdout and "BROKEN" in result.stdout


def _strongly_connected(graph) -> list[set[str]]:
    """Tarjan's algorithm over the package's modules: each set imports itself through the others."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    modules = sorted(graph.modules)

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in graph.modules or imported.split(".")[0] != "generator":
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == module:
                    break
            found.append(component)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in modules:
        if module not in index:
            visit(module)
    return found
