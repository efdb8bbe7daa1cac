"""The clause a date belongs to: how the date attaches, and the clause's verb, subject and words.

A date found in a sentence dates one clause, not the sentence: in "The Senate approved the treaty on April 9;
President Johnson signed it on May 28, and Alaska was transferred on October 18, 1867" each date has its own
clause. :func:`date_clause` follows the dependency parse from the date up to the word it modifies and keeps the
clause of that word: its subject (inherited from the first of two coordinated verbs, or the noun a relative
clause describes), its verb and auxiliaries, and its own words without the clauses nested in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studyapp.language.attachment import (
    TIME_PREPOSITIONS,
    DateRole,
    date_phrase,
    era_as_time,
    first_conjunct,
    is_era,
    name_with_year,
    noun_attached,
    role_of,
    told_in_when_clause,
    top_of,
    year_as_thing,
)
from studyapp.language.extent import clause_tokens, subject_of, trimmed
from studyapp.language.grammar import (
    NOUN_TAGS,
    SUBJECT_DEPS,
    VERB_TAGS,
    dep_of,
    has_finite_verb,
    helpers,
    is_finite,
    tag_of,
    verb_of,
)
from studyapp.language.parses import Parse, shape


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


def _possessive_read_as_is(parse: Parse, verb: int) -> bool:
    """ "Joseph I's death" read as "Joseph I is death": an "'s" glued to a name (not "it's", "there's")."""
    return (
        parse.word(verb) in ("'s", "’s")
        and verb > 0
        and parse.words[verb].start == parse.words[verb - 1].end
        and parse.words[verb - 1].tag in NOUN_TAGS
    )


def _noun_like(parse: Parse, index: int) -> bool:
    """A noun, or the "one" that stands for one ("Marches, especially the one through Marquette Park on August 5,
    1966, were met by ...": the date is that march's, r103)."""
    return tag_of(parse, index) in NOUN_TAGS or parse.word(index).lower() in ("one", "ones")


def _date_clause(parse: Parse, start: int, end: int, others: tuple[tuple[int, int], ...], entry: bool) -> DateClause:
    date = tuple(i for i, w in enumerate(parse.words) if w.start < end and start < w.end)
    if not date:
        return DateClause(DateRole.NONE, (), (), "", None, (), ())
    top = first_conjunct(parse, top_of(parse, date))
    phrase, preposition, anchor = date_phrase(parse, date, top)
    role = role_of(parse, top, phrase, preposition, anchor)
    verb = verb_of(parse, anchor)
    if _caption_date(parse, phrase, preposition):
        return DateClause(DateRole.NONE, date, phrase, preposition, None, (), date)
    if not has_finite_verb(parse) and not (entry and verb is not None):
        return _verbless(parse, date, phrase, preposition)
    if verb is None or _unnamed_fragment(parse, verb):
        return DateClause(DateRole.NONE, date, phrase, preposition, None, (), date)
    told = told_in_when_clause(parse, date, phrase)
    if told is not None and (role is not DateRole.TIME or not is_finite(parse, verb)):
        verb, role = told, DateRole.TIME  # "since 1994, when X signed a contract": the signing is of 1994
    if not preposition and anchor == verb and dep_of(parse, verb) == "acl":
        verb, role = parse.words[verb].head, DateRole.NAME  # "a letter dated October 30": the letter's date
        verb = verb_of(parse, verb) or verb
    if _possessive_read_as_is(parse, verb):  # "until Joseph I's death in 1779": no "Joseph I is" (r106)
        whole = tuple(trimmed(parse, list(range(len(parse.words)))))
        return DateClause(DateRole.NAME, date, phrase, preposition, parse.words[verb].head, (), whole)
    verb = _coordinated_verb(parse, verb, phrase)
    verb = _sharing_auxiliary(parse, verb)
    verb = _first_of_a_pair(parse, verb, date, others)
    if role is DateRole.TIME and _noun_like(parse, anchor) and told is None:
        role = noun_attached(parse, anchor, verb, preposition)
    if is_era(parse, date) and not era_as_time(parse, role, preposition, anchor):
        role = DateRole.NONE  # "the closest the Cold War came", "Defeat in the Crimean War": no time
    if role is DateRole.NAME and (year_as_thing(parse, date, preposition, anchor) or name_with_year(parse, date)):
        role = DateRole.NONE
    finite = _finite_clause(parse, verb)
    if not is_finite(parse, finite) and parse.words[finite].head == finite:
        # a root without a tense is a misparse of a long sentence: the date's clause is the whole sentence
        whole = tuple(trimmed(parse, list(range(len(parse.words)))))
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
        subject, inherited = subject_of(parse, cleft)
        inner = [
            i
            for i in clause_tokens(parse, cleft, keep=date)
            if dep_of(parse, i) != "mark" or i != min(parse.subtree(cleft))
        ]
        tokens = tuple(sorted(set(inner) | set(parse.subtree(opening))))
        return DateClause(role, date, phrase, preposition, cleft, subject, tokens, None, False)
    subject, inherited = subject_of(parse, verb)
    if not subject and parse.words[verb].head != verb and told is None:
        outer = verb_of(parse, parse.words[verb].head)
        if outer is not None:  # "as occurred in the early twentieth century": no subject to ask about
            verb, role = _finite_clause(parse, outer), DateRole.NAME if role is DateRole.TIME else role
            subject, inherited = subject_of(parse, verb)
    dated = tuple(i for i, w in enumerate(parse.words) for a, b in others if w.start < b and a < w.end)
    tokens = clause_tokens(parse, verb, keep=date, dated=dated)
    if not subject and told is None and _subject_left_out(parse, verb, tokens, phrase):
        # "In March 1173, aggrieved ... by Henry's enemies, his son ..., launched": "In [...] launched" (r126)
        whole = tuple(trimmed(parse, list(range(len(parse.words)))))
        return DateClause(DateRole.NAME if role is DateRole.TIME else role, date, phrase, preposition, verb, (), whole)
    head = anchor if role in (DateRole.NAME, DateRole.ASIDE) else None
    return DateClause(role, date, phrase, preposition, verb, subject, tokens, head, inherited)


def _unnamed_fragment(parse: Parse, verb: int) -> bool:
    """A sentence that is only "a" noun and a relative clause, with no verb of its own: what a list of works says of
    someone it named before ("A Jesuit missionary who was sent from Goa to Ethiopia in 1589 and remained ...")."""
    current = verb
    for _ in range(4):
        head = parse.words[current].head
        if head == current:
            return False
        if dep_of(parse, current) == "relcl" and parse.words[head].head == head:
            relative = any(
                dep_of(parse, c) in SUBJECT_DEPS and tag_of(parse, c) in ("WDT", "WP") for c in parse.children[current]
            )  # not "A Chinese text records that a Roman merchant ... reached": a verb misread as a noun
            return (
                relative
                and tag_of(parse, head) in NOUN_TAGS
                and any(
                    dep_of(parse, c) == "det" and parse.word(c).lower() in ("a", "an") for c in parse.children[head]
                )
            )
        current = head
    return False


def _subject_left_out(parse: Parse, verb: int, tokens: tuple[int, ...], phrase: tuple[int, ...]) -> bool:
    """A root verb in the past tense whose clause keeps no noun before it: the parser hung its subject on a clause
    that was cut ("aggrieved ... by Henry's enemies, his son ..., launched")."""
    if parse.words[verb].head != verb or tag_of(parse, verb) != "VBD":
        return False
    if any(dep_of(parse, c) == "expl" for c in parse.children[verb]):
        return False  # "In 1913 there was a world exhibition in Ghent"
    if min(parse.subtree(verb)) > 0:
        return False  # a second root before it: "In 2006, the organization | Malaria No More set ..."
    before = [i for i in tokens if i < verb and i not in phrase]
    return not any(tag_of(parse, i) in NOUN_TAGS or tag_of(parse, i) == "PRP" for i in before)


def _caption_date(parse: Parse, phrase: tuple[int, ...], preposition: str) -> bool:
    """A date set after a comma at the end of a line with no full stop, as a caption dates its object ("The
    Meriotic Hamadab Stela from the Kingdom of Kush found near the ancient site of Meroë in Sudan, 24 BC"): the
    object's date, not the time of any verb."""
    text = parse.text.rstrip()
    first, last = min(phrase), max(phrase)
    return (
        not preposition
        and first > 0
        and parse.word(first - 1) == ","
        and last == len(parse.words) - 1
        and text[-1:].isalnum()
    )


def _coordinated_verb(parse: Parse, verb: int, phrase: tuple[int, ...]) -> int:
    """The second of two coordinated verbs when the date stands between the "and" and that verb ("took up an
    offer and on March 30, 1867, agreed to ..."): the parser often hangs such a date on the first verb."""
    conjunctions = [c for c in parse.children[verb] if dep_of(parse, c) == "cc"]
    verbs = [c for c in parse.children[verb] if dep_of(parse, c) == "conj" and tag_of(parse, c) in VERB_TAGS]
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
    if word.dep != "conj" or head == verb or tag_of(parse, head) != word.tag or word.tag not in VERB_TAGS:
        return verb
    if any(dep_of(parse, c) in SUBJECT_DEPS for c in parse.children[verb]) or min(date) < verb:
        return verb
    if word.tag == "VBN" and _told_later(parse, verb):
        return verb  # "was canonized by popular acclaim, and later recognized as a Doctor ... in 1298" (r116)
    own = set(parse.subtree(head)) - set(parse.subtree(verb))
    if any(parse.words[i].start < b and a < parse.words[i].end for i in own for a, b in others):
        return verb
    return head


_LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually"})


def _told_later(parse: Parse, verb: int) -> bool:
    """A coordinated verb told as coming after the first ("and later recognized"): a time of its own."""
    return any(dep_of(parse, c) == "advmod" and parse.word(c).lower() in _LATER for c in parse.children[verb])


def _sharing_auxiliary(parse: Parse, verb: int) -> int:
    """ "Lavoisier was convicted and guillotined on 8 May 1794": the second participle shares the first's "was"
    and subject; the clause is the coordination, told from the first verb."""
    word = parse.words[verb]
    if word.dep != "conj" or word.tag != "VBN" or helpers(parse, verb) or _told_later(parse, verb):
        return verb
    if any(dep_of(parse, c) in SUBJECT_DEPS for c in parse.children[verb]):
        return verb
    return word.head if helpers(parse, word.head) and tag_of(parse, word.head) == "VBN" else verb


def _finite_clause(parse: Parse, verb: int) -> int:
    """The verb of the finite clause that holds ``verb``: itself when it has a tense or a subject of its own,
    else the verb an infinitive, a participle or an object relative clause hangs from ("Russia offered to sell
    Alaska in 1859", "A new treaty signed in 1880 revised ...", "the way diplomacy was conducted")."""
    current = verb
    for _ in range(6):
        dep = dep_of(parse, current)
        head = parse.words[current].head
        if head == current:
            return current
        if dep == "relcl":
            if any(
                dep_of(parse, c) in SUBJECT_DEPS and tag_of(parse, c) in ("WDT", "WP") for c in parse.children[current]
            ):
                return current  # "the treaty which was signed on May 22, 1883": its own clause
        elif dep == "conj" and _shares_an_object_gap(parse, current, head):
            current = head  # "a property he had acquired in 1958 and occupied with Jacqueline between 1959 and 1962"
            continue
        elif is_finite(parse, current) or dep == "conj":
            return current
        nearest = verb_of(parse, head)
        if nearest is None:
            return current
        current = nearest
    return current


def _shares_an_object_gap(parse: Parse, verb: int, head: int) -> bool:
    """``verb`` is joined to a relative clause whose object is the noun it describes, and has no object of its
    own: it shares that object ("a property he had acquired and occupied": occupied the property)."""
    if dep_of(parse, head) != "relcl" or any(dep_of(parse, c) == "dobj" for c in parse.children[verb]):
        return False
    children = parse.children[head]
    return not any(dep_of(parse, c) == "dobj" and tag_of(parse, c) not in ("WDT", "WP") for c in children) and not any(
        dep_of(parse, c) in SUBJECT_DEPS and tag_of(parse, c) in ("WDT", "WP") for c in children
    )


def _verbless(parse: Parse, date: tuple[int, ...], phrase: tuple[int, ...], preposition: str) -> DateClause:
    """A sentence without a verb in a tense is no clause: a caption, an entry of a list of works, or a sentence
    whose verb is misspelt ("A railway reachd Nordvik in 1872."). Only the last keeps its date, as a whole
    sentence in doubt: it ends with a full stop and times something with "in", "on" or "during"."""
    words = [w for w in parse.words if w.tag not in (".", ",", ":")]
    if not parse.text.rstrip().endswith(".") or len(words) < 5 or preposition not in TIME_PREPOSITIONS:
        return DateClause(DateRole.NONE, date, phrase, preposition, None, (), date)
    whole = tuple(trimmed(parse, list(range(len(parse.words)))))
    return DateClause(DateRole.NAME, date, phrase, preposition, None, (), whole, verbless=True)


def _cleft_statement(parse: Parse, verb: int) -> int | None:
    """The verb of the "that" clause of a cleft sentence ("It was only in the nineteenth century ... that the
    north was given to Russia"), or None."""
    children = parse.children[verb]
    if parse.word(verb).lower() not in ("was", "is", "were"):
        return None
    if not any(parse.word(c).lower() == "it" and dep_of(parse, c) in ("nsubj", "expl") for c in children):
        return None
    for child in children:
        if (
            dep_of(parse, child) in ("ccomp", "advcl", "relcl")
            and child > verb
            and any(parse.word(c).lower() == "that" for c in parse.children[child])
        ):
            return child
    return None


_DASHES = frozenset({"—", "–", "--"})


def _dashed_apposition(parse: Parse, dash: int) -> set[int]:
    """ "from 1972 to 1977—an era of self-consciousness, ...": what follows a dash after the date and opens with an
    article names the time again, up to a closing dash or the sentence's end (r103)."""
    if parse.word(dash + 1).lower() not in ("a", "an", "the"):
        return set()
    end = next((i for i in range(dash + 1, len(parse.words)) if parse.word(i) in _DASHES), None)
    if end is None:
        last = len(parse.words) - 1
        end = last if parse.words[last].tag == "." else last + 1
        return set(range(dash, end))
    return set(range(dash, end + 1))


def date_apposition(parse: Parse, clause: DateClause) -> set[int]:
    """What names the date again after a comma ("on 30 January 1661, the 12th anniversary of the execution of
    Charles I,"), with its commas: it goes with the date (r66: "exhumed from Westminster Abbey, the 12th
    anniversary ...")."""
    if not clause.phrase:
        return set()
    comma = max(clause.phrase) + 1
    if comma + 1 < len(parse.words) and parse.word(comma) in _DASHES:
        return _dashed_apposition(parse, comma)
    if comma + 1 >= len(parse.words) or parse.words[comma].tag != ",":
        return set()
    head = next((i for i in range(comma + 1, len(parse.words)) if parse.words[i].tag in NOUN_TAGS), None)
    if head is None or parse.words[head].dep != "npadvmod":
        return set()
    phrase = parse.subtree(head)
    if phrase[0] != comma + 1 or parse.word(comma + 1).lower() != "the":
        return set()  # ", four years after Morse,": a time told from another, which the item keeps
    after = phrase[-1] + 1
    closing = {after} if after < len(parse.words) and parse.words[after].tag == "," else set()
    return {comma, *phrase, *closing}
