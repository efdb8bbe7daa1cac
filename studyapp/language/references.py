"""Whether a clause can be read alone, and who "he" or "she" is.

A clause leans on what came before when its subject is a pronoun ("he", "it", "they"), a demonstrative
("this", "these troops") or a bare definite noun ("the war", "the country"), or when it holds a possessive or
object pronoun ("his", "them"). For "he" and "she" the person is looked for: the nearest subject before the
clause (earlier in the same sentence, then in the sentences before it) that is a name, never a place.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.language.clauses import DateClause
from studyapp.language.grammar import NAME_TAGS, NOUN_TAGS, SUBJECT_DEPS
from studyapp.language.parses import Parse
from studyapp.language.questions import base_form
from studyapp.language.wording import text_of

PERSONAL = frozenset({"he", "she"})
POSSESSIVE_PERSONAL = frozenset({"his", "her"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "him", "her", "them", "us", "his", "its", "their", "our"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
_SAME_PERSON_OBJECT = {"he": "him", "his": "him", "she": "her", "her": "her"}
_BARE = frozenset({"others", "some", "many", "both", "most", "several", "all", "one", "another", "each"})
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_OBJECTS = ("dobj", "pobj", "dative")


def leaning_word(parse: Parse, clause: DateClause, shown: Sequence[int], *, subject_named: bool = False) -> str:
    """The word or phrase of the clause that needs an earlier sentence ("he", "this purchase", "the war");
    "" when the clause stands alone. With ``subject_named``, the subject counts as named (its "he" is known to
    stand for someone), and only what else leans is told: "He abandoned it in 1878" still needs to say what."""
    for index in shown:  # before "he" is named: "he reiterated that it made no difference" (blind read r27)
        if parse.word(index).lower() == "it" and _unnamed_it(parse, shown, index):
            return parse.word(index)
    subject = clause.subject
    if subject and not subject_named:
        words = [parse.word(i).lower() for i in subject]
        if len(words) == 1 and words[0] in _PRONOUNS | _DEMONSTRATIVES | _BARE and not _expletive(parse, subject[0]):
            return parse.word(subject[0])
        if len(words) == 2 and words[0] in _PRONOUNS and words[1].endswith(("self", "selves")):
            return parse.word(subject[0])  # "until he himself was murdered in 1135": who? (blind read r152)
        if words[0] in _DEMONSTRATIVES:
            return text_of(parse, subject)
        if words[0] in _POSSESSIVES and parse.words[subject[0]].dep == "poss":
            return parse.word(subject[0])  # "His first memoirs": whose?
        if _bare_definite(parse, subject) or _more_of_it(parse, subject):
            return text_of(parse, subject)
        if _office_unnamed(parse, subject, clause.verb):
            return text_of(parse, subject)  # "When did the Archbishop of Canterbury die?": which one? (r123)
        if words[0] == "other" and not {"than", "such"} & {parse.word(i).lower() for i in range(len(parse.words))}:
            return text_of(parse, subject)  # "other medications began to appear": other than what? (r122); not
            # "other competing ideas of evolution such as mutationism and orthogenesis were refuted"
        owner = _bare_owner(parse, subject)
        if owner:
            return owner  # "The roots of the change began ...": which change?
    counted = _bare_count(parse, clause, shown)
    if counted:
        return counted
    if _said_again(parse, clause, shown):
        return parse.word(shown[0])  # "..., so was Valencia in 1238": conquered, as the clause before says (r100)
    if _going_nowhere(parse, clause, shown):
        return parse.word(clause.verb)  # "King returned in July 1962": where to, the sentence before said (r103)
    if _object_left_out(parse, clause, shown):
        return parse.word(clause.verb)  # "When did Austria invade?", "In 1991, Colombia signed.": what? (r115, r118)
    if clause.verb is not None and _follows_suit(parse, clause.verb):
        return parse.word(clause.verb)  # "When did South Australia follow suit?": in what? (blind read r105)
    named_subject = subject_named or (bool(subject) and parse.word(subject[-1]).lower() not in _PRONOUNS)
    for index in shown:
        word = parse.word(index).lower()
        word_head = parse.words[index].head
        if word in _POSSESSIVES and parse.words[index].dep == "poss" and not named_subject:
            return parse.word(index)  # "Finland declared its independence": "its" is the subject's
        if word == "its" and parse.words[index].dep == "poss" and subject and _its_own(parse, subject[-1], index):
            return parse.word(index)  # "Albania had been one of its founding members": not Albania's (r28)
        if word == "its" and parse.words[index].dep == "poss" and subject and _plural(parse, subject):
            return parse.word(index)  # "the European powers recognized its sovereignty": not theirs (r45)
        if word == "their" and parse.words[index].dep == "poss" and not _many_before(parse, shown, index):
            return parse.word(index)  # "The UN Security Council passed a resolution criticizing their inaction"
        # "His patents earned him ...": the one named; not "He ... immigrated with her" (another person, r58)
        named_before = (
            subject_named
            and word == _SAME_PERSON_OBJECT.get(parse.word(subject[0]).lower() if subject else "")
            and not _object_of_anothers_verb(parse, index, clause.verb)
        )
        if word in ("him", "her", "them", "it") and parse.words[index].dep in _OBJECTS and not named_before:
            return parse.word(index)
        if word in ("him", "them") and parse.words[index].dep in ("nsubj", "nsubjpass") and _after_for(parse, index):
            return parse.word(index)  # "Kennedy gave the order for them to be reinforced": whom? (blind read r41)
        if word in ("this", "these", "those") and parse.words[index].dep in ("dobj", "pobj", "dative"):
            return parse.word(index)  # "Budgen had proposed this as a private member's bill": what? (r29)
        if word in ("these", "those") and parse.words[index].dep == "det" and parse.words[word_head].dep in _OBJECTS:
            return text_of(parse, (index, word_head))  # "after these arrests" of the shown words: which? (r120)
        if word in ("one", "ones") and parse.words[index].dep == "dobj" and _bare_one(parse, index):
            return text_of(parse, (index - 2, index - 1, index))  # "hosted the first one": of what? (r167)
        if word in ("his", "her") and _unnamed_owner_in_subject(parse, index, subject, subject_named):
            return parse.word(index)  # "the faction of his assassins was driven from Rome": whose? (r120)
        if word == "office" and _unnamed_office(parse, index, subject):
            return parse.word(index)  # "Blaine took office in 1881": which office? (blind reads r25-r28)
        if word == "that" and _pointing_back(parse, index):
            return text_of(parse, [index, index + 1])  # "Bin Ladin had nurtured that organization" (blind read r28)
        if _there(parse, index) and not _place_before(parse, range(len(parse.words)), index):
            return parse.word(index)  # "a U.S. legation was established there": where? (blind read r20)
    return ""


# verbs that say little without where to or as what: "King returned in July 1962", "Elisabeth Kopp, who served
# from 1984 to 1989" (where? as what? the sentence before said: blind reads r88, r103, r105)
_GOING = frozenset({"return", "arrive", "withdraw", "move", "travel", "leave", "retreat"})
_SERVING = frozenset({"serve"})
# what tells where a verb of going went: an object, a phrase, "home", "abroad"
_WHERE = frozenset({"dobj", "prep", "npadvmod", "advcl", "xcomp", "ccomp", "dative", "agent", "oprd", "attr", "acomp"})


# what happens to a person once, not to an office: "the Archbishop of Canterbury died" says not which archbishop
_ONCE_IN_A_LIFE = frozenset({"die", "resign", "marry", "abdicate", "retire"})


def _office_unnamed(parse: Parse, subject: Sequence[int], verb: int | None) -> bool:
    """ "the Archbishop of Canterbury" (the, a title, "of" and a place, no name) as the subject of a verb of
    :data:`_ONCE_IN_A_LIFE`."""
    if verb is None or base_form(parse.word(verb), parse.words[verb].tag) not in _ONCE_IN_A_LIFE:
        return False
    words = [parse.word(i) for i in subject]
    return (
        len(words) >= 4
        and words[0].lower() == "the"
        and words[2] == "of"
        and words[1][:1].isupper()
        and all(parse.words[i].tag in NAME_TAGS for i in subject[3:])
        and parse.words[subject[1]].dep in SUBJECT_DEPS
    )


def _unnamed_owner_in_subject(parse: Parse, index: int, subject: Sequence[int], subject_named: bool) -> bool:
    """A "his" inside the subject, after its first word, with no name before it in the sentence."""
    if subject_named or not subject or index not in subject[1:] or parse.words[index].dep != "poss":
        return False
    return not any(parse.words[i].tag in NAME_TAGS for i in range(index))


def _going_nowhere(parse: Parse, clause: DateClause, shown: Sequence[int]) -> bool:
    """A verb of going (or serving) with nothing that says where (or as what) in the shown words: "When did King
    return?"; not in a clause that hangs on another, which may say it ("although Greenland withdrew in 1985")."""
    verb = clause.verb
    if verb is None:
        return False
    base = base_form(parse.word(verb), parse.words[verb].tag)
    if base == "set" and any(parse.word(c).lower() in ("out", "off") for c in parse.children[verb]):
        base = "leave"  # "When did the Mughals set out?": for where? (blind read r160)
    if base not in _GOING | _SERVING:
        return False
    if parse.words[verb].dep in ("advcl", "relcl", "acl") and base not in _SERVING:
        return False
    kept = set(shown) - set(clause.phrase)
    return not any(
        c in kept
        and (parse.words[c].dep in _WHERE or parse.word(c).lower() in ("home", "abroad"))
        and parse.word(c).lower() not in _NO_PLACE
        for c in parse.children[verb]
    ) and not any(_shares_a_place(parse, c) for c in parse.children[verb] if c in kept)


# phrases that tell how or when one went, not where: "Calvin returned on 13 September 1541 with an official escort"
_NO_PLACE = frozenset({"with", "without", "after", "before", "during", "despite", "following", "amid", "upon"})


# verbs that say nothing without what they were done to: "When did Austria invade?" (blind read r118)
_NEEDS_AN_OBJECT = frozenset(
    {"invade", "capture", "annex", "conquer", "defeat", "sign", "occupy", "ratify", "counter"}  # "Bramhall countered"
)


def _object_left_out(parse: Parse, clause: DateClause, shown: Sequence[int]) -> bool:
    """An active verb of :data:`_NEEDS_AN_OBJECT` whose object is not among the shown words."""
    verb = clause.verb
    if verb is None or base_form(parse.word(verb), parse.words[verb].tag) not in _NEEDS_AN_OBJECT:
        return False
    children = parse.children[verb]
    if any(parse.words[c].dep in ("auxpass", "nsubjpass") for c in children):
        return False
    joined = [verb]
    for current in joined:  # the verbs joined to it, and theirs
        joined.extend(c for c in parse.children[current] if parse.words[c].dep == "conj")
    return not any(  # "invaded, annexed, and partitioned Poland": the last verb's object is the others' too
        c in shown and parse.words[c].dep in ("dobj", "ccomp", "xcomp", "dative")
        for v in joined
        for c in parse.children[v]
    )


def _shares_a_place(parse: Parse, index: int) -> bool:
    """A verb joined with no helper of its own, whose phrase serves both: "travel and study in Europe"."""
    children = parse.children[index]
    return (
        parse.words[index].dep == "conj"
        and any(parse.words[c].dep == "prep" for c in children)
        and not any(parse.words[c].dep in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children)
    )


def _follows_suit(parse: Parse, verb: int) -> bool:
    return base_form(parse.word(verb), parse.words[verb].tag) == "follow" and any(
        parse.word(c).lower() == "suit" for c in parse.children[verb]
    )


def _said_again(parse: Parse, clause: DateClause, shown: Sequence[int]) -> bool:
    """The clause only repeats of another what the one before said: "so was Valencia", "neither did the army"."""
    words = [parse.word(i).lower() for i in shown[:2]]
    return len(words) == 2 and words[0] in ("so", "neither", "nor") and shown[1] == clause.verb


def _bare_count(parse: Parse, clause: DateClause, shown: Sequence[int]) -> str:
    """A number that stands for a noun the text named before: "there were 1,221" (stoppages), "only five were
    published" (of what? blind reads r83, r95); "" where none does."""
    for index in shown:
        word = parse.words[index]
        if (
            word.tag == "CD"
            and (word.dep in ("nsubj", "nsubjpass", "dobj") or (word.dep == "attr" and _there_is(parse, clause.verb)))
            and word.head == clause.verb
            and index not in clause.phrase
            and all(parse.words[c].dep in ("advmod", "quantmod") for c in parse.children[index])
            and not _score_or_share(parse, index)
        ):
            return parse.word(index)
    return ""


_SCORE_OR_SHARE = frozenset({"to", "-", "–", "%", "percent", "per"})  # "voted 126 to 0", "won 52%"


def _score_or_share(parse: Parse, index: int) -> bool:
    return any(0 <= i < len(parse.words) and parse.word(i).lower() in _SCORE_OR_SHARE for i in (index - 1, index + 1))


def _there_is(parse: Parse, verb: int) -> bool:
    return any(parse.words[c].dep == "expl" for c in parse.children[verb])


def _object_of_anothers_verb(parse: Parse, pronoun: int, verb: int | None) -> bool:
    """ "him" of a verb whose doer is the clause verb's object: "he appointed Alan Greenspan to succeed him" (not
    himself: the one Greenspan succeeded, whom an earlier clause named; blind read r89)."""
    head = parse.words[pronoun].head
    if verb is None or head == verb or parse.words[head].dep != "xcomp" or parse.words[head].head != verb:
        return False
    return any(parse.words[c].dep == "dobj" for c in parse.children[verb])


def there_outside(parse: Parse, shown: Sequence[int]) -> bool:
    """The shown words say "there" of a place the sentence names only outside them ("relations with Persia, and
    a U.S. legation was established there": the clause alone does not say where)."""
    return any(
        _there(parse, i) and not _place_before(parse, shown, i) and _place_before(parse, range(len(parse.words)), i)
        for i in shown
    )


def _unnamed_office(parse: Parse, office: int, subject: Sequence[int]) -> bool:
    """ "took office", "left office" said of a bare name, with no "as Secretary of State" nor a title before the
    name ("President Garfield"): a reader does not know which office."""
    if parse.words[office].dep != "dobj" or parse.children[office]:
        return False
    verb = parse.words[office].head
    if any(parse.word(c).lower() == "as" for c in parse.children[verb]):
        return False
    return len(subject) == 1 and parse.words[subject[0]].tag in NAME_TAGS


def _pointing_back(parse: Parse, that: int) -> bool:
    """ "that organization", "that original and ground-breaking work": "that" before the common noun it points
    with, maybe after describing words (not "that Consulate" of a place the sentence names, nor a "that" the
    parser took for an article)."""
    noun = parse.words[that].head
    return (
        parse.words[that].dep == "det"
        and that < noun < len(parse.words)
        and parse.words[noun].tag in ("NN", "NNS")
        and parse.word(noun).islower()
        and set(range(that + 1, noun)) <= set(parse.subtree(noun))
        and all(parse.words[i].tag in _DESCRIBING for i in range(that + 1, noun))
    )


_DESCRIBING = frozenset({"JJ", "JJR", "JJS", "CC", "HYPH", "VBN", "VBG", "NN", ","})  # "original and ground-breaking"


def _there(parse: Parse, index: int) -> bool:
    """ "there", or "here" ("Here, in the household of a Hindu Rajput nobleman, ...": where? blind read r168)."""
    return parse.word(index).lower() in ("there", "here") and parse.words[index].dep == "advmod"


def _place_before(parse: Parse, tokens: Sequence[int], index: int) -> bool:
    """A name after a preposition among ``tokens`` before ``index``: what "there" stands for."""
    return any(i < index and parse.words[i].tag in NAME_TAGS and parse.words[i].dep == "pobj" for i in tokens)


def _many_before(parse: Parse, shown: Sequence[int], index: int) -> bool:
    """Among the shown words before ``index``, what "their" can stand for: a plural noun, nouns joined by "and" or
    set side by side ("Garrett, Captain Pope, and their wives"), or someone met with ("the President met with the
    ambassador and confirmed that their positions ...")."""
    for i in shown:
        word = parse.words[i]
        if i >= index or word.tag not in NOUN_TAGS:
            continue
        if word.tag in ("NNS", "NNPS") or word.dep in ("conj", "appos"):
            return True
        if word.dep == "pobj" and parse.word(word.head).lower() == "with":
            return True
    return False


# nouns that name one thing in any text ("the world", "the public"), or a time ("the afternoon")
_ONE_OF_A_KIND = frozenset(
    {
        "world",
        "public",
        "press",
        "past",
        "future",
        "time",
        "end",
        "beginning",
        "start",
        "rest",
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "week",
        "month",
        "year",
        "decade",
        "century",
        "moment",
        "same",
    }
)
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative"})


def unnamed_thing(parse: Parse, shown: Sequence[int], subject: str = "") -> str:
    """A thing the clause names only as "the" and a common noun ("signed the treaty", "acquiring the islands"), a
    subject only as "a" and a common noun ("A cease-fire was signed", or ``subject``, the clause's subject as its
    question writes it) or a place only as "there": a reader needs the topic the text is about to know which; ""
    for none."""
    for index in shown:
        word = parse.words[index]
        text = parse.word(index).lower()
        if text == "there" and word.dep == "advmod":
            return parse.word(index)
        if word.tag not in ("NN", "NNS") or word.dep not in _ARGUMENTS or text in _ONE_OF_A_KIND:
            continue
        if _the_and_noun(parse, index):
            return text_of(parse, (index - 1, index))  # "signed the treaty"
        if word.dep in ("nsubj", "nsubjpass") and _indefinite_common(parse, index) and not _names_any(parse, shown):
            return text_of(parse, parse.subtree(index))  # "A cease-fire was signed" (blind read r16)
    if brings_in_a_new_thing(subject) and subject.islower() and not _names_any(parse, shown):
        return subject  # a relative clause's antecedent: "..., a deal that closed on October 26, 2018" (r70)
    return ""


def unnamed_argument(parse: Parse, verb: int) -> str:
    """The subject or object of ``verb`` named only as "the" and a common noun ("halted the offensive", "the
    region returned"), whose name an earlier sentence gave; "" for none."""
    for index in parse.children[verb]:
        word = parse.words[index]
        if word.dep in ("nsubj", "nsubjpass", "dobj") and word.tag in ("NN", "NNS") and _the_and_noun(parse, index):
            return text_of(parse, (index - 1, index))
    return ""


def _the_and_noun(parse: Parse, noun: int) -> bool:
    """ "the treaty": the common noun at ``noun`` with "the" before it and nothing else of its own."""
    children = parse.children[noun]
    return (
        len(children) == 1
        and children[0] == noun - 1
        and parse.word(noun - 1).lower() == "the"
        and parse.word(noun).lower() not in _ONE_OF_A_KIND
    )


def _indefinite_common(parse: Parse, noun: int) -> bool:
    """ "a cease-fire", "an agreement", "a new terminal extension", "three entities": a word that brings in a
    thing not named before and common nouns and adjectives, nothing else (blind reads r68, r70)."""
    phrase = parse.subtree(noun)
    return (
        phrase == list(range(phrase[0], noun + 1))
        and parse.word(phrase[0]).lower() in NEW_THING
        and all(parse.words[i].tag in ("NN", "NNS", "HYPH", "JJ", "CD") for i in phrase[1:])
    )


# the words that open a phrase bringing in a thing the text has not named: "a", "some", "three"
NEW_THING = frozenset({"a", "an", "some", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def brings_in_a_new_thing(unnamed: str) -> bool:
    """True for an :func:`unnamed_thing` named only as a new one ("A cease-fire", "Three entities")."""
    return unnamed.split(maxsplit=1)[0].lower() in NEW_THING if unnamed else False


def _names_any(parse: Parse, shown: Sequence[int]) -> bool:
    """A name among the shown words, other than a month beside its day or year ("struck Campania")."""
    return any(parse.words[i].tag in NAME_TAGS and not _beside_number(parse, i) for i in shown)


def _expletive(parse: Parse, subject: int) -> bool:
    """ "it was believed that ...", "it is clear that ...": an "it" that stands for the clause after it."""
    if parse.word(subject).lower() != "it":
        return False
    if parse.words[subject].dep == "expl":
        return True
    verb = parse.words[subject].head
    if any(parse.words[c].dep in ("ccomp", "csubj") and c > verb for c in parse.children[verb]):
        return True
    if any(parse.words[c].dep == "xcomp" and c > verb for c in parse.children[verb]) and not _raising(parse, verb):
        return True
    return any(  # "it was Iraq that took the initiative": the "it" of a cleft sentence
        parse.words[c].dep == "attr" and any(parse.words[g].dep == "relcl" for g in parse.children[c])
        for c in parse.children[verb]
    )


_RAISING = frozenset({"be", "seem", "appear", "continue", "begin", "cease", "tend", "come", "remain"})


_RAISING_PASSIVE = frozenset(
    {"expect", "say", "think", "believe", "estimate", "know", "consider", "report", "suppose", "presume", "project"}
)


def _raising(parse: Parse, verb: int) -> bool:
    """ "it was to launch major rebellions", "it continued to grow", "It is expected to grow to around 295 million"
    (r104): a verb whose "to" clause is what the "it" itself did, unless a word between makes the "it" stand for
    that clause ("it is hard to say", "it was decided to build", r101)."""
    base = base_form(parse.word(verb), parse.words[verb].tag)
    children = [parse.words[c].dep for c in parse.children[verb]]
    if "auxpass" in children:
        return base in _RAISING_PASSIVE
    return base in _RAISING and not any(dep in ("acomp", "attr", "dobj") for dep in children)


# after "the", words that stand for what a sentence before named: "the latter", "the first", "the two" (r65: "When
# did the two exchange polite letters ...?" of Scott and Shackleton)
POINTING_BACK = frozenset({"one", "ones", "two", "three", "latter", "former", "first", "second", "last"})
_COUNTED = frozenset({"two", "three", "four"})


def _bare_definite(parse: Parse, subject: Sequence[int]) -> bool:
    """ "the war", "the country": a definite article and one common noun, nothing that names the thing."""
    if len(subject) > 2 and parse.word(subject[0]).lower() == "the" and parse.word(subject[1]).lower() in _COUNTED:
        # "the two former enemies met and defeated ...": which two? (blind read r88)
        # ... "the two assault brigades started their attack" (r122)
        rest = subject[2:]
        return all(parse.words[i].tag in ("JJ", "NN", "NNS") for i in rest) and parse.words[rest[-1]].tag == "NNS"
    if len(subject) == 3 and [parse.word(i).lower() for i in subject[:2]] == ["both", "the"]:
        return parse.words[subject[-1]].tag == "NNS"  # "both the countries signed ...": which? (r103)
    if len(subject) == 3 and parse.word(subject[2]).lower() in ("one", "ones"):
        return _bare_one(parse, subject[2])  # "the last one occurred in 1806": of what? (r162)
    if len(subject) == 3 and parse.word(subject[0]).lower() == "the" and _age_or_state(parse, subject[1]):
        return parse.words[subject[2]].tag in ("NN", "NNS")  # "When did the young prince die suddenly?"
    if len(subject) != 2:
        return False
    article, noun = subject
    if parse.word(noun).lower() in POINTING_BACK:
        return True  # "the one had killed 241 Marines", "The first culminates with ...": which one?
    return parse.word(article).lower() == "the" and parse.words[noun].tag in ("NN", "NNS")


def _bare_one(parse: Parse, one: int) -> bool:
    """ "the first one", "the last ones": "the", an adjective and "one", nothing that says of what."""
    before = [c for c in parse.children[one] if c < one]
    after = [parse.word(c).lower() for c in parse.children[one] if c > one]
    return (
        before == [one - 2, one - 1]
        and parse.word(one - 2).lower() == "the"
        and parse.words[one - 1].tag in ("JJ", "JJS")
        and "of" not in after
    )


# adjectives that tell a person's age or state, not which person: "the young prince", "the married couple" (blind
# reads r148-r167); "the new cathedral", "the old palace", "the third pandemic" are judged good as often as not
_PERSONS_STATE = frozenset({"young", "married", "elderly"})


def _age_or_state(parse: Parse, adjective: int) -> bool:
    return parse.words[adjective].tag == "JJ" and parse.word(adjective) in _PERSONS_STATE


def _more_of_it(parse: Parse, subject: Sequence[int]) -> bool:
    """ "Further investigation", "more conflicts", "Further outbreaks in Madagascar": more of what the sentence
    before told (blind reads r142, r167); not "More than 300 people"."""
    if len(subject) < 2 or parse.word(subject[0]).lower() not in ("further", "more"):
        return False
    described = list(itertools.takewhile(lambda i: parse.words[i].tag in ("JJ", "NN", "NNS"), subject[1:]))
    rest = subject[1 + len(described) :]
    if not described or len(described) > 2:
        return False  # not "Further anti-Armenian violence broke out", which the whole section tells of
    return not rest or (parse.words[rest[0]].dep == "prep" and parse.word(rest[0]) != "than")


def _bare_owner(parse: Parse, subject: Sequence[int]) -> str:
    """ "the change" of "the roots of the change": a bare definite noun after "of" in the subject, "" for none."""
    for index in subject:
        word = parse.words[index]
        if word.tag not in ("NN", "NNS") or word.dep != "pobj" or parse.word(index).lower() in _ONE_OF_A_KIND:
            continue
        children = parse.children[index]
        of = word.head
        if (
            parse.word(of).lower() in ("of", "for")  # ... "The original plans for the facade" (blind read r144)
            and tuple(children) == (index - 1,)
            and parse.word(index - 1).lower() == "the"
        ):
            return text_of(parse, (index - 1, index))
    return ""


def subject_before(parse: Parse, limit: int | None = None) -> tuple[int, ...] | None:
    """The last subject of ``parse`` that starts before token ``limit`` (all subjects when None)."""
    found = None
    for index, w in enumerate(parse.words):
        if w.dep in SUBJECT_DEPS and (limit is None or index < limit):
            found = index
    if found is None:
        return None
    return _name_phrase(parse, found)


def _name_phrase(parse: Parse, head: int) -> tuple[int, ...]:
    first = head
    while first - 1 >= 0 and parse.words[first - 1].head == head and parse.words[first - 1].tag in NAME_TAGS:
        first -= 1
    while first >= 2 and _joined_by_hyphen(parse, first - 2, first):
        first -= 2  # "Mehr-Un-Nisaa", which the parser splits at its hyphens: not "Nisaa" (blind read r167)
    return tuple(range(first, head + 1))


def _joined_by_hyphen(parse: Parse, before: int, after: int) -> bool:
    """The name words at ``before`` and ``after`` written as one with a hyphen between them, no space."""
    hyphen = parse.words[before + 1]
    return (
        parse.word(before + 1) == "-"
        and parse.words[before].tag in NAME_TAGS
        and parse.words[before].end == hyphen.start
        and hyphen.end == parse.words[after].start
    )


@dataclass(frozen=True)
class Person:
    """A name that "he" or "she" may stand for, and the sentence it was read in (where a named-entity pass can
    tell whether it is a place rather than a person)."""

    name: str
    sentence: str


def person_named(parse: Parse, clause: DateClause, earlier: Sequence[Parse]) -> Person | None:
    """The name "he" or "she" may stand for in ``clause``: the nearest subject of a main clause before it, if it
    is a name (without "the"); None when the nearest one is something else (the pronoun is then left as it is,
    with its context).

    Args:
        parse: the clause's sentence.
        clause: the clause, whose subject is "he" or "she" (or opens with "his", "her").
        earlier: the sentences before it, nearest last (two at most are looked at).
    """
    limit = min(clause.subject) if clause.subject else len(parse.words)
    if _person_told_of_before(parse, limit):
        return None
    sentences = [(parse, limit), *((p, len(p.words)) for p in reversed(earlier[-2:]))]
    for sentence, before in sentences:
        subjects = [
            i
            for i, w in enumerate(sentence.words[:before])
            if w.dep in SUBJECT_DEPS and (_main(sentence, w.head) or (sentence is parse and _adverbial(parse, w.head)))
        ]
        for head in reversed(subjects):
            word = sentence.word(head).lower()
            if word in _DEMONSTRATIVES and sentence is not parse and _names_people(sentence):
                return None  # "These included ... and Benjamin Franklin. In 1781, he was elected": which of them?
            if word in _PRONOUNS | _DEMONSTRATIVES or sentence.words[head].tag in ("WDT", "WP"):
                continue  # the same person again, or a relative word: look further back
            name = _name(sentence, head)
            if sentence is not parse and _another_of_that_sex(sentence, parse.word(min(clause.subject or (0,)))):
                return None  # "Stokes persuaded his mother to send him back to school. ... he was admitted" (r46)
            return Person(name, sentence.text) if name else None
    return None


def _names_people(sentence: Parse) -> bool:
    """The sentence names someone: a run of two capitalized names ("Benjamin Franklin", "Jean Sylvain Bailly")."""
    words = sentence.words
    return any(words[i].tag == "NNP" and words[i + 1].tag == "NNP" for i in range(len(words) - 1))


def _person_told_of_before(parse: Parse, limit: int) -> bool:
    """True when a clause about a second named person comes before the pronoun in its sentence: "he studied
    theology under Jacob Heerbrand, who also taught Michael Maestlin ..., until he became Chancellor at
    Tübingen in 1590" (the Chancellor was Heerbrand, not the article's Kepler)."""
    for i, word in enumerate(parse.words[:limit]):
        if word.tag in ("WP", "WP$") and parse.word(i).lower() in ("who", "whom", "whose"):
            verb = parse.words[i].head if word.tag == "WP" else parse.words[parse.words[i].head].head
            if parse.words[verb].dep == "relcl" and parse.words[parse.words[verb].head].tag == "NNP":
                return True
    return False


def _another_of_that_sex(sentence: Parse, pronoun: str) -> bool:
    """True when ``sentence`` speaks of a second person the pronoun could stand for: an object "him" (or "her")
    beside its named subject, as in "Henry Stokes persuaded his mother to send him back to school"."""
    wanted = _SAME_PERSON_OBJECT.get(pronoun.lower())
    return wanted is not None and any(
        sentence.word(i).lower() == wanted
        and w.dep in ("dobj", "pobj", "dative", "iobj")
        # "a laboratory created for her": herself, most often
        and not any(sentence.words[a].dep in ("relcl", "acl") for a in (i, *sentence.ancestors(i)))
        for i, w in enumerate(sentence.words)
    )


def _adverbial(parse: Parse, verb: int) -> bool:
    """A verb of a clause that tells when or why the main clause's action happened: "On June 29, when Lee learned
    that ..., he ordered": the "he" is Lee (blind read r49)."""
    word = parse.words[verb]
    if word.dep == "relcl":  # "On June 29, when Lee learned": the parser hangs the "when" clause on the day
        return any(parse.word(c).lower() == "when" for c in parse.children[verb])
    return word.dep == "advcl" and _main(parse, word.head)


def _main(parse: Parse, verb: int) -> bool:
    """A verb of the sentence's main clause (the root, or a verb coordinated with it), not of a clause inside."""
    for _ in range(len(parse.words)):
        word = parse.words[verb]
        if word.head == verb:
            return True
        if word.dep != "conj":
            return False
        verb = word.head
    return False


def _name(sentence: Parse, head: int) -> str:
    """The name whose head is ``head`` if it can name a person (a name without "the")."""
    if sentence.words[head].tag not in NAME_TAGS:
        return ""
    phrase = _name_phrase(sentence, head)
    first = phrase[0]
    while first > 0 and sentence.words[first - 1].tag in NAME_TAGS:
        first -= 1  # "the Sydney Opera House Trust", whose "Sydney" the parser set apart (r46)
    if first > 0 and sentence.words[first - 1].dep == "det":
        return ""  # "the United States"
    return text_of(sentence, phrase)


# What a pronoun of a whole sentence needs before it to stand for something the sentence names.
_NEEDS_ONE = frozenset({"he", "him", "his", "she", "her"})
_NEEDS_MANY = frozenset({"they", "them", "their"})
_INSTANCE_NOUNS = frozenset({"example", "instance", "case"})  # "Another example is ...": of what? (r119)
_NEEDS_THING = frozenset({"it", "its"})


def unresolved_pronoun(parse: Parse, tokens: Sequence[int], dates: Sequence[tuple[int, int]]) -> str:
    """The first "he", "she", "it" or "they" (or "his", "its", "them", ...) of ``tokens``, a sentence as an item
    shows it whole, with no noun before it that it could stand for ("He once visited 17 countries ..., Kissinger spent
    ...", "28 November is the date on which they declared ..."); "" when every such pronoun has one. Words of
    the sentence's dates (``dates``: character spans) name no one."""
    one = many = False
    nouns: list[int] = []
    for index in tokens:
        word = parse.words[index]
        if any(start <= word.start < end for start, end in dates) or _beside_number(parse, index):
            continue  # "28 November", "June 5": a date, whether read as one or not
        text = parse.word(index).lower()
        if word.tag in ("PRP", "PRP$") and ((text in _NEEDS_ONE and not one) or (text in _NEEDS_MANY and not many)):
            return parse.word(index)
        if text in _NEEDS_THING and not _stands_for_any(parse, nouns, index):
            return parse.word(index)  # "It was led by Ali Mohamed, who had moved ... in [...]" (blind read r22)
        if text in _DEMONSTRATIVES and word.dep in ("nsubj", "nsubjpass") and not nouns:
            return parse.word(index)  # "This was the beginning of the House of Braganza, which ..." (r106)
        instance = parse.word(word.head).lower() in _INSTANCE_NOUNS
        if text == "another" and instance and parse.words[word.head].dep in SUBJECT_DEPS:
            return text_of(parse, (index, word.head))  # "Another example is the Hubbard Brook study": of what? (r119)
        if word.tag in NOUN_TAGS:
            nouns.append(index)
        if word.tag in ("NN", "NNP"):
            one = True
        if word.tag in ("NNS", "NNPS"):
            many = True  # "Military operations began ..., when his general": not whose (blind read r32)
        if word.tag == "NNP" or (word.dep == "conj" and word.tag in ("NN", "NNP")):
            many = one = True  # "the Albanians", "the Congress", "Nixon and Brezhnev"
    return ""


def _unnamed_it(parse: Parse, shown: Sequence[int], index: int) -> bool:
    """An "it" subject of a clause inside the shown words with no thing named before it to stand for."""
    if parse.words[index].dep not in ("nsubj", "nsubjpass") or _expletive(parse, index):
        return False
    return not any(_thing(parse, i) for i in shown if i < index)


def _stands_for_any(parse: Parse, nouns: Sequence[int], pronoun: int) -> bool:
    """True when the "it" or "its" at ``pronoun`` can stand for one of ``nouns`` (the nouns before it), or stands
    for nothing ("it was believed that ...")."""
    if parse.words[pronoun].dep == "expl" or _expletive(parse, pronoun):
        return True
    if parse.word(pronoun).lower() == "it":
        return any(_thing(parse, n) for n in nouns)
    return any(not _its_own(parse, n, pronoun) for n in nouns)


def _its_own(parse: Parse, noun: int, its: int) -> bool:
    """True when ``noun`` is the subject of a "be" that ``its`` describes, so cannot be what "its" stands for:
    "Though Turabi had been its inspirational leader" (blind read r27); "Haiti declared its independence" is
    Haiti's."""
    head = _phrase_head(parse, noun)
    verb = parse.words[head].head
    if parse.words[head].dep not in SUBJECT_DEPS or parse.words[verb].tag[:2] != "VB":
        return False
    if base_form(parse.word(verb), parse.words[verb].tag) != "be":
        return False
    return any(parse.words[c].dep == "attr" and its in parse.subtree(c) for c in parse.children[verb])


def _after_for(parse: Parse, index: int) -> bool:
    """ "for them to be reinforced", not "declared him an outlaw" (where "him" is no one earlier)."""
    return index > 0 and parse.word(index - 1).lower() == "for"


def _plural(parse: Parse, subject: Sequence[int]) -> bool:
    """The subject is one plural common noun ("the European powers"), not a coordination ("Spain and France") nor
    a name in the plural ("Akamai Technologies": one firm)."""
    head = next((i for i in subject if parse.words[i].head not in subject), subject[-1])
    return parse.words[head].tag == "NNS" and not any(
        parse.words[i].dep == "conj" or parse.words[i].tag in NAME_TAGS for i in subject
    )  # "Airspan Networks" (the parser's NNS) is a name too


def _phrase_head(parse: Parse, index: int) -> int:
    while parse.words[index].dep in ("compound", "flat") and parse.words[index].head != index:
        index = parse.words[index].head
    return index


def _thing(parse: Parse, index: int) -> bool:
    """A noun "it" or "its" may stand for: a common noun, or a name that is not a subject without "the"."""
    tag = parse.words[index].tag
    return tag in ("NN", "NNS", "NNPS") or (tag == "NNP" and not _named_subject(parse, index))


def _named_subject(parse: Parse, index: int) -> bool:
    """True for a name that is, or ends, a subject with no "the": "McNamara reiterated that it made no difference",
    "Though Turabi had been its leader": most often someone, whom "it" cannot stand for (blind read r27)."""
    head = _phrase_head(parse, index)
    if parse.words[head].dep not in SUBJECT_DEPS:
        return False
    return not any(parse.words[c].dep == "det" for c in parse.children[head])


def _beside_number(parse: Parse, index: int) -> bool:
    return any(0 <= i < len(parse.words) and parse.words[i].tag == "CD" for i in (index - 1, index + 1))
