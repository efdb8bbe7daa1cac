"""Chronology drills: put 3-5 events of a section (or of the article) in order.

Events are grouped in article order. A group never holds two events whose dates overlap (no ties, no
"2008" beside "August 2008") nor two events from one sentence. Groups close at a point chosen by a hash of
the fact id, so adding a fact reshapes only the group it falls in, not every group after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from studyapp.extract.model import DatedFact, DateMention
from studyapp.generate.ids import group_key, item_id, shuffled, stable_hash
from studyapp.generate.model import Source, StudyItem
from studyapp.generate.phrasing import DISCOURSE, RELATIVE, clause_of, cut, lead_in_word, locate, tidy, without_asides
from studyapp.generate.sources import SourceIndex, display_title
from studyapp.generate.spans import Day, disjoint

MIN_EVENTS, MAX_EVENTS = 3, 5
_LONG = 200  # characters: a longer event is cut down to the clause holding its date
_SHOW = 170  # characters: a longer event is shown shortened


@dataclass(frozen=True)
class Event:
    fact: DatedFact
    span: tuple[Day, Day]
    text: str  # the event without its date
    rank: tuple  # article order


_LEANING = re.compile(r"(?:^|,\s)(?:he|she|it|they|this|these|those|its|his|her|their)\s", re.IGNORECASE)


def describe(fact: DatedFact, others: list[DateMention]) -> str | None:
    """The fact's sentence (or the clause holding its date) with every date cut out; None when the fact is
    no event to place on a time line ("before the fifth century") or reads badly alone ("He met ...")."""
    where = locate(fact.sentence, fact.date)
    if where is None or lead_in_word(fact.sentence, where[0]) in RELATIVE:
        return None
    text, keep = without_asides(fact.sentence, where)
    if others or len(text) > _LONG:
        text, keep = clause_of(text, keep)
    spans = [keep]
    for other in others:
        at = text.find(other.text)
        if at >= 0 and not (at < keep[1] and keep[0] < at + len(other.text)):
            spans.append((at, at + len(other.text)))
    described = cut(text, spans)
    if DISCOURSE.match(described):
        described = tidy(DISCOURSE.sub("", described))
    if len(described) < 12 or _LEANING.search(described):
        return None
    return (
        _shortened(described)
        if len(described) > _SHOW + 40
        else (described if described[-1:] in '.!?"”' else described + ".")
    )


def _shortened(text: str) -> str:
    """A long event cut before a quotation, else at a comma: the order needs the gist, not every word."""
    quote = min((at for at in (text.find(' "', 40), text.find(" “", 40)) if at > 0), default=-1)
    if 0 < quote <= _SHOW + 60:
        return text[:quote].rstrip(" ,:") + " …"
    comma = text.rfind(", ", 60, _SHOW)
    if comma > 0:
        return text[:comma] + " …"
    return text[:_SHOW].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def chronology_items(
    doc_id: str, events: list[Event], sources: SourceIndex, position_of: Callable[[str], int]
) -> list[StudyItem]:
    """Drills for ``events`` (given in article order)."""
    by_section: dict[str, list[Event]] = {}
    for event in events:
        by_section.setdefault(event.fact.section, []).append(event)
    items: list[StudyItem] = []
    spare: list[Event] = []
    for section, members in by_section.items():
        if len(members) < MIN_EVENTS:
            spare.extend(members)
            continue
        for group in _groups(members):
            items.append(_drill(doc_id, group, section, sources, position_of))
    spare.sort(key=lambda e: e.rank)
    for group in _groups(spare):
        items.append(_drill(doc_id, group, None, sources, position_of))
    return items


def _groups(events: list[Event]) -> list[list[Event]]:
    """Groups in one pass: an event that clashes with the open group waits for the next one (a few at most),
    so a change in the events reshapes only the groups around it."""
    groups: list[list[Event]] = []
    current: list[Event] = []
    waiting: list[Event] = []
    for event in events:
        if not _fits(event, current):
            waiting = [*waiting, event][-MAX_EVENTS:]
            continue
        current.append(event)
        if len(current) == MAX_EVENTS or (len(current) >= MIN_EVENTS and stable_hash(event.fact.id) % 3 == 0):
            groups.append(current)
            current, waiting = _open(waiting)
    if len(current) >= MIN_EVENTS:
        groups.append(current)
    elif (
        current
        and groups
        and len(groups[-1]) + len(current) <= MAX_EVENTS
        and all(_fits(e, groups[-1]) for e in current)
    ):
        groups[-1] = groups[-1] + current
    return groups


def _open(waiting: list[Event]) -> tuple[list[Event], list[Event]]:
    """A new group started with the waiting events that fit together, and those still waiting."""
    group: list[Event] = []
    still: list[Event] = []
    for event in waiting:
        (group if _fits(event, group) else still).append(event)
    return group, still


def _fits(event: Event, group: list[Event]) -> bool:
    return all(
        disjoint(event.span, other.span) and event.fact.sentence != other.fact.sentence and event.text != other.text
        for other in group
    )


def _drill(
    doc_id: str, group: list[Event], section: str | None, sources: SourceIndex, position_of: Callable[[str], int]
) -> StudyItem:
    ordered = sorted(group, key=lambda e: e.span)
    key = group_key([e.fact.id for e in group])
    identifier = item_id(doc_id, key, "chronology")
    shown = shuffled(ordered, identifier)
    if shown == ordered:
        shown = shown[1:] + shown[:1]
    where = f"the section “{display_title(sources.title(section))}”" if section else "the article"
    prompt = "\n".join([f"Put these events of {where} in order, earliest first:", *(f"• {e.text}" for e in shown)])
    answer = "\n".join(f"{n}. {e.text} ({e.fact.date.text})" for n, e in enumerate(ordered, 1))
    in_article_order = sorted(group, key=lambda e: e.rank)
    home = section or in_article_order[0].fact.section
    notes = [n for e in in_article_order for n in e.fact.footnotes]
    source: Source = sources.source(home, "\n".join(e.fact.sentence for e in in_article_order), notes)
    return StudyItem(
        id=identifier,
        kind="chronology",
        section=home,
        prompt=prompt,
        answer=answer,
        source=source,
        origin=section or doc_id,
        position=max(position_of(e.fact.id) for e in group),
        order=tuple(e.text for e in ordered),
        unit=f"chronology-{key}",
        reveals=tuple(e.fact.id for e in ordered),
    )
