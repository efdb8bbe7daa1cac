"""Study use cases: start a review session, suspend or bury a card (a unit), stop asking one item."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from studyapp.core import days
from studyapp.core.cards import Queue, to_us
from studyapp.core.session import ReviewSession
from studyapp.core.settings import make_scheduler
from studyapp.generate.model import StudyItem
from studyapp.services.changes import Changes

if TYPE_CHECKING:
    from studyapp.services.library import Library


class StudyService:
    """Reached as ``library.study``."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def start_session(self, deck_id: str, *, section: str | None = None, now: datetime | None = None) -> ReviewSession:
        """A review session over a deck, or over one section and its subsections (KeyError when unknown).

        A card is the memory of one unit; the session asks it by one of the unit's items, chosen by the format
        ladder, and never asks a unit whose answer another card showed that day (:mod:`studyapp.core.picking`).
        Buried cards whose day is over come back first, summary units whose members are now known join the new
        queue; with an exam set, the bring-forward plan is refreshed once a day and the daily limits grow to
        what the plan needs. ``now`` defaults to the library's clock.
        """
        lib = self._lib
        lib._writable()
        now = now or lib.now()
        repos = lib.repos()
        repos.documents.document(deck_id)
        scope = lib.section_scope(deck_id, section)
        settings = repos.decks.settings(deck_id)
        start, end = days.day_bounds(now, hour=settings.day_start_hour, tz=lib.tz)
        repos.cards.refresh_queues(deck_id, now_us=to_us(now))
        new_limit, review_limit = settings.new_per_day, settings.max_reviews_per_day
        plan = repos.decks.exam(deck_id)
        if plan is not None:
            today = days.study_day(now, hour=settings.day_start_hour, tz=lib.tz).isoformat()
            if plan.planned_day != today:
                lib.exam.bring_forward(deck_id)
                plan = repos.decks.exam(deck_id) or plan
            new_limit = max(new_limit, plan.new_per_day or 0)
            review_limit = max(review_limit, plan.reviews_per_day or 0)
        return ReviewSession(
            repos.cards,
            make_scheduler(settings, fuzzing=lib.fuzzing),
            scope,
            new_per_day=new_limit,
            max_reviews_per_day=review_limit,
            day_start=start,
            day_end=end,
            now=now,
            day_bounds=lambda moment: days.day_bounds(moment, hour=settings.day_start_hour, tz=lib.tz),
        )

    def suspend(self, card_id: int, *, suspended: bool = True) -> Changes:
        """Take a card out of every queue until unsuspended (its FSRS state is kept)."""
        self._lib._writable()
        cards = self._lib.repos().cards
        if suspended:
            deck = cards.set_queue(card_id, Queue.SUSPENDED)
        else:
            with cards.db.atomic():
                cards.restore_natural_queue(card_id)
            deck = cards.deck_of(card_id)
        return Changes(decks=frozenset({deck}), cards=frozenset({card_id}))

    def suspend_item(self, item_id: str, *, suspended: bool = True) -> Changes:
        """Stop asking a unit one way (a question the learner finds faulty), or ask it that way again; the
        unit's card, its other items and its memory are untouched.

        Raises:
            KeyError: no such item. ValueError: it is the last way left to ask its unit (suspend the card).
        """
        self._lib._writable()
        repos = self._lib.repos()
        deck_id, unit = repos.cards.unit_of_item(item_id)
        if suspended and [w.item_id for w in repos.cards.unit_items(deck_id, unit)] == [item_id]:
            raise ValueError("This is the only question left for this fact; suspend the card instead.")
        deck = repos.cards.set_item_suspended(item_id, suspended)
        return Changes(decks=frozenset({deck}))

    def suspended_items(self, deck_id: str) -> list[StudyItem]:
        """Items of a deck no longer asked (by :meth:`suspend_item`, or a card of one item suspended before
        cards were units), in article order."""
        return self._lib.repos().cards.suspended_items(deck_id)

    def bury(self, card_id: int) -> Changes:
        """Hide a card until the next study day."""
        self._lib._writable()
        cards = self._lib.repos().cards
        deck = cards.deck_of(card_id)
        _, end = self._lib.day_bounds(deck)
        cards.set_queue(card_id, Queue.BURIED, buried_until_us=to_us(end))
        return Changes(decks=frozenset({deck}), cards=frozenset({card_id}))
