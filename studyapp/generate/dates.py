"""The four items of a dated fact: a date cloze, a "when" question, the reverse, and a multiple choice."""
from __future__ import annotations

from collections.abc import Callable

from studyapp.extract.model import DatedFact, DateMention
from studyapp.generate.choices import DatePool, wrong_dates
from studyapp.generate.ids import item_id, shuffled
from studyapp.generate.model import Source, StudyItem
from studyapp.generate.phrasing import GAP, RELATIVE, gapped, lead_in_word, locate, mask
from studyapp.generate.questions import common_words, when_question
from studyapp.generate.reverse import DatedSentences
from studyapp.generate.sources import display_title
from studyapp.generate.spans import span


class FactContext:
    """What the items of one fact need to know about the rest of the document."""

    def __init__(self, doc_id: str, facts: list[DatedFact], title: Callable[[str], str]) -> None:
        self.doc_id = doc_id
        self.title = title
        self.pool = DatePool(f.date for f in facts)
        self._mentions: dict[tuple[str, str], list[DateMention]] = {}
        for fact in facts:
            self._mentions.setdefault((fact.section, fact.sentence), []).append(fact.date)
        self._article = DatedSentences(_entries(facts))
        self._by_section: dict[str, list[DatedFact]] = {}
        for fact in facts:
            self._by_section.setdefault(fact.section, []).append(fact)
        self._sections: dict[str, DatedSentences] = {}
        self.common = common_words({text for f in facts for text in (f.sentence, f.context)})

    def other_mentions(self, fact: DatedFact) -> list[DateMention]:
        return [m for m in self._mentions[(fact.section, fact.sentence)] if m != fact.date]

    def what_scope(self, fact: DatedFact) -> str | None:
        """"" when the date alone points to the fact, the section id when the section does, else None."""
        lo, hi = span(fact.date)
        key = _sentence_key(fact)
        if self._article.unique(lo, hi, key):
            return ""
        if fact.section not in self._sections:
            self._sections[fact.section] = DatedSentences(_entries(self._by_section[fact.section]))
        return fact.section if self._sections[fact.section].unique(lo, hi, key) else None


def _sentence_key(fact: DatedFact) -> str:
    return f"{fact.section}\x1f{fact.sentence}"


def _entries(facts: list[DatedFact]):
    return ((*span(f.date), _sentence_key(f)) for f in facts)


def fact_items(fact: DatedFact, source: Source, position: int, context: FactContext) -> list[StudyItem]:
    """The date-cloze, date-when, date-what (where unambiguous) and date-choice items of ``fact``."""
    def make(kind: str, prompt: str, answer: str, identifier: str = "", **extra) -> StudyItem:
        return StudyItem(id=identifier or item_id(context.doc_id, fact.id, kind), kind=kind, section=fact.section,
                         prompt=prompt, answer=answer, source=source, origin=fact.id, position=position, **extra)

    date = fact.date.text
    lead = mask(fact.context, date)
    items = [make("date-cloze", _joined(lead, gapped(fact.sentence, fact.date)), date,
                  cloze=_joined(lead, gapped(fact.sentence, fact.date, "{{c1::" + date + "}}")))]
    question = _when(fact, lead, context.common)
    items.append(make("date-when", question, date))
    what = _what(fact, context)
    if what is not None:
        items.append(make("date-what", what, _joined(fact.context, fact.sentence)))
    picked = wrong_dates(fact.date, context.pool, context.other_mentions(fact))
    if picked is not None:
        answer, wrong = picked
        identifier = item_id(context.doc_id, fact.id, "date-choice")
        items.append(make("date-choice", question, answer, identifier,
                          choices=tuple(shuffled([answer, *wrong], identifier))))
    return items


def _joined(context: str, text: str) -> str:
    return f"{context} {text}" if context else text


def _when(fact: DatedFact, lead: str, common: frozenset[str]) -> str:
    where = locate(fact.sentence, fact.date)
    question = when_question(fact.sentence, *where, common) if where else None
    if question is None:
        return _joined(lead, f"When did this happen? {gapped(fact.sentence, fact.date)}")
    return _joined(lead, question.replace(fact.date.text, GAP))


def _what(fact: DatedFact, context: FactContext) -> str | None:
    where = locate(fact.sentence, fact.date)
    if where is None or lead_in_word(fact.sentence, where[0]) in RELATIVE:
        return None  # "before the fifth century" is not what happened in the fifth century
    scope = context.what_scope(fact)
    if scope is None:
        return None
    asked = f"what happened {_date_phrase(fact.date)}?"
    if scope:
        return f"In the section “{display_title(context.title(scope))}”, {asked}"
    return asked[:1].upper() + asked[1:]


def _date_phrase(mention: DateMention) -> str:
    text = mention.text.strip()
    first = text.split(" ", 1)[0].lower()
    if first in ("from", "between", "in", "on", "during", "since", "by"):
        return first + text[len(first):]
    if first in ("early", "mid", "late", "mid-"):
        return f"in the {text}"
    if first == "the" and text.split(" ")[1:2] and text.split(" ")[1] in ("beginning", "start", "end", "turn"):
        return f"at {text}"
    if mention.granularity == "day":
        return f"on {text}"
    if mention.granularity == "range" and not any(c.isdigit() for c in text):
        return f"during {text}"
    return f"in {text}"
