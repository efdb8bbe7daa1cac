"""Dated facts: every clause of the body that a date modifies, one fact per (sentence, date).

The reading goes in three steps:

1. *Dates* (rules, cheap): the dates of each body sentence and list item (``find_dates``), the days written
   without a year given the year the text around them names (``yearless``), less those that are no dated
   facts of the text (citations, quotations, editions, titles of works: ``nondates``; the author-year
   citations the reader found in a paper that cites that way come with each sentence).
2. *Clauses* (the parser, in batches): each remaining date's clause (``studyapp.language``): a date that dates
   nothing (a war named as a thing, a caption or a list of works without a verb) is dropped.
3. *Referents*: a clause whose subject is "he" or "she" gets the person's name where the sentences before
   name one; a clause that still leans on what came before carries the previous sentence as its context.

A sentence with several dates gives one fact per distinct date. Only study sections are read: never the front
matter, the notes or trailing text. Ids come from the sentence and the date (``ids``), so they survive edits.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from studyapp.errors import Cancelled
from studyapp.extract.biography import biography_subject, may_be_subject, opening_sentence
from studyapp.extract.cited import source_spans
from studyapp.extract.dates import find_dates
from studyapp.extract.early_years import early_years
from studyapp.extract.ids import fact_signature, stable_ids, whole_signature
from studyapp.extract.model import DatedFact, DateMention
from studyapp.extract.nondates import kept_dates
from studyapp.extract.surnames import Surnames
from studyapp.extract.yearless import Day, Place, YearGuide, find_days, title_year
from studyapp.gcpause import gc_paused
from studyapp.language.events import Event, describe, person_for
from studyapp.language.parses import parse_all, people_in, places_in
from studyapp.language.pronouns import Pronouns
from studyapp.language.references import PERSONAL, POINTING_BACK, POSSESSIVE_PERSONAL
from studyapp.language.wording import Casing, sentence_case, tidy
from studyapp.text.document import Document, NumberedList, Paragraph
from studyapp.text.slugs import slugify
from studyapp.text.titles import display_title

__all__ = ["ANALYSIS_BUDGET", "PARSE_BUDGET", "Cancelled", "find_facts"]

PARSE_BUDGET = 6000
"""Distinct sentences parsed per document at most (about 25 s here). A longer document's remaining facts keep
their whole sentence (``event`` None), so a pathological text stays near-linear in time."""

ANALYSIS_BUDGET = 40000
"""Facts whose clause is analysed per document at most (a few seconds of work). A document past it is no
article but a table of dates: its remaining facts keep their whole sentence, as past :data:`PARSE_BUDGET`."""

Progress = Callable[[int, int], None]
_CANCEL_EVERY = 1024  # sentences or facts between two looks at the cancel flag (a few milliseconds)
_DIGIT = re.compile(r"\d")
_ERA_HINT = re.compile(r"War\b|WW|Depression|Revolution|nter-?war|entur|illenni")


@dataclass(frozen=True)
class _Sentence:
    """A body sentence (or list item) in reading order, with what its facts need to know about its place."""

    section: str
    text: str
    previous: str  # the sentence before it in its section ("" for the first), or the lead of its list
    earlier: tuple[str, ...]  # the two sentences before it in its section
    footnotes: tuple[int, ...]
    place: Place
    list_item: bool
    titled: int | None = None  # the one year its section's title (or the document's) names
    cited: tuple[tuple[int, int], ...] = ()  # where the reader found author-year citations in it


@dataclass(frozen=True)
class _Candidate:
    sentence: _Sentence
    date: DateMention
    yearless: bool


def find_facts(
    doc: Document, *, cancel: Callable[[], bool] | None = None, progress: Progress | None = None
) -> list[DatedFact]:
    """The dated facts of ``doc`` in reading order, each with a stable id.

    Args:
        doc: a document as read by ``studyapp.text.read_document``.
        cancel: asked between batches of parsed sentences; when it returns True, :class:`Cancelled` is raised.
        progress: called with (sentences parsed, sentences to parse) as the parser goes.
    """
    stop = cancel or _never
    with gc_paused():
        sentences = list(_sentences(doc))
        candidates = _candidates(sentences, stop)
        events = _events(candidates, Casing.of((s.text for s in sentences), doc.title), cancel, progress)
        found = [(c, events.get(_key(c), None)) for c in candidates]
        own = _own_words(doc, sentences)
        found = [(c, e if e is None else _settled(e, c.sentence.earlier, own)) for c, e in found]
        opening = _opening_words(doc)
        found = [(c, e if e is None else _named_just_before(e, c.sentence.earlier, opening, own)) for c, e in found]
        shared = _shared_names(doc.title, sentences)
        found = [(c, e if e is None or e.subject not in shared else _unsaid_who(e)) for c, e in found]
        found = _surnames_in_full(doc.title, sentences, found)
        found = [(c, e if e is None else _without_citations(e, c.sentence)) for c, e in found]
        found = [(c, e) for c, e in found if e is None or _is_fact(c, e)]
        pronouns = Pronouns.of(s.text for s in sentences)
        thing = _title_as_a_thing(doc.title, sentences)
        found = _with_people(found, pronouns, biography_subject(doc), opening_sentence(doc), cancel, thing)
        return _facts(doc, found)


def _key(candidate: _Candidate) -> tuple[str, int, int]:
    return candidate.sentence.text, candidate.date.offset, candidate.date.offset + len(candidate.date.text)


def _sentences(doc: Document) -> Iterator[_Sentence]:
    document_year = title_year(find_dates(doc.title))
    for section_number, section in enumerate(doc.sections):
        titled = title_year(find_dates(section.title))
        titled = document_year if titled is None else titled
        window: list[str] = []
        for paragraph_number, block in enumerate(section.blocks):
            place = Place(section_number, paragraph_number)
            if isinstance(block, Paragraph):
                for sentence in block.sentences:
                    previous = window[-1] if window else ""
                    cited = tuple((span.start, span.end) for span in sentence.citations)
                    yield _Sentence(
                        section.id,
                        sentence.text,
                        previous,
                        tuple(window[-2:]),
                        sentence.footnotes,
                        place,
                        False,
                        titled,
                        cited,
                    )
                    window.append(sentence.text)
            elif isinstance(block, NumberedList):
                for item in block.items:
                    yield _Sentence(
                        section.id, item.text, block.lead, (block.lead,), item.footnotes, place, True, titled
                    )
                    window.append(item.text)


def _never() -> bool:
    return False


def _candidates(sentences: list[_Sentence], cancel: Callable[[], bool]) -> list[_Candidate]:
    """Every date of the body that may be a fact (step 1), in reading order, one per distinct date of a
    sentence."""
    dated: list[tuple[_Sentence, list[DateMention], list[Day]]] = []
    read: dict[str, tuple[list[DateMention], list[Day]]] = {}  # a text written many times is read once
    early = early_years(s.text for s in sentences)
    for number, sentence in enumerate(sentences):
        if number % _CANCEL_EVERY == 0 and cancel():
            raise Cancelled
        text = sentence.text
        if text in read and not sentence.cited:
            mentions, days = read[text]
        elif _DIGIT.search(text) is None and not _ERA_HINT.search(text):
            continue  # every date but a named era holds a digit
        else:
            written = find_dates(text, early)
            mentions, days = read[text] = kept_dates(text, written, sentence.cited), find_days(text, written)
        if mentions or days:
            dated.append((sentence, mentions, days))
    guide = YearGuide()
    for sentence, mentions, _ in dated:
        guide.note(sentence.place, sentence.text, mentions)
    dominant = guide.dominant()
    guide = YearGuide()
    candidates: list[_Candidate] = []
    for sentence, mentions, days in dated:
        found: list[tuple[DateMention, bool]] = [(m, False) for m in mentions]
        found += [
            (d, True) for d in guide.date_days(sentence.place, sentence.text, mentions, days, dominant, sentence.titled)
        ]
        if len(found) > len(mentions):  # a day taken from the text must pass the same test
            found = [(m, y) for m, y in found if not y or kept_dates(sentence.text, [m], sentence.cited)]
        seen: set[tuple[str, str]] = set()
        for mention, yearless in sorted(found, key=lambda pair: pair[0].offset):
            if (mention.start, mention.end) in seen:
                continue
            seen.add((mention.start, mention.end))
            candidates.append(_Candidate(sentence, mention, yearless))
    return candidates


def _events(
    candidates: list[_Candidate],
    casing: Casing,
    cancel: Callable[[], bool] | None,
    progress: Progress | None,
) -> dict[tuple[str, int, int], Event]:
    """The clause of each candidate's date (step 2), for the sentences within the parser's budget."""
    texts = list(dict.fromkeys(c.sentence.text for c in candidates))
    parses = parse_all(_within_budget(texts), cancel=cancel, progress=progress)
    spans: dict[int, list[tuple[int, int]]] = {}  # by sentence (one text may stand at many places)
    for candidate in candidates:
        spans.setdefault(id(candidate.sentence), []).append(_key(candidate)[1:])
    events = {}
    for number, candidate in enumerate(candidates):
        if number % _CANCEL_EVERY == 0 and cancel is not None and cancel():
            raise Cancelled
        parse = parses.get(candidate.sentence.text)
        if parse is not None and number < ANALYSIS_BUDGET and _key(candidate) not in events:
            start, end = _key(candidate)[1:]
            others = tuple(s for s in spans[id(candidate.sentence)] if s != (start, end))
            entry = candidate.sentence.list_item
            events[_key(candidate)] = describe(parse, start, end, casing, others, entry=entry)
    return events


def _within_budget(texts: list[str]) -> list[str]:
    """The texts to parse: all of them, or as many distinct shapes as the budget allows (in reading order)."""
    if len(texts) <= PARSE_BUDGET:
        return texts
    from studyapp.language.parses import shape

    shapes: set[str] = set()
    chosen = []
    for text in texts:
        key = shape(text)
        if key not in shapes and len(shapes) >= PARSE_BUDGET:
            continue
        shapes.add(key)
        chosen.append(text)
    return chosen


def _without_citations(event: Event, sentence: _Sentence) -> Event:
    """The event's texts without the citations of its sentence ("first published in 1628" rather than
    "(Harvey 1847), first published in 1628"): a card shows the event, not its sources."""
    text = sentence.text
    cited = [text[a:b] for a, b in (*sentence.cited, *source_spans(text))]
    if not cited:
        return event

    def clean(text: str) -> str:
        for citation in cited:
            text = text.replace(citation, "")
        return tidy(text)

    return dataclasses.replace(
        event,
        clause=sentence_case(clean(event.clause)),
        statement=sentence_case(clean(event.statement)) if event.statement else "",
        question=clean(event.question.rstrip("?")) + "?" if event.question else "",
        whole=sentence_case(clean(event.whole)) if event.whole else "",
    )


_OFTEN = 5  # a noun the document uses this often is one of the things it is about


def _own_words(doc: Document, sentences: list[_Sentence]) -> frozenset[str]:
    """The nouns the document may say "the" of without naming the thing again: its :func:`_opening_words` and
    the words it uses often ("the blockade" of an article on a missile crisis)."""
    counts = Counter(w.rstrip("s") for s in sentences for w in _WORD.findall(s.text.lower()))
    return _opening_words(doc) | {w for w, n in counts.items() if n >= _OFTEN}


def _opening_words(doc: Document) -> frozenset[str]:
    """The words of the document's title and of its opening paragraph ("Bamberg is a town in Upper Franconia":
    "the town" is Bamberg), each without a plural "s"."""
    texts = [doc.title]
    for section in doc.sections[:1]:
        paragraph = next((b for b in section.blocks if isinstance(b, Paragraph)), None)
        if paragraph is not None:
            texts.extend(s.text for s in paragraph.sentences)
    return frozenset(w.rstrip("s") for w in _WORD.findall(" ".join(texts).lower()))


_WORD = re.compile(r"[a-z]+")
# nouns that stand for a word or a place the sentence before named, never for what the article is about: "The term
# was formally introduced in 1921" (which term? an article on ecology says "the term ecology" too: blind read r119)
_NAMING_NOUNS = frozenset({"term", "word", "phrase", "name"})


def _points_back(noun: str, own: frozenset[str]) -> bool:
    """ "used the term", "... Pacific port at the site": a thing the sentence before named, unless the article is
    about a site ("a Stonehenge Cursus was built north of the site", r119)."""
    return noun == "term" or (noun == "site" and noun not in own)


def _settled(event: Event, earlier: tuple[str, ...], own: frozenset[str] | None = None) -> Event:
    """A bare "the" noun leans on the sentences before when they name that noun ("appoint a boundary commission
    ... The commission rendered a decision"); else it is the article's own when the article is about it (its
    title or opening names it, or it comes back often: "the blockade", "the town"), and no sentence says which
    when not ("However, the project was cancelled", "the party pulled in": blind reads r31-r37)."""
    words = event.leaning.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] in POINTING_BACK:
        return event
    noun = words[1].rstrip("s")
    if any(noun in sentence.lower() for sentence in earlier):
        return event
    if own is not None and noun.isalpha() and (noun not in own or noun in _NAMING_NOUNS):
        return dataclasses.replace(event, untold=True)  # "However, the project was cancelled": which project?
    return dataclasses.replace(event, leaning="")


def _named_just_before(event: Event, earlier: tuple[str, ...], opening: frozenset[str], own: frozenset[str]) -> Event:
    """The event with "the treaty" as what leans where a sentence just before gives the thing its name ("In
    August 1585 Elizabeth signed the Treaty of Nonsuch ... The treaty marked the beginning of the Anglo-Spanish
    War, which lasted until 1604": which treaty? r86); a thing of the article's title or ``opening`` is known; "the
    site" or "the term" leans unless the article is about a site (``own``: its words, as ``_settled`` has them)."""
    if not event.leaning:
        for unnamed in (event.unnamed, event.unnamed_argument):
            noun = _THE_NOUN.fullmatch(unnamed)
            if noun and (_named_in(unnamed, earlier, opening) or _points_back(noun[1], own)):
                return dataclasses.replace(event, leaning=unnamed)  # "... Pacific port at the site" (r119)
    first = _THE_NOUN.match(event.whole)
    if first and not event.whole_leaning and _named_in(first[0], earlier, opening):
        return dataclasses.replace(event, whole_leaning=first[0])
    return event


_THE_NOUN = re.compile(r"[Tt]he ([a-z]+)\b(?! of [A-Z])")


def _named_in(the_noun: str, earlier: tuple[str, ...], own: frozenset[str]) -> bool:
    """A sentence of ``earlier`` names a thing of the kind ``the_noun`` tells ("the Treaty of Nonsuch", "the
    Molotov-Ribbentrop Pact") and the article's ``own`` words do not say which."""
    noun = the_noun.split()[-1]
    if noun.rstrip("s") in own:
        return False
    kind = noun.capitalize()
    named = re.compile(rf"\w[\w,;]* {kind}s?\b(?! [A-Z])|\b{kind}s? of [A-Z]")
    return any(named.search(sentence) for sentence in earlier)


# a name and what follows it: a regnal number ("James II") or more capitalized words ("James Francis Edward Stuart")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ((?:[IVX]+|[A-Z][a-z]+)(?: [A-Z][a-z]+)*)\b")
_REGNAL = re.compile(r"[IVX]+")


def _shared_names(title: str, sentences: list[_Sentence]) -> frozenset[str]:
    """The names the document gives several people of, one a ruler's, none most of the time ("James II", "James
    VI", "James Francis Edward Stuart"): a sentence that says only "James" does not say which (blind read r39).
    A name of the title is the article's own ("Philip" of "Philip II of France")."""
    endings: dict[str, Counter[str]] = {}
    for sentence in sentences:
        for match in _FULL_NAME.finditer(sentence.text):
            endings.setdefault(match[1], Counter())[match[2].split()[0]] += 1
    return frozenset(
        name
        for name, ends in endings.items()
        if any(_REGNAL.fullmatch(end) for end in ends)
        and max(ends.values()) < _MOSTLY * sum(ends.values())
        and name not in title.split()
    )


_MOSTLY = 2 / 3  # where one "Henry IV" has this share of the Henrys, a bare "Henry" is he (blind read r36)


def _unsaid_who(event: Event) -> Event:
    """The event of "James became King of England" where several are called James: no sentence shown says which."""
    return dataclasses.replace(event, leaning=event.subject, untold=True)


def _surnames_in_full(
    title: str, sentences: list[_Sentence], found: list[tuple[_Candidate, Event | None]]
) -> list[tuple[_Candidate, Event | None]]:
    """A subject that is a person's surname, written in full (the one named last, where several bear it). A
    name of the title is the article's own ("Tesla" of "Nikola Tesla", whose father is named too)."""
    own = set(slugify(title, fallback="").split("-"))  # "Hernan Cortes" holds "Cortés"
    bare = [e.subject for _, e in found if e is not None and e.subject and " " not in e.subject]
    bare = [word for word in bare if slugify(word, fallback="") not in own]
    surnames = Surnames.of([s.text for s in sentences], bare)
    if not surnames.mentions:
        return found
    position = {id(s): i for i, s in enumerate(sentences)}
    asked = [c.sentence.text for c, e in found if e is not None and e.subject in surnames.family_first]
    people = people_in(asked) if asked else frozenset()  # "Chad signed": the country, not a Chad the text names
    out: list[tuple[_Candidate, Event | None]] = []
    for candidate, event in found:
        if event is not None and event.subject in surnames.family_first and event.subject not in people:
            out.append((candidate, event))
            continue
        if event is not None and surnames.given_in_full(event.subject):
            name = surnames.full_name(event.subject, position[id(candidate.sentence)])
            event = event.with_full_name(name) if name else event
        out.append((candidate, event))
    return out


def _is_fact(candidate: _Candidate, event: Event) -> bool:
    if event.role == "none":
        return False
    return not candidate.yearless or event.past  # "takes place on 27 February": a yearly day, no event


def _title_as_a_thing(title: str, sentences: list[_Sentence]) -> str:
    """The article's one-word title in lower case where the text writes it so ("silicon", "gold": a thing, never a
    "he"); "" for a title that is a name ("Hirohito")."""
    word = title.strip().lower()
    if not word.isalpha():
        return ""
    written = re.compile(rf"\b{word}\b")
    return word if any(written.search(s.text) for s in sentences) else ""


def _with_people(
    found: list[tuple[_Candidate, Event | None]],
    pronouns: Pronouns,
    subject: frozenset[str],
    opening: str,
    cancel: Callable[[], bool] | None,
    thing: str = "",
) -> list[tuple[_Candidate, Event | None]]:
    """Step 3: "he" and "she" named where the sentences before say who it is, and the document does not speak
    of that person only with the other pronoun; in a biography, only as its ``subject``; never as a place the
    sentence or the article's ``opening`` names ("Rome is the capital city of Italy": "Rome witnessed the rise of
    Italian Fascism led by Benito Mussolini ... He did away with democracy" is no deed of Rome, blind read r76),
    nor as the ``thing`` the article is about ("Silicon ... was not prepared until 31 years later, by Deville. ... he
    was able to obtain ...": not silicon, r142)."""
    wanting = [(c, e) for c, e in found if e is not None and e.leaning.lower() in PERSONAL | POSSESSIVE_PERSONAL]
    if not wanting:
        return found
    earlier = list(dict.fromkeys(t for c, _ in wanting for t in c.sentence.earlier))
    parses = parse_all([*earlier, *(c.sentence.text for c, _ in wanting)], cancel=cancel)
    people = {}
    for candidate, event in wanting:
        assert event is not None
        start, end = _key(candidate)[1:]
        before = [parses[t] for t in candidate.sentence.earlier if t in parses]
        person = person_for(parses[candidate.sentence.text], start, end, before)
        if (
            person is not None
            and pronouns.fits(person.name, event.leaning)
            and may_be_subject(person.name, subject)
            and person.name.lower() != thing
        ):
            people[_key(candidate)] = person
    # the named-entity pass only where a name was found
    found_places = places_in([*(p.sentence for p in people.values()), *([opening] if people and not subject else [])])
    places = frozenset(place.lower() for place in found_places)  # "ROME (Latin and ) is the capital city"
    named = {
        key: event.with_person(display_title(people[key].name))  # not "MAO ZEDONG’s control" (r81)
        for candidate, event in wanting
        if (key := _key(candidate)) in people and not _is_place(people[key].name, places)
    }
    return [(c, named.get(_key(c), e)) for c, e in found]


def _is_place(name: str, places: frozenset[str]) -> bool:
    """``name``, or a word of it, is among ``places`` (in lower case)."""
    return name.lower() in places or any(word.lower() in places for word in name.split())


def _facts(doc: Document, found: list[tuple[_Candidate, Event | None]]) -> list[DatedFact]:
    # Both signatures of a fact are taken in one pass, while its sentence's words are still cached: the long
    # one is needed wherever short keys collide (often, in a long document), and re-reading then costs more.
    keys, wholes = [], []
    for candidate, _ in found:
        keys.append(fact_signature(candidate.sentence.text, candidate.date))
        wholes.append(whole_signature(candidate.sentence.text))
    ids = stable_ids("fact", doc.id, keys, lambda i: f"{found[i][0].date.start}/{found[i][0].date.end}/{wholes[i]}")
    facts = []
    for position, (fact_id, (candidate, event)) in enumerate(zip(ids, found, strict=True)):
        sentence = candidate.sentence
        leans = sentence.list_item or event is None or (bool(event.leaning) and not event.untold)
        facts.append(
            DatedFact(
                id=fact_id,
                section=sentence.section,
                sentence=sentence.text,
                context=sentence.previous if leans and (sentence.list_item or event is not None) else "",
                date=candidate.date,
                footnotes=tuple(sentence.footnotes),
                position=position,
                event=event,
            )
        )
    return facts


def analysed(facts: list[DatedFact]) -> list[DatedFact]:
    """``facts`` made outside :func:`find_facts` (by hand, in tests) with their events, as find_facts gives
    them: those whose date dates nothing are left out."""
    parses = parse_all(f.sentence for f in facts)
    casing = Casing.of(f.sentence for f in facts)
    spans: dict[str, list[tuple[int, int]]] = {}
    for fact in facts:
        spans.setdefault(fact.sentence, []).append((fact.date.offset, fact.date.offset + len(fact.date.text)))
        spans[fact.sentence] = list(dict.fromkeys(spans[fact.sentence]))
    result = []
    for fact in facts:
        where = (fact.date.offset, fact.date.offset + len(fact.date.text))
        others = tuple(s for s in spans[fact.sentence] if s != where)
        event = _settled(describe(parses[fact.sentence], *where, casing, others), ())
        if event.role != "none":
            result.append(dataclasses.replace(fact, event=event))
    return result
