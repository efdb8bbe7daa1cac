"""Choosing the next card of a session and how to ask it, without giving any answer away.

The rules, for one study day:
- A unit is asked once, apart from the learning steps of its own card.
- A unit whose answer another card showed today (a list cloze shows its neighbours, a whole list its entries,
  a chronology its facts' dates) is not asked again that day: showing a card sets the units it reveals aside
  until the next day (Anki's "bury siblings", generalised from a note's cards to related units).
- An item that would show a unit still in its learning steps is not used (those steps come back within
  minutes); the unit is asked another way, or later. An item that would show a unit due today is used only
  when the unit has no other way to ask it (a due review set aside is a day late; on the eve of an exam, too
  late), and then the weaker of the two memories (lower stability) is asked first: the stronger one bears the
  day's delay.
- A summary unit (whole list, chronology) waits while one of its members is due today: members first.
- The item itself follows the format ladder (:mod:`studyapp.core.ladder`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from studyapp.core.cards import Queue
from studyapp.core.ladder import UnitItem, choose, target_rung
from studyapp.core.queue import Exposure, QueuedCard, ReviewStore, UnitQueue


def pick(
    store: ReviewStore, candidates: Iterable[QueuedCard], exposure: Exposure, *, day_end_us: int
) -> QueuedCard | None:
    """The first candidate that may be asked now, with the item to ask it by (None when none may)."""
    for queued in candidates:
        way = way_to_ask(store, queued, exposure, day_end_us=day_end_us)
        if way is not None:
            return queued.asking(way)
    return None


def way_to_ask(store: ReviewStore, queued: QueuedCard, exposure: Exposure, *, day_end_us: int) -> UnitItem | None:
    """How to ask ``queued`` now, or None when it must wait (see the module's rules)."""
    unit = queued.unit
    if unit in exposure.revealed:
        return None
    if unit in exposure.asked and queued.card.queue != Queue.LEARNING:
        return None
    ways: Sequence[UnitItem] = queued.ways
    target, last_kind = target_rung(queued.card), queued.card.last_kind
    if not any(way.reveals for way in ways):
        return choose(ways, target, last_kind=last_kind)
    queues = store.unit_queues(queued.deck_id, {u for way in ways for u in way.reveals})
    if any(_due_today(queues.get(member), day_end_us) for member in queued.members):
        return None
    ways = [way for way in ways if not any(_learning(queues.get(u)) for u in way.reveals)]
    calm = [way for way in ways if not any(_due_today(queues.get(u), day_end_us) for u in way.reveals)]
    if calm:
        return choose(calm, target, last_kind=last_kind)
    way = choose(ways, target, last_kind=last_kind)
    if way is not None and _sets_aside_a_weaker(way, queues, queued, day_end_us):
        return None
    return way


def record_shown(store: ReviewStore, queued: QueuedCard, exposure: Exposure, *, day_end_us: int) -> None:
    """Record that ``queued`` is on screen: its unit asked, the units its item reveals set aside until the day
    ends (in ``exposure`` and in the store)."""
    exposure.asked.add(queued.unit)
    revealed = [u for u in (queued.asked.reveals if queued.asked else ()) if u != queued.unit]
    if revealed:
        store.set_aside(queued.deck_id, revealed, until_us=day_end_us)
        exposure.revealed.update(revealed)


def _sets_aside_a_weaker(way: UnitItem, queues: dict[str, UnitQueue], queued: QueuedCard, day_end_us: int) -> bool:
    """Whether ``way`` would set aside a unit due today whose memory is weaker than ``queued``'s: that one is
    asked first, and this one waits for the next day instead."""
    own = queued.card.stability or 0.0
    return any(_due_today(queues.get(u), day_end_us) and (queues[u].stability or 0.0) < own for u in way.reveals)


def _learning(queue: UnitQueue | None) -> bool:
    return queue is not None and queue.queue == Queue.LEARNING


def _due_today(queue: UnitQueue | None, day_end_us: int) -> bool:
    if queue is None:
        return False
    return queue.queue == Queue.LEARNING or (queue.queue == Queue.REVIEW and queue.due_us < day_end_us)
