"""Units of memory: the items of a document grouped by what they ask about, and which units summarise others.

A whole list shows every entry; a chronology drill shows its facts' dates. Such a *summary* unit is introduced
once the units it shows (its *members*) are known, and asked after them on a day they are due, so that it never
gives their answers away. A list entry's cloze also shows its neighbours, but the neighbours' clozes show it
back and the entry has other ways of being asked: entries are no summaries of one another.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from studyapp.generate.model import StudyItem


def by_unit(items: Iterable[StudyItem]) -> dict[str, list[StudyItem]]:
    """Items grouped by unit of memory, units and items in the order given (article order)."""
    groups: dict[str, list[StudyItem]] = {}
    for item in items:
        groups.setdefault(item.memory_unit, []).append(item)
    return groups


def shown_by(groups: Mapping[str, Sequence[StudyItem]]) -> dict[str, frozenset[str]]:
    """For each unit, the other units its items show (together)."""
    return {unit: frozenset(u for item in group for u in item.reveals if u != unit) for unit, group in groups.items()}


def members(unit: str, reveals: Sequence[Sequence[str]], shows: Mapping[str, frozenset[str]]) -> tuple[str, ...]:
    """The units a summary unit waits for: those shown by every one of its items (``reveals``, one sequence
    per item) that show ``unit`` in none of theirs (``shows``, see :func:`shown_by`); () when one of its items
    shows no other unit (the unit can be asked without giving anything away)."""
    if not reveals or any(not shown for shown in reveals):
        return ()
    common = set(reveals[0]).intersection(*reveals[1:])
    return tuple(u for u in dict.fromkeys(reveals[0]) if u in common and u != unit and unit not in shows.get(u, ()))
