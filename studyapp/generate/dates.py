"""The items of a dated fact: ways of asking one event's date.

An item shows the fact's event (the clause the date modifies, with the context it needs), never a whole long
sentence. Each kind is made only where it asks well:

* ``date-cloze``: the event with its date gapped; every fact gets one;
* ``date-when``: "When was Alaska transferred to the United States?", where the clause turns into a question;
* ``date-what``: "What happened on October 18, 1867?", where exactly one event of the document (or of its
  subject) fits the date, a day or a month (a year holds more than the article tells), and the event is a time,
  not a name or a limit;
* ``date-choice``: the question (or the cloze) with the right date among three plausible wrong ones.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from studyapp.extract.dates import find_dates
from studyapp.extract.model import DatedFact, DateMention
from studyapp.generate.choices import DatePool, sharp, wrong_dates
from studyapp.generate.event_signs import (
    about_sources,
    articles_year,
    compared_base,
    in_a_word,
    inside_aside,
    main_year,
    names_someone,
    names_someone_in,
    open_side,
    points_back,
    says_too_little,
    shows_figure,
    tells_another_event,
)
from studyapp.generate.event_signs import paired as is_paired
from studyapp.generate.ids import item_id, shuffled
from studyapp.generate.model import TOPIC_MARK, Kind, Source, StudyItem
from studyapp.generate.phrasing import GAP, gapped, locate, mask
from studyapp.generate.quality import (
    ABOUT_SOURCES,
    COARSE,
    COMPARISON_BASE,
    CUT_BADLY,
    DATE_IN_ASIDE,
    FIGURE,
    FIGURE_ALONE,
    IN_A_WORD,
    LEAD_IN,
    NOT_ENGLISH,
    REMARK,
    Verdict,
    fact_verdict,
)
from studyapp.generate.reverse import DatedFacts
from studyapp.generate.short_names import ShortNames
from studyapp.generate.spans import span
from studyapp.language.english import reads_as_english
from studyapp.language.wording import Casing
from studyapp.text.titles import display_title, short_title

_WHOLE_WORDS = 35  # a sentence this short, with one date, is shown whole
_WHOLE_WHEN_CUT_BADLY = 45  # and one this short when its clause could only be cut out of it with a break
# what may follow a clause cut out of its sentence: the end of a phrase, or a word that opens another clause
_CLEAN_BREAK = re.compile(
    r"\s*(?:$|[,;:.!?)\]—–]|(?:and|but|or|which|while|whereas|when|as|after|before|because|although|though"
    r"|since|so|until|where|yet)\b)",
    re.IGNORECASE,
)
_BY_SUBJECT = 12  # a date shared by more events than this is not asked "What did X do then?"
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "this", "these", "those", "that"])
# A year written before a noun ("the 1883 Korean treaty"): dropped from an event whose own date says it.
_MODIFIER_YEAR = re.compile(
    r"\b(?P<article>[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?P<year>1\d{3}|20\d{2}) (?=[\w])"
)


@dataclass(frozen=True)
class Shown:
    """A fact's event as its items show it.

    Attributes:
        text: the event (its clause, or the whole sentence when it was not analysed), date included.
        where: where the date stands in ``text``.
        lead: the context shown before it, its copies of the date gapped ("" for none).
        whole: ``text`` is the whole sentence, not a clause cut out of it.
    """

    text: str
    where: tuple[int, int]
    lead: str
    whole: bool = False


class FactContext:
    """What the items of one fact need to know about the rest of the document."""

    def __init__(
        self,
        doc_id: str,
        facts: list[DatedFact],
        title: Callable[[str], str],
        doc_title: str = "",
        casing: Casing | None = None,
        short_names: ShortNames | None = None,
    ) -> None:
        self.doc_id = doc_id
        self.title = title
        self.doc_title = doc_title
        self.pool = DatePool(f.date for f in facts)
        self.main_year = main_year(facts)
        # the dates of each sentence, by fact: a sentence's facts come one after another (a text written twice
        # in a document is two sentences, and must not gather the dates of both)
        self._mentions: dict[str, list[DateMention]] = {}
        run: list[DateMention] = []
        previous: tuple[str, str] | None = None
        for fact in sorted(facts, key=lambda f: f.position):
            if (fact.section, fact.sentence) != previous or fact.date in run:
                run = []
                previous = (fact.section, fact.sentence)
            run.append(fact.date)
            self._mentions[fact.id] = run
        self._article = DatedFacts((*span(f.date), f.id) for f in facts)
        by_section: dict[str, list[DatedFact]] = {}
        for fact in facts:
            by_section.setdefault(fact.section, []).append(fact)
        self._sections = {
            section: DatedFacts((*span(f.date), f.id) for f in members) for section, members in by_section.items()
        }
        self._texts = {f.id: f" {f.context} {f.sentence} ".lower() for f in facts}  # padded to find names
        self.casing = casing or Casing.of(f.sentence for f in facts)  # how the document writes its words
        self.short_names = short_names or ShortNames.of(f.sentence for f in facts)

    def other_mentions(self, fact: DatedFact) -> list[DateMention]:
        """The other dates of the fact's sentence (never offered as wrong choices)."""
        return [m for m in self._mentions.get(fact.id, ()) if m != fact.date]

    def what_scope(self, fact: DatedFact, subject: str) -> tuple[str, bool] | None:
        """Where "What happened in <date>?" has one answer: ``("", by subject)``, or None.

        The date alone may point to the fact in the article; else the date and the subject of the clause may
        ("What did the ministry do in 2012?"), when no other fact dated within the date names that subject. A
        date that only the fact's section holds once is not enough: blind reads r5 and r6 failed 7 of 9 such
        items, as a learner does not keep which section told what."""
        lo, hi = span(fact.date)
        if next(self._article.others(lo, hi, fact.id), "") == "":
            return "", False
        if not subject or subject.lower() in _PRONOUNS:
            return None
        names = _names(subject)
        others = list(islice(self._article.others(lo, hi, fact.id), _BY_SUBJECT + 1))
        if len(others) <= _BY_SUBJECT and not any(self._mentions_any(other, names) for other in others):
            return "", True
        return None

    def _mentions_any(self, fact_id: str | None, names: list[str]) -> bool:
        if fact_id is None:
            return True  # too many facts share the date to tell them apart
        text = self._texts.get(fact_id, "")
        return any(name in text for name in names)


def _names(subject: str) -> list[str]:
    """How other sentences would name the subject: the phrase itself and its capitalized words (a person
    introduced as "President X Y" is "Y" or "he" later on, and "he" comes with a context naming him)."""
    words = [w.strip(",;:'’s").lower() for w in subject.split() if w[:1].isupper()]
    return [f" {subject.lower()} ", *(f" {w}" for w in words if len(w) > 2)]


def shown(fact: DatedFact, *, alone: bool = False) -> Shown:
    """The fact's event as its items show it (see :class:`Shown`): the clause its date modifies, or the whole
    sentence when the date is ``alone`` in a sentence short enough to read at a glance (no clause to cut, so
    no sentence broken by the cut)."""
    date = fact.date.text
    event = fact.event
    text = event.clause if event is not None and event.clause else fact.sentence
    whole = fact.sentence if event is None else event.whole  # the sentence without its citations and asides
    words = len(fact.sentence.split())
    is_whole = event is None or text == fact.sentence
    if whole and alone and (words <= _WHOLE_WORDS or (words <= _WHOLE_WHEN_CUT_BADLY and not cut_cleanly(text, whole))):
        text, is_whole = whole, True
    where = locate(text, date) if text != fact.sentence else locate(text, date, fact.date.offset)
    if where is None:
        text, where = fact.sentence, locate(fact.sentence, date, fact.date.offset)
    if where is None:  # the date is not where extract says (a fact made by hand): shown after the sentence
        text = f"{fact.sentence} ({date})"
        where = (len(text) - len(date) - 1, len(text) - 1)
    text, where = _without_modifier_year(text, where, fact.date)
    return Shown(text, where, mask(fact.context, date), is_whole)


def cut_cleanly(clause: str, sentence: str, subject: str = "") -> bool:
    """True when ``clause`` is a run of ``sentence`` that ends where a phrase or a clause of the sentence ends
    ("... gained control of territories" cut before "that could serve as naval bases" is not). A ``subject``
    that opens the clause may come from elsewhere in the sentence ("... and arrived in Liberia")."""
    run = clause.rstrip(".").lower()  # a clause opening the item starts with a capital the sentence may not have
    if subject and run.startswith(subject.lower()):
        run = run[len(subject) :].strip()
    start = sentence.lower().find(run)
    if start < 0:
        return False
    return bool(_CLEAN_BREAK.match(sentence, start + len(run)))


_TAIL_WORDS = 4


def ends_cleanly(clause: str, sentence: str) -> bool:
    """False when ``clause`` visibly stops mid-phrase in ``sentence``: its last words stand there before a word
    that goes on with them ("Kennedy sent all ambassadors and department" before "heads a letter"). A clause
    whose end the sentence does not hold word for word (a name put for "he") is not judged."""
    tail = " ".join(clause.rstrip(".").split()[-_TAIL_WORDS:]).lower()
    at = sentence.lower().rfind(tail)
    return not tail or at < 0 or bool(_CLEAN_BREAK.match(sentence, at + len(tail)))


def _without_modifier_year(text: str, where: tuple[int, int], date: DateMention) -> tuple[str, tuple[int, int]]:
    """ "The 1883 Korean treaty was signed on May 22, 1883": the year before the noun would give the answer
    away; "The Korean treaty was signed on May 22, 1883" asks the same."""
    lo, hi = span(date)
    for match in reversed(list(_MODIFIER_YEAR.finditer(text))):
        year = int(match["year"])
        overlaps = match.start() < where[1] and where[0] < match.end()
        if overlaps or not lo[0] <= year <= hi[0]:
            continue
        article = match["article"]
        if article.lower() == "an":
            article = article[0]
        start, end = match.start(), match.end()
        replacement = f"{article} "
        text = text[:start] + replacement + text[end:]
        shift = (end - start) - len(replacement)
        if start < where[0]:
            where = (where[0] - shift, where[1] - shift)
    return text, where


def topic(fact: DatedFact, context: FactContext) -> str:
    """The header an item of the fact shows before its prompt, as a well-made card names its context: the
    article's main title ("Enver Hoxha — When was the Jesuit Order banned?"), and for an event that names a
    thing only as "the treaty" or "there" the section too when its title names something ("Milestones ·
    Signing of the Alaska Treaty — When did President Andrew Johnson sign the treaty?"). A date of a title that
    would give the answer away is left out of it."""
    article = short_title(_without_answer(context.doc_title, fact.date)) if context.doc_title else ""
    if fact.event is None or not fact.event.unnamed or not fact.section:
        return article
    section = _without_answer(context.title(fact.section), fact.date)
    if not section or not _names_something(section, context.casing) or section == article:
        return article
    return f"{article} · {display_title(section)}" if article else display_title(section)


def _names_something(title: str, casing: Casing) -> bool:
    """A title with a name in it ("Signing of the Alaska Treaty"), not "Crisis continues" nor "History and
    Political Context" (a capital the article writes in lower case inside its sentences is no name)."""
    words = [word.strip(",.:;?!’'()") for word in title.split()[1:]]
    return any(word[:1].isupper() and casing.is_name(word) is not False for word in words)


def _without_answer(title: str, date: DateMention) -> str:
    """``title`` without the dates that would give ``date`` away, and the punctuation left around them."""
    for mention in _dates_of(title):
        if _gives_away([mention], date):
            title = title.replace(mention.text, " ")
    return re.sub(r"\s+([,;:])|[,;:\s]+$|^[,;:\s]+", lambda m: m.group(1) or "", re.sub(r"\s+", " ", title))


def fact_items(fact: DatedFact, source: Source, position: int, context: FactContext) -> list[StudyItem]:
    """The items of ``fact`` worth making (see the module's docstring), each with its quality."""
    view = shown(fact, alone=not context.other_mentions(fact))
    about = topic(fact, context)
    if about:
        view = dataclasses.replace(view, lead=f"{about}{TOPIC_MARK}{view.lead}".strip())
    event = fact.event
    date = fact.date.text
    common = fact_verdict(
        role=event.role if event is not None else "",
        shown=event.clause if event is not None and event.clause else view.text,  # what the date tells of
        date=date,
        analysed=event is not None,
        leaning=bool(event.leaning) if event is not None else False,
        context=bool(fact.context),
        list_item=bool(fact.context) and (event is None or not event.leaning),
        given_away=_gives_away(_shown_dates(gapped(view.text, view.where), fact, context, view.lead), fact.date),
        doubt=event.doubt if event is not None else "",
        vague=points_back(view.text, view.lead)
        or (event is not None and bool(view.whole and event.whole_leaning))
        or (event is not None and bool(context.short_names.unnamed(event.subject, context.doc_title))),
    )

    if fact.sentence.rstrip().endswith(":") and not fact.context:
        common.add(LEAD_IN)  # "..., among other things stating:": what it says comes after
    if about_sources(view.text, context.title(fact.section) if fact.section else ""):
        common.add(ABOUT_SOURCES)
    if event is not None and event.remark:
        common.add(REMARK)
    cut = event is not None and bool(event.clause) and not ends_cleanly(event.clause, fact.sentence)
    if cut and not view.whole:
        common.add(CUT_BADLY)
    if compared_base(fact.sentence[: fact.date.offset]):
        common.add(COMPARISON_BASE)  # "15.1 times as many females attended ... as in [...]"
    coarse = (
        fact.date.granularity in ("century", "millennium")
        or not _DIGITS.search(fact.date.text)
        or len(_DECADES.findall(fact.date.text)) > 1  # "the 1960s and 1970s": "the Cold War" too (blind read r17)
    )
    if coarse:
        common.add(COARSE)  # "When did prominent African-Americans represent the United States? The 19th century"
    if in_a_word(fact):
        common.add(IN_A_WORD)
    if not reads_as_english(view.text):
        common.add(NOT_ENGLISH)
    if event is not None and shows_figure(event.clause or view.text):
        common.add(FIGURE if names_someone_in(event.subject) else FIGURE_ALONE)
    if inside_aside(view.text, view.where):
        common.add(DATE_IN_ASIDE)  # "Richard Brisson (who ... would be executed in [...] ...) used his car as a taxi"

    def make(kind: Kind, prompt: str, answer: str, verdict: Verdict, **extra: Any) -> StudyItem:
        if "cloze" in extra:
            extra["cloze"] = context.casing.softened(extra["cloze"])
        return StudyItem(
            extra.pop("identifier", None) or item_id(context.doc_id, fact.id, kind),
            kind,
            fact.section,
            context.casing.softened(prompt),  # "The COUNCIL OF TRENT": the source's bold, not its words
            context.casing.softened(answer),
            source,
            fact.id,
            position,
            unit=fact.id,
            quality=verdict.quality(),
            **extra,
        )

    cloze_prompt = _joined(view.lead, gapped(view.text, view.where))
    full_date = with_year(fact.date)  # "July 12" is answered "July 12, 1947": the text gave the year elsewhere
    items = [
        make(
            Kind.DATE_CLOZE,
            cloze_prompt,
            full_date,
            _copy(common),
            cloze=_joined(view.lead, gapped(view.text, view.where, "{{c1::" + full_date + "}}")),
        )
    ]
    paired = is_paired(fact, context.other_mentions(fact))
    # the question and the reverse tell the clause, even where the cloze shows the whole sentence: a clause
    # cut mid-phrase ("When did Kennedy send all ambassadors and department?") asks nothing
    question = "" if paired or cut or coarse else _question(fact, context)
    if question:
        items.append(make(Kind.DATE_WHEN, _joined(view.lead, question), full_date, _copy(common)))
    what = None if paired or cut or coarse else _what(fact, context)
    if what is not None:
        prompt, answer = what
        items.append(make(Kind.DATE_WHAT, prompt, answer, _copy(common)))
    others = context.other_mentions(fact)
    picked = None
    if (
        event is not None
        and not common.reasons
        and not paired
        and sharp(fact.date)
        and not articles_year(fact.date, context.main_year)
        and not _dates_of(f"{fact.context} {question or gapped(view.text, view.where)}")
    ):
        # Only for an event with no fault (blind reads r6-r10: such choices were 77% good, others 55%), a date
        # wrong ones can be told from (not a century), no other date shown ("in, respectively, [...], 1568 and
        # 1570" offered 1562-1564), and analysed (a fact past a long document's budget gets its cloze alone).
        picked = wrong_dates(fact.date, context.pool, others, open_side(fact))
    if picked is not None:
        answer, wrong = picked
        identifier = item_id(context.doc_id, fact.id, Kind.DATE_CHOICE)
        prompt = _joined(view.lead, question) if question else cloze_prompt
        items.append(
            make(
                Kind.DATE_CHOICE,
                prompt,
                answer,
                _copy(common),
                identifier=identifier,
                choices=tuple(shuffled([answer, *wrong], identifier)),
            )
        )
    return items


def with_year(mention: DateMention) -> str:
    """The date as written, with its year added when the text left it out ("July 12" -> "July 12, 1947"; "5
    September" -> "5 September 1968", as a day written first takes its year)."""
    if len(mention.start) != 10 or mention.start.startswith("-"):
        return mention.text
    year = mention.start[:4].lstrip("0")
    if re.search(rf"(?<!\d){year}(?!\d)", mention.text):
        return mention.text
    return f"{mention.text} {year}" if mention.text[:1].isdigit() else f"{mention.text}, {year}"


def _copy(verdict: Verdict) -> Verdict:
    return Verdict(list(verdict.reasons))


def _question(fact: DatedFact, context: FactContext) -> str:
    """The fact's "When ...?" question, or "" where none is safe (no question, one told in the present tense
    ("When do peasant groups commemorate ...?" has a yearly answer), or one that shows another date: "When did
    Pius IV issue the Creed and Pius V the Catechism in, respectively, 1566, ...?")."""
    event = fact.event
    if event is None or not event.question or (event.leaning and not fact.context) or event.negated:
        return ""
    if not event.past or fact.date.text in event.question or _dates_of(event.question):
        return ""
    if says_too_little(event.question):
        return ""  # "When did Hoxha call for a resolution?"
    return event.question


def _shown_dates(text: str, fact: DatedFact, context: FactContext, lead: str = "") -> list[DateMention]:
    """The dates a prompt shows besides the answer: the sentence's other dates written in ``text``, and the
    dates of the context shown before it."""
    shown_dates = [m for m in context.other_mentions(fact) if m.text in text]
    return shown_dates + _dates_of(lead) if lead else shown_dates


@lru_cache(maxsize=4096)
def _dates_of_text(text: str) -> tuple[DateMention, ...]:
    return tuple(find_dates(text))


def _dates_of(text: str) -> list[DateMention]:
    return list(_dates_of_text(text)) if _DIGITS.search(text) else []


_DIGITS = re.compile(r"\d")
_DECADES = re.compile(r"\d0(?:'|’)?s\b")


def _gives_away(others: list[DateMention], date: DateMention) -> bool:
    """True when ``others`` (dates a prompt shows) hold a date inside the answer ("1919" beside a gapped
    "1918-1920") or the year that holds it ("1883" beside a gapped "May 22, 1883")."""
    lo, hi = span(date)
    for other in others:
        other_lo, other_hi = span(other)
        if lo <= other_lo and other_hi <= hi:
            return True
        if other.granularity == "year" and other_lo <= lo and hi <= other_hi:
            return True
    return False


def _what(fact: DatedFact, context: FactContext) -> tuple[str, str] | None:
    """ "What happened in <date>?" and its answer (the event's statement), where exactly one event fits."""
    event = fact.event
    if event is None or event.role != "time" or not event.statement or event.leaning or event.doubt:
        return None
    if not event.eventive or event.negated or not event.past:
        return None  # "What happened in 1961? The Soviets had only four ICBMs." tells no happening
    if fact.date.granularity not in ("day", "month") and not _days_apart(fact.date):
        return None  # blind reads r11-r16: a day 94% good, a month 85%, a year 72%, a span or a decade 47%
    if _dates_of(event.statement):
        return None  # "What happened in 1565? Pius IV issued ... and Pius V ... in 1566, 1568 and 1570."
    if says_too_little(event.statement):
        return None  # "What happened in 1956? Hoxha called for a resolution." (which resolution?)
    if tells_another_event(event.statement) or _another_clause_follows(event.clause, fact.sentence):
        return None  # "What happened in 2004? A mission began after the ousting of Aristide." (that too)
    if fact.date.start == fact.date.end and len(fact.date.start) == 10 and not _has_year(fact.date.text):
        return None  # "What happened on October 22?" needs the year the text leaves out
    found = context.what_scope(fact, event.subject)
    if found is None:
        return None
    scope, by_subject = found
    if by_subject and not names_someone(event.subject):
        return None  # blind read r11: "What did the Vietnam War do in 1975?", "... the US occupation do ...?"
    if by_subject and len(_predicate(event.statement, event.subject).split()) < 2:
        return None  # "What did the peak of yellow journalism do in 1898?" "It came." asks nothing
    when = _date_phrase(fact.date)
    if not by_subject:
        asked = f"what happened {when}?"
    elif not event.active:
        asked = f"what happened to {event.subject} {when}?"
    else:
        asked = f"what did {event.subject} do {when}?"
    if scope and context.doc_title:  # blind reads: "In the section “Religion”" alone names no topic
        section = display_title(context.title(scope))
        prompt = f"In the section “{section}” of “{short_title(context.doc_title)}”, {asked}"
    elif scope:
        prompt = f"In the section “{display_title(context.title(scope))}”, {asked}"
    elif context.doc_title:  # "What happened in 1725?" alone names no topic
        prompt = f"In the article “{short_title(context.doc_title)}”, {asked}"
    else:
        prompt = asked[:1].upper() + asked[1:]
    return prompt, event.statement


# what opens a second clause of the same time: "..., and Albania was proclaimed ...", "and the army ..."
_SECOND_CLAUSE = re.compile(r"\s*,?\s*(?:and|while)\s+(?:[A-Z][\w'’-]*|the|a|an|his|her|its|their)\s+[\w'’-]+")


def _another_clause_follows(clause: str, sentence: str) -> bool:
    """True when the sentence goes on after the clause with another clause that shares its date ("On 11 January
    1946, Zog was officially deposed and Albania was proclaimed the People's Republic": blind reads r13, r17
    failed "What happened on 11 January 1946? Zog was deposed." for leaving the proclamation out)."""
    tail = " ".join(clause.rstrip(".").split()[-4:])
    at = sentence.rfind(tail) if tail else -1
    return at >= 0 and bool(_SECOND_CLAUSE.match(sentence, at + len(tail)))


def _days_apart(mention: DateMention) -> bool:
    """A span of days within a month or so ("1–7 November 1976"), as sharp as a day."""
    lo, hi = span(mention)
    return (
        len(mention.start) == 10
        and len(mention.end) == 10
        and (hi[0] - lo[0]) * 372 + (hi[1] - lo[1]) * 31 + (hi[2] - lo[2]) <= 31
    )


def _predicate(statement: str, subject: str) -> str:
    """What a statement says of its subject, without an aside set off by commas ("..., in terms of both
    intensity and influence, came." says "came")."""
    rest = statement[len(subject) :] if statement.lower().startswith(subject.lower()) else statement
    return rest.rstrip(".").rsplit(",", 1)[-1]


def _has_year(text: str) -> bool:
    return bool(re.search(r"\d{3,4}", text))


def _joined(context: str, text: str) -> str:
    return f"{context} {text}" if context else text


def _date_phrase(mention: DateMention) -> str:
    text = mention.text.strip()
    first = text.split(" ", 1)[0].lower()
    if first in ("from", "between", "in", "on", "during", "since", "by"):
        return first + text[len(first) :]
    if first in ("early", "mid", "late", "mid-") or first.startswith("mid-"):
        return f"in the {text}" if text.endswith("s") else f"in {text}"
    if first == "the" and text.split(" ")[1:2] and text.split(" ")[1] in ("beginning", "start", "end", "turn"):
        return f"at {text}"
    if mention.granularity == "day":
        return f"on {text}"
    if mention.granularity == "range" and (not any(c.isdigit() for c in text) or text[:1].isdigit()):
        return f"during {text}"  # "during World War II", "during 1–7 November 1976"
    return f"in {text}"


__all__ = [
    "GAP",
    "FactContext",
    "Shown",
    "cut_cleanly",
    "fact_items",
    "shown",
    "topic",
    "with_year",
]
