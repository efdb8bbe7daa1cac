"""Which deck an imported document belongs to: not its title alone.

A document's id is a slug of its title, so two different articles called "Reconstruction" would share one
deck: the second import would retire the first one's cards and overwrite its text. An import therefore
compares the document with the deck that has its id: when at least half of that deck's sentences are still
in the document, it is the same document (edited) and the deck is updated; otherwise it becomes a deck of
its own (``reconstruction-2``), named with its file so the two can be told apart. The learner may still
choose to treat it as a new version of the old deck, after seeing what that would add, keep and retire
(:attr:`PreparedImport.plan`); the command line's ``import --update DECK`` does the same.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.extract.model import DatedFact, StudyList
from studyapp.generate.model import StudyItem
from studyapp.text.document import Document

if TYPE_CHECKING:
    from studyapp.services.library import ImportResult, Library

SAME_DOCUMENT = 0.5  # share of the deck's sentences the document must keep to count as the same document
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SyncPlan:
    """What storing a document's items into a deck would do: items added, kept (with their progress) and
    retired (their answers stay in the history)."""

    added: tuple[StudyItem, ...]
    kept: tuple[StudyItem, ...]
    retired: tuple[StudyItem, ...]


@dataclass(frozen=True)
class PreparedImport:
    """A document read, with its items made for the deck its id names, and how it compares with that deck.

    Attributes:
        existing: the deck that has this document's id (its title), None when there is none.
        resemblance: the share of that deck's sentences still in this document (1.0 for the same text).
        plan: what updating ``existing`` with this document would add, keep and retire.
    """

    doc: Document
    source_name: str
    text: str
    facts: tuple[DatedFact, ...]
    lists: tuple[StudyList, ...]
    items: tuple[StudyItem, ...]
    list_titles: dict[str, str] = dataclasses.field(default_factory=dict)
    existing: str | None = None
    resemblance: float = 0.0
    plan: SyncPlan | None = None

    @property
    def same_document(self) -> bool:
        return self.existing is not None and self.resemblance >= SAME_DOCUMENT


def prepare(
    library: Library,
    path: str | Path,
    *,
    target: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> PreparedImport:
    """Read ``path``, find its facts and lists and make its items, for the deck ``target`` (default: the deck
    its title names), and compare it with that deck when there is one.

    Raises:
        DocumentError: the file cannot be read. KeyError: ``target`` is not a deck. ImportCancelled.
    """
    from studyapp.services.library import ImportCancelled
    from studyapp.text import read_document
    from studyapp.text.reading import decode_text

    report = progress or (lambda done, total: None)
    path = Path(path)
    report(0, 100)
    doc = read_document(path)
    text = decode_text(path.read_bytes(), name=path.name)
    if target is not None:
        library.repos().documents.document(target)  # KeyError for an unknown deck
        doc = dataclasses.replace(doc, id=target)
    report(10, 100)
    if cancel is not None and cancel():
        raise ImportCancelled("Import cancelled.")
    # the parser reports its sentences (10% -> 80%); cancel is looked at every few hundred of them
    prepared = _made(
        doc, path.name, text, cancel=cancel, progress=lambda done, total: report(10 + 70 * done // total, 100)
    )
    report(90, 100)
    if cancel is not None and cancel():
        raise ImportCancelled("Import cancelled.")
    try:
        stored = library.repos().documents.document(doc.id)
    except KeyError:
        return prepared
    resemblance = 1.0 if stored.hash == _hash(text) else _resemblance(library.document(doc.id), doc)
    return dataclasses.replace(
        prepared, existing=doc.id, resemblance=resemblance, plan=plan(library, doc.id, prepared.items)
    )


def store(library: Library, prepared: PreparedImport, *, as_update: bool | None = None) -> ImportResult:
    """Store a prepared import: into the deck it names when it is the same document (or ``as_update``),
    else as a deck of its own (always when ``as_update`` is False)."""
    update = prepared.existing is not None and (prepared.same_document if as_update is None else as_update)
    if prepared.existing is not None and not update:
        prepared = _as_new_deck(library, prepared)
    result = library.store_document(
        prepared.doc,
        source_name=prepared.source_name,
        source_text=prepared.text,
        items=prepared.items,
        facts=prepared.facts,
        lists=prepared.lists,
        list_titles=prepared.list_titles,
    )
    if prepared.existing is not None and not update:
        result = dataclasses.replace(result, same_title_as=prepared.existing, resemblance=prepared.resemblance)
    return result


def plan(library: Library, deck_id: str, items: Sequence[StudyItem]) -> SyncPlan:
    """What storing ``items`` into the deck would add, keep and retire (nothing is written)."""
    active = library.items(deck_id)
    known = {i.id for i in active}
    wanted = {i.id for i in items}
    unique = list({i.id: i for i in items}.values())
    return SyncPlan(
        added=tuple(i for i in unique if i.id not in known),
        kept=tuple(i for i in unique if i.id in known),
        retired=tuple(i for i in active if i.id not in wanted),
    )


def _made(
    doc: Document, source_name: str, text: str, *, cancel: Cancel | None = None, progress: Progress | None = None
) -> PreparedImport:
    from studyapp.extract import find_facts, find_lists
    from studyapp.generate import Cancelled, make_items
    from studyapp.generate.list_titles import list_titles
    from studyapp.services.library import ImportCancelled

    try:
        facts = find_facts(doc, cancel=cancel, progress=progress)
        lists = find_lists(doc)
        items = make_items(doc, facts, lists, cancel=cancel)
    except Cancelled as error:
        raise ImportCancelled("Import cancelled.") from error
    titles = {list_id: title.text for list_id, title in list_titles(doc, lists).items()} if lists else {}
    return PreparedImport(doc, source_name, text, tuple(facts), tuple(lists), tuple(items), titles)


def _as_new_deck(library: Library, prepared: PreparedImport) -> PreparedImport:
    """The same document with a deck id of its own, its items made again for it, and a title that tells it
    from the deck it shares its title with."""
    base = prepared.existing or prepared.doc.id
    taken = {deck_id for deck_id, _title in library.repos().documents.deck_titles()}
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    title = f"{prepared.doc.title} ({Path(prepared.source_name).name})"
    doc = dataclasses.replace(prepared.doc, id=f"{base}-{number}", title=title)
    again = _made(doc, prepared.source_name, prepared.text)
    return dataclasses.replace(again, existing=prepared.existing, resemblance=prepared.resemblance)


def _sentences(doc: Document) -> set[str]:
    return {
        _SPACE.sub(" ", sentence.text).strip().lower()
        for section in doc.sections
        for paragraph in section.paragraphs
        for sentence in paragraph.sentences
    }


def _resemblance(stored: Document, new: Document) -> float:
    """The share of the stored document's sentences that are in the new one."""
    old = _sentences(stored)
    return len(old & _sentences(new)) / len(old) if old else 0.0


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
