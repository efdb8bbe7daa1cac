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
from functools import lru_cache
from itertools import islice
from typing import Any

from studyapp.extract.dates import find_dates
from studyapp.extract.model import DatedFact, DateMention
from studyapp.generate.acronyms import Acronyms
from studyapp.generate.choices import DatePool, decades_in, open_side, sharp, wrong_dates
from studyapp.generate.event_signs import (
    a_birth_entry,
    about_sources,
    about_the_afterlife,
    an_alternative,
    an_example,
    approximate,
    articles_year,
    beside_another_date,
    compared_base,
    counts_people,
    date_is_subject,
    dates_a_publication,
    during_a_named_time,
    holds_a_share,
    in_a_word,
    inside_aside,
    lost_at_the_end,
    lost_words,
    main_year,
    measures_an_indicator,
    names_someone,
    names_someone_in,
    nobodys_claim,
    points_back,
    recorded_as_of,
    says_too_little,
    shows_figure,
    tells_a_plan,
    tells_a_standing,
    tells_another_event,
    tells_of_a_work_about,
    times_by_a_month,
    years_told,
)
from studyapp.generate.ids import item_id, shuffled
from studyapp.generate.model import TOPIC_MARK, Kind, Source, StudyItem
from studyapp.generate.phrasing import GAP, gapped
from studyapp.generate.quality import (
    ABOUT_SOURCES,
    AFTERLIFE,
    ALTERNATIVE,
    COARSE,
    COMPARISON_BASE,
    CUT_BADLY,
    DATE_IN_ASIDE,
    ERA_NAME,
    EXAMPLE,
    FIGURE,
    FIGURE_ALONE,
    GIVEN_AWAY,
    IN_A_WORD,
    LEAD_IN,
    LIST_ENTRY,
    LOST_WORDS,
    NAMED_DAY,
    NOT_ENGLISH,
    ONE_OF_MANY,
    PLANNED,
    PRESENT_STATE,
    REMARK,
    TWIN,
    Verdict,
    fact_verdict,
)
from studyapp.generate.reverse import DatedFacts
from studyapp.generate.short_names import ShortNames
from studyapp.generate.shown import another_clause_follows, ends_cleanly, shown
from studyapp.generate.spans import span
from studyapp.generate.twins import near_twins
from studyapp.language.english import function_words, reads_as_english
from studyapp.language.events import WHOLE_IS_SURE
from studyapp.language.questions import noun_lemma
from studyapp.language.references import NEW_THING, brings_in_a_new_thing
from studyapp.language.wording import Casing
from studyapp.text.titles import display_title, short_title

_BY_SUBJECT = 12  # a date shared by more events than this is not asked "What did X do then?"
# An article whose facts span more years than this tells a history, not an episode: in it, a month holds more than
# the one event the article tells (blind reads r16-r24: "what happened in April 1980?", "in January 1893?").
_CLOSE_ACCOUNT_YEARS = 10
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "this", "these", "those", "that"])


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
        acronyms: Acronyms | None = None,
    ) -> None:
        self.doc_id = doc_id
        self.title = title
        self.doc_title = doc_title
        self.pool = DatePool(f.date for f in facts)
        self.main_year = main_year(facts)
        self.broad = years_told(facts) > _CLOSE_ACCOUNT_YEARS
        self.twins = near_twins(facts)
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
        self.acronyms = acronyms or Acronyms.of(f.sentence for f in facts)

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


_TIME_LINE_ENTRY = re.compile(rf"{re.escape(GAP)}\s*(?::|[–—]|-(?=\s))\s")
_SECTION_MARK = " · "  # between the article's title and a section's in a header ("Milestones · The Alaska Treaty")


def topic(fact: DatedFact, context: FactContext) -> str:
    """The header an item of the fact shows before its prompt, as a well-made card names its context: the
    article's main title ("Enver Hoxha — When was the Jesuit Order banned?"), and for an event that names a
    thing only as "the treaty" or "there" the section too when its title names something ("Milestones ·
    Signing of the Alaska Treaty — When did President Andrew Johnson sign the treaty?"). A date of a title that
    would give the answer away is left out of it."""
    article = short_title(_without_answer(context.doc_title, fact.date)) if context.doc_title else ""
    if fact.event is None or not fact.event.unnamed or not fact.section:
        return article
    section = _without_answer(context.title(fact.section), fact.date, ends=True)
    if not section or not _names_something(section, context.casing) or section == article:
        return article
    if fact.event.role != "bound" and span_excludes(section, fact.date):
        return article  # "Jerusalem · British Mandate (1917–1948)" over a fact of 1964 misleads (a development read)
    return f"{article}{_SECTION_MARK}{display_title(section)}" if article else display_title(section)


# a sentence that tells this many dates lists them (each author's date for an event, a series of years): one of
# them is no fact to learn on its own
_MANY_DATES = 6
_RUN_GAP = 25  # characters between two dates of one run ("1135 BC,[232] Sosibius 1172 BC")


def _in_a_run_of_dates(date: DateMention, others: list[DateMention]) -> bool:
    """The date stands in a run of dates a few words apart, not in a clause of its own after the run ("..., 1625,
    and 1636, and ended with the Great Plague of London in 1665")."""
    start, end = date.offset, date.offset + len(date.text)
    return any(0 <= start - (o.offset + len(o.text)) <= _RUN_GAP or 0 <= o.offset - end <= _RUN_GAP for o in others)


def _names_something(title: str, casing: Casing) -> bool:
    """A title with a name in it ("Signing of the Alaska Treaty"), not "Crisis continues" nor "History and
    Political Context" (a capital the article writes in lower case inside its sentences is no name)."""
    words = [word.strip(",.:;?!’'()") for word in title.split()[1:]]
    return any(word[:1].isupper() and casing.is_name(word) is not False for word in words)


def _new_thing_alone(unnamed: str, told: str, casing: Casing) -> bool:
    """True where what is ``told`` names a thing only as a new one ("A deal closed on [...]", "Three entities were
    established"), and nothing with a name either: no reader can tell which (blind reads r68, r70; judged: 6 of 24
    such items good)."""
    if not brings_in_a_new_thing(unnamed):
        return False
    first = told.split(maxsplit=1)[0].strip(",.:;?!’'()\"“”") if told.strip() else ""
    named_first = casing.is_name(first) is not False and first.lower() not in function_words() | NEW_THING
    return not (named_first or _names_something(told, casing))  # "Lavoisier also chaired ..."


# an entry of a glossed list: a label of a few words and a colon before a sentence of its own
_LABELLED = re.compile(r"[A-Z][^.:;!?\s]*(?:\s+[^.:;!?\s]+){0,5}:\s+[A-Z]")
_SHORT_WORDS = 8


def _short_and_nameless(told: str, casing: Casing) -> bool:
    """A short event that names nothing ("In [...], there were only skirmishes.", "There was a promising initial
    turnout in [...]."): between whom, of what, an earlier sentence said (blind reads r84, r88)."""
    words = [word.strip(",.:;?!’'()\"“”") for word in told.split() if word != GAP]
    if len(words) > _SHORT_WORDS or not _THERE_WAS.search(told):
        return False
    return not any(word[:1].isupper() and casing.is_name(word) for word in words)


_THERE_WAS = re.compile(r"(?:^|, )[Tt]here (?:was|were) ")


def _told_before(argument: str, question: str, title: str) -> bool:
    """True where the question names its subject or object only as "the" and a common noun (``argument``, see
    ``Event.unnamed_argument``) the article's title does not name ("the offensive", "the region"; not "the tower"
    of "Eiffel Tower"): an earlier sentence said which (judged: 18 of 46 such questions good, 79% of the rest)."""
    noun = argument.rpartition(" ")[2]
    if not noun.isalpha() or argument.lower() not in question.lower():
        return False
    return noun_lemma(noun) not in {noun_lemma(word.strip(",.:;()")) for word in title.split()}


def _without_answer(title: str, date: DateMention, ends: bool = False) -> str:
    """``title`` without the dates that would give ``date`` away, and the punctuation and the small words left
    around them ("Securing International Markets in the 1890s" is "Securing International Markets")."""
    for mention in _dates_of(title):
        if _gives_away([mention], date, ends):
            title = _LEFT_BEFORE_DATE.sub(" ", title.replace(mention.text, "\0")).replace("\0", " ")
    title = re.sub(r"\s*\(\s*[-–—]?\s*\)", "", title)  # "(1933–1982)" or "(July 1953 – )" emptied
    return re.sub(r"\s+([,;:])|[,;:\s]+$|^[,;:\s]+", lambda m: m.group(1) or "", re.sub(r"\s+", " ", title))


def span_excludes(title: str, date: DateMention) -> bool:
    """True when ``title`` names a span of years the date lies outside by more than a year or two: the sentence
    tells of another time than its section's ("British Mandate (1917–1948)" over a fact of 1964, "Florence,
    1499–1505" over Pope Leo X's death in 1521)."""
    lo, hi = span(date)
    return any(
        m.granularity == "range" and (hi[0] < span(m)[0][0] - _SPAN_SLACK or span(m)[1][0] + _SPAN_SLACK < lo[0])
        for m in _dates_of(title)
    )


_SPAN_SLACK = 2  # years: a section's last paragraph may tell of the year after its span ("Decline, 1450–1393 BC")


# The words a removed date leaves behind it: "in the", "during", "of".
_LEFT_BEFORE_DATE = re.compile(r"(?:\s+(?:in|on|of|at|by|from|since|during|until|to|the|and|c\.))+\s*\0", re.IGNORECASE)


def fact_items(fact: DatedFact, source: Source, position: int, context: FactContext) -> list[StudyItem]:
    """The items of ``fact`` worth making (see the module's docstring), each with its quality."""
    others = context.other_mentions(fact)
    view = shown(fact, alone=not others)
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
        doubt=event.doubt if event is not None and not (view.whole and event.doubt in WHOLE_IS_SURE) else "",
        vague=points_back(view.text, view.lead)
        or (event is not None and bool(view.whole and event.whole_leaning))
        or (event is not None and bool(context.short_names.unnamed(event.subject, context.doc_title)))
        or (
            event is not None
            and _SECTION_MARK not in about  # "Milestones · The Spanish-American War — When was a cease-fire signed?"
            and _new_thing_alone(event.unnamed, gapped(view.text, view.where), context.casing)
        )
        or (_SECTION_MARK not in about and _short_and_nameless(gapped(view.text, view.where), context.casing)),
    )

    if _LABELLED.match(view.text):
        common.add(LIST_ENTRY)  # "First Quarto (Q1): In [...] the booksellers ... published" (blind reads r37-r90)
    if fact.sentence.rstrip().endswith(":") and not fact.context:
        common.add(LEAD_IN)  # "..., among other things stating:": what it says comes after
    if about_sources(view.text, context.title(fact.section) if fact.section else "") or dates_a_publication(
        fact.sentence, fact.date.offset, fact.date.text
    ):
        common.add(ABOUT_SOURCES)
    if event is not None and tells_a_plan(event.clause):
        common.add(PLANNED)
    elif event is not None and event.present and not _TIME_LINE_ENTRY.match(gapped(view.text, view.where)):
        common.add(PRESENT_STATE)
    if (fact.section and about_the_afterlife(context.title(fact.section))) or tells_of_a_work_about(
        view.text, context.doc_title
    ):
        common.add(AFTERLIFE)
    if (event is not None and event.remark) or nobodys_claim(view.text):
        common.add(REMARK)
    if an_example(fact.sentence, fact.sentence[: fact.date.offset]) and ";" not in fact.sentence[: fact.date.offset]:
        common.add(EXAMPLE)  # (after a semicolon the sentence tells its own event: "...; when Mies took over")
    cut = event is not None and bool(event.clause) and not ends_cleanly(event.clause, fact.sentence)
    if cut and not view.whole:
        common.add(CUT_BADLY)
    if compared_base(fact.sentence[: fact.date.offset]):
        common.add(COMPARISON_BASE)  # "15.1 times as many females attended ... as in [...]"
    centuries = fact.date.granularity in ("century", "millennium")
    era = not centuries and not _DIGITS.search(fact.date.text)  # "World War II", "the Cold War"
    coarse = centuries or era or decades_in(fact.date.text) > 1  # "the 1960s and 1970s" (blind read r17)
    if coarse:
        common.add(COARSE)  # "When did prominent African-Americans represent the United States? The 19th century"
    if in_a_word(fact):
        common.add(IN_A_WORD)
    after = fact.sentence[fact.date.offset + len(fact.date.text) :]
    if not _has_year(fact.date.text) and _NAME_GOES_ON.match(after):
        common.add(NAMED_DAY)  # "the July 20 Plot" is no day of the year its paragraph names (blind read r37)
    if any(fact.date.text in m.text and m.text != fact.date.text for m in others):
        common.add(GIVEN_AWAY)  # "the Year [...] problem" beside "In February 2000" (blind read r32)
    if lost_words(view.text) or lost_at_the_end(fact.sentence, view.text):
        common.add(LOST_WORDS)
    if an_alternative(fact, others):
        common.add(ALTERNATIVE)
    if a_birth_entry(fact.sentence):
        common.add(ONE_OF_MANY)  # "Ken Miyao born March 16, 1986, pop singer" of a list of a city's people (r148)
    if len(others) >= _MANY_DATES - 1 and _in_a_run_of_dates(fact.date, others):
        common.add(ONE_OF_MANY)  # "Ephorus gives 1135 BC, Sosibius 1172 BC, Eratosthenes 1184 BC, ..." (r86)
    if fact.id in context.twins:
        common.add(TWIN)  # "The Council was postponed indefinitely" and, ten years on, "indefinitely prorogued"
    if not reads_as_english(view.text):
        common.add(NOT_ENGLISH)
    if (
        counts_people(view.text, event.subject if event is not None else "")
        or (event is not None and holds_a_share(event.subject, event.statement))
        or tells_a_standing(view.text)
        or recorded_as_of(fact.sentence[: fact.date.offset])
        or (
            event is not None
            and fact.date.start == fact.date.end
            and measures_an_indicator(event.subject, event.statement, fact.sentence)
        )
    ):
        common.add(FIGURE_ALONE)
    elif event is not None and shows_figure(event.clause or view.text):
        common.add(FIGURE if names_someone_in(event.subject) else FIGURE_ALONE)
    if inside_aside(view.text, view.where):
        common.add(DATE_IN_ASIDE)  # "Richard Brisson (who ... would be executed in [...] ...) used his car as a taxi"

    def make(kind: Kind, prompt: str, answer: str, verdict: Verdict, **extra: Any) -> StudyItem:
        spelled = context.acronyms.spelled_out_after_heading
        if "cloze" in extra:
            extra["cloze"] = spelled(context.casing.softened(extra["cloze"]))
        return StudyItem(
            extra.pop("identifier", None) or item_id(context.doc_id, fact.id, kind),
            kind,
            fact.section,
            spelled(context.casing.softened(prompt)),  # "The COUNCIL OF TRENT": the source's bold, not its words
            spelled(context.casing.softened(answer)),
            source,
            fact.id,
            position,
            unit=fact.id,
            quality=verdict.quality(),
            **extra,
        )

    full_date = with_year(fact.date)  # "July 12" is answered "July 12, 1947": the text gave the year elsewhere
    # ... but a gap is answered with what it hides: "Johann and Therese married on [...]" is "9 November", not
    # "9 November 1812", a year its sentence does not give (blind reads r47, r64, r65); the header gives that year
    # instead, which a day alone does not (stored reads: 59 of 116 year-less answers judged bad, "5 September",
    # "April 3": which year?)
    cloze_lead = _with_year_in_header(view.lead, full_date[len(fact.date.text) :].strip(" ,"), about)
    cloze_prompt = _joined(cloze_lead, gapped(view.text, view.where))
    items = [
        make(
            Kind.DATE_CLOZE,
            cloze_prompt,
            fact.date.text,
            _copy(common).add(ERA_NAME) if era else _copy(common),  # "surrender for Japan during [...]": WWII
            cloze=_joined(cloze_lead, gapped(view.text, view.where, "{{c1::" + fact.date.text + "}}")),
        )
    ]
    gaps = gapped(view.text, view.where).count(GAP)  # "Vivaldi's [...] opera ... its first performance since [...]"
    if gaps > 1:
        items = []  # one answer for two gaps reads as a riddle; the question, if any, asks it
    paired = beside_another_date(fact, others)
    # the question and the reverse tell the clause, even where the cloze shows the whole sentence: a clause
    # cut mid-phrase ("When did Kennedy send all ambassadors and department?") asks nothing
    in_doubt = event is not None and bool(event.doubt)
    glossed = bool(_GLOSS.match(fact.sentence))  # "Airspan Networks: A wireless firm; in July 2000, its ..."
    # a day whose year is only guessed is asked in its sentence alone: "When did Leo swear an oath of innocence?
    # 23 December" asks a year nothing tells (blind read r48; judged: 3 of 14 such questions good, 7 of 10 clozes)
    asked = not (paired or cut or coarse or in_doubt or glossed or fact.date.guessed)
    # a time line's entry, "[...]: Central Pacific is formally merged into the Southern Pacific." or "[...] – Joan
    # Sutherland gives her final performance.", reads as a sentence only as a question, whose present tense is the
    # time line's telling of the past (blind reads r32-r35, r70: 2 of 14 such clozes and choices good)
    timeline = bool(_TIME_LINE_ENTRY.match(gapped(view.text, view.where)))
    question = _question(fact, context, about, told_in_present=timeline) if asked else ""
    if _tells_another_date(question, fact, others) or times_by_a_month(question):
        question = ""  # "When did the US drop atomic bombs on Hiroshima on 6 August and Nagasaki?" (blind read r31)
    if question:
        items.append(make(Kind.DATE_WHEN, _joined(view.lead, question), full_date, _copy(common)))
    what = _what(fact, context) if not (paired or cut or coarse or glossed or fact.date.guessed) else None
    if what is not None and _tells_another_date(what[1], fact, others):
        what = None
    if timeline:
        items = [item for item in items if item.kind is not Kind.DATE_CLOZE]
    if what is not None:
        prompt, answer = what
        items.append(make(Kind.DATE_WHAT, prompt, answer, _copy(common)))
    picked = None
    if (
        event is not None
        and not common.reasons
        and not paired
        and sharp(fact.date)
        and not fact.date.guessed
        and not approximate(fact.sentence[: fact.date.offset], fact.date.text)
        and not articles_year(fact.date, context.main_year)
        and not _dates_of(f"{fact.context} {question or gapped(view.text, view.where)}")
        and not during_a_named_time(question or view.text)
        and not during_a_named_time(about.partition(_SECTION_MARK)[2])  # "Radar · During World War II — ..." (r143)
    ):
        # Only for an event with no fault (blind reads r6-r10: such choices were 77% good, others 55%), a date
        # wrong ones can be told from (not a century), no other date shown ("in, respectively, [...], 1568 and
        # 1570" offered 1562-1564), and analysed (a fact past a long document's budget gets its cloze alone).
        picked = wrong_dates(fact.date, context.pool, others, open_side(fact))
    if picked is not None and (question or (gaps == 1 and not timeline)):
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


def _with_year_in_header(lead: str, year: str, about: str) -> str:
    """``lead`` with ``year`` after the header ``about`` that opens it ("Enver Hoxha · 1968 — Albania officially
    withdrew from the Warsaw Pact on [...]."); ``lead`` as it is when there is no year to add or no header."""
    if not year or not about or not lead.startswith(about + TOPIC_MARK.rstrip()):
        return lead
    return f"{about}{_SECTION_MARK}{year}{lead[len(about) :]}"


def with_year(mention: DateMention) -> str:
    """The date as written, with its year added when the text left it out ("July 12" -> "July 12, 1947"; "5
    September" -> "5 September 1968", as a day written first takes its year)."""
    if len(mention.start) != 10 or mention.start.startswith("-") or mention.guessed:
        return mention.text  # (a year guessed from a paragraph before is not stated: blind read r41)
    year = mention.start[:4].lstrip("0")
    if re.search(rf"(?<!\d){year}(?!\d)", mention.text):
        return mention.text
    return f"{mention.text} {year}" if mention.text[:1].isdigit() else f"{mention.text}, {year}"


def _copy(verdict: Verdict) -> Verdict:
    return Verdict(list(verdict.reasons))


def _question(fact: DatedFact, context: FactContext, header: str, told_in_present: bool = False) -> str:
    """The fact's "When ...?" question, or "" where none is safe (no question, one told in the present tense
    ("When do peasant groups commemorate ...?" has a yearly answer), one that shows another date: "When did
    Pius IV issue the Creed and Pius V the Catechism in, respectively, 1566, ...?", or one that names nothing
    the ``header`` it is shown under does not name: "When did the situation reverse?")."""
    event = fact.event
    if event is None or not event.question or (event.leaning and not fact.context) or event.negated:
        return ""
    if not (event.past or told_in_present) or fact.date.text in event.question or _dates_of(event.question):
        return ""
    if _SECTION_MARK not in header and _new_thing_alone(event.unnamed, event.question, context.casing):
        return ""  # "When did a deal close?" of "..., a deal that closed on October 26, 2018" (blind read r70)
    if _SECTION_MARK not in header and _told_before(event.unnamed_argument, event.question, context.doc_title):
        return ""  # "When did the Finnish Army halt the offensive?": which? (the cloze shows its whole sentence)
    if says_too_little(event.question):
        return ""  # "When did Hoxha call for a resolution?"
    if _names_nothing(event.question.split(maxsplit=2)[-1], event.subject, header, context.casing):
        return ""  # blind read r21: "When were conditions improving?" (the sentence shown whole says where)
    return event.question


def _names_nothing(told: str, subject: str, header: str, casing: Casing) -> bool:
    """An event (a statement, or a question after its "When did") that tells only a verb of a subject with no
    name, which the header does not name either: "When did the recovery effort begin?" under "Marshall Plan"
    (whose?), unlike "When was the treaty signed?" under "Signing of the Alaska Treaty" or "When did floods ruin
    the town?" (what they did says more)."""
    words = [word.strip(",.;:?!’'()\"“”") for word in told.split()]
    if not subject or any(word[:1].isupper() and casing.is_name(word) is not False for word in words):
        return False
    named = subject.lower().split()
    if named[0] in ("a", "an") or any(w in function_words() for w in named[1:]):
        return False  # "a cease-fire" is new, not pointed back to; "the first lock", "trade on the river" say which
    bare = len(named) == 1  # "success", "support": no "the" points to a thing the article tells of
    rest = [
        w
        for w in words[len(named) :]
        if w and w.lower() not in function_words() and not (bare and _MANNER.fullmatch(w))
    ]
    return len(rest) <= 1 and named[-1].removesuffix("s") not in header.lower()


# an adverb of manner tells how, not what: "When was support abruptly annulled?" names nothing more (r93), of a
# bare noun ("the blockade formally ended" is the article's blockade)
_MANNER = re.compile(r"[a-z]{3,}ly")


def _shown_dates(text: str, fact: DatedFact, context: FactContext, lead: str = "") -> list[DateMention]:
    """The dates a prompt shows besides the answer: the sentence's other dates written in ``text``, and the
    dates of the context shown before it."""
    shown_dates = [m for m in context.other_mentions(fact) if m.text in text]
    return shown_dates + _dates_of(lead) if lead else shown_dates


@lru_cache(maxsize=4096)
def _dates_of_text(text: str) -> tuple[DateMention, ...]:
    return tuple(find_dates(text, early=True))  # (a date shown: "in 771" too, as a learner would read it)


def _dates_of(text: str) -> list[DateMention]:
    return list(_dates_of_text(text)) if _DIGITS.search(text) else []


_DIGITS = re.compile(r"\d")


# an entry of a glossed list, its name before a colon: its clauses tell of the name, which a question drops
# (blind read r32: "what happened in July 2000? Airspan Networks: A wireless firm; its stock price doubled")
_GLOSS = re.compile(r"^(?:[A-Z0-9][\w&.'’-]*\s){0,4}[A-Z0-9][\w&.'’-]*:\s+[A-Z]")


def _tells_another_date(text: str, fact: DatedFact, others: list[DateMention]) -> bool:
    """A question or an answer that shows another date of the sentence (``others``): the event it tells is not
    the fact's alone ("dropped atomic bombs on Hiroshima on 6 August and Nagasaki" for 9 August)."""
    return bool(text) and any(m.text in text for m in others if m.text != fact.date.text)


def _gives_away(others: list[DateMention], date: DateMention, ends: bool = False) -> bool:
    """True when ``others`` (dates a prompt shows) hold a date inside the answer ("1919" beside a gapped
    "1918-1920") or the year that holds it ("1883" beside a gapped "May 22, 1883"); with ``ends``, also a span
    that starts or ends in the answer's year ("Early National Park Service years (1933–1982)", blind read r48)."""
    lo, hi = span(date)
    for other in others:
        other_lo, other_hi = span(other)
        if lo <= other_lo and other_hi <= hi:
            return True
        if other.granularity == "year" and other_lo <= lo and hi <= other_hi:
            return True
        if ends and other.granularity == "range" and (other_lo[0] == lo[0] or other_hi[0] == hi[0]):
            return True
    return False


def _what(fact: DatedFact, context: FactContext) -> tuple[str, str] | None:
    """ "What happened in <date>?" and its answer (the event's statement), where exactly one event fits."""
    event = fact.event
    if event is None or event.role != "time" or not event.statement or event.leaning or event.doubt:
        return None
    if date_is_subject(fact):
        return None  # "What happened on July 4, 1986? Saw a reprise of Operation Sail." (blind read r48)
    if fact.date.guessed:
        return None  # "What happened on 4 November 1603?" of a day whose year only a paragraph before gave (r41)
    if not event.eventive or event.negated or not event.past:
        return None  # "What happened in 1961? The Soviets had only four ICBMs." tells no happening
    if fact.date.granularity not in ("day", "month") and not _days_apart(fact.date):
        return None  # blind reads r11-r16: a day 94% good, a month 85%, a year 72%, a span or a decade 47%
    if _dates_of(event.statement) or times_by_a_month(event.statement):
        return None  # "What happened in 1565? Pius IV issued ... and Pius V ... in 1566, 1568 and 1570."
    if says_too_little(event.statement):
        return None  # "What happened in 1956? Hoxha called for a resolution." (which resolution?)
    if tells_another_event(event.statement) or another_clause_follows(event.clause, fact.sentence):
        return None  # "What happened in 2004? A mission began after the ousting of Aristide." (that too)
    if len(fact.date.start) == 10 and not _has_year(fact.date.text):
        return None  # "What happened on October 22?", "in June 22 and 24?" need the year the text leaves out
    if _names_nothing(event.statement, event.subject, short_title(context.doc_title), context.casing):
        return None  # "What happened in June 1948? The recovery effort began." (whose?)
    found = context.what_scope(fact, event.subject)
    if found is None:
        return None
    scope, by_subject = found
    if not by_subject and context.broad and fact.date.granularity == "month":
        return None  # "In the article “Milestones: 1866–1898”, what happened in January 1893?"
    if by_subject and not names_someone(event.subject):
        return None  # blind read r11: "What did the Vietnam War do in 1975?", "... the US occupation do ...?"
    told = [w for w in _predicate(event.statement, event.subject).split() if w.lower() not in function_words()]
    if by_subject and len(told) < 2:
        return None  # "What did the peak of yellow journalism do?" "It came."; "... to the law?" "It was passed."
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


# a day named by a name it opens: "the July 20 Plot", "the May Fourth Movement"
_NAME_GOES_ON = re.compile(r" (?!(?:In|On|At|By|The|A|An)\b)[A-Z][a-z]+\b(?! [a-z])")


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
    if mention.granularity == "day" or re.fullmatch(r"\d{1,2}\s+and\s+\d{1,2}\s+\D.*", text):
        return f"on {text}"  # (two days of one month: "on 23 and 30 June 2015", r46)
    if mention.granularity == "range" and (not any(c.isdigit() for c in text) or text[:1].isdigit()):
        return f"during {text}"  # "during World War II", "during 1–7 November 1976"
    return f"in {text}"


__all__ = ["GAP", "FactContext", "fact_items", "topic", "with_year"]
