"""The one place that knows where the user's data, the bundled decks and the resources live."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DECKS_DIR = PROJECT_ROOT / "decks"
RESOURCES_DIR = PROJECT_ROOT / "resources"
DATA_DIR_ENV = "STUDYAPP_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the library database and its backups.

    Order: an explicit ``override`` (``--data-dir``), then ``$STUDYAPP_DATA_DIR``, then the platform's
    usual user-data folder.
    """
    chosen = override or os.environ.get(DATA_DIR_ENV) or user_data_dir("studyapp", appauthor=False)
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def bundled_documents() -> list[Path]:
    """The source documents shipped under ``decks/``, in name order."""
    return sorted(p for p in DECKS_DIR.iterdir() if p.suffix.lower() in {".txt", ".md", ".markdown"})


def resource(name: str) -> Path:
    """A file under ``resources/`` (icons, style sheets, card templates)."""
    return RESOURCES_DIR / name
