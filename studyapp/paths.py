"""The one place that knows where the user's data, the bundled decks and the resources live.

The repository keeps ``decks/`` and ``resources/`` at its top level; the build installs them inside the package
as ``studyapp.decks`` and ``studyapp.resources`` (pyproject.toml), and an editable install maps the same names
onto the repository's folders. Either way they are found through ``importlib.resources``, never relative to
this file.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "STUDYAPP_DATA_DIR"
DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the library database and its backups.

    Order: an explicit ``override`` (``--data-dir``), then ``$STUDYAPP_DATA_DIR``, then the platform's
    usual user-data folder.
    """
    path = chosen_data_dir(override)
    path.mkdir(parents=True, exist_ok=True)
    return path


def chosen_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder :func:`data_dir` returns, without creating it."""
    return Path(override or os.environ.get(DATA_DIR_ENV) or user_data_dir("studyapp", appauthor=False)).expanduser()


@cache
def _package_folder(package: str) -> Path:
    """The folder of an installed data package.

    pip and pipx unpack wheels, and editable installs point at the repository, so the folder is on disk; a
    zipped install (a zipapp) would not be, and the documents are handed to code that opens files by path.
    """
    folder = files(package)
    if not isinstance(folder, Path):
        raise RuntimeError(f"{package} is not unpacked on disk ({folder}): install studyapp with pip or pipx.")
    return folder


def decks_dir() -> Path:
    """The bundled documents' folder (``decks/`` in the repository)."""
    return _package_folder("studyapp.decks")


def resources_dir() -> Path:
    """The resources' folder (``resources/`` in the repository)."""
    return _package_folder("studyapp.resources")


def bundled_documents() -> list[Path]:
    """The source documents shipped under ``decks/``, in name order."""
    return sorted(p for p in decks_dir().iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)


def resource(name: str) -> Path:
    """A file under ``resources/`` (icons, style sheets, card templates, the desktop entry); ``name`` uses ``/``."""
    return resources_dir().joinpath(*name.split("/"))
