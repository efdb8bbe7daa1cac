"""No module reaches into another module's private members (``library._writable()`` from the services, as
they once did): a service is given what it needs, through names that are public."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "studyapp"


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses_elsewhere(root: Path) -> list[str]:
    """``obj._name`` used in a module other than one that defines ``_name`` (as a function, a method, or an
    attribute set on ``self``); ``self._name`` and ``cls._name`` are always a class's own."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(root.rglob("*.py"))}
    defined: dict[str, set[Path]] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _private(node.name):
                defined.setdefault(node.name, set()).add(path)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                defined.setdefault(node.attr, set()).add(path)
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute) or not _private(node.attr):
                continue
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                continue
            if node.attr in defined and path not in defined[node.attr]:
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_uses_another_modules_private_members():
    assert private_uses_elsewhere(PACKAGE) == []


def test_the_check_sees_a_service_calling_a_private_method_of_the_library(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "library.py").write_text("class Library:\n    def _writable(self):\n        pass\n")
    (package / "study.py").write_text("def bury(lib):\n    lib._writable()\n")
    assert private_uses_elsewhere(package) == ["pkg/study.py:2: lib._writable"]
