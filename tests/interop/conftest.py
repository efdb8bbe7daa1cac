"""Fixtures of the Anki export tests: sample document and items, fresh real Anki collections."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_samples import make_document, make_items

from studyapp.generate.model import StudyItem
from studyapp.text.document import Document


@pytest.fixture
def document() -> Document:
    return make_document()


@pytest.fixture
def items() -> list[StudyItem]:
    return make_items()


@pytest.fixture
def anki_collection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], Collection]]:
    """Opens fresh, empty Anki collections in a temp folder (closed at teardown)."""
    opened: list[Collection] = []

    def open_new() -> Collection:
        folder = tmp_path_factory.mktemp("anki")
        col = Collection(str(folder / "collection.anki2"))
        opened.append(col)
        return col

    yield open_new
    for col in opened:
        col.close()


@pytest.fixture
def library(tmp_path: Path):
    from studyapp.services.library import Library

    lib = Library.open(tmp_path / "data", import_bundled=False, fuzzing=False)
    yield lib
    lib.close(backup=False)
