"""The editors' guide explains every message an editor can meet: a new message must be documented."""

from __future__ import annotations

import ast
import re

from tests.conftest import REPO

# Calls that carry a message shown to editors, and the position of the message among their
# arguments (None: the first text argument with a space, for the importer's local helpers).
_MESSAGE_CALLS = {"DataError": 3, "PydanticCustomError": 1, "Problem": 4, "problem": None}
# Placeholders of pydantic's message templates, such as "{where}".
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _texts(node: ast.AST) -> list[str]:
    """The literal parts of a message: a string, an f-string's text, or "a" + "b"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _PLACEHOLDER.split(node.value)
    if isinstance(node, ast.JoinedStr):
        return [part.value for part in node.values if isinstance(part, ast.Constant)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _texts(node.left) + _texts(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):  # "…".replace(…)
        return _texts(node.func.value)
    return []


def _messages() -> dict[str, list[str]]:
    """The literal parts of every editor-facing message, by where it is written."""
    found = {}
    for path in sorted((REPO / "generator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            candidates: list[ast.AST] = []
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name in _MESSAGE_CALLS:
                    position = _MESSAGE_CALLS[name]
                    if position is None:
                        candidates = [arg for arg in node.args if " " in "".join(_texts(arg))][:1]
                    elif len(node.args) > position:
                        candidates = [node.args[position]]
                    else:
                        candidates = [kw.value for kw in node.keywords if kw.arg == "message"]
            elif isinstance(node, ast.FunctionDef) and node.name == "_describe":
                candidates = [
                    ret.value.elts[0] for ret in ast.walk(node)
                    if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple)
                ]
            for candidate in candidates:
                where = f"{path.relative_to(REPO)}:{candidate.lineno}"
                found[where] = _texts(candidate)
    return found


def _fragments(parts: list[str]) -> list[str]:
    """Parts long enough to recognise a message by (two words or more), tidied."""
    tidy = [" ".join(part.strip(" ,.;:()'\"").split()) for part in parts]
    return [part for part in tidy if len(part.split()) >= 2]


def test_every_message_is_explained_in_the_guides():
    guides = " ".join(
        " ".join(path.read_text(encoding="utf-8").split()) for path in sorted((REPO / "docs").glob("*.md"))
    )
    missing = {
        where: fragment
        for where, parts in _messages().items()
        for fragment in _fragments(parts)
        if fragment not in guides
    }
    assert missing == {}, "thêm các thông báo này vào docs/huong-dan-bien-tap.md (mục 10 hoặc 11)"


def test_the_guide_is_linked_from_the_readme():
    assert "docs/huong-dan-bien-tap.md" in (REPO / "README.md").read_text(encoding="utf-8")
