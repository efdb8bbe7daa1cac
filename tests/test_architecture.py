"""The house rules that keep the architecture legible: no Qt below ui/, nothing special-cased for one article.

Which package may import which (the layers, Qt only in ui/ and app.py, spaCy only in language/...) is the
import-linter contract in pyproject.toml, checked by `make lint`. What it cannot see is checked here: that the
modules outside ui/ really import without Qt, so a lazy import stays lazy.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import studyapp

PACKAGE_DIR = Path(studyapp.__file__).parent
QT_FREE = [
    m.name
    for m in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="studyapp.")
    if not m.name.startswith(("studyapp.ui", "studyapp.app", "studyapp.__main__"))
]

BLOCK_QT_AND_IMPORT = """
import sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is not allowed here: " + name)
sys.meta_path.insert(0, BlockQt())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok", len(sys.argv) - 1)
"""


def test_every_module_outside_ui_imports_without_qt():
    assert "studyapp.cli" in QT_FREE and "studyapp.text" in QT_FREE
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT_AND_IMPORT, *QT_FREE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(QT_FREE)}"


def test_no_code_names_the_bundled_article():
    bundled = next((PACKAGE_DIR.parent / "decks").glob("*.txt"))
    words = {"azerbaijan", "azeri", "baku", "tehran", "israel", "lieberman", "khalifa"}
    words |= {bundled.stem.lower()}
    offenders = [
        f"{path.relative_to(PACKAGE_DIR)}: {word}"
        for path in PACKAGE_DIR.rglob("*.py")
        for word in words
        if word in path.read_text(encoding="utf-8").lower()
    ]
    assert offenders == []
