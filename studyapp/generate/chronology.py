"""Chronology drills: put three events of a section in order.

Three events of one section, not five of the whole article: on blind reads, drills of three events of a
section were good at 88% (78 of 89), drills of four or five at 68%, and drills across the article's sections
at 60% (one unclear event of five spoils the drill, and events of different sections share no story to
place them by).

Events are grouped in runs of three to six, in article order. A run never holds two events whose dates overlap
(no ties, no "2008" beside "August 2008") nor two events from one sentence. Runs close at a point chosen by a
hash of the fact id, so adding a fact reshapes only the run it falls in, not every run after it; each run is
dealt into drills of three.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from studyapp.extract.dates import find_dates
from studyapp.extract.model import DatedFact
from studyapp.generate.dates import span_excludes, with_year
from studyapp.generate.event_signs import (
    about_sources,
    date_is_subject,
    measures_an_indicator,
    says_too_little,
    shows_figure,
    times_by_a_month,
)
from studyapp.generate.ids import group_key, item_id, shuffled, stable_hash
from studyapp.generate.model import Kind, Quality, Source, StudyItem
from studyapp.generate.shown import cut_cleanly
from studyapp.generate.sources import SortKey, SourceIndex
from studyapp.generate.spans import Day, disjoint
from studyapp.language.english import function_words
from studyapp.text.months import MONTH_NAMES
from studyapp.text.titles import display_title, short_title

EVENTS = 3  # in a drill
MIN_RUN, MAX_RUN = EVENTS, 2 * EVENTS  # events grouped before they are dealt into drills
_DIGIT = re.compile(r"\d")
_SHOW = 170  # characters: a longer event is not placed on a time line (cut short, it reads as broken)
_MIN_CHARACTERS = 12
_LONG_WORDS = 30


@dataclass(frozen=True)
class Entry:
    """One event of a drill: the fact, its date as days, the event told without its date, article order."""

    fact: DatedFact
    span: tuple[Day, Day]
    text: str
    rank: SortKey


def describe(fact: DatedFact) -> str | None:
    """The fact's event without its date, for a time line; None when it is no event to place (a date that is
    part of a name or a limit, a clause that leans on an earlier sentence or names a thing only as "the treaty",
    one that names other dates)."""
    event = fact.event
    if event is None or event.role != "time" or event.leaning or event.unnamed or event.doubt or not event.eventive:
        return None
    if not event.past:
        return None  # blind read r13: "Aruba breaks away." among past events
    if fact.date.guessed or not _year_written(fact):
        return None  # blind reads r41, r48: "Cook and Banks went ashore (24 May 1770)", a year the text did not write
    if date_is_subject(fact) or (event.subject and event.subject.lower() in fact.date.text.lower()):
        return None  # blind reads r48, r54: "July 4 saw a reprise ..." placed as "Saw a reprise ...", "World War I
        # led to the slaughter of Russian troops" as "Led to the slaughter ..."
    if len(event.statement) < _MIN_CHARACTERS:
        return None
    if _DIGIT.search(event.statement) and find_dates(event.statement, early=True):
        return None  # another date would place the event by itself
    if any(d.text != fact.date.text for d in find_dates(event.clause, early=True)):
        return None  # "In 1960, Meitner was awarded the Exner Medal and in 1967, the Austrian Decoration": two events
    if times_by_a_month(event.statement):
        return None  # "The Allies landed in Sicily and in Italy in September." placed at July 1943 (blind read r104)
    text = event.statement
    if about_sources(text, ""):
        return None  # "Alam, et al. studied stool samples" is a study's year, not the subject's (r127)
    if says_too_little(text):
        return None  # blind reads r11-r12: "Hoxha called for a resolution." (which resolution?)
    if shows_figure(text) or measures_an_indicator(event.subject, text, fact.sentence):
        return None  # blind read r11: "Albania imported goods worth $280 million." is a statistic, not an event
    if '"' in text or "“" in text or len(text) > _SHOW:
        return None  # blind reads: an event cut short, or a quotation torn from it, reads as a broken sentence
    named = any(c.isupper() for c in event.subject) or any(c.isupper() for c in text[1:])
    if not named or _LEANING.search(text):
        return None  # blind reads: "Conditions were improving.", "... criticizing their inaction": whose? when?
    if not cut_cleanly(event.clause, fact.sentence, event.subject):
        return None  # blind reads: "Kennedy met with Soviet Minister of Foreign Affairs." (the name was cut out)
    if _dashes(text) % 2 and not _dashes(fact.sentence) % 2:
        return None  # "Nuremberg eggs — were made here": an aside between dashes cut in half
    if _DANGLING_END.search(text):
        return None  # blind reads r41, r48: "Ellis Island reopened late." (late October 2013), "... possibly."
    return text


# a word the date's removal left at the end: "reopened late.", "was taken to the King early.", "possibly."
# ... or that ties it to what the text told before: "The Old Town was equipped with city rights as well." (r59)
_DANGLING_END = re.compile(
    r"\b(?:early|late|mid|possibly|probably|perhaps|sometime|around|about|circa|c\.|as well|too)\W*$", re.IGNORECASE
)  # "A larger-than-life statue of Hercules disappeared sometime." (r126)


def _dashes(text: str) -> int:
    return len(re.findall(r"\s[—–]\s", text))


def _year_written(fact: DatedFact) -> bool:
    """The date as written holds its year (or is a century, a decade, an era): a day whose year the item would
    add from elsewhere in the paragraph was failed as "a year the source does not give" (blind read r48)."""
    year = fact.date.start.lstrip("-")[:4].lstrip("0")
    return len(fact.date.start.lstrip("-")) == 4 or fact.date.start != fact.date.end or year in fact.date.text


# what a line of a time line cannot show alone: a pronoun for what the text named before, or a time told from
# another ("the following year")
_LEANING = re.compile(
    r"\b(?:it|its|they|their|them|he|she|his|her|him"
    r"|(?:the\s+(?:following|next|previous|preceding|same)|that|later\s+that|earlier\s+that)"
    r"\s+(?:day|week|month|year|decade|spring|summer|autumn|fall|winter|morning|evening|night))\b",
    re.IGNORECASE,
)


def chronology_items(
    doc_id: str, events: list[Entry], sources: SourceIndex, position_of: Callable[[str], int]
) -> list[StudyItem]:
    """Drills for ``events`` (given in article order)."""
    by_section: dict[str, list[Entry]] = {}
    for event in events:
        by_section.setdefault(event.fact.section, []).append(event)
    return [
        _drill(doc_id, drill, section, sources, position_of)
        for section, members in by_section.items()
        for run in _groups(members)
        for drill in _dealt(run)
    ]


def _dealt(run: list[Entry]) -> list[list[Entry]]:
    """A run's drills of :data:`EVENTS` events each, in article order; one or two left over are in no drill."""
    return [run[start : start + EVENTS] for start in range(0, len(run) - EVENTS + 1, EVENTS)]


def _groups(events: list[Entry]) -> list[list[Entry]]:
    """Groups in one pass: an event that clashes with the open group waits for the next one (a few at most),
    so a change in the events reshapes only the groups around it."""
    groups: list[list[Entry]] = []
    current: list[Entry] = []
    waiting: list[Entry] = []
    for event in events:
        if not _fits(event, current):
            waiting = [*waiting, event][-MAX_RUN:]
            continue
        current.append(event)
        if len(current) == MAX_RUN or (len(current) >= MIN_RUN and stable_hash(event.fact.id) % 3 == 0):
            groups.append(current)
            current, waiting = _open(waiting)
    if len(current) >= MIN_RUN:
        groups.append(current)
    elif (
        current and groups and len(groups[-1]) + len(current) <= MAX_RUN and all(_fits(e, groups[-1]) for e in current)
    ):
        groups[-1] = groups[-1] + current
    return groups


def _open(waiting: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """A new group started with the waiting events that fit together, and those still waiting."""
    group: list[Entry] = []
    still: list[Entry] = []
    for event in waiting:
        (group if _fits(event, group) else still).append(event)
    return group, still


def _fits(event: Entry, group: list[Entry]) -> bool:
    return all(
        disjoint(event.span, other.span) and event.fact.sentence != other.fact.sentence and event.text != other.text
        for other in group
    )


def _drill(
    doc_id: str, group: list[Entry], section: str | None, sources: SourceIndex, position_of: Callable[[str], int]
) -> StudyItem:
    ordered = sorted(group, key=lambda e: e.span)
    key = group_key([e.fact.id for e in group])
    identifier = item_id(doc_id, key, "chronology")
    shown = shuffled(ordered, identifier)
    if shown == ordered:
        shown = shown[1:] + shown[:1]
    article = f"“{short_title(sources.doc_title)}”" if sources.doc_title else "the article"
    title = sources.title(section) if section else ""
    if any(span_excludes(title, e.fact.date) for e in group):
        title = ""  # not "of the section “Florence, 1499–1505”" over Pope Leo X's death in 1521 (r126)
    where = f"the section “{display_title(title)}” of {article}" if title else article
    prompt = "\n".join([f"Put these events of {where} in order, earliest first:", *(f"• {e.text}" for e in shown)])
    answer = "\n".join(f"{n}. {e.text} ({_in_brackets(with_year(e.fact.date))})" for n, e in enumerate(ordered, 1))
    in_article_order = sorted(group, key=lambda e: e.rank)
    home = section or in_article_order[0].fact.section
    notes = [n for e in in_article_order for n in e.fact.footnotes]
    source: Source = sources.source(home, "\n".join(e.fact.sentence for e in in_article_order), notes)
    return StudyItem(
        id=identifier,
        kind=Kind.CHRONOLOGY,
        section=home,
        prompt=prompt,
        answer=answer,
        source=source,
        origin=section or doc_id,
        position=max(position_of(e.fact.id) for e in group),
        order=tuple(e.text for e in ordered),
        unit=f"chronology-{key}",
        reveals=tuple(e.fact.id for e in ordered),
        quality=_quality(ordered),
    )


def _quality(entries: list[Entry]) -> Quality:
    """A drill is as good as the events it asks to place: one told at length makes it hard to read."""
    if any(len(e.text.split()) > _LONG_WORDS for e in entries):
        return Quality(0.8, ("an event is long",))
    return Quality()


def _in_brackets(date: str) -> str:
    """A date that opened its sentence, as a tag after an event: "(from 1992 to 1994)", not "(From 1992 ...)"."""
    first, _, rest = date.partition(" ")
    if rest and first.istitle() and first.lower() in function_words() and first not in MONTH_NAMES:  # "May"
        return f"{first.lower()} {rest}"
    return date
