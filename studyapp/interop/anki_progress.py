"""An ``.apkg`` that carries the learner's progress: review history, scheduling state and FSRS memory.

genanki writes no review history, so the genanki package is imported into a scratch collection of the
official ``anki`` package, the cards get their state and revlog rows there, and Anki exports the deck with
scheduling and its preset. Anki imports the result with "Import any learning progress" on ("Import deck
presets" brings the FSRS settings and sibling burying).

A unit is one note; studyapp keeps one memory per unit, Anki one per card. The note's card of the kind asked
last carries the unit's state and every answer (whatever kind asked it); the note's other cards stay new, and
Anki introduces them later, one a day, with siblings buried.

Anki never overwrites the scheduling of cards it already has: the progress lands for cards that are new to
the collection (checked with the anki package: importing over an earlier plain export adds no history).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fsrs import Scheduler

from studyapp.errors import ExportCancelled, ExportError
from studyapp.interop.anki_models import TEMPLATES
from studyapp.interop.anki_notes import note_guid
from studyapp.interop.anki_package import POLL_EVERY, output_path, raise_if_cancelled, replace_target
from studyapp.interop.anki_schedule import (
    QUEUE_SUSPENDED,
    CardProgress,
    RevlogRow,
    card_state,
    lapses_in,
    revlog_rows,
    unique_ids,
)

if TYPE_CHECKING:  # imported when used: the anki package is needed only for exports with progress
    from anki.collection import Collection

_ORDINAL_OF_KIND = {template.kind: ordinal for ordinal, template in enumerate(TEMPLATES)}


@dataclass(frozen=True)
class ProgressSummary:
    studied: int  # units (notes) whose card carries a state other than new
    reviews: int  # revlog rows written
    missing: tuple[str, ...]  # units with progress but no note in the package (not exported)


def add_progress(
    package: Path,
    out: Path,
    progress: Sequence[CardProgress],
    *,
    document_id: str,
    deck_name: str,
    scheduler: Scheduler,
    cancel: Callable[[], bool] | None = None,
) -> ProgressSummary:
    """Write ``out``: the notes of ``package`` with the scheduling and history of ``progress``.

    Args:
        package: a studyapp ``.apkg`` (from :func:`~studyapp.interop.anki_package.write_package`).
        deck_name: the document's top deck in that package (exported with its sub-decks).
        scheduler: the learner's FSRS settings (desired retention, steps, parameters) for the deck preset.
        cancel: polled between steps and cards; True stops the export and leaves ``out`` as it was.

    Raises:
        ExportCancelled: ``cancel`` returned True.
        ExportError: Anki could not build or write the package, or a review is dated in the future (Anki
            refuses those, judged by this computer's clock).
    """
    _refuse_future(progress)
    raise_if_cancelled(cancel)
    try:
        from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions, ImportAnkiPackageRequest
        from anki.import_export_pb2 import ImportAnkiPackageOptions
    except ImportError as error:
        raise ExportError("Exporting with progress needs the 'anki' package (pip install anki).") from error

    out = output_path(out)
    partial = out.with_name(f".{out.name}.partial")
    with tempfile.TemporaryDirectory(prefix="studyapp-anki-") as scratch:
        col = Collection(os.path.join(scratch, "collection.anki2"))
        try:
            col.import_anki_package(
                ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
            )
            raise_if_cancelled(cancel)
            summary = _apply(col, progress, document_id=document_id, scheduler=scheduler, cancel=cancel)
            deck_id = col.decks.id_for_name(deck_name)
            if deck_id is None:
                raise ExportError(f"The package has no deck named {deck_name!r}.")
            _configure_fsrs(col, deck_id, scheduler)
            raise_if_cancelled(cancel)
            col.export_anki_package(
                out_path=str(partial),
                options=ExportAnkiPackageOptions(
                    with_scheduling=True, with_deck_configs=True, with_media=False, legacy=False
                ),
                limit=DeckIdLimit(deck_id),
            )
        except Exception as error:  # the anki backend raises its own types; the user needs a sentence
            partial.unlink(missing_ok=True)
            if isinstance(error, ExportError):
                raise
            raise ExportError(f"Anki could not build the package with progress: {error}") from error
        finally:
            col.close()
    if cancel is not None and cancel():  # the last moment to keep ``out`` as it was
        partial.unlink(missing_ok=True)
        raise ExportCancelled("Export cancelled.")
    try:
        replace_target(partial, out)
    except OSError as error:
        raise ExportError(f"Cannot write {out}: {error.strerror or error}.") from error
    return summary


def _refuse_future(progress: Sequence[CardProgress]) -> None:
    limit = datetime.fromtimestamp(time.time() + 60, UTC)
    late = [log.review_datetime for entry in progress for log in entry.logs if log.review_datetime > limit]
    if late:
        raise ExportError(
            f"{len(late)} review(s) are dated in the future (the latest {max(late):%Y-%m-%d %H:%M} "
            f"UTC); Anki refuses them. Check this computer's clock."
        )


def _apply(
    col: Collection,
    progress: Sequence[CardProgress],
    *,
    document_id: str,
    scheduler: Scheduler,
    cancel: Callable[[], bool] | None,
) -> ProgressSummary:
    """Set each card's scheduling and memory state and write its revlog rows, in the scratch collection."""
    from anki.cards import FSRSMemoryState  # only after anki.collection: anki's modules import in a cycle

    note_ids = dict(col.db.all("select guid, id from notes"))
    cards_of: dict[int, dict[int, int]] = {}  # note id -> template ordinal -> card id
    for nid, cid, ordinal in col.db.all("select nid, id, ord from cards order by nid, ord"):
        cards_of.setdefault(nid, {})[ordinal] = cid
    decay = float(scheduler.parameters[20]) if len(scheduler.parameters) > 20 else None
    crt = col.crt
    studied = 0
    missing: list[str] = []
    revlog: list[tuple[int, RevlogRow]] = []
    cards = []
    for n, entry in enumerate(progress):
        if n % POLL_EVERY == 0:
            raise_if_cancelled(cancel)
        nid = note_ids.get(note_guid(document_id, entry.unit))
        if nid is None:
            missing.append(entry.unit)
            continue
        note_cards = cards_of.get(nid, {})
        carrier = note_cards.get(_ORDINAL_OF_KIND.get(entry.last_kind or "", -1)) or next(iter(note_cards.values()))
        if entry.suspended:  # the learner took the unit out of study: every way of asking it
            for card_id in note_cards.values():
                if card_id != carrier:
                    card = col.get_card(card_id)
                    card.queue = QUEUE_SUSPENDED
                    cards.append(card)
        if not entry.logs and entry.card.last_review is None and not entry.suspended:
            continue  # a new unit stays as the package has it: new, in article order
        history = revlog_rows(entry, scheduler)
        card = col.get_card(carrier)
        state = card_state(entry, scheduler, crt=crt, new_position=card.due, lapses=lapses_in(history))
        card.type, card.queue, card.due, card.ivl = state.ctype, state.queue, state.due, state.ivl
        card.factor, card.reps, card.lapses, card.left = state.factor, state.reps, state.lapses, state.left
        if state.stability is not None and state.difficulty is not None:
            card.memory_state = FSRSMemoryState(stability=state.stability, difficulty=state.difficulty)
            card.decay = decay
        card.last_review_time = state.last_review_secs
        cards.append(card)
        revlog += [(card.id, row) for row in history]
        studied += state.last_review_secs is not None
    rows = [
        (row_id, card_id, r.ease, r.ivl, r.last_ivl, r.factor, r.time_ms, r.kind)
        for (card_id, r), row_id in zip(revlog, unique_ids([r.id_ms for _, r in revlog]), strict=True)
    ]
    col.update_cards(cards)
    # One transaction: row by row, each insert would be committed (and synced) on its own.
    col.db.transact(
        lambda: col.db.executemany(
            "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
            "values (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    )
    return ProgressSummary(studied, len(revlog), tuple(missing))


def _configure_fsrs(col: Collection, deck_id: int, scheduler: Scheduler) -> None:
    """A deck preset with the learner's FSRS settings, for the deck and its sub-decks; FSRS switched on; a
    note's other cards (the other ways of asking its unit) buried until the next day, new, review and
    interday-learning alike, so Anki never asks one unit twice a day either."""
    col.set_config("fsrs", True)
    deck = col.decks.get(deck_id)
    conf = col.decks.get_config(col.decks.add_config_returning_id(f"studyapp: {deck['name']}"))
    conf["new"]["bury"] = conf["rev"]["bury"] = conf["buryInterdayLearning"] = True
    conf["desiredRetention"] = float(scheduler.desired_retention)
    conf["fsrsParams6"] = [float(p) for p in scheduler.parameters]
    conf["new"]["delays"] = [s.total_seconds() / 60 for s in scheduler.learning_steps]
    conf["lapse"]["delays"] = [s.total_seconds() / 60 for s in scheduler.relearning_steps]
    conf["rev"]["maxIvl"] = int(scheduler.maximum_interval)
    col.decks.update_config(conf)
    for name_id in [deck, *(col.decks.get(d) for _, d in col.decks.children(deck_id))]:
        col.decks.set_config_id_for_deck_dict(name_id, conf["id"])
