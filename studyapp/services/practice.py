"""Practice use cases: draw a quiz or an exam from a deck, and let its answers feed the scheduler.

Every practice answer that counts as a review goes through :meth:`PracticeService.record_answer` (one narrow
door: it maps an item to its card and rates it with FSRS through the card store).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from fsrs import Rating

from studyapp.core.cards import CardState, Queue, to_us
from studyapp.core.list_drill import DrillList, Entry
from studyapp.core.printable import PrintableTest, printable_test
from studyapp.core.questions import Candidate, Question, QuestionType, draw, make_questions, pick, unit_order
from studyapp.core.settings import make_scheduler
from studyapp.core.timeline import TimelineEvent, events_from_facts
from studyapp.generate.list_shapes import as_line
from studyapp.generate.model import StudyItem
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection
from studyapp.services.study_clock import StudyClock
from studyapp.storage.practice import PracticeRepository


@dataclass(frozen=True)
class SectionChoice:
    """A section a test can be drawn from: its id, title, depth and how many items it has."""

    id: str
    title: str
    level: int
    items: int


@dataclass(frozen=True)
class Recorded:
    """What :meth:`PracticeService.record_answer` did: ``counted`` False when the card was left alone (already
    reviewed today, suspended or retired), with the reason."""

    counted: bool
    reason: str = ""
    changes: Changes = field(default_factory=Changes)


class PracticeService:
    """Reached as ``library.practice``."""

    def __init__(self, connection: LibraryConnection, clock: StudyClock, *, fuzzing: bool) -> None:
        self._connection, self._clock, self._fuzzing = connection, clock, fuzzing

    def sections(self, deck_id: str) -> list[SectionChoice]:
        """The deck's sections in document order, with their item counts (KeyError for an unknown deck)."""
        with self._connection.reading() as repos:
            repos.documents.document(deck_id)
            counts = PracticeRepository(repos.db).section_counts(deck_id)
            return [
                SectionChoice(sid, title, level, counts.get(sid, 0))
                for sid, title, level, _ in repos.documents.sections(deck_id)
            ]

    def draw(
        self,
        deck_id: str,
        *,
        count: int,
        seed: int | None = None,
        sections: Iterable[str] = (),
        types: Iterable[QuestionType] | None = None,
        item_ids: Iterable[str] | None = None,
    ) -> list[Question]:
        """Up to ``count`` questions (see :func:`studyapp.core.questions.draw`); the same ``seed`` draws the
        same test. ``item_ids`` limits the draw to those items (a retake of the missed ones)."""
        with self._connection.reading() as repos:
            repos.documents.document(deck_id)
            rng = random.Random(seed)
            repo, chosen_sections = PracticeRepository(repos.db), tuple(sections)
            wanted = None if types is None else tuple(types)
            units = repo.units(deck_id, chosen_sections, wanted) if item_ids is None else None
            if units is not None:  # the pool: only the units' short rows, then the ways of asking the drawn ones
                order = unit_order(units, rng)
                chosen = pick(order, lambda batch: repo.options(deck_id, batch, wanted), count=count, rng=rng)
            else:
                candidates = repo.candidates(deck_id, chosen_sections)
                if item_ids is not None:
                    keep = set(item_ids)
                    candidates = [c for c in candidates if c.item_id in keep]
                chosen = draw(candidates, count=count, rng=rng, types=wanted)
            return make_questions(repo.items([c.item_id for c in chosen]), rng)

    def lists(self, deck_id: str) -> list[DrillList]:
        """The deck's numbered lists, in document order, titled as their items name them."""
        with self._connection.reading() as repos:
            titles = {sid: title for sid, title, _, _ in repos.documents.sections(deck_id)}
            rows = PracticeRepository(repos.db).lists(deck_id)
        return [
            DrillList(
                row.id,
                row.section,
                row.title or f"The list in the section “{titles.get(row.section, row.section)}”",
                row.lead,
                tuple(Entry(number, as_line(text)) for number, text in row.entries),
            )
            for row in rows
        ]

    def timeline(self, deck_id: str) -> list[TimelineEvent]:
        """Every dated fact of the deck as a timeline event, in time order."""
        with self._connection.reading() as repos:
            facts = PracticeRepository(repos.db).facts(deck_id)
        return events_from_facts(facts)

    def unit_items(self, deck_id: str) -> dict[str, str]:
        """For each unit of the deck, the item a drill of that unit counts as: one that shows the unit's
        neighbours (a list cloze) when there is one, else the first."""
        with self._connection.reading() as repos:
            candidates = PracticeRepository(repos.db).candidates(deck_id)
        chosen: dict[str, tuple[bool, str]] = {}
        for candidate in candidates:
            rank = not candidate.reveals or candidate.type is not QuestionType.TYPED
            if candidate.unit not in chosen or rank < chosen[candidate.unit][0]:
                chosen[candidate.unit] = (rank, candidate.item_id)
        return {unit: item_id for unit, (_, item_id) in chosen.items()}

    def record_answer(self, deck_id: str, item_id: str, rating: Rating, now: datetime) -> Recorded:
        """Rate the card of ``item_id`` with FSRS as a review at ``now``, unless it was reviewed already this
        study day (a quiz never counts a card twice a day, nor after today's review session), is suspended or
        is retired. KeyError when the item is not a card of ``deck_id``."""
        with self._connection.writing() as repos:
            found = PracticeRepository(repos.db).card_of(item_id)
            if found is None or found[0] != deck_id:
                raise KeyError(item_id)
            _, card = found
            if card.queue in (Queue.SUSPENDED, Queue.RETIRED):
                return Recorded(False, "suspended" if card.queue == Queue.SUSPENDED else "retired")
            now = now.astimezone(UTC)
            settings = repos.decks.settings(deck_id)
            day_start, _ = self._clock.day_bounds(settings.day_start_hour, now)
            if card.last_review_us is not None and card.last_review_us >= to_us(day_start):
                return Recorded(False, "already reviewed today")
            scheduler = make_scheduler(settings, fuzzing=self._fuzzing)
            reviewed, _ = scheduler.review_card(card.to_fsrs(), rating, now)
            asked = repos.cards.item(item_id).kind
            after = replace(CardState.from_fsrs(reviewed), last_kind=str(asked))
            repos.cards.record_answer(  # the card store's after-answer hook starts the periodic backup
                card,
                after,
                deck_id=deck_id,
                rating=int(rating),
                reviewed_us=to_us(now),
                duration_ms=None,
                item_id=item_id,
            )
        return Recorded(True, changes=Changes(decks=frozenset({deck_id}), cards=frozenset({card.id})))

    def printable(
        self, deck_id: str, *, count: int, seed: int | None = None, sections: Iterable[str] = ()
    ) -> PrintableTest:
        """A practice test on paper: ``count`` questions of every type, with its answer key."""
        chosen = tuple(sections)
        questions = self.draw(deck_id, count=count, seed=seed, sections=chosen)
        with self._connection.reading() as repos:
            title = repos.documents.document(deck_id).title
        names = {s.id: s.title for s in self.sections(deck_id)}
        scope = "; ".join(names.get(s, s) for s in chosen) if chosen else "the whole document"
        subtitle = f"Practice test · {len(questions)} questions · {scope}"
        return printable_test(title, subtitle, questions)


def draw_from_items(
    items: Sequence[StudyItem],
    *,
    count: int,
    seed: int | None = None,
    sections: Iterable[str] = (),
    types: Iterable[QuestionType] | None = None,
) -> list[Question]:
    """The questions :meth:`PracticeService.draw` would ask, drawn from items in hand (a document not in the
    library)."""
    rng = random.Random(seed)
    chosen = draw([Candidate.of(i) for i in items], count=count, rng=rng, types=types, sections=tuple(sections))
    by_id = {item.id: item for item in items}
    return make_questions([by_id[c.item_id] for c in chosen], rng)
