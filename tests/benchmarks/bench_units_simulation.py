"""A simulated learner studies the bundled article toward an exam: a card per item (the design before units)
against one memory per unit (a card per unit, asked by the format ladder, answers never given away).

    python tests/benchmarks/bench_units_simulation.py [--seeds 5] [--days 30] [--target 0.9]

Both designs run the real engine (a library in a temp folder, the review session, the exam service): the
exam is set ``--days`` days ahead at the target recall, and the learner studies every day until nothing is
left, coming back for learning steps the same day. "A card per item" is the same engine given each item as a
unit of its own, with nothing revealed: one FSRS card per item, siblings kept apart only by never following
one another (today's scheduling before this change); "one memory per unit" is the engine as it ships.

The learner follows FSRS's own model of forgetting (the default FSRS-6 parameters, no fuzz, seeded):
- a first sight of a unit is rated as FSRS's simulator rates first reviews (Again 24%, Hard 9.4%, Good 49.5%,
  Easy 17.1%);
- later, the learner recalls with probability equal to FSRS retrievability at review time, and rates a
  recall Hard 22.4%, Good 63.2%, Easy 14.4% (again the simulator's figures), a miss Again.
Two readings of "retrievability" are run, with the same seeds:
- ``card``: the retrievability of the card shown (so a card per item means independent memories of one
  fact, as its scheduler assumes);
- ``unit``: one memory per unit, strengthened by every review of any of its items (the learner's view: the
  four cards of a fact are one thing to remember).
Printed per design and model: reviews over the study days (``reviews``: every answer, learning steps included),
and the predicted recall of each unit at the exam (``recall_*``: mean over units, lowest, share of units at or
above target; a unit never studied counts 0): under ``card``, the mean over the unit's cards as the exam
forecast computes it; under ``unit``, the learner's memory of it. Means over the seeds, with their range.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fsrs import Card, Rating, Scheduler

from studyapp.core.cards import from_us
from studyapp.core.session import Phase
from studyapp.extract import find_facts, find_lists
from studyapp.generate import make_items
from studyapp.generate.model import StudyItem
from studyapp.paths import bundled_documents
from studyapp.services.exam import exam_moment
from studyapp.services.library import Library
from studyapp.text import read_document
from studyapp.text.reading import decode_text

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # the learner studies each morning; the exam is at noon
SECONDS_PER_ANSWER = 12
FIRST_RATINGS = ((Rating.Again, 0.24), (Rating.Hard, 0.094), (Rating.Good, 0.495), (Rating.Easy, 0.171))
RECALL_RATINGS = ((Rating.Hard, 0.224), (Rating.Good, 0.632), (Rating.Easy, 0.144))
DESIGNS = ("card_per_item", "memory_per_unit")
MODELS = ("card", "unit")


@dataclass
class Learner:
    """What the simulated learner remembers: one FSRS memory per unit of the article."""

    rng: random.Random
    model: str
    scheduler: Scheduler
    memory: dict[str, Card]

    def rate(self, unit: str, card_recall: Callable[[], float | None], now: datetime) -> Rating:
        own = self.memory.get(unit)
        recall = card_recall() if self.model == "card" else None
        if recall is None and own is not None:
            recall = self.scheduler.get_card_retrievability(own, now)
        if recall is None:  # first sight of the unit (or of this card, under the card model)
            rating = _draw(self.rng, FIRST_RATINGS)
        elif self.rng.random() < recall:
            rating = _draw(self.rng, RECALL_RATINGS)
        else:
            rating = Rating.Again
        self.memory[unit], _ = self.scheduler.review_card(own or Card(card_id=len(self.memory) + 1), rating, now)
        return rating


def _draw(rng: random.Random, weighted: tuple[tuple[Rating, float], ...]) -> Rating:
    pick, total = rng.random(), 0.0
    for rating, weight in weighted:
        total += weight
        if pick < total:
            return rating
    return weighted[-1][0]


def article_items() -> tuple[Path, list[StudyItem]]:
    source = bundled_documents()[0]
    doc = read_document(source)
    return source, make_items(doc, find_facts(doc), find_lists(doc))


def run(design: str, model: str, seed: int, *, days: int, target: float, scratch: Path) -> dict:
    source, items = article_items()
    unit_of = {item.id: item.memory_unit for item in items}
    if design == "card_per_item":
        items = [replace(item, unit=item.id, reveals=()) for item in items]
    clock = _Clock(START)
    folder = scratch / f"{design}-{model}-{seed}"
    library = Library.open(folder, import_bundled=False, clock=clock, tz=UTC, fuzzing=False)
    try:
        doc = read_document(source)
        text = decode_text(source.read_bytes(), name=source.name)
        deck = library.store_document(doc, source_name=source.name, source_text=text, items=items).deck_id
        exam_day = (START + timedelta(days=days)).date()
        library.exam.set(deck, exam_day, target=target)
        scheduler = Scheduler(enable_fuzzing=False)
        learner = Learner(random.Random(seed), model, scheduler, {})
        reviews = _study(library, deck, clock, learner, unit_of, scheduler, exam_day)
        return _outcome(library, deck, learner, unit_of, scheduler, exam_day, reviews, target)
    finally:
        library.close(backup=False)


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _study(library, deck, clock, learner, unit_of, scheduler, exam_day: date) -> int:
    reviews, day = 0, 0
    while (START + timedelta(days=day)).date() < exam_day:
        clock.now = START + timedelta(days=day)
        day_end = clock.now.replace(hour=23, minute=59)
        while clock.now < day_end:
            session = library.study.start_session(deck)
            while session.phase is Phase.QUESTION:
                current = session.current
                state = current.card

                def card_recall(state=state) -> float | None:
                    if state.is_new:
                        return None
                    return scheduler.get_card_retrievability(state.to_fsrs(), clock.now)

                rating = learner.rate(unit_of[current.item.id], card_recall, clock.now)
                session.show_answer()
                session.rate(rating, now=clock.now, duration_ms=SECONDS_PER_ANSWER * 1000)
                reviews += 1
                clock.now += timedelta(seconds=SECONDS_PER_ANSWER)
            due = library.repos().cards.learning_due(session.scope)
            if due is None or from_us(due) >= day_end:
                break
            clock.now = max(clock.now, from_us(due))
        day += 1
    return reviews


def _outcome(library, deck, learner, unit_of, scheduler, exam_day: date, reviews: int, target: float) -> dict:
    at = exam_moment(exam_day, UTC)
    by_unit: dict[str, list[float]] = {unit: [] for unit in set(unit_of.values())}
    card_units = {}
    for item in library.items(deck):
        card_units[item.memory_unit] = unit_of[item.id]
    for history in library.card_histories(deck):
        state = history.state
        recall = 0.0 if state.is_new else scheduler.get_card_retrievability(state.to_fsrs(), at)
        by_unit[card_units[history.unit]].append(recall)
    if learner.model == "card":
        recalls = [statistics.mean(values) if values else 0.0 for values in by_unit.values()]
    else:
        recalls = [
            scheduler.get_card_retrievability(learner.memory[unit], at) if unit in learner.memory else 0.0
            for unit in by_unit
        ]
    return {
        "reviews": reviews,
        "cards": library.deck(deck).total,
        "units": len(by_unit),
        "recall_mean": statistics.mean(recalls),
        "recall_min": min(recalls),
        "units_at_target": sum(r >= target for r in recalls) / len(recalls),
    }


def _summary(runs: list[dict]) -> dict:
    out = {}
    for key in runs[0]:
        values = [r[key] for r in runs]
        mean = statistics.mean(values)
        out[key] = round(mean, 4) if isinstance(mean, float) else mean
        if len(set(values)) > 1:
            out[f"{key}_range"] = [round(min(values), 4), round(max(values), 4)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--days", type=int, default=30, help="days to the exam")
    parser.add_argument("--target", type=float, default=0.9, help="target recall on the exam day")
    args = parser.parse_args()
    result: dict = {
        "article": bundled_documents()[0].name,
        "days": args.days,
        "target": args.target,
        "seeds": args.seeds,
    }
    with tempfile.TemporaryDirectory(prefix="bench-units-") as scratch:
        for model in MODELS:
            result[model] = {
                design: _summary(
                    [
                        run(design, model, seed, days=args.days, target=args.target, scratch=Path(scratch))
                        for seed in range(args.seeds)
                    ]
                )
                for design in DESIGNS
            }
            old, new = result[model]["card_per_item"], result[model]["memory_per_unit"]
            result[model]["reviews_saved"] = round(1 - new["reviews"] / old["reviews"], 3)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
