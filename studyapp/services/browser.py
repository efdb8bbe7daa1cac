"""The card browser's use cases: rows to show (filtered, searched, sorted, a page at a time), a card's history,
and actions on a selection (suspend, forget, set the due day, reject, export to Anki).

``studyapp cards DECK --search TEXT`` reads the same rows.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from studyapp.core.card_changes import CardChange, RejectReason
from studyapp.core.cards import Queue, from_us, to_us
from studyapp.errors import ExportError
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection
from studyapp.services.exchange import AnkiExportOptions, AnkiExportResult, ExchangeService
from studyapp.services.learner_cards import LearnerCardsService
from studyapp.services.study import StudyService
from studyapp.services.study_clock import StudyClock
from studyapp.storage.browse import COLUMNS, STATES, BrowseQuery, BrowseRepository, BrowseRow, PageKey, ReviewLine
from studyapp.storage.card_actions import CardActions

__all__ = ["COLUMNS", "STATES", "BrowseQuery", "BrowserRow", "BrowserService", "PageKey"]

PAGE = 200
_QUEUE_NAMES = {
    Queue.NEW: "new",
    Queue.WAITING: "new",
    Queue.LEARNING: "learning",
    Queue.REVIEW: "review",
    Queue.SUSPENDED: "suspended",
    Queue.BURIED: "buried",
    Queue.RETIRED: "retired",
}


@dataclass(frozen=True)
class BrowserRow:
    """One row of the browser: an item and its unit's schedule, in words and numbers a table shows."""

    row: BrowseRow
    section_title: str

    @property
    def item_id(self) -> str:
        return self.row.item_id

    @property
    def key(self) -> PageKey:
        """Where the next page starts (pass it as ``after``)."""
        return self.row.key

    @property
    def state(self) -> str:
        """ "rejected", else the queue ("new", "review", ...), with ", edited" or ", own" after it."""
        r = self.row
        words = [f"rejected ({r.rejected})" if r.rejected else _QUEUE_NAMES.get(Queue(r.queue), "new")]
        if r.edited:
            words.append("edited, source changed" if r.source_changed else "edited")
        if r.own:
            words.append("own")
        return ", ".join(words)

    @property
    def interval_days(self) -> float | None:
        r = self.row
        return None if r.last_review_us is None else (r.due_us - r.last_review_us) / 86_400_000_000

    @property
    def due(self) -> datetime | None:
        """When the unit is due (None for a new card: it has no due day)."""
        return None if self.row.last_review_us is None else from_us(self.row.due_us)

    def to_json(self) -> dict[str, object]:
        r = self.row
        due = self.due
        return {
            "id": r.item_id,
            "deck": r.deck_id,
            "kind": r.kind,
            "section": r.section,
            "section_title": self.section_title,
            "prompt": r.prompt,
            "answer": r.answer,
            "due": None if due is None else due.isoformat(),
            "interval_days": self.interval_days,
            "stability": r.stability,
            "difficulty": r.difficulty,
            "reviews": r.reviews,
            "lapses": r.lapses,
            "state": self.state,
            "edited": r.edited,
            "rejected": r.rejected,
            "own": r.own,
        }


class BrowserService:
    """Reached as ``library.browser``. Reads go through :meth:`LibraryConnection.reading` and write nothing;
    each action is one transaction."""

    def __init__(
        self,
        connection: LibraryConnection,
        clock: StudyClock,
        study: StudyService,
        learner_cards: LearnerCardsService,
        exchange: ExchangeService,
    ) -> None:
        self._connection, self._clock = connection, clock
        self._study, self._learner_cards, self._exchange = study, learner_cards, exchange

    def rows(self, query: BrowseQuery, *, after: PageKey | None = None, limit: int = PAGE) -> list[BrowserRow]:
        """A page of about ``limit`` rows, after the row whose ``key`` is ``after`` (the first page for None);
        ValueError for an unknown column or state, naming the known ones."""
        with self._connection.reading() as repos:
            browse = BrowseRepository(repos.db.conn)
            rows = browse.rows(query, after=after, limit=limit)
            titles = browse.section_titles({r.deck_id for r in rows})
        return [BrowserRow(r, titles.get((r.deck_id, r.section), r.section)) for r in rows]

    def count(self, query: BrowseQuery) -> int:
        with self._connection.reading() as repos:
            return BrowseRepository(repos.db.conn).count(query)

    def sections(self, deck_id: str) -> list[tuple[str, str]]:
        with self._connection.reading() as repos:
            return BrowseRepository(repos.db.conn).sections(deck_id)

    def history(self, card_id: int) -> list[ReviewLine]:
        with self._connection.reading() as repos:
            return BrowseRepository(repos.db.conn).history(card_id)

    # -- actions on a selection ----------------------------------------------------------------------------
    def suspend(self, item_ids: Sequence[str], *, suspended: bool = True) -> Changes:
        """Suspend (or bring back) the cards of the items' units, all in one transaction."""
        changes = Changes()
        with self._connection.writing() as repos:
            for card_id in CardActions(repos.db).cards_of_items(item_ids):
                changes |= self._study.suspend(card_id, suspended=suspended)
        return changes

    def forget(self, item_ids: Sequence[str]) -> Changes:
        """Make the items' cards new again; their answers stay in the log."""
        with self._connection.writing() as repos:
            actions = CardActions(repos.db)
            cards = actions.cards_of_items(item_ids)
            actions.forget(list(cards), now_us=to_us(self._clock.now()))
        return Changes(decks=frozenset(cards.values()), cards=frozenset(cards))

    def reschedule(self, item_ids: Sequence[str], day: date) -> tuple[int, Changes]:
        """Make the studied cards of the items due at the start of ``day`` (new cards stay new); returns how
        many moved."""
        moved = 0
        with self._connection.writing() as repos:
            actions = CardActions(repos.db)
            cards = actions.cards_of_items(item_ids)
            for deck_id in set(cards.values()):
                start = self._clock.day_start(day, repos.decks.settings(deck_id).day_start_hour)
                deck_cards = [c for c, d in cards.items() if d == deck_id]
                moved += actions.set_due(deck_cards, due_us=to_us(start))
        return moved, Changes(decks=frozenset(cards.values()), cards=frozenset(cards))

    def reject(self, item_ids: Sequence[str], reason: RejectReason) -> CardChange:
        return self._learner_cards.reject(item_ids, reason)

    def export(
        self, item_ids: Sequence[str], out: str | os.PathLike[str], *, replace: bool = False
    ) -> AnkiExportResult:
        """The selected items (of one deck; rejected ones left out) as an Anki package."""
        with self._connection.reading() as repos:
            decks = set(CardActions(repos.db).cards_of_items(item_ids).values())
        if len(decks) != 1:
            raise ExportError("Select cards of one deck to export them together.")
        options = AnkiExportOptions(items=frozenset(item_ids))
        return self._exchange.export_deck_to_anki(decks.pop(), Path(out), options=options, replace=replace)
