"""Exchange use cases: a document file or a library deck exported to Anki (optionally with the progress).

The UI's File -> Export to Anki... and ``studyapp export`` both call these. Work is long enough for a worker
thread: every call takes a ``progress(done, total)`` callback and a ``cancel() -> bool`` flag; a cancelled export
raises :class:`~studyapp.errors.ExportCancelled` and leaves the output path as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fsrs import Rating, ReviewLog

from studyapp.core.cards import Queue, from_us
from studyapp.core.settings import make_scheduler
from studyapp.errors import ExportError
from studyapp.generate.model import StudyItem
from studyapp.interop import CardProgress, add_progress, check_output, export_items
from studyapp.interop.anki_package import Cancel, output_path, raise_if_cancelled
from studyapp.text.document import Document

if TYPE_CHECKING:
    from studyapp.services.library import CardHistory, Library

Progress = Callable[[int, int], None]


class ExportTargetExists(ExportError):
    """An earlier Anki package is at the output path: replace it only when the learner said so."""


def check_target(out: Path, *, source: Path | None = None, replace: bool = False) -> bool:
    """Whether exporting to ``out`` would replace an earlier Anki package (False: a new file).

    Raises:
        ExportError: ``out`` must never be written (the article, another kind of file, a device...).
        ExportTargetExists: an Anki package is there and ``replace`` is False.
    """
    check_output(output_path(out), source=source)
    exists = output_path(out).exists()
    if exists and not replace:
        raise ExportTargetExists(f"{out} already exists (an earlier export); pass --force to replace it.")
    return exists


@dataclass(frozen=True)
class AnkiExportOptions:
    """What goes into the package.

    Attributes:
        sections: section ids to export (a section brings its subsections); None for the whole document.
        kinds: item kinds to export (see ``studyapp.generate.KINDS``); None for every kind.
        with_progress: carry each card's review history and scheduling state (library decks only).
        items: only these item ids (a selection in the browser); None for every item.
    """

    sections: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    with_progress: bool = False
    items: frozenset[str] | None = None


@dataclass(frozen=True)
class AnkiExportResult:
    path: Path
    notes: int  # one per unit of memory
    decks: tuple[str, ...]
    studied: int = 0  # units carrying progress (with_progress only)
    reviews: int = 0  # review log rows carried (with_progress only)
    cards: int = 0  # one per item: the ways of asking the units


def export_file_to_anki(
    source: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    timestamp: float,
    options: AnkiExportOptions = AnkiExportOptions(),
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    replace: bool = False,
) -> AnkiExportResult:
    """Read, extract, generate and export a document file (no library involved).

    Args:
        timestamp: export time in epoch seconds (pass the current time: Anki updates a note only from a
            newer package; a fixed value gives byte-identical files).
        replace: replace an earlier Anki package at ``out`` (never the article or another kind of file).

    Raises:
        DocumentError: the file cannot be read. ExportError: see :func:`studyapp.interop.export_items`, or
            progress asked for (progress lives in the library: export a deck instead). ExportCancelled:
            ``cancel`` returned True (no file written). ExportTargetExists: an earlier package is at ``out``
            and ``replace`` is False.
    """
    from studyapp.generate import items_for_document
    from studyapp.text import read_document

    if options.with_progress:
        raise ExportError(
            "Progress is kept in the library: export a deck id (see `studyapp decks`) rather than a file to include it."
        )
    report = progress or _ignore
    check_target(Path(out), source=Path(source), replace=replace)
    report(0, 2)
    doc = read_document(Path(source))
    raise_if_cancelled(cancel)
    items = items_for_document(doc)
    report(1, 2)
    result = _write(doc, items, Path(out), timestamp=timestamp, options=options, cancel=cancel)
    report(2, 2)
    return result


class ExchangeService:
    """Exports of library decks. Reached as ``ExchangeService(library)``."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def export_deck_to_anki(
        self,
        deck_id: str,
        out: str | os.PathLike[str],
        *,
        options: AnkiExportOptions = AnkiExportOptions(),
        timestamp: float | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        replace: bool = False,
    ) -> AnkiExportResult:
        """Export a deck's active items, and with ``options.with_progress`` its learner's progress.

        Args:
            timestamp: export time in epoch seconds; default the library's clock.
            replace: replace an earlier Anki package at ``out`` (never another kind of file).

        Raises:
            ExportError: unknown deck, unwritable output, bad selection, or Anki refusing the progress.
            ExportTargetExists: an earlier package is at ``out`` and ``replace`` is False.
            ExportCancelled: ``cancel`` returned True (the output path is left as it was).
        """
        report = progress or _ignore
        out_path = Path(out)
        try:
            doc = self.library.document(deck_id)
        except KeyError:
            known = ", ".join(d.id for d in self.library.decks()) or "none"
            raise ExportError(f"No deck {deck_id!r} in the library. Decks: {known}.") from None
        check_target(out_path, replace=replace)
        stamp = self.library.now().timestamp() if timestamp is None else timestamp
        total = 3 if options.with_progress else 2
        report(0, total)
        items = self.library.items(deck_id)
        if options.items is not None:
            items = [item for item in items if item.id in options.items]
            if not items:
                raise ExportError("None of the selected cards can be exported (rejected cards are left out).")
        report(1, total)
        if not options.with_progress:
            result = _write(doc, items, out_path, timestamp=stamp, options=options, cancel=cancel)
            report(2, total)
            return result
        with tempfile.TemporaryDirectory(prefix="studyapp-export-") as scratch:
            plain = Path(scratch) / "plain.apkg"
            result = _write(doc, items, plain, timestamp=stamp, options=options, cancel=cancel)
            report(2, total)
            scheduler = make_scheduler(self.library.settings.get(deck_id), fuzzing=False)
            carried = add_progress(
                plain,
                out_path,
                self._progress(deck_id),
                document_id=doc.id,
                deck_name=result.decks[0],
                scheduler=scheduler,
                cancel=cancel,
            )
        report(3, total)
        return AnkiExportResult(
            out_path, result.notes, result.decks, carried.studied, carried.reviews, cards=result.cards
        )

    def _progress(self, deck_id: str) -> list[CardProgress]:
        return [card_progress(h) for h in self.library.card_histories(deck_id)]


def card_progress(history: CardHistory) -> CardProgress:
    """The interop form of one card's stored state and answers."""
    card = history.state.to_fsrs()
    logs = tuple(
        ReviewLog(
            card_id=card.card_id,
            rating=Rating(r.rating),
            review_datetime=from_us(r.reviewed_us),
            review_duration=r.duration_ms,
        )
        for r in sorted(history.reviews, key=lambda r: r.reviewed_us)
    )
    return CardProgress(
        history.unit,
        card,
        logs,
        suspended=history.state.queue == Queue.SUSPENDED,
        last_kind=history.state.last_kind,
    )


def _write(
    doc: Document,
    items: Sequence[StudyItem],
    out: Path,
    *,
    timestamp: float,
    options: AnkiExportOptions,
    cancel: Cancel | None,
) -> AnkiExportResult:
    summary = export_items(
        doc, items, out, timestamp=timestamp, sections=options.sections, kinds=options.kinds, cancel=cancel
    )
    return AnkiExportResult(summary.path, summary.notes, summary.decks, cards=summary.cards)


def _ignore(done: int, total: int) -> None:
    pass
