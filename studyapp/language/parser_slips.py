"""Signs that the parser joined or tagged a sentence's words wrongly, each found by a blind read: a verb joined to
another with no "and", a noun subject taken for a conjunct of the noun before it, a participle taken for the
sentence's verb, a subject set off from its verb by a lone comma, a conjunct whose "and" a cut left out, a
participle joined to one under "had him", a date joined by "and" to a phrase of the clause before it."""

from __future__ import annotations

from studyapp.language.clauses import DateClause
from studyapp.language.grammar import NOUN_TAGS
from studyapp.language.parses import Parse


def joined_without_conjunction(parse: Parse, verb: int) -> bool:
    """A verb without a subject of its own that the parser joined to an earlier one with no "and", "but" or "or"
    between them: most often the verb of a clause whose start it lost, which has another subject."""
    if parse.words[verb].dep != "conj" or not parse.words[verb].tag.startswith("VB"):
        return False
    if any(parse.words[c].dep in ("nsubj", "nsubjpass", "expl") for c in parse.children[verb]):
        return False
    head = parse.words[verb].head
    return not any(parse.words[i].tag == "CC" for i in range(min(head, verb) + 1, max(head, verb)))


def subject_taken_for_a_conjunct(parse: Parse, verb: int) -> bool:
    """A verb the parser joined to an earlier one, so that it shares that one's subject, though a noun stands
    right before it: that noun is its own subject, which the parser joined to a noun before ("on the river Rhine
    and the city became")."""
    if parse.words[verb].dep != "conj" or not parse.words[verb].tag.startswith("VB") or verb == 0:
        return False
    if any(parse.words[c].dep in ("nsubj", "nsubjpass", "expl") for c in parse.children[verb]):
        return False
    before = verb - 1
    return parse.words[before].tag in NOUN_TAGS and parse.words[before].head != verb


def participle_as_verb(parse: Parse, verb: int) -> bool:
    """A past participle with a subject of its own and no "was" or "has": it describes a noun ("the Committee of
    Safety set up in July 1642, comprised 15 members"), and the sentence's verb is the one after the comma. A
    participle right after a comma is a list entry's ("Nieuwe Kerk, constructed between 1381 and 1496"), which a
    question gives its "was"."""
    children = parse.children[verb]
    if parse.words[verb].tag != "VBN" or verb == 0 or parse.words[verb - 1].tag == ",":
        return False
    if not any(parse.words[c].dep == "nsubj" for c in children) or any(
        parse.words[c].dep in ("aux", "auxpass") for c in children
    ):
        return False
    return any(  # the sentence's verb after a comma, with no "and": ", comprised 15 members"
        parse.words[c].dep == "conj"
        and parse.words[c].tag == "VBD"
        and parse.words[c - 1].tag == ","
        and not any(parse.words[i].tag == "CC" for i in range(verb + 1, c))
        for c in children
    )


def comma_before_its_verb(parse: Parse, clause: DateClause) -> bool:
    """A subject cut from its verb (or the first of the verbs it shares) by a lone comma, with no aside before it
    that the comma would close ("Fisher, a statistician, reconstructed"): English does not write one there, so
    the "verb" is a participle that describes the subject, and the sentence's verb comes later."""
    verb = clause.verb
    if verb is None or any(parse.words[c].dep in ("aux", "auxpass") for c in parse.children[verb]):
        return False  # "..., was eventually finished in 1880": the sentence's verb, which the parser joined
    while parse.words[verb].dep == "conj" and parse.words[verb].head != verb:
        verb = parse.words[verb].head  # "started in 1248 but abandoned around 1560": both describe the cathedral
    if parse.words[verb].tag not in ("VBD", "VBN"):
        return False
    for subject in parse.children[verb]:
        if parse.words[subject].dep in ("nsubj", "nsubjpass") and subject < verb:
            words = parse.subtree(subject)
            alone = not any(parse.word(i) in (",", "(", ")", "—", "–") for i in range(words[0], verb - 1))
            return alone and max(words) <= verb - 1 and parse.word(verb - 1) == ","
    return False


def conjunct_cut_from_its_conjunction(parse: Parse, shown: list[int]) -> bool:
    """A shown conjunct of a noun whose "and" or "or" the cut left out with the words around it: the parser joined
    it to a far noun ("the Battle of the Bulge, which the Allies turned back ... and improved weather allowed")."""
    kept = set(shown)
    for index in shown:
        head = parse.words[index].head
        if parse.words[index].dep != "conj" or parse.words[index].tag.startswith("VB") or head not in kept:
            continue  # (a verb's own conjunction is weighed by joined_without_conjunction)
        between = range(min(head, index) + 1, max(head, index))
        joins = [i for i in between if parse.words[i].tag == "CC"]
        if joins and not any(i in kept for i in joins):
            return True
    return False


def conjunct_of_a_small_clause(parse: Parse, verb: int) -> bool:
    """A participle joined to another that has a subject of its own under "had" or "saw" ("who had him brought
    back to Yunnan province and executed in early 1662"): both tell what was done to "him", not what the subject
    of "had" did ("Wu Sangui executed.", blind read r88)."""
    word = parse.words[verb]
    if word.dep != "conj" or word.tag != "VBN":
        return False
    if any(parse.words[c].dep in ("nsubj", "nsubjpass", "aux", "auxpass") for c in parse.children[verb]):
        return False
    head = word.head
    small = [head] if parse.words[head].dep in ("ccomp", "xcomp") else []
    small += [c for c in parse.children[head] if parse.words[c].dep in ("ccomp", "xcomp") and head < c < verb]
    return any(
        parse.words[s].tag == "VBN" and any(parse.words[c].dep == "nsubj" and c < s for c in parse.children[s])
        for s in small
    )


def date_joined_to_a_phrase(parse: Parse, clause: DateClause) -> bool:
    """The date's preposition joined by "and" to a phrase of the verb before it, where a new clause began ("He was
    joined there by Dos Passos and in November 1930, ..., Hemingway broke his arm": not "joined ... and in [...]",
    blind read r90)."""
    if not clause.phrase or not clause.preposition:
        return False
    preposition = min(clause.phrase)
    word = parse.words[preposition]
    ends = max((i for i in clause.tokens if parse.words[i].tag not in (".", ",")), default=-1) <= max(clause.phrase)
    return (
        ends  # ("Marx lost the fight ... and on 17 September resigned": a verb after the date is its own)
        and word.dep == "conj"
        and parse.words[word.head].tag == "IN"
        and preposition > 0
        and parse.words[preposition - 1].tag == "CC"
    )
