"""How a date attaches to its sentence: the words that introduce it ("on the night of"), the word it modifies, and
the part it plays there (the time of an event, a limit, part of a name, an aside, or nothing at all)."""

from __future__ import annotations

from enum import StrEnum

from studyapp.language.grammar import NAME_TAGS, NOUN_TAGS, VERB_TAGS, dep_of, tag_of
from studyapp.language.parses import Parse

_BOUNDS = frozenset({"before", "after", "until", "till", "by", "since"})


TIME_PREPOSITIONS = frozenset({"in", "on", "during", "at", "from", "between", "throughout", "through", "around"})


# Nouns that only place a date inside a time ("on the night of September 8", "at the end of 1990").
_TIME_NOUNS = frozenset(
    {
        "night",
        "morning",
        "evening",
        "afternoon",
        "day",
        "time",
        "end",
        "beginning",
        "start",
        "middle",
        "turn",
        "dawn",
        "eve",
        "course",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "half",
        "part",
        "late",
        "early",
    }
)


class DateRole(StrEnum):
    """How a date takes part in its clause."""

    TIME = "time"  # when the clause's event happened: "In 1997, he met ...", "was signed on May 22, 1883"
    BOUND = "bound"  # a limit, not the time itself: "before 1300", "by October 1962", "since 1994"
    NAME = "name"  # part of a noun phrase: "the Panic of 1873", "the 1962 elections", "a 1976 article"
    ASIDE = "aside"  # a parenthesis beside a name: "Malpighi (1628–1694)", "the Federation (1958–62)"
    TOPIC = "topic"  # the date is talked about: "The 1890s were marked by unrest", "The year was 2010"
    NONE = "none"  # dates nothing: a war named as a thing, a year named as a thing, a verbless fragment


def top_of(parse: Parse, tokens: tuple[int, ...]) -> int:
    """The date's token whose head lies outside the date (the one nearest the root); of a date the parser split
    ("On Sunday, September 27, the Germans ...": "Sunday" under "On", "September" under the verb), the one the
    preposition before it introduces."""
    inside = set(tokens)
    outside = [
        i
        for i in tokens
        if (parse.words[i].head not in inside or parse.words[i].head == i) and dep_of(parse, i) != "punct"
    ]
    before = tokens[0] - 1
    if len(outside) > 1 and before >= 0 and tag_of(parse, before) in ("IN", "TO"):
        introduced = [i for i in outside if parse.words[i].head == before and dep_of(parse, i) == "pobj"]
        if introduced:
            return introduced[0]
    return min(outside or tokens, key=lambda i: len(parse.ancestors(i)))


def first_conjunct(parse: Parse, index: int) -> int:
    """ "the 1830s and 1840s": the second date hangs from the first; both attach where the first does."""
    while dep_of(parse, index) == "conj" and parse.words[index].head != index:
        index = parse.words[index].head
    return index


def date_phrase(parse: Parse, date: tuple[int, ...], top: int) -> tuple[tuple[int, ...], str, int]:
    """The date with its introducing words, the preposition, and the word the whole phrase modifies."""
    phrase = set(date)
    preposition = ""
    current = top
    for _ in range(4):  # "on the night of September 8": of -> night -> on -> verb
        head = parse.words[current].head
        if head == current:
            break
        head_word = parse.word(head).lower()
        if dep_of(parse, current) == "pobj" and tag_of(parse, head) in ("IN", "TO"):
            preposition = head_word
            phrase.add(head)
            current = head
            continue
        if (
            preposition == "of"
            and tag_of(parse, head) in NOUN_TAGS
            and head_word in _TIME_NOUNS
            and dep_of(parse, head) == "pobj"
        ):
            first = min(phrase)
            phrase.update([i for i in parse.subtree(head) if i < first])  # "the night"
            current = head
            preposition = ""
            continue
        if preposition == "" and dep_of(parse, current) == "npadvmod" and head_word in _TIME_NOUNS:
            break
        break
    for token in date:  # "on June 22 and 24": the second day goes with the first
        numbers = [
            c
            for c in parse.children[token]
            if dep_of(parse, c) == "conj" and all(tag_of(parse, i) in ("CD", "CC") for i in parse.subtree(c))
        ]
        for child in numbers:
            phrase.update(parse.subtree(child))
            phrase.update(c for c in parse.children[token] if dep_of(parse, c) == "cc" and c < child)
    for token in date:  # "created on 14 July 2015, aimed to loosen the sanctions": a participle hung on the date
        for child in parse.children[token]:
            if dep_of(parse, child) == "acl" and tag_of(parse, child) == "VBN" and child > token:
                described = parse.subtree(child)
                phrase.update(described)
                if tag_of(parse, described[0] - 1) == ",":
                    phrase.add(described[0] - 1)
    # "in the autumn of 1537": the article between the preposition and a date written without it goes too
    phrase.update(
        i for i in range(min(phrase), max(phrase)) if dep_of(parse, i) == "det" and parse.words[i].head in phrase
    )
    first = min(phrase)
    if first > 0 and parse.word(first - 1).lower() in ("as", "early", "late") and preposition == "as":
        phrase.update(range(max(0, first - 2), first))  # "as early as August 1962"
        if first >= 3 and parse.word(first - 3).lower() in _BOUNDS:
            phrase.add(first - 3)  # "until as late as 1844, Latin remained the official language": a limit (r105)
            preposition = parse.word(first - 3).lower()
    elif first > 2 and preposition == "as" and [parse.word(i).lower() for i in range(first - 3, first)] == _FAR_BACK:
        phrase.update(range(first - 3, first))  # "as far back as 1924": not "... in some European cities as far back."
    elif first > 0 and preposition in ("through", "to", "until", "till") and parse.word(first - 1).lower() == "up":
        phrase.add(first - 1)  # "elections in Haiti up through the 1980s": a limit, not "... Haiti up." (r125)
        preposition = "until"
    elif first > 0 and parse.word(first - 1).lower() in ("early", "late") and preposition == "in":
        phrase.add(first - 1)  # "published late in 1596": no "When was it published late?"
    return tuple(sorted(phrase)), preposition, parse.words[current].head


_FAR_BACK = ["as", "far", "back"]


def role_of(parse: Parse, top: int, phrase: tuple[int, ...], preposition: str, anchor: int) -> DateRole:
    if preposition in _BOUNDS or preposition == "from":  # "from Spring 1915 until April 1919": a start
        return DateRole.BOUND
    if preposition == "of":
        return DateRole.NAME
    dep = dep_of(parse, top)
    if preposition == "between" and top not in phrase:  # the span opens on an event, not a date
        return DateRole.BOUND  # "Between Almanzor's death and 1031, Al-Andalus suffered many civil wars" (r134)
    words = parse.text
    start = parse.words[min(phrase)].start
    if start > 0 and words[:start].rstrip().endswith("(") and tag_of(parse, anchor) in NOUN_TAGS:
        return DateRole.ASIDE
    if preposition:
        return DateRole.TIME if preposition in TIME_PREPOSITIONS or preposition == "as" else DateRole.NAME
    if dep in ("nummod", "compound", "amod", "poss", "nmod", "quantmod"):
        return DateRole.NAME
    if dep == "appos":
        return DateRole.ASIDE
    if dep in ("nsubj", "nsubjpass", "attr", "dobj", "csubj"):
        return DateRole.TOPIC
    if dep in ("npadvmod", "tmod", "advmod") or tag_of(parse, anchor) in VERB_TAGS:
        return DateRole.TIME
    return DateRole.NAME


def noun_attached(parse: Parse, noun: int, verb: int, preposition: str) -> DateRole:
    """A time phrase the parser hung on a noun: the verb's time when the noun is the verb's object ("approved
    the treaty of purchase on April 9"), the noun's own date otherwise ("The purchase of Alaska in 1867 marked
    ...", "since the time of its independence in 1991")."""
    if preposition not in ("in", "on", "during", "at"):
        return DateRole.NAME
    current = noun
    for _ in range(3):
        dep, head = dep_of(parse, current), parse.words[current].head
        if dep in ("dobj", "attr", "dative") and head == verb:
            return DateRole.TIME
        if dep == "pobj" and parse.word(head).lower() == "of" and head != current:
            current = parse.words[head].head  # "the treaty of purchase": up to "treaty"
            continue
        break
    return DateRole.NAME


def is_era(parse: Parse, date: tuple[int, ...]) -> bool:
    """A date written as a named period ("World War II", "the Cold War"), not with numbers or a century."""
    text = parse.text[parse.words[date[0]].start : parse.words[date[-1]].end].lower()
    return not any(c.isdigit() for c in text) and "centur" not in text and "millenni" not in text


def era_as_time(parse: Parse, role: DateRole, preposition: str, anchor: int) -> bool:
    """A named period used as a time: "during World War II", "recognized in World War II" (an "in" only
    where it hangs from a verb: "Defeat in the Crimean War" names the war as a place of defeat)."""
    if role not in (DateRole.TIME, DateRole.BOUND):
        return False
    return preposition not in ("in", "at", "") or tag_of(parse, anchor) in VERB_TAGS


def name_with_year(parse: Parse, date: tuple[int, ...]) -> bool:
    """A year that is part of a name, written right after it: "Cornwall 2000", "Vision 2030", "Windows 95"."""
    if len(date) != 1 or not parse.word(date[0]).isdigit() or date[0] == 0:
        return False
    before = date[0] - 1
    if tag_of(parse, before) not in NAME_TAGS:
        return False
    return parse.words[date[0]].head == before or parse.words[before].head == date[0]


def year_as_thing(parse: Parse, date: tuple[int, ...], preposition: str, anchor: int) -> bool:
    """A year named as a thing rather than as a time, after "of": a year set beside another ("the overlay of
    1804 and 2004"), or the year of a date or of an abstract quality ("the constitutive date of 1804", "the
    continued importance of 1946"); "the great storm of 1703" and "the Panic of 1873" are dated things."""
    if preposition != "of" or len(date) != 1 or not parse.word(date[0]).isdigit():
        return False
    if tag_of(parse, anchor) not in NOUN_TAGS or parse.word(anchor)[:1].isupper():
        return False
    year = date[0]
    if any(dep_of(parse, c) == "conj" and parse.word(c).isdigit() for c in parse.children[year]):
        return True
    if dep_of(parse, year) == "conj" and parse.word(parse.words[year].head).isdigit():
        return True
    noun = parse.word(anchor).lower()
    return noun in ("date", "year", "years") or noun.endswith(_ABSTRACT)


_ABSTRACT = ("ance", "ence", "ity", "ness")


def told_in_when_clause(parse: Parse, date: tuple[int, ...], phrase: tuple[int, ...]) -> int | None:
    """The verb of a "when" clause that follows the date ("Beginning in 1725, when Peter the Great dispatched
    Vitus Bering ..."): that clause tells what happened at the date."""
    after = phrase[-1] + 1
    if after < len(parse.words) and tag_of(parse, after) == ",":
        after += 1
    if after < len(parse.words) and parse.word(after).lower() == "when":
        verb = parse.words[after].head
        if tag_of(parse, verb) in VERB_TAGS and not set(date) & set(parse.subtree(verb)):
            return verb
    for token in date:
        for child in parse.children[token]:
            if (
                dep_of(parse, child) in ("relcl", "advcl", "acl")
                and tag_of(parse, child) in VERB_TAGS
                and any(parse.word(c).lower() == "when" for c in parse.children[child])
            ):
                return child
    return None
