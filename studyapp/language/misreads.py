"""Signs that a date's clause was read wrongly, or tells less than it seems: a subject that is no noun phrase, a
relative clause whose noun the parser may have picked wrong, a saying cut from what was said, a word the source
left in by mistake; and whether the clause reports a remark. Each was found by a blind read."""

from __future__ import annotations

import re

from studyapp.language.clauses import DateClause
from studyapp.language.grammar import NAME_TAGS, NOUN_TAGS, helpers
from studyapp.language.parser_slips import (
    comma_before_its_verb,
    conjunct_cut_from_its_conjunction,
    conjunct_of_a_small_clause,
    date_joined_to_a_phrase,
    joined_without_conjunction,
    participle_as_verb,
    subject_taken_for_a_conjunct,
)
from studyapp.language.parses import Parse
from studyapp.language.questions import SAYING, base_form, sound_subject


def misread(parse: Parse, clause: DateClause, shown: list[int]) -> bool:
    """Signs of a misparse: a subject that does not end on a noun or is a bare figure, a saying without what was
    said, a stray article, a past-tense verb read as a modifier, a sentence that instructs the reader."""
    if clause.subject and not sound_subject(parse, clause.subject):
        return True
    if clause.verb is not None and _no_verb_known(parse, clause.verb):
        return True  # "and afterwards suffect consul around 205": an adjective the tagger took for a verb (r126)
    if any(parse.words[i].tag in ("WDT", "WP") for i in clause.subject):
        return True  # "The failure of which sparked ...": a relative clause read as a main one
    if clause.inherited and all(parse.words[i].tag == "DT" or _numeric(parse.word(i)) for i in clause.subject):
        return True  # "debts from the 1920s which had defaulted in the 1930s": a "which" is no date (r21 review)
    if clause.inherited and any(_verb_like(parse, i) for i in clause.subject):
        return True  # "in a wheelchair and suffering from diabetes, which had developed": not what "which" is
    if clause.subject and all(
        parse.words[i].tag in ("CD", "NN", "NNS", "DT") and _numeric(parse.word(i)) for i in clause.subject
    ):
        return True  # "4% worked in various sectors", "15.1 times": of what, or than when, another sentence said
    if not clause.subject and shown and shown[0] == clause.verb and parse.words[clause.verb].tag in ("VBD", "VBZ"):
        return True  # "Points to the emergence of ...": a subject the parser did not find
    if _unquoted_words(parse, clause.verb, shown):
        return True  # "Bryan cabled Herrick, President fears from a private telegram ...": the cable, unquoted
    if _before_its_colon(parse, clause.verb, shown):
        return True  # "Willy Ley wrote in 1958: Organized through ...": what he wrote follows the colon (r39)
    if _says_nothing(parse, clause.verb, shown):
        return True  # "Mehmet Shehu said of the country's health service.": what he said was cut off
    if _numeral_taken_for_i(parse, clause.subject):
        return True  # "The history of the Ottoman Empire during World War I began": "I began" (r54)
    if clause.subject and object_taken_for_subject(parse, clause.subject):
        return True  # "at the outbreak of World War I, a radio transmitter ... jammed": not World War I (r45)
    if _stray_article(parse, shown) or _stray_preposition(parse, shown):
        return True  # "lead the Pope the to move the council": a word the source left in by mistake
    if any(_participle_joined_to_tense(parse, i) for i in shown) or _verb_left_out(parse, clause.verb):
        return True  # "encouraged women to join the partisans and following the war": a new clause began (r20)
    if _marked_root(parse, clause.verb) or _had_done(parse, clause.verb):
        return True  # "On 23 May 1871, as the French Army advanced ...", "had full British citizenship restored"
    if _subject_after_its_noun(parse, clause):
        return True  # "a transmission from ... in Glace Bay, Nova Scotia, Canada became": not Canada (r65)
    if _date_apposition_as_subject(parse, clause.subject):
        return True  # "In 1589, the year after defeating the Armada, Drake and ... were given": not "the year" (r63)
    if _time_phrase_alone(parse):
        return True  # "The day Duvalier père unleashed a wave of violence ..., in 1963.": no sentence (r20)
    if _subordinate_alone(parse) or _subordinate_shown_alone(parse, clause, shown):
        return True  # "Even though Iraq's dictator ... had never had an Islamist agenda ... of 1991.": no main clause
    if clause.verb is not None and any(
        joined_without_conjunction(parse, v) for v in (clause.verb, *parse.children[clause.verb]) if v in shown
    ):
        return True  # "started when William ..., nicknamed ..., took up residence": no "and" joins the two (r39)
    if clause.verb is not None and subject_taken_for_a_conjunct(parse, clause.verb):
        return True  # "founded Colonia ... on the river Rhine and the city became": not the Romans (r79)
    if clause.verb is not None and participle_as_verb(parse, clause.verb):
        return True  # "the Committee of Safety set up in July 1642, comprised": no "When did ... set up?" (r80)
    if clause.verb is not None and conjunct_of_a_small_clause(parse, clause.verb):
        return True  # "who had him brought back ... and executed in early 1662": not "Wu Sangui executed" (r88)
    if date_joined_to_a_phrase(parse, clause):
        return True  # "He was joined there by Dos Passos and in November 1930, ..., Hemingway broke" (r90)
    if comma_before_its_verb(parse, clause):
        return True  # "The cathedral, started in 1248 but abandoned ..., was finished": a participle, no verb (r79)
    if conjunct_cut_from_its_conjunction(parse, shown):
        return True  # "launched an offensive, the Battle of the Bulge, improved weather": the "and" was cut (r77)
    if _imperative(parse):
        return True  # "Take the Dominican Republic, which initially appears ...": the author's aside (r21)
    if clause.verb is not None and _participle_with_a_subject(parse, clause.verb):
        return True  # "freedmen of the gens Aurelia given full Roman citizenship": not "When did Aurelia give" (r116)
    return any(parse.words[i].tag == "VBD" and parse.words[i].dep in ("amod", "compound", "nmod") for i in shown)


# Verbs of saying, whose words are the event: without them "Hoxha said of women's rights." tells nothing.
_WHAT_IS_SAID = frozenset({"ccomp", "dobj", "xcomp", "parataxis", "dative", "attr", "oprd"})


# what completes a verb that takes an object: what is said, or an adjective, a particle, a passive's "was"
_COMPLEMENTS = _WHAT_IS_SAID | {"acomp", "prt", "auxpass"}


def object_elsewhere(parse: Parse, clause: DateClause, shown: list[int]) -> bool:
    """A verb shown without the object it shares with the verb after it ("besieged and conquered Lisbon"), or
    without the noun a relative clause with no "which" or "that" stands on ("calculations Einstein made in
    1911"): cut there, the clause reads "Einstein made." (blind read r72)."""
    verb = clause.verb
    if verb is None or any(parse.words[c].dep in _COMPLEMENTS for c in parse.children[verb]):
        return False
    if parse.words[verb].dep == "relcl":  # no "which" or "that", nothing but its subject and its date
        return all(
            (parse.words[c].dep in ("nsubj", "punct") and parse.words[c].tag not in ("WDT", "WP"))
            or bool(set(parse.subtree(c)) & set(clause.phrase))
            for c in parse.children[verb]
        )
    shared = verb + 2  # "besieged and conquered Lisbon"
    return (
        shared in parse.children[verb]
        and parse.words[shared].dep == "conj"
        and parse.word(verb + 1).lower() in ("and", "or")
        and shared not in shown
        and any(parse.words[o].dep == "dobj" for o in parse.children[shared])
    )


def _says_nothing(parse: Parse, verb: int, shown: list[int]) -> bool:
    """A verb of saying shown without what was said (no object, no reported clause, no quotation)."""
    if base_form(parse.word(verb), parse.words[verb].tag) not in SAYING:
        return False
    kept = set(shown)
    if any(parse.words[c].dep in _WHAT_IS_SAID and c in kept for c in parse.children[verb]):
        return False
    return not any(parse.word(i) in ('"', "“", "”", ":") for i in kept)


def _before_its_colon(parse: Parse, verb: int | None, shown: list[int]) -> bool:
    """The shown clause of a verb of saying or writing stops at the colon it leads into, with no object of its
    own: what was said follows the colon, which the card leaves out."""
    if verb is None or not shown or base_form(parse.word(verb), parse.words[verb].tag) not in SAYING | {"write"}:
        return False
    last = max(i for i in shown if parse.words[i].tag != ".")
    after = last + 1
    if after >= len(parse.words) or parse.word(after) != ":":
        return False  # the colon may hang on another verb: "echoed by A.E. Rio who wrote in 1861: ..." (r52)
    return not any(parse.words[c].dep in _WHAT_IS_SAID and c in shown for c in parse.children[verb])


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", ":"})


def _unquoted_words(parse: Parse, verb: int, shown: list[int]) -> bool:
    """A past verb's reported clause in the present tense with neither quotation marks nor "that": the source
    quoted a message without marking it (told, it would read "feared"), and a card runs the message into its
    sentence ("Bryan cabled Herrick, President fears from a private telegram ...", blind read r21)."""
    if parse.words[verb].tag != "VBD":
        return False
    kept = set(shown)
    for clause in parse.children[verb]:
        if parse.words[clause].dep not in ("ccomp", "parataxis") or clause not in kept or clause < verb:
            continue
        if parse.words[clause].tag not in ("VBZ", "VBP"):
            continue
        if any(parse.words[c].dep == "mark" for c in parse.children[clause]):
            continue
        if not any(parse.word(i) in _QUOTES for i in parse.subtree(clause)):
            return True
    return False


def antecedent_in_doubt(parse: Parse, clause: DateClause) -> bool:
    """The clause is a relative clause that borrows a noun the parser may have picked wrong: the sentence can be
    shown whole, but no question can say what the clause is about ("sent a plan to Washington, which was
    formulated ...": the plan, or Washington?)."""
    return clause.verb is not None and clause.inherited and _unsure_antecedent(parse, clause.verb)


# Prepositions whose noun is an event of its own, which a date right after it may time ("until his reassignment
# to St. Michael's in October 1915": the reassignment's month, not the service's).
_BOUNDING = frozenset({"until", "till", "before", "after", "since"})


def date_after_bound(parse: Parse, clause: DateClause) -> bool:
    """The date follows a phrase that opens with "until", "before", "after" or "since" and ends on a noun: the
    date may time that noun's event rather than the verb's (blind reads r16-r18)."""
    if clause.verb is None or not clause.phrase or clause.preposition in _BOUNDING:
        return False
    start = min(clause.phrase)
    for child in parse.children[clause.verb]:
        if child < start and parse.words[child].dep == "prep" and parse.word(child).lower() in _BOUNDING:
            last = max(parse.subtree(child))
            between = range(last + 1, start)
            if (
                last < start
                and all(parse.words[i].tag in ("-RRB-", ",") for i in between)
                and _ends_on_noun(parse, child, last)
            ):
                return True
    return False


def _ends_on_noun(parse: Parse, preposition: int, last: int) -> bool:
    objects = [c for c in parse.children[preposition] if parse.words[c].dep == "pobj"]
    if not objects or last < objects[0]:
        return False
    if parse.words[objects[0]].tag == "NNP":  # "died two months before Anne in August 1714": Anne's death (r39)
        if any(parse.word(c).lower() == "the" for c in parse.children[objects[0]]):
            return True  # "arrived in Egypt before the Egyptian New Year on 29 August 130": the New Year's (r88)
        return any(parse.words[c].dep == "npadvmod" for c in parse.children[preposition])
    return parse.words[objects[0]].tag in ("NN", "NNS")


def _unsure_antecedent(parse: Parse, verb: int) -> bool:
    """A relative clause whose noun the parser may have picked wrong (blind reads r14-r18): the object of a
    preposition after a verb's own object ("sent a reconstruction plan to Washington, which was formulated"), or of
    a phrase that describes another noun ("unrest throughout the United States, which culminated", "the movement
    led by Maurice Bishop, which took power", "a house at 14, avenue d'Eylau, which served"); a noun with a phrase
    of common nouns between it and the clause ("the threat of ... missiles that had been installed"); a noun inside
    a phrase that describes another noun ("the commission set up to establish a uniform system ... which")."""
    if parse.words[verb].dep != "relcl":
        return False
    noun = parse.words[verb].head
    while parse.words[noun].dep in ("appos", "conj") and parse.words[noun].head != noun:
        noun = parse.words[noun].head  # "at 14, avenue d'Eylau, which": the address's number is the object
    if _common_noun_between(parse, noun, verb) or _far_from_its_noun(parse, noun, verb):
        return True
    word = parse.words[noun]
    if word.tag in NAME_TAGS and word.dep == "dobj" and _tells_a_consequence(parse, verb) and _set_apart(parse, verb):
        return True  # "Zengi conquered Edessa, a crusader stronghold, which led to a new crusade": the conquest did
    in_a_noun_phrase = word.dep == "pobj" and parse.words[parse.words[word.head].head].tag in NOUN_TAGS
    if in_a_noun_phrase and _tells_an_event(parse, verb):
        return True  # "the wedding of Crown Prince Ludwig to Princess Therese ... which took place": the wedding (r79)
    # "his work with Danish kitchen middens that began in 1851": the work began (r167); not "the War of the Third
    # Coalition which ended" (a name) or "..., notably the World Cup which commenced"
    if (
        in_a_noun_phrase
        and _starts_or_ends(parse, verb)
        and word.tag in ("NN", "NNS")
        and parse.words[parse.words[verb].head].tag in ("NN", "NNS")
        and parse.words[parse.words[word.head].head].tag == "NN"
    ):
        return True
    if word.dep in ("pobj", "agent") or parse.words[word.head].dep == "agent":
        governor = parse.words[word.head].head
        describes_a_noun = parse.words[governor].tag in NOUN_TAGS or parse.words[governor].dep == "acl"
        if describes_a_noun and _set_apart(parse, verb):
            return True  # "the groundwork for the 1883 Korean treaty which was signed": the nearest noun
        return any(parse.words[c].dep == "dobj" and c < noun for c in parse.children[governor])
    current = noun
    for _ in range(4):
        head = parse.words[current].head
        if head == current:
            return False
        if parse.words[current].dep in ("xcomp", "acl", "advcl") and parse.words[head].tag in NOUN_TAGS:
            return True
        current = head
    return False


def _far_from_its_noun(parse: Parse, noun: int, verb: int) -> bool:
    """Words that are not the noun's own stand between it and its relative clause: "Eau de Cologne is produced ...
    by Mäurer & Wirtz who bought": the parser reached back past the nearer name (r79)."""
    first = min([verb, *(c for c in parse.children[verb] if c < verb)])
    before = first - 1
    while before > noun and parse.word(before) == ",":
        before -= 1
    return before > noun and before not in parse.subtree(noun)


# Verbs whose subject is an event: a relative clause of theirs is not about a person or a place.
_EVENT_VERBS = frozenset({"occur", "happen"})
_START_OR_END = frozenset({"begin", "start", "commence", "end", "cease"})


def _starts_or_ends(parse: Parse, verb: int) -> bool:
    return base_form(parse.word(verb), parse.words[verb].tag) in _START_OR_END


def _tells_an_event(parse: Parse, verb: int) -> bool:
    """ "which took place", "that occurred": a clause whose subject can only be an event."""
    lemma = base_form(parse.word(verb), parse.words[verb].tag)
    if lemma in _EVENT_VERBS:
        return True
    return lemma == "take" and any(parse.word(c).lower() == "place" for c in parse.children[verb])


# Verbs whose subject is most often an event: after a clause's named object, their "which" may be the clause.
_CONSEQUENCE_VERBS = frozenset({"lead", "result", "cause", "prompt", "spark", "trigger", "provoke"})


def _tells_a_consequence(parse: Parse, verb: int) -> bool:
    return base_form(parse.word(verb), parse.words[verb].tag) in _CONSEQUENCE_VERBS


def _set_apart(parse: Parse, verb: int) -> bool:
    """The relative clause follows a comma ("..., which culminated")."""
    first = min([verb, *(c for c in parse.children[verb] if c < verb)])
    return first > 0 and parse.word(first - 1) == ","


def _common_noun_between(parse: Parse, noun: int, verb: int) -> bool:
    """A phrase hangs from the noun before the relative clause, ending on a common noun the clause could be about
    ("the threat of obsolescent missiles that ..."), or a name hangs from a common noun ("the capital of the Kingdom
    of Italy, which, in 1946, became": not the capital, blind read r76); "the Treaty of Paris, which" names one
    thing."""
    of_a_name = ("NN", "NNS", "NNP", "NNPS") if parse.words[noun].tag in ("NN", "NNS") else ("NN", "NNS")
    for child in parse.children[noun]:
        if noun < child < verb and parse.words[child].dep == "prep":
            objects = [c for c in parse.children[child] if parse.words[c].dep == "pobj"]
            if any(parse.words[o].tag in of_a_name for o in objects):
                return True
    return False


def _verb_like(parse: Parse, index: int) -> bool:
    """A verb, or a word in "-ing" joined to a noun as if it were one ("a wheelchair and suffering")."""
    word = parse.words[index]
    return word.tag.startswith("VB") or (word.dep == "conj" and parse.word(index).lower().endswith("ing"))


def _stray_article(parse: Parse, shown: list[int]) -> bool:
    """An article right before a word no noun phrase opens with ("the to move", "a of"): a typo of the source,
    which a card would copy."""
    for index in shown:
        if parse.word(index).lower() in ("the", "a", "an") and index + 1 < len(parse.words):
            following = parse.words[index + 1].tag
            hyphen = index + 2 < len(parse.words) and parse.words[index + 2].tag == "HYPH"  # "the in-laws"
            if following in ("TO", "IN", "MD", "VBD", "VBN", "VBZ", "VBP", ".", ",") and not hyphen:
                return True
    return False


def _stray_preposition(parse: Parse, shown: list[int]) -> bool:
    """A preposition with no noun, right before another ("welcomed the president in the capital on in June", blind read
    r20): a typo of the source."""
    return any(
        parse.words[i].dep == "prep"
        and not parse.children[i]
        and i > 0
        and parse.words[i - 1].tag in NOUN_TAGS  # not "decided upon by": a verb's own preposition
        and i + 1 < len(parse.words)
        and parse.words[i + 1].tag == "IN"
        and parse.word(i + 1).islower()  # not "replaced Bowles with Under Secretary ...": a title
        for i in shown
    )


def _participle_with_a_subject(parse: Parse, verb: int) -> bool:
    """A past participle that describes a noun, with a subject of its own and no "was": the parser took the noun
    before it for the one who acts."""
    word = parse.words[verb]
    children = parse.children[verb]
    return (
        word.tag == "VBN"
        and word.dep == "acl"
        and any(parse.words[c].dep == "nsubj" for c in children)
        and not any(parse.words[c].dep in ("aux", "auxpass") for c in children)
    )


def _numeral_taken_for_i(parse: Parse, subject: tuple[int, ...]) -> bool:
    """The subject is the numeral of a name that the sentence holds as an object ("during World War I began"):
    the parser read "I" as the pronoun, the subject of a clause of its own."""
    if not subject or parse.word(subject[-1]) != "I" or parse.words[subject[-1]].tag != "PRP" or len(subject) < 2:
        return False
    inside = set(subject)
    if any(parse.words[i].dep in ("nsubj", "nsubjpass") for i in subject[:-1] if parse.words[i].head not in inside):
        return False  # "the invasion of Chola emperor Rajaraja I forced": a subject of its own holds the name
    return parse.words[subject[-2]].tag in NAME_TAGS and parse.words[subject[-2]].dep in ("pobj", "dobj")


def object_taken_for_subject(parse: Parse, subject: list[int]) -> bool:
    """The subject follows a preposition left with no object: the parser took the preposition's noun for the
    subject ("at the outbreak of World War I, a radio transmitter located in the tower jammed ...")."""
    return subject_after_an_objectless_phrase(parse, subject) or _name_run_into_the_subject(parse, subject)


def subject_after_an_objectless_phrase(parse: Parse, subject: list[int]) -> bool:
    """The subject is the object of a phrase before it, which the sentence set off with a comma: the sentence reads
    well whole ("In the event that triggered World War I, Archduke Franz Ferdinand ... was assassinated": r152)."""
    before = min(subject) - 1
    if before >= 0 and _object_left_to_the_next_clause(parse, before):
        return True
    if before < 0 or parse.words[before].dep != "prep" or parse.children[before]:
        return False
    return (
        not _name_run_into_the_subject(parse, subject)
        and parse.words[parse.words[before].head].tag in NOUN_TAGS  # not "In 1402 Hus began": the verb's own
        and not any(parse.words[i].tag == "CD" for i in subject)  # "By the morning of 21 August Czechoslovakia"
    )


def _name_run_into_the_subject(parse: Parse, subject: list[int]) -> bool:
    """ "In London Balfour commissioned": "London Balfour" is no one, and the copy lost its comma (blind read r51);
    nor is "the First World War Planck" of "During the First World War Planck's second son Erwin was taken" (r161)."""
    before = min(subject) - 1
    first = min(subject) + 1 if parse.word(min(subject)).lower() == "the" else min(subject)
    return (
        before >= 0
        and parse.words[before].dep == "prep"
        and not parse.children[before]
        and parse.words[first].dep == "compound"
        and parse.words[first].tag in NAME_TAGS
    )


def plural_with_a_singular_verb(parse: Parse, clause: DateClause) -> bool:
    """A plural noun whose verb is singular: the parser took for the subject a noun that is not it ("The ordination
    of women as priests was passed ...": "as" read as opening a clause, blind read r156), or the source slipped."""
    verb = clause.verb
    if verb is None:
        return False
    subjects = [c for c in parse.children[verb] if parse.words[c].dep in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or parse.words[subjects[0]].tag != "NNS":
        return False
    if any(parse.words[c].dep == "conj" for c in parse.children[subjects[0]]):
        return False
    helpers = [c for c in parse.children[verb] if parse.words[c].dep in ("aux", "auxpass")]
    finite = helpers[0] if helpers else verb
    return parse.words[finite].tag == "VBZ" or parse.word(finite).lower() == "was"


def _object_left_to_the_next_clause(parse: Parse, verb: int) -> bool:
    """A verb of a relative clause with no object, right before the subject: the subject is its object (r152)."""
    word = parse.words[verb]
    return (
        word.dep == "relcl"
        and word.tag in ("VBD", "VBZ", "VBP")
        and not any(parse.words[c].dep in ("dobj", "attr", "ccomp", "xcomp", "prep") for c in parse.children[verb])
    )


def _participle_joined_to_tense(parse: Parse, index: int) -> bool:
    """An "-ing" form read as coordinated with a verb in a tense or an infinitive, which English does not join:
    the parser ran two clauses together."""
    word = parse.words[index]
    return word.dep == "conj" and word.tag == "VBG" and parse.words[word.head].tag in ("VB", "VBD", "VBZ", "VBP")


def _verb_left_out(parse: Parse, verb: int | None) -> bool:
    """The clause's own "-ing" word joined to a participle, with no helper of its own, where the text left out a
    verb: "an Education Service established in 1970 and publishing house in 1973" is no "An Education Service
    publishing house in 1973" (r57)."""
    if verb is None or parse.words[verb].tag != "VBG" or parse.words[verb].dep != "conj":
        return False
    return parse.words[parse.words[verb].head].tag in ("VBD", "VBN") and not helpers(parse, verb)


def _subject_after_its_noun(parse: Parse, clause: DateClause) -> bool:
    """A subject right after a comma, where the clause's verb also holds a noun phrase before it that the parser
    read as a loose modifier: the true subject, whose place names the parser took for a list ending in the
    subject ("a transmission from the Marconi station in Glace Bay, Nova Scotia, Canada became ...")."""
    verb, subject = clause.verb, clause.subject
    if verb is None or not subject or subject[0] < 1 or parse.word(subject[0] - 1) != ",":
        return False
    return any(
        parse.words[c].dep == "npadvmod"
        and c < subject[0]
        and parse.words[c].tag in ("NN", "NNS")
        and parse.word(c).lower() not in _TIME_NOUNS
        and any(parse.words[d].dep == "det" for d in parse.children[c])
        and any(parse.words[d].dep == "prep" for d in parse.children[c])
        for c in parse.children[verb]
    )


def _date_apposition_as_subject(parse: Parse, subject: list[int]) -> bool:
    """A subject that is "the year", "the day" ... right after a date and its comma: the phrase that says which
    year the date is, which the parser took for the clause's subject."""
    if not subject or subject[0] < 2 or parse.word(subject[0] - 1) != "," or parse.words[subject[0] - 2].tag != "CD":
        return False
    head = next((i for i in subject if parse.words[i].dep in ("nsubj", "nsubjpass")), None)
    return head is not None and parse.word(head).lower() in _TIME_NOUNS


def _marked_root(parse: Parse, verb: int | None) -> bool:
    """The parse made a subordinate clause the sentence's main one: "On 23 May 1871, as the French Army advanced
    into Paris, a force of Communards ... set fire to the Tuileries Palace" (the root "advanced" keeps its "as")."""
    return (
        verb is not None
        and parse.words[verb].dep == "ROOT"
        and any(
            parse.words[c].dep == "mark" and c < verb and parse.word(c).lower() in _SUBORDINATING
            for c in parse.children[verb]
        )
        and any(w.tag in ("VBD", "VBZ", "VBP") for i, w in enumerate(parse.words) if i != verb)
    )


_SUBORDINATING = frozenset({"as", "when", "while", "after", "because", "although", "though", "since", "once", "if"})


def _had_done(parse: Parse, verb: int | None) -> bool:
    """A participle after "had" or "got" and its object, which the parse read as a clause of its own: "The islanders
    had full British citizenship restored in 1983" is no "Full British citizenship restored" (r59)."""
    if verb is None or parse.words[verb].dep != "ccomp" or parse.words[verb].tag not in ("VBN", "VBD"):
        return False
    head = parse.words[verb].head
    subject = [c for c in parse.children[verb] if parse.words[c].dep in ("nsubj", "nsubjpass")]
    return (
        head < verb
        and bool(subject)
        and head < subject[0]
        and base_form(parse.word(head), parse.words[head].tag) in ("have", "get")
    )


# a time named as a noun: "The day Duvalier père unleashed ...", "In 1589, the year after defeating the Armada"
_TIME_NOUNS = frozenset(
    {"day", "night", "year", "week", "month", "moment", "morning", "evening", "summer", "winter", "spring"}
)


def _time_phrase_alone(parse: Parse) -> bool:
    """The sentence is a bare "The day X did Y" with no main clause after it: the parser took the relative clause
    for the sentence and "The day" for its time."""
    if len(parse.words) < 3 or parse.word(0) != "The" or parse.word(1).lower() not in _TIME_NOUNS:
        return False
    day = parse.words[1]
    return (
        day.dep == "npadvmod"
        and parse.words[day.head].dep == "ROOT"
        and "," not in {parse.word(i) for i in range(2, day.head)}
    )


def _subordinate_alone(parse: Parse) -> bool:
    """The sentence is a subordinate clause with no main clause ("Even though X had ...", "Because Y ..."): the
    source lost the rest of it, and a card would copy a fragment."""
    root = next((i for i, word in enumerate(parse.words) if word.dep == "ROOT"), None)
    if root is None:
        return False
    children = parse.children[root]
    mark = next((c for c in children if parse.words[c].dep == "mark"), None)
    if mark is None or any(parse.words[i].dep != "advmod" for i in range(mark)):
        return False  # "...; that new plan gave away": a mark inside the sentence is the parser's slip
    subjects = [c for c in children if parse.words[c].dep in ("nsubj", "nsubjpass")]
    return any(parse.subtree(c)[0] == mark + 1 for c in subjects)  # not "While in Washington, Burlingame ..."


def _subordinate_shown_alone(parse: Parse, clause: DateClause, shown: list[int]) -> bool:
    """The clause shown is a subordinate one cut from its main clause ("Even though Saddam Hussein had never had
    an Islamist agenda ... during the Gulf War of 1991.", cut from "Bin Ladin was also willing to ..., even
    though ..."): it says what the main clause was conceded against, not an event."""
    if clause.verb is None or not shown or any(parse.words[i].dep == "ROOT" for i in shown):
        return False
    kept = set(shown)
    return any(parse.words[c].dep == "mark" and c in kept and c < clause.verb for c in parse.children[clause.verb])


def _imperative(parse: Parse) -> bool:
    """The sentence opens on its main verb in the bare form with no subject: an instruction to the reader
    ("Take ...", "Consider ...", "Note that ..."), not a statement of the subject's history."""
    first = next((i for i, w in enumerate(parse.words) if w.tag not in ("``", "''", "-LRB-", ":")), None)
    if first is None:
        return False
    word = parse.words[first]
    return (
        word.dep == "ROOT"
        and word.tag == "VB"
        and not any(parse.words[c].dep in ("nsubj", "nsubjpass", "expl") for c in parse.children[first])
    )


# Verbs that report a remark: its date is trivia beside what was said (blind reads r6-r10: "In 1977, Carter said,
# ...", "When did Monsignor Dias say that ...?"); a declaration or a proclamation is an act and stays.
_REMARKING = SAYING - {"declare", "proclaim"}


# verbs that hold what follows as someone's view, not as what happened: "One anonymous writer claims that in 1480,
# Leonardo was living with the Medici" (blind read r52: stated as fact)
_CLAIMING = frozenset(
    {
        "claim",
        "allege",
        "confident",  # "Hitler was confident that he could master the Red Army after the winter of 1942" (r62)
        "convinced",
        "speculate",
        "hypothesize",
        "theorize",
        "conjecture",
        "surmise",
        "suppose",
        "believe",
        "contend",
        "rumor",
        "rumour",
        "guess",
        "hold",
        "argue",
        "maintain",
        "think",
        "consider",  # "Early research considered that the caldera-forming eruption occurred between 1210 and 1300"
        "assume",
    }
)


_LEGEND = re.compile(
    r"\baccording to (?:a |an |the )?(?:popular |local |later |family )?(?:myth|legend|tradition|anecdote|folklore)s?\b"
    r"|\blegend has it\b",
    re.IGNORECASE,
)


def told_as_a_claim(parse: Parse, clause: DateClause, shown: list[int]) -> bool:
    """The clause is what someone claims or believes, or what is asked "whether", and the words that say so are not
    shown; or what a legend tells ("according to popular myth, a storm ... denied Franklin the opportunity": items
    that state what happened would state a myth)."""
    verb = clause.verb
    if verb is None:
        return False
    if _LEGEND.search(parse.text):
        return True
    head = parse.words[verb].head
    if head in shown or head == verb:
        return False
    if any(parse.word(c).lower() == "whether" for c in parse.children[verb]):
        return True  # "it is not known whether Athens suffered destruction in about 1200 BC" (blind read r76)
    if parse.words[verb].dep != "ccomp":
        return False
    word = base_form(parse.word(head), parse.words[head].tag) or parse.word(head).lower()  # "confident": no verb
    return head < verb and word in _CLAIMING


def reports_a_remark(parse: Parse, verb: int) -> bool:
    """The clause reports a remark ("Carter said, ...", "Dias stated that ...")."""
    return base_form(parse.word(verb), parse.words[verb].tag) in _REMARKING


def _numeric(word: str) -> bool:
    return word == "%" or word.lower() in ("per", "cent", "percent", "times") or any(c.isdigit() for c in word)


def _no_verb_known(parse: Parse, verb: int) -> bool:
    """A present-tense verb that no English verb inflects to ("suffect"): a word the tagger guessed a verb."""
    word = parse.words[verb]
    return word.tag in ("VBP", "VBZ") and parse.word(verb).isalpha() and base_form(parse.word(verb), word.tag) is None
