"""The clause a date belongs to: how the date attaches, and the clause's verb, subject and words.

A date found in a sentence dates one clause, not the sentence: in "The Senate approved the treaty on April 9;
President Johnson signed it on May 28, and Alaska was transferred on October 18, 1867" each date has its own
clause. :func:`date_clause` follows the dependency parse from the date up to the word it modifies and keeps the
clause of that word: its subject (inherited from the first of two coordinated verbs, or the noun a relative
clause describes), its verb and auxiliaries, and its own words without the clauses nested in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from studyapp.language.parses import Parse, shape

VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_BOUNDS = frozenset({"before", "after", "until", "till", "by", "since"})
_TIME_PREPOSITIONS = frozenset({"in", "on", "during", "at", "from", "between", "throughout", "through", "around"})
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
_RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})


class DateRole(StrEnum):
    """How a date takes part in its clause."""

    TIME = "time"  # when the clause's event happened: "In 1997, he met ...", "was signed on May 22, 1883"
    BOUND = "bound"  # a limit, not the time itself: "before 1300", "by October 1962", "since 1994"
    NAME = "name"  # part of a noun phrase: "the Panic of 1873", "the 1962 elections", "a 1976 article"
    ASIDE = "aside"  # a parenthesis beside a name: "Malpighi (1628–1694)", "the Federation (1958–62)"
    TOPIC = "topic"  # the date is talked about: "The 1890s were marked by unrest", "The year was 2010"
    NONE = "none"  # dates nothing: a war named as a thing, a year named as a thing, a verbless fragment


@dataclass(frozen=True)
class DateClause:
    """A date and the clause it dates, as token indexes of a :class:`Parse`.

    Attributes:
        role: how the date takes part in the clause.
        date: the date's tokens.
        phrase: the date with the words that introduce it ("on", "on the night of"): cut out of a question.
        preposition: the word that introduces the date ("in", "until"), "" for none.
        verb: the clause's verb (its head word), or None for a verbless fragment.
        subject: the subject's tokens (possibly outside ``tokens``: an inherited or relative subject).
        tokens: the clause's own words in sentence order (nested clauses without the date left out).
        head: the noun the date modifies, for a date inside a noun phrase (NAME, ASIDE), else None.
    """

    role: DateRole
    date: tuple[int, ...]
    phrase: tuple[int, ...]
    preposition: str
    verb: int | None
    subject: tuple[int, ...]
    tokens: tuple[int, ...]
    head: int | None = None
    inherited: bool = field(default=False)  # the subject stands outside the clause's own words
    verbless: bool = False  # a sentence without a verb in a tense, kept whole


def date_clause(
    parse: Parse, start: int, end: int, others: tuple[tuple[int, int], ...] = (), *, entry: bool = False
) -> DateClause:
    """The clause that the date at ``parse.text[start:end]`` dates (computed once per sentence shape: a clause
    is made of token numbers, the same for sentences that differ only in their digits).

    Args:
        parse: the parsed sentence.
        start, end: where the date stands.
        others: where the sentence's other dates stand (a verb coordinated with the date's verb belongs to its
            clause unless it has a date of its own).
        entry: the sentence is an entry of a numbered list, which need not have a verb in a tense ("To open a
            terminal by 2030").
    """
    key = (shape(parse.text), start, end, others, entry)
    found = _CLAUSES.get(key)
    if found is None:
        if len(_CLAUSES) >= _CLAUSES_KEPT:
            _CLAUSES.clear()
        found = _CLAUSES[key] = _date_clause(parse, start, end, others, entry)
    return found


_CLAUSES: dict[tuple, DateClause] = {}
_CLAUSES_KEPT = 8192


def _date_clause(parse: Parse, start: int, end: int, others: tuple[tuple[int, int], ...], entry: bool) -> DateClause:
    date = tuple(i for i, w in enumerate(parse.words) if w.start < end and start < w.end)
    if not date:
        return DateClause(DateRole.NONE, (), (), "", None, (), ())
    top = _first_conjunct(parse, _top(parse, date))
    phrase, preposition, anchor = _phrase(parse, date, top)
    role = _role(parse, top, phrase, preposition, anchor)
    verb = _verb_of(parse, anchor)
    if not _has_finite_verb(parse) and not (entry and verb is not None):
        return _verbless(parse, date, phrase, preposition)
    if verb is None:
        return DateClause(DateRole.NONE, date, phrase, preposition, None, (), date)
    told = _told_in_when_clause(parse, date, phrase)
    if told is not None and (role is not DateRole.TIME or not _is_finite(parse, verb)):
        verb, role = told, DateRole.TIME  # "since 1994, when Azerbaijan signed the Contract": the signing's date
    verb = _coordinated_verb(parse, verb, phrase)
    verb = _sharing_auxiliary(parse, verb)
    verb = _first_of_a_pair(parse, verb, date, others)
    if role is DateRole.TIME and _tag(parse, anchor) in NOUN_TAGS and told is None:
        role = _noun_attached(parse, anchor, verb, preposition)
    if _is_era(parse, date) and not _era_as_time(parse, role, preposition, anchor):
        role = DateRole.NONE  # "the closest the Cold War came", "Defeat in the Crimean War": no time
    if role is DateRole.NAME and (_year_as_thing(parse, date, preposition, anchor) or _name_with_year(parse, date)):
        role = DateRole.NONE
    finite = _finite_clause(parse, verb)
    if not _is_finite(parse, finite) and parse.words[finite].head == finite:
        # a root without a tense is a misparse of a long sentence: the date's clause is the whole sentence
        whole = tuple(_trimmed(parse, list(range(len(parse.words)))))
        return DateClause(
            DateRole.NAME if role is DateRole.TIME else role, date, phrase, preposition, finite, (), whole
        )
    if finite != verb:
        verb = finite
        if role is DateRole.TIME:
            role = DateRole.NAME  # "offered to sell Alaska in 1859": the date is not the offer's
    cleft = _cleft_statement(parse, verb)
    if cleft is not None:  # "It was only in 1828 that the treaty gave ...": the treaty's giving is of 1828
        opening = next(c for c in parse.children[verb] if set(parse.subtree(c)) & set(date))
        subject, inherited = _subject(parse, cleft)
        inner = [
            i
            for i in _clause_tokens(parse, cleft, keep=date)
            if _dep(parse, i) != "mark" or i != min(parse.subtree(cleft))
        ]
        tokens = tuple(sorted(set(inner) | set(parse.subtree(opening))))
        return DateClause(role, date, phrase, preposition, cleft, subject, tokens, None, False)
    subject, inherited = _subject(parse, verb)
    if not subject and parse.words[verb].head != verb and told is None:
        outer = _verb_of(parse, parse.words[verb].head)
        if outer is not None:  # "as occurred in the early twentieth century": no subject to ask about
            verb, role = _finite_clause(parse, outer), DateRole.NAME if role is DateRole.TIME else role
            subject, inherited = _subject(parse, verb)
    dated = tuple(i for i, w in enumerate(parse.words) for a, b in others if w.start < b and a < w.end)
    tokens = _clause_tokens(parse, verb, keep=date, dated=dated)
    head = anchor if role in (DateRole.NAME, DateRole.ASIDE) else None
    return DateClause(role, date, phrase, preposition, verb, subject, tokens, head, inherited)


def _told_in_when_clause(parse: Parse, date: tuple[int, ...], phrase: tuple[int, ...]) -> int | None:
    """The verb of a "when" clause that follows the date ("Beginning in 1725, when Peter the Great dispatched
    Vitus Bering ...", "since 1994, when Azerbaijan signed ..."): that clause tells what happened at the date."""
    after = phrase[-1] + 1
    if after < len(parse.words) and _tag(parse, after) == ",":
        after += 1
    if after < len(parse.words) and parse.word(after).lower() == "when":
        verb = parse.words[after].head
        if _tag(parse, verb) in VERB_TAGS and not set(date) & set(parse.subtree(verb)):
            return verb
    for token in date:
        for child in parse.children[token]:
            if (
                _dep(parse, child) in ("relcl", "advcl", "acl")
                and _tag(parse, child) in VERB_TAGS
                and any(parse.word(c).lower() == "when" for c in parse.children[child])
            ):
                return child
    return None


def _first_conjunct(parse: Parse, index: int) -> int:
    """ "the 1830s and 1840s": the second date hangs from the first; both attach where the first does."""
    while _dep(parse, index) == "conj" and parse.words[index].head != index:
        index = parse.words[index].head
    return index


def _is_era(parse: Parse, date: tuple[int, ...]) -> bool:
    """A date written as a named period ("World War II", "the Cold War"), not with numbers or a century."""
    text = parse.text[parse.words[date[0]].start : parse.words[date[-1]].end].lower()
    return not any(c.isdigit() for c in text) and "centur" not in text and "millenni" not in text


def _era_as_time(parse: Parse, role: DateRole, preposition: str, anchor: int) -> bool:
    """A named period used as a time: "during World War II", "recognized in World War II" (an "in" only
    where it hangs from a verb: "Defeat in the Crimean War" names the war as a place of defeat)."""
    if role not in (DateRole.TIME, DateRole.BOUND):
        return False
    return preposition not in ("in", "at", "") or _tag(parse, anchor) in VERB_TAGS


def _name_with_year(parse: Parse, date: tuple[int, ...]) -> bool:
    """A year that is part of a name, written right after it: "Cornwall 2000", "Vision 2030", "Windows 95"."""
    if len(date) != 1 or not parse.word(date[0]).isdigit() or date[0] == 0:
        return False
    before = date[0] - 1
    if _tag(parse, before) not in NAME_TAGS:
        return False
    return parse.words[date[0]].head == before or parse.words[before].head == date[0]


def _year_as_thing(parse: Parse, date: tuple[int, ...], preposition: str, anchor: int) -> bool:
    """A year named as a thing rather than as a time, after "of": a year set beside another ("the overlay of
    1804 and 2004"), or the year of a date or of an abstract quality ("the constitutive date of 1804", "the
    continued importance of 1946"); "the great storm of 1703" and "the Panic of 1873" are dated things."""
    if preposition != "of" or len(date) != 1 or not parse.word(date[0]).isdigit():
        return False
    if _tag(parse, anchor) not in NOUN_TAGS or parse.word(anchor)[:1].isupper():
        return False
    year = date[0]
    if any(_dep(parse, c) == "conj" and parse.word(c).isdigit() for c in parse.children[year]):
        return True
    if _dep(parse, year) == "conj" and parse.word(parse.words[year].head).isdigit():
        return True
    noun = parse.word(anchor).lower()
    return noun in ("date", "year", "years") or noun.endswith(_ABSTRACT)


_ABSTRACT = ("ance", "ence", "ity", "ness")


def _coordinated_verb(parse: Parse, verb: int, phrase: tuple[int, ...]) -> int:
    """The second of two coordinated verbs when the date stands between the "and" and that verb ("took up an
    offer and on March 30, 1867, agreed to ..."): the parser often hangs such a date on the first verb."""
    conjunctions = [c for c in parse.children[verb] if _dep(parse, c) == "cc"]
    verbs = [c for c in parse.children[verb] if _dep(parse, c) == "conj" and _tag(parse, c) in VERB_TAGS]
    for cc in conjunctions:
        for second in verbs:
            if cc < phrase[0] and phrase[-1] < second:
                return second
    return verb


def _first_of_a_pair(parse: Parse, verb: int, date: tuple[int, ...], others: tuple[tuple[int, int], ...]) -> int:
    """ "Here he lived and worked between 1775 and 1792": a date after two coordinated verbs that share their
    subject dates both, when the first has no date of its own (unlike "left ... on December 7, and arrived
    ... on January 15")."""
    word = parse.words[verb]
    head = word.head
    if word.dep != "conj" or head == verb or _tag(parse, head) != word.tag or word.tag not in VERB_TAGS:
        return verb
    if any(_dep(parse, c) in SUBJECT_DEPS for c in parse.children[verb]) or min(date) < verb:
        return verb
    own = set(parse.subtree(head)) - set(parse.subtree(verb))
    if any(parse.words[i].start < b and a < parse.words[i].end for i in own for a, b in others):
        return verb
    return head


def _sharing_auxiliary(parse: Parse, verb: int) -> int:
    """ "Lavoisier was convicted and guillotined on 8 May 1794": the second participle shares the first's "was"
    and subject; the clause is the coordination, told from the first verb."""
    word = parse.words[verb]
    if word.dep != "conj" or word.tag != "VBN" or _helpers(parse, verb):
        return verb
    if any(_dep(parse, c) in SUBJECT_DEPS for c in parse.children[verb]):
        return verb
    return word.head if _helpers(parse, word.head) and _tag(parse, word.head) == "VBN" else verb


def _finite_clause(parse: Parse, verb: int) -> int:
    """The verb of the finite clause that holds ``verb``: itself when it has a tense or a subject of its own,
    else the verb an infinitive, a participle or an object relative clause hangs from ("Russia offered to sell
    Alaska in 1859", "A new treaty signed in 1880 revised ...", "the way diplomacy was conducted")."""
    current = verb
    for _ in range(6):
        dep = _dep(parse, current)
        head = parse.words[current].head
        if head == current:
            return current
        if dep == "relcl":
            if any(_dep(parse, c) in SUBJECT_DEPS and _tag(parse, c) in ("WDT", "WP") for c in parse.children[current]):
                return current  # "the treaty which was signed on May 22, 1883": its own clause
        elif _is_finite(parse, current) or dep == "conj":
            return current
        nearest = _verb_of(parse, head)
        if nearest is None:
            return current
        current = nearest
    return current


def _is_finite(parse: Parse, verb: int) -> bool:
    if _tag(parse, verb) in ("VBD", "VBZ", "VBP") or past_read_as_participle(parse, verb):
        return True
    helpers = [c for c in parse.children[verb] if _dep(parse, c) in ("aux", "auxpass")]
    return any(_tag(parse, h) in ("VBD", "VBZ", "VBP", "MD") for h in helpers)


def _tag(parse: Parse, index: int) -> str:
    return parse.words[index].tag


def _dep(parse: Parse, index: int) -> str:
    return parse.words[index].dep


def _top(parse: Parse, tokens: tuple[int, ...]) -> int:
    """The date's token whose head lies outside the date (the one nearest the root)."""
    inside = set(tokens)
    outside = [i for i in tokens if parse.words[i].head not in inside or parse.words[i].head == i]
    return min(outside or tokens, key=lambda i: len(parse.ancestors(i)))


def _phrase(parse: Parse, date: tuple[int, ...], top: int) -> tuple[tuple[int, ...], str, int]:
    """The date with its introducing words, the preposition, and the word the whole phrase modifies."""
    phrase = set(date)
    preposition = ""
    current = top
    for _ in range(4):  # "on the night of September 8": of -> night -> on -> verb
        head = parse.words[current].head
        if head == current:
            break
        head_word = parse.word(head).lower()
        if _dep(parse, current) == "pobj" and _tag(parse, head) in ("IN", "TO"):
            preposition = head_word
            phrase.add(head)
            current = head
            continue
        if (
            preposition == "of"
            and _tag(parse, head) in NOUN_TAGS
            and head_word in _TIME_NOUNS
            and _dep(parse, head) == "pobj"
        ):
            first = min(phrase)
            phrase.update([i for i in parse.subtree(head) if i < first])  # "the night"
            current = head
            preposition = ""
            continue
        if preposition == "" and _dep(parse, current) == "npadvmod" and head_word in _TIME_NOUNS:
            break
        break
    for token in date:  # "on June 22 and 24": the second day goes with the first
        numbers = [
            c
            for c in parse.children[token]
            if _dep(parse, c) == "conj" and all(_tag(parse, i) in ("CD", "CC") for i in parse.subtree(c))
        ]
        for child in numbers:
            phrase.update(parse.subtree(child))
            phrase.update(c for c in parse.children[token] if _dep(parse, c) == "cc" and c < child)
    first = min(phrase)
    if first > 0 and parse.word(first - 1).lower() in ("as", "early", "late") and preposition == "as":
        phrase.update(range(max(0, first - 2), first))  # "as early as August 1962"
    return tuple(sorted(phrase)), preposition, parse.words[current].head


def _role(parse: Parse, top: int, phrase: tuple[int, ...], preposition: str, anchor: int) -> DateRole:
    if preposition in _BOUNDS or preposition == "from":  # "from Spring 1915 until April 1919": a start
        return DateRole.BOUND
    if preposition == "of":
        return DateRole.NAME
    dep = _dep(parse, top)
    words = parse.text
    start = parse.words[min(phrase)].start
    if start > 0 and words[:start].rstrip().endswith("(") and _tag(parse, anchor) in NOUN_TAGS:
        return DateRole.ASIDE
    if preposition:
        return DateRole.TIME if preposition in _TIME_PREPOSITIONS or preposition == "as" else DateRole.NAME
    if dep in ("nummod", "compound", "amod", "poss", "nmod", "quantmod"):
        return DateRole.NAME
    if dep == "appos":
        return DateRole.ASIDE
    if dep in ("nsubj", "nsubjpass", "attr", "dobj", "csubj"):
        return DateRole.TOPIC
    if dep in ("npadvmod", "tmod", "advmod") or _tag(parse, anchor) in VERB_TAGS:
        return DateRole.TIME
    return DateRole.NAME


def _noun_attached(parse: Parse, noun: int, verb: int, preposition: str) -> DateRole:
    """A time phrase the parser hung on a noun: the verb's time when the noun is the verb's object ("approved
    the treaty of purchase on April 9"), the noun's own date otherwise ("The purchase of Alaska in 1867 marked
    ...", "since the time of its independence in 1991")."""
    if preposition not in ("in", "on", "during", "at"):
        return DateRole.NAME
    current = noun
    for _ in range(3):
        dep, head = _dep(parse, current), parse.words[current].head
        if dep in ("dobj", "attr", "dative") and head == verb:
            return DateRole.TIME
        if dep == "pobj" and parse.word(head).lower() == "of" and head != current:
            current = parse.words[head].head  # "the treaty of purchase": up to "treaty"
            continue
        break
    return DateRole.NAME


def _verb_of(parse: Parse, index: int) -> int | None:
    """The verb of the clause that holds ``index``: itself, or the nearest verb above it."""
    for current in (index, *parse.ancestors(index)):
        tag = _tag(parse, current)
        if tag in VERB_TAGS and tag != "MD" and _dep(parse, current) not in ("amod", "compound", "aux", "auxpass"):
            return current
    return None


def _has_finite_verb(parse: Parse) -> bool:
    """A sentence with a verb in a tense; without one it is a caption or an entry of a list of works ("Topaz,
    1969 film by Alfred Hitchcock ...")."""
    return any(
        w.tag in ("VBD", "VBZ", "VBP", "MD") or past_read_as_participle(parse, i) for i, w in enumerate(parse.words)
    )


def past_read_as_participle(parse: Parse, verb: int) -> bool:
    """ "A new port opened in 1999": a past tense the tagger took for a participle (it has a subject and no
    auxiliary of its own)."""
    if _tag(parse, verb) != "VBN":
        return False
    children = parse.children[verb]
    return any(_dep(parse, c) in ("nsubj",) for c in children) and not any(
        _dep(parse, c) in ("aux", "auxpass") for c in children
    )


def _verbless(parse: Parse, date: tuple[int, ...], phrase: tuple[int, ...], preposition: str) -> DateClause:
    """A sentence without a verb in a tense is no clause: a caption, an entry of a list of works, or a sentence
    whose verb is misspelt ("A railway reachd Nordvik in 1872."). Only the last keeps its date, as a whole
    sentence in doubt: it ends with a full stop and times something with "in", "on" or "during"."""
    words = [w for w in parse.words if w.tag not in (".", ",", ":")]
    if not parse.text.rstrip().endswith(".") or len(words) < 5 or preposition not in _TIME_PREPOSITIONS:
        return DateClause(DateRole.NONE, date, phrase, preposition, None, (), date)
    whole = tuple(_trimmed(parse, list(range(len(parse.words)))))
    return DateClause(DateRole.NAME, date, phrase, preposition, None, (), whole, verbless=True)


def _clause_tokens(parse: Parse, verb: int, keep: tuple[int, ...], dated: tuple[int, ...] = ()) -> tuple[int, ...]:
    """``verb``'s clause: its subtree without nested clauses that do not hold the date (``keep``). A verb
    coordinated with ``verb`` that has neither a subject nor a date (``dated``) of its own stays: "In 1876
    Venezuela protested and appealed to the United States" is one event."""
    kept = set(keep) | _quoted(parse)  # a quotation is kept word for word
    tokens: list[int] = []
    stack = [verb]
    while stack:
        current = stack.pop()
        tokens.append(current)
        at_verb = current == verb
        dropped = []
        for child in parse.children[current]:
            if current in keep and _dep(parse, child) == "appos" and child not in keep:
                dropped.append(child)  # "throughout October 21, considering two options: an air strike": misparse
                continue
            if not _nested_clause(parse, current, child, at_verb) or kept.intersection(parse.subtree(child)):
                continue
            if at_verb and _shares_the_date(parse, verb, child, set(dated)):
                tokens.extend(parse.subtree(child))  # told on as one event: kept whole
                dropped.append(child)
                continue
            dropped.append(child)
        kept_whole = [c for c in dropped if c in tokens]
        for child in parse.children[current]:
            if child in dropped and _dep(parse, child) == "cc" and not _joins_dropped(parse, current, child, dropped):
                dropped.remove(child)
            if child not in dropped:
                stack.append(child)
        for child in kept_whole:  # a coordinated verb kept whole keeps its "and"
            tokens.extend(c for c in parse.children[current] if _dep(parse, c) == "cc" and c < child)
    return tuple(_trimmed(parse, sorted(set(tokens))))


def _quoted(parse: Parse) -> set[int]:
    """The tokens inside quotation marks."""
    inside, quoted = False, set()
    for index, word in enumerate(parse.words):
        text = parse.text[word.start : word.end]
        if text in ('"', "“", "”"):
            inside = text != "”" and not (inside and text == '"')
            continue
        if inside:
            quoted.add(index)
    return quoted if not inside else set()


def _shares_the_date(parse: Parse, verb: int, conjunct: int, dated: set[int]) -> bool:
    """A coordinated verb with no subject, no date of its own and the same auxiliaries as ``verb``
    ("protested and appealed"; not "was signed ... and had secured"): it tells the same event on."""
    if _dep(parse, conjunct) != "conj" or _tag(parse, conjunct) not in VERB_TAGS:
        return False
    if any(_dep(parse, c) in SUBJECT_DEPS for c in parse.children[conjunct]):
        return False
    if _helpers(parse, verb) != _helpers(parse, conjunct) or _tag(parse, verb) != _tag(parse, conjunct):
        return False
    return not dated.intersection(parse.subtree(conjunct))


def _helpers(parse: Parse, verb: int) -> tuple[str, ...]:
    return tuple(parse.word(c).lower() for c in parse.children[verb] if _dep(parse, c) in ("aux", "auxpass"))


def _cleft_statement(parse: Parse, verb: int) -> int | None:
    """The verb of the "that" clause of a cleft sentence ("It was only in the nineteenth century ... that the
    north was given to Russia"), or None."""
    children = parse.children[verb]
    if parse.word(verb).lower() not in ("was", "is", "were"):
        return None
    if not any(parse.word(c).lower() == "it" and _dep(parse, c) in ("nsubj", "expl") for c in children):
        return None
    for child in children:
        if (
            _dep(parse, child) in ("ccomp", "advcl", "relcl")
            and child > verb
            and any(parse.word(c).lower() == "that" for c in parse.children[child])
        ):
            return child
    return None


def _joins_dropped(parse: Parse, head: int, cc: int, dropped: list[int]) -> bool:
    """An "and" or "but" whose next coordinated verb is left out of the clause (it goes too)."""
    following = [c for c in parse.children[head] if _dep(parse, c) == "conj" and c > cc]
    return bool(following) and following[0] in dropped


def _nested_clause(parse: Parse, head: int, child: int, at_verb: bool) -> bool:
    """A dependent that is a clause of its own: a verb coordinated with the clause's verb (and its "and"), an
    adverbial or relative clause, a clause set before its verb ("X happened; Y happened" parses the first as a
    complement of the second)."""
    dep = _dep(parse, child)
    if dep == "relcl":
        return True
    if dep in ("ccomp", "parataxis"):
        return child < head
    if not at_verb:
        return False
    if dep == "advcl":  # "when ...", "after ...", "seeking a way ...": not "expanded to cover Hawaii"
        return not any(_dep(parse, c) == "aux" and _tag(parse, c) == "TO" for c in parse.children[child])
    return dep in ("conj", "cc", "preconj")


def _trimmed(parse: Parse, tokens: list[int]) -> list[int]:
    """Without the punctuation, conjunctions and relative words at either edge."""
    while tokens and (_tag(parse, tokens[0]) in _EDGE_TAGS or _dep(parse, tokens[0]) in ("cc", "mark", "punct")):
        tokens = tokens[1:]
    while tokens and (
        _tag(parse, tokens[-1]) in _EDGE_TAGS or _tag(parse, tokens[-1]) in _DANGLING or _dep(parse, tokens[-1]) == "cc"
    ):
        if _tag(parse, tokens[-1]) == "''" and any(_tag(parse, i) == "``" for i in tokens):
            break  # the close of a quotation the clause opens
        tokens = tokens[:-1]
    return tokens


_EDGE_TAGS = frozenset({",", ":", ".", "CC", "HYPH", "``", "''"})
_DANGLING = frozenset({"WDT", "WP", "IN", "DT", "TO"})  # a clause never ends on "which", "of", "the", "to"


def _subject(parse: Parse, verb: int) -> tuple[tuple[int, ...], bool]:
    """The subject of ``verb``'s clause and whether it stands outside the clause (inherited from a first
    coordinated verb, or the noun a relative clause or a participle describes)."""
    current = verb
    for _ in range(6):
        for child in parse.children[current]:
            if _dep(parse, child) in SUBJECT_DEPS:
                tokens = _phrase_tokens(parse, child)
                if parse.word(child).lower() in _RELATIVE_PRONOUNS and _dep(parse, current) == "relcl":
                    antecedent = parse.words[current].head
                    return _phrase_tokens(parse, antecedent, without=current), True
                return tokens, current != verb
        dep = _dep(parse, current)
        head = parse.words[current].head
        if dep == "acl" and _tag(parse, current) == "VBD" and _tag(parse, head) in NOUN_TAGS:
            return _phrase_tokens(parse, head), True  # "The last keeper, Anna Lund, left on ...": a misread verb
        if dep == "conj" and head != current and _tag(parse, head) in VERB_TAGS:
            current = head  # "... left the United States on December 7, and arrived in Liberia ..."
            continue
        if dep in ("xcomp",) and head != current:
            current = head
            continue
        break
    return (), False


def _phrase_tokens(parse: Parse, index: int, without: int | None = None) -> tuple[int, ...]:
    """A noun phrase without the clauses and appositions set apart from it by a comma ("Burlingame, a lawyer,
    ...") nor the clause ``without`` (the relative clause it is the subject of); a defining clause stays ("the
    first issue that led to a pause")."""
    tokens = [index]
    stack = [c for c in parse.children[index] if c != without]
    while stack:
        current = stack.pop()
        dep = _dep(parse, current)
        if parse.words[current].head == index and (
            dep == "advcl"
            or (dep in ("appos", "relcl") and _set_apart(parse, current))
            or (dep == "punct" and _tag(parse, current) != "HYPH")
        ):
            continue
        tokens.append(current)
        stack.extend(parse.children[current])
    tokens.sort()
    return _contiguous(parse, tokens, index)


def _set_apart(parse: Parse, index: int) -> bool:
    """An apposition set apart by a comma or a bracket ("Burlingame, a lawyer, ..."), not "Peter the Great"."""
    first = min(parse.subtree(index))
    return first > 0 and _tag(parse, first - 1) in (",", "-LRB-", ":")


def _contiguous(parse: Parse, tokens: list[int], anchor: int) -> tuple[int, ...]:
    """The unbroken run of ``tokens`` around ``anchor`` (a phrase is shown as written, never with holes)."""
    present = set(tokens)
    first = last = anchor
    while first - 1 in present:
        first -= 1
    while last + 1 in present:
        last += 1
    return tuple(range(first, last + 1))
