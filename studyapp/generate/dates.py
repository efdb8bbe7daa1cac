"""The four items of a dated fact: a date cloze, a "when" question, the reverse, and a multiple choice."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import chain

from studyapp.extract.model import DatedFact, DateMention
from studyapp.generate.choices import DatePool, wrong_dates
from studyapp.generate.ids import item_id, shuffled
from studyapp.generate.model import Source, StudyItem
from studyapp.generate.phrasing import GAP, RELATIVE, gapped, lead_in_word, locate, mask
from studyapp.generate.questions import When, parse_when, vocabulary
from studyapp.generate.reverse import DatedSentences
from studyapp.generate.sources import display_title
from studyapp.generate.spans import span


class FactContext:
    """What the items of one fact need to know about the rest of the document."""

    def __init__(
        self, doc_id: str, facts: list[DatedFact], title: Callable[[str], str], body: Iterable[str] = ()
    ) -> None:
        """``body``: the document's sentences and list items, whose words tell names from common words
        (the facts' own sentences always count)."""
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
        self._texts = {_sentence_key(f): f" {f.context} {f.sentence} ".lower() for f in facts}  # padded for names
        self.common = vocabulary(chain(body, (text for f in facts for text in (f.sentence, f.context))))
        self._when: dict[tuple[str, tuple[int, int]], When | None] = {}

    def when(self, sentence: str, where: tuple[int, int]) -> When | None:
        """:func:`parse_when` for the date at ``where``, once per distinct sentence and place (a long document
        may repeat a sentence word for word)."""
        key = (sentence, where)
        if key not in self._when:
            self._when[key] = parse_when(sentence, *where, self.common)
        return self._when[key]

    def other_mentions(self, fact: DatedFact) -> list[DateMention]:
        return [m for m in self._mentions[(fact.section, fact.sentence)] if m != fact.date]

    def what_scope(self, fact: DatedFact, subject: str) -> tuple[str, bool] | None:
        """Where "What happened in <date>?" has one answer: ``(section id or "", by subject)``, or None.

        The date alone may point to the fact in the article, else in its section; else the date and the
        subject of the sentence may ("What did the ministry do in 2012?"), when no other sentence dated
        within the date names that subject."""
        lo, hi = span(fact.date)
        key = _sentence_key(fact)
        if next(self._article.others(lo, hi, key), "") == "":
            return "", False
        if fact.section not in self._sections:
            self._sections[fact.section] = DatedSentences(_entries(self._by_section[fact.section]))
        section = self._sections[fact.section]
        if next(section.others(lo, hi, key), "") == "":
            return fact.section, False
        if not subject or subject.lower() in _PRONOUNS:
            return None
        names = _names(subject)
        for scope, index in (("", self._article), (fact.section, section)):
            if not any(self._mentions_any(other, names) for other in index.others(lo, hi, key)):
                return scope, True
        return None

    def _mentions_any(self, sentence_key: str | None, names: list[str]) -> bool:
        if sentence_key is None:
            return True  # too many sentences share the date to tell them apart
        text = self._texts[sentence_key]
        return any(name in text for name in names)


_PRONOUNS = frozenset(
    ["he", "she", "it", "they", "we", "i", "this", "these", "those", "that", "others", "some", "many"]
)


def _names(subject: str) -> list[str]:
    """How other sentences would name the subject: the phrase itself and its capitalized words (a person
    introduced as "President X Y" is "Y" or "he" later on, and "he" comes with a context naming him)."""
    words = [w.strip(",;:'’s").lower() for w in subject.split() if w[:1].isupper()]
    return [f" {subject.lower()} ", *(f" {w}" for w in words if len(w) > 2)]


def _sentence_key(fact: DatedFact) -> str:
    return f"{fact.section}\x1f{fact.sentence}"


def _entries(facts: list[DatedFact]):
    return ((*span(f.date), _sentence_key(f)) for f in facts)


def fact_items(
    fact: DatedFact, source: Source, position: int, context: FactContext, others: list[DateMention] | None = None
) -> list[StudyItem]:
    """The date-cloze, date-when, date-what (where unambiguous) and date-choice items of ``fact``;
    ``others``: the other dates of its sentence, when the caller has them already."""

    def make(
        kind: str, prompt: str, answer: str, identifier: str = "", choices: tuple[str, ...] = (), cloze: str = ""
    ) -> StudyItem:
        return StudyItem(
            identifier or item_id(context.doc_id, fact.id, kind),
            kind,
            fact.section,
            prompt,
            answer,
            source,
            fact.id,
            position,
            choices,
            (),
            cloze,
            unit=fact.id,
        )

    date = fact.date.text
    lead = mask(fact.context, date)
    gap = gapped(fact.sentence, fact.date)
    items = [
        make(
            "date-cloze",
            _joined(lead, gap),
            date,
            cloze=_joined(lead, gapped(fact.sentence, fact.date, "{{c1::" + date + "}}")),
        )
    ]
    where = locate(fact.sentence, fact.date)
    parsed = context.when(fact.sentence, where) if where else None
    question = _joined(lead, parsed.question.replace(date, GAP) if parsed else f"When did this happen? {gap}")
    items.append(make("date-when", question, date))
    what = _what(fact, context, parsed, where)
    if what is not None:
        items.append(make("date-what", what, _joined(fact.context, fact.sentence)))
    others = context.other_mentions(fact) if others is None else others
    picked = wrong_dates(fact.date, context.pool, others)
    if picked is not None:
        answer, wrong = picked
        identifier = item_id(context.doc_id, fact.id, "date-choice")
        items.append(
            make("date-choice", question, answer, identifier, choices=tuple(shuffled([answer, *wrong], identifier)))
        )
    return items


def _joined(context: str, text: str) -> str:
    return f"{context} {text}" if context else text


def _what(
    fact: DatedFact,
    context: FactContext,
    parsed: When | None,
    where: tuple[int, int] | None,
) -> str | None:
    if where is None or lead_in_word(fact.sentence, where[0]) in RELATIVE:
        return None  # "before the fifth century" is not what happened in the fifth century
    found = context.what_scope(fact, parsed.subject if parsed else "")
    if found is None:
        return None
    scope, by_subject = found
    when = _date_phrase(fact.date)
    if not by_subject:
        asked = f"what happened {when}?"
    elif parsed.passive:
        asked = f"what happened to {parsed.subject} {when}?"
    else:
        asked = f"what did {parsed.subject} do {when}?"
    if scope:
        return f"In the section “{display_title(context.title(scope))}”, {asked}"
    return asked[:1].upper() + asked[1:]


def _date_phrase(mention: DateMention) -> str:
    text = mention.text.strip()
    first = text.split(" ", 1)[0].lower()
    if first in ("from", "between", "in", "on", "during", "since", "by"):
        return first + text[len(first) :]
    if first in ("early", "mid", "late", "mid-"):
        return f"in the {text}"
    if first == "the" and text.split(" ")[1:2] and text.split(" ")[1] in ("beginning", "start", "end", "turn"):
        return f"at {text}"
    if mention.granularity == "day":
        return f"on {text}"
    if mention.granularity == "range" and not any(c.isdigit() for c in text):
        return f"during {text}"
    return f"in {text}"
