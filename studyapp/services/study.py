"""Study use cases: start a review session, suspend or bury a card (a unit), stop asking one item."""

from __future__ import annotations

from datetime import datetime

from studyapp.core.cards import Queue, to_us
from studyapp.core.session import ReviewSession
from studyapp.core.settings import make_scheduler
from studyapp.generate.model import StudyItem
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection
from studyapp.services.exam import ExamService
from studyapp.services.study_clock import StudyClock


class StudyService:
    """Reached as ``library.study``."""

    def __init__(self, connection: LibraryConnection, clock: StudyClock, exam: ExamService, *, fuzzing: bool) -> None:
        self._connection, self._clock, self._exam, self._fuzzing = connection, clock, exam, fuzzing

    def start_session(self, deck_id: str, *, section: str | None = None, now: datetime | None = None) -> ReviewSession:
        """A review session over a deck, or over one section and its subsections (KeyError when unknown).

        A card is the memory of one unit; the session asks it by one of the unit's items, chosen by the format
        ladder, and never asks a unit whose answer another card showed that day (:mod:`studyapp.core.picking`).
        Starting a session is where the day's queues are stored: buried cards whose day is over come back, and
        summary units whose members are now known join the new queue; with an exam set, the bring-forward plan
        is refreshed once a day and the daily limits grow to what the plan needs. ``now`` defaults to the
        library's clock.
        """
        clock = self._clock
        now = now or clock.now()
        with self._connection.writing() as repos:
            repos.documents.document(deck_id)
            scope = repos.documents.section_scope(deck_id, section)
            settings = repos.decks.settings(deck_id)
            hour = settings.day_start_hour
            start, end = clock.day_bounds(hour, now)
            repos.cards.refresh_queues(deck_id, now_us=to_us(now))
            new_limit, review_limit = settings.new_per_day, settings.max_reviews_per_day
            plan = repos.decks.exam(deck_id)
            if plan is not None:
                if plan.planned_day != clock.today(hour, now).isoformat():
                    self._exam.bring_forward(deck_id)
                    plan = repos.decks.exam(deck_id) or plan
                new_limit = max(new_limit, plan.new_per_day or 0)
                review_limit = max(review_limit, plan.reviews_per_day or 0)
        return ReviewSession(
            repos.cards,
            make_scheduler(settings, fuzzing=self._fuzzing),
            scope,
            new_per_day=new_limit,
            max_reviews_per_day=review_limit,
            day_start=start,
            day_end=end,
            now=now,
            day_bounds=lambda moment: clock.day_bounds(hour, moment),
        )

    def suspend(self, card_id: int, *, suspended: bool = True) -> Changes:
        """Take a card out of every queue until unsuspended (its FSRS state is kept)."""
        with self._connection.writing() as repos:
            cards = repos.cards
            if suspended:
                deck = cards.set_queue(card_id, Queue.SUSPENDED)
            else:
                cards.restore_natural_queue(card_id)
                deck = cards.deck_of(card_id)
        return Changes(decks=frozenset({deck}), cards=frozenset({card_id}))

    def suspend_item(self, item_id: str, *, suspended: bool = True) -> Changes:
        """Stop asking a unit one way (a question the learner finds faulty), or ask it that way again; the
        unit's card, its other items and its memory are untouched.

        Raises:
            KeyError: no such item. ValueError: it is the last way left to ask its unit (suspend the card).
        """
        with self._connection.writing() as repos:
            deck_id, unit = repos.cards.unit_of_item(item_id)
            if suspended and [w.item_id for w in repos.cards.unit_items(deck_id, unit)] == [item_id]:
                raise ValueError("This is the only question left for this fact; suspend the card instead.")
            deck = repos.cards.set_item_suspended(item_id, suspended)
        return Changes(decks=frozenset({deck}))

    def suspended_items(self, deck_id: str) -> list[StudyItem]:
        """Items of a deck no longer asked (by :meth:`suspend_item`, or a card of one item suspended before
        cards were units), in article order."""
        with self._connection.reading() as repos:
            return repos.cards.suspended_items(deck_id)

    def bury(self, card_id: int) -> Changes:
        """Hide a card until the next study day."""
        with self._connection.writing() as repos:
            cards = repos.cards
            deck = cards.deck_of(card_id)
            _, end = self._clock.day_bounds(repos.decks.settings(deck).day_start_hour)
            cards.set_queue(card_id, Queue.BURIED, buried_until_us=to_us(end))
        return Changes(decks=frozenset({deck}), cards=frozenset({card_id}))
