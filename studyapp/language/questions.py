"""A clause turned into a question about its date: "Alaska was transferred ... on October 18, 1867" becomes
"When was Alaska transferred ...?"; "In 1997, he met X" becomes "When did he meet X?".

Only a plain statement in the past (or a historical present) with a subject is turned: a clause with a modal
("would", "could"), a negation, an expletive subject ("It was only in 1828 that ...") or a past tense whose
base form lemminflect cannot pin down gives no question, and the caller asks the cloze instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.language.attachment import DateRole
from studyapp.language.clauses import DateClause, date_apposition
from studyapp.language.grammar import (
    APPOSITION_MARKS,
    NAME_TAGS,
    STATE_VERBS,
    named_with_numeral,
    past_read_as_participle,
    word_cut_at_hyphen,
)
from studyapp.language.parses import Parse
from studyapp.language.wording import PLAIN, Casing, text_of, tidy

_PAST_FORMS = frozenset({"VBD", "VBN", "VBZ", "VBP", "VB"})
_MODALS = frozenset({"would", "could", "should", "might", "must", "may", "can", "will", "shall", "ought"})
_EMPTY_SUBJECTS = frozenset(
    {"it", "there", "which", "who", "that", "what", "this", "these", "those"}
    | {"things", "everything", "something", "nothing", "matters"}  # "When did things take a turn for the worse?" (r54)
)
_PLURAL_SUBJECTS = frozenset({"they", "we", "these", "those", "both"})
_OPEN_ENDS = frozenset({"CC", "DT", "IN", "TO"})  # tags of a word that cannot end a phrase
_TIME_OF_DAY = frozenset({"am", "pm", "a.m.", "p.m.", "edt", "est", "gmt", "noon", "midnight"})
_DISCOURSE_OBJECTS = frozenset(
    {"instance", "example", "fact", "addition", "particular", "contrast", "turn", "short", "case", "sum", "all", "hand"}
)
_MOVABLE = 8  # a fronted phrase of at most this many words moves to the end of the question; longer ones go


_ROUGHLY = frozenset({"around", "about", "circa", "c.", "ca.", "approximately", "roughly", "nearly"})


# words that lean on what the text told before, as a question does not: "then", "later", "ultimately" (after
# what?), "indeed" (as what said?), "even" (against what expected?)
_LEANING_ADVERBS = frozenset(
    {"then", "later", "eventually", "ultimately", "subsequently", "soon", "afterwards", "thereafter", "indeed", "even"}
)


def when_question(parse: Parse, clause: DateClause, subject: str) -> str:
    """ "When did/was ...?" for ``clause``, with its subject written as ``subject``; "" where unsafe."""
    verb = clause.verb
    if verb is None or not clause.subject or not subject:
        return ""
    negated = any(parse.words[c].dep == "neg" for c in parse.children[verb])
    closing = _aside_closing(parse, clause.subject)
    if closing and not subject.endswith(closing):
        subject += closing  # "When did a map provided by Hung Ta-chen, a senior official, show ...?" (blind read r29)
    if clause.role is DateRole.BOUND and not (negated and clause.preposition in ("until", "till")):
        return ""
    if clause.role is not DateRole.TIME and clause.role is not DateRole.BOUND:
        return ""
    if negated and clause.role is DateRole.TIME:
        return ""
    if clause.preposition.lower() in _ROUGHLY or _roughly_before(parse, clause.phrase):
        return ""  # "born around 1412": "When was Joan born? 1412" tells as exact what the text guesses (r51)
    if word_cut_at_hyphen(parse, [*clause.subject, verb]):
        return ""  # "When did Standard Oil's pre begin?", "When did Wimborne resign appointed?": a split word (r52)
    subject_words = set(clause.subject)
    if subject.lower() in _EMPTY_SUBJECTS or not sound_subject(parse, clause.subject):
        return ""
    if _negative_subject(parse, clause.subject):
        return ""  # "When were no cases of malaria reported?" (blind read r20)
    if set(clause.phrase) & subject_words:
        return ""  # the date is part of the subject: "The 1890s were marked by ..."
    helpers = [c for c in parse.children[verb] if parse.words[c].dep in ("aux", "auxpass", "neg")]
    if any(parse.word(h).lower() in _MODALS for h in helpers):
        return ""
    if _published_as_if_active(parse, clause):
        return ""  # "When did Tamar Garb's Women Impressionists publish?" of "... published in 1986" (blind read r144)
    apposition = date_apposition(parse, clause)  # "on 30 January 1661, the 12th anniversary of ..., "
    shown = [
        i
        for i in clause.tokens
        if i not in subject_words
        and i not in clause.phrase
        and i not in apposition
        and i not in helpers
        and i != verb
        and i not in relative_subject(parse, clause)
    ]
    first_subject = min(clause.subject)
    fronted = [i for i in shown if i < first_subject and i < verb]
    middle = [
        i
        for i in shown
        if first_subject < i < verb
        and parse.words[i].tag.startswith("RB")
        and parse.words[i].head == verb
        and parse.word(i).lower() not in _LEANING_ADVERBS  # "When was Latvia then occupied ...?" (blind reads r70-r74)
    ]
    middle = sorted({*middle, *(c for i in middle for c in parse.children[i] if parse.word(c).lower() == "than")})
    # ... with the "than" of "more than quintupled" (blind read r142: "When did spot gold prices more quintuple?")
    after = _before_another_subject(parse, verb, [i for i in shown if i > verb])
    before_colon = _before_colon(parse, after)
    if len(before_colon) < len(after) and base_form(parse.word(verb), parse.words[verb].tag) in SAYING | {"write"}:
        return ""  # "When did Davy write, in a letter to John Children?": what he wrote follows the colon (r59)
    rest = [i for i in _without_cut_absolute(parse, verb, before_colon) if not _leaning_after(parse, verb, i)]
    if any(parse.words[i].tag in ("WDT", "WP") for i in middle + rest[:1]):
        return ""
    if word_cut_at_hyphen(parse, rest):
        return ""  # "When did Wimborne reluctantly resign appointed?" of "... but was re-appointed" (r52)
    if any(parse.word(i).lower() == "when" and parse.word(i + 1).lower() in _PERSONAL for i in rest[:-1]):
        return ""  # "When did major international criticism follow Reagan when he was accused ...?" (r86, r89)
    if any(_finite_without_subject(parse, verb, i) for i in rest):
        return ""  # "When did a massacre call the Stockholm Bloodbath took place?": "took" was the verb (r76)
    if any(parse.words[i].tag in ("``", "''") for i in rest):
        return ""  # "When did X say “...”?": a quotation is no question's matter
    moved = _moved_phrase(parse, fronted)
    opening = _opening(parse, verb, helpers, subject, negated)
    if not opening:
        return ""
    words, verb_form = opening
    if words.startswith("did "):
        rest_text = _coordinated(parse, verb, rest)
    else:
        rest_text = text_of(parse, [i for i in rest if i not in _helpers_of_coordinated(parse, verb)])
    if rest_text is None:
        return ""
    body = " ".join(p for p in (words, text_of(parse, middle), verb_form, rest_text) if p)
    if moved:
        body = f"{body}, {moved}"
    body = _REGNAL_STOP.sub(r"\1", _STRAY_STOP.sub("", body.rstrip(" ,;:")))
    if closing not in ("", ","):  # a dash closes with no space after it: "the first effort—the Codex Theodosianus—was"
        body = body.replace(f"{subject} ", subject, 1)
    return f"When {body}?"


# the full stop of the sentence a clause was cut from: "stay there for four years., according to Winchester",
# "offered for sale by inhabitants.?" (blind read r33); "D.C." and "U.S." keep theirs
_STRAY_STOP = re.compile(r"(?<=[a-z]{3})\.(?=,|$)")
_REGNAL_STOP = re.compile(r"(\b[A-Z][a-z]+ [IVX]{1,4})\.$")  # "... of Elizabeth I.?" (blind read r63)


def _leaning_after(parse: Parse, verb: int, index: int) -> bool:
    """An adverb after the verb that times it from an event the question does not tell: "When did Saif al-Din die
    earlier?" of "Saif al-Din had died earlier in June 1181" (blind read r84)."""
    word = parse.words[index]
    return word.head == verb and word.dep == "advmod" and parse.word(index).lower() in _TIMED_FROM_ANOTHER


_TIMED_FROM_ANOTHER = frozenset({"earlier", "later", "previously", "afterwards", "thereafter", "subsequently"})


def _finite_without_subject(parse: Parse, verb: int, index: int) -> bool:
    """A finite verb hung under ``verb`` as what it says or calls, with no subject of its own: most often the
    sentence's real verb, ``verb`` a participle of its subject ("figures called the Bloodbath took place"); after
    a "that" it is what was said ("suggested that the characters enclosed in cartouches were names")."""
    word = parse.words[index]
    return (
        word.head == verb
        and word.dep == "ccomp"
        and word.tag in ("VBD", "VBZ", "VBP")
        and not any(parse.words[c].dep in ("nsubj", "nsubjpass", "expl", "csubj") for c in parse.children[index])
        and not any(parse.word(i).lower() in ("that", "whether", "if") for i in range(verb + 1, index))
    )


def _without_cut_absolute(parse: Parse, verb: int, rest: list[int]) -> list[int]:
    """``rest`` without a "with" phrase set off by a comma whose participle the parser hung on the verb instead ("...
    divided by civil war, with the Red Guard, supported by Soviet Russia, fighting the White Guard": the question
    would end on half of it, blind read r125)."""
    kept = set(rest)
    for child in parse.children[verb]:
        if child not in kept or parse.word(child).lower() != "with" or parse.words[child - 1].tag != ",":
            continue
        if any(
            c > child and c not in kept and parse.words[c].dep == "advcl" and parse.words[c].tag == "VBG"
            for c in parse.children[verb]
        ):
            phrase = set(parse.subtree(child))
            return [i for i in rest if i not in phrase and i != child - 1]
    return rest


def _before_colon(parse: Parse, rest: list[int]) -> list[int]:
    """``rest`` up to a colon: what follows one names what the clause told, it is no object ("an emblem
    emerged: two five-pointed stars ...", not "When did an emblem emerge two five-pointed stars?", r51)."""
    depth = 0
    colon = None
    for i in rest:
        word = parse.word(i)
        depth += (word == "(") - (word == ")")
        if word == ":" and depth == 0:  # not "(German: Hochschule für Gestaltung)"
            colon = i
            break
    before = [i for i in rest if colon is not None and i < colon]
    if colon is None or len(before) > _BEFORE_A_GLOSS:
        return rest  # "discovered that many materials exhibit a weak repulsion ...: a phenomenon he termed ..."
    return before


_BEFORE_A_GLOSS = 4  # words after the verb, before a colon, of a clause whose colon opens what it names


def _before_another_subject(parse: Parse, verb: int, rest: list[int]) -> list[int]:
    """``rest`` up to a verb joined to the clause's with a subject of its own: the words after it are that
    clause's, or the sentence's ("the Treaty of Paris expired and the ECSC ceased to exist in any form, its
    activities fully absorbed by ...": blind read r36, "When did the Treaty of Paris expire its activities ...?").
    Its own words before it go too: "visited Beijing and there met Deng" is asked "When did he visit Beijing?" (r95)."""
    for child in parse.children[verb]:
        if child > verb and parse.words[child].dep == "conj" and _has_subject(parse, child):
            kept = [i for i in rest if i < parse.subtree(child)[0]]
            while kept and (parse.words[kept[-1]].dep == "cc" or parse.words[kept[-1]].tag == ","):
                kept.pop()
            return kept
    return rest


def _has_subject(parse: Parse, verb: int) -> bool:
    return any(parse.words[c].dep in ("nsubj", "nsubjpass", "expl") for c in parse.children[verb])


def _helpers_of_coordinated(parse: Parse, verb: int) -> set[int]:
    """The "was" of a passive joined to the clause's ("he was appointed physician ..., and was also made mayor"):
    the question's own "was" serves both (blind read r36: "When was Jenner appointed ..., and was made mayor?")."""
    return {
        helper
        for child in parse.children[verb]
        if parse.words[child].dep == "conj"
        for helper in parse.children[child]
        if parse.words[helper].dep in ("aux", "auxpass") and parse.word(helper).lower() in ("was", "were")
    }


def _coordinated(parse: Parse, verb: int, rest: list[int]) -> str | None:
    """The words after the verb, a coordinated past verb in its base form ("review the photographs and identify
    objects"), as a "did" question needs; None where that reads badly or may be wrong: "gain power but be
    unable to ...", or a verb after a relative clause, which may be the relative clause's own ("passed a
    resolution that acknowledged Cuban independence, demanded that ...": blind read r20)."""
    pieces: list[str] = []
    last = None
    for index in rest:
        word = parse.word(index)
        w = parse.words[index]
        if w.dep == "conj" and _past_without_subject(parse, index) and parse.words[w.head].tag in _PRESENT_OR_BASE:
            return None  # "to be socialism and took away ...": "took" misread as joined to "be" (r103)
        if w.dep == "conj" and w.tag == "JJ" and word.endswith("ed") and parse.words[w.head].tag == "CD":
            return None  # "at the age of twelve and faced rebellion": "faced" misread as joined to "twelve" (r167)
        if w.dep == "acl" and _joined_past_tense(parse, index):
            return None  # "crossed the Sinai Desert, invaded and took Egypt": "invaded" misread as the desert's (r101)
        # "When did Wolsey fail and was dismissed ...?": the joined verb has a helper of its own (r153), also after a
        # second joined verb ("rebelled and created Bharatpur state but were defeated", r160)
        if w.dep in ("aux", "auxpass") and _joined_by_conjunctions(parse, w.head, verb):
            return None
        if _joined_to(parse, index, verb):
            base = base_form(word, "VBD")
            if base is None or base == "be" or _relative_clause_between(parse, verb, index):
                return None  # "did ... meet and overcame French knights?" (blind read r40)
            word = base
        if last is not None and last + 1 != index and pieces and pieces[-1].strip() in ("—", "–"):
            pieces.pop()  # a dash that led to words cut after it goes with them ("leave Sudan— despite")
        gap = "" if last is not None and last + 1 == index and parse.words[last].end == w.start else " "
        pieces.append((gap if pieces else "") + word)
        last = index
    return tidy("".join(pieces))


_PRESENT_OR_BASE = frozenset({"VB", "VBZ", "VBP", "VBG"})


def _joined_by_conjunctions(parse: Parse, index: int, verb: int) -> bool:
    """``index`` is joined to ``verb`` by "and", "but" or "or", directly or through other joined verbs."""
    while parse.words[index].dep == "conj" and parse.words[index].head != index:
        index = parse.words[index].head
        if index == verb:
            return True
    return False


def _past_without_subject(parse: Parse, index: int) -> bool:
    return parse.words[index].tag == "VBD" and not any(
        parse.words[c].dep in ("nsubj", "nsubjpass", "expl") for c in parse.children[index]
    )


def _joined_past_tense(parse: Parse, index: int) -> bool:
    """A verb joined to ``index`` that is a past tense and no participle ("took"): ``index`` is one too."""
    from lemminflect import getInflection  # it imports spaCy: never on the way to a window

    for child in parse.children[index]:
        if parse.words[child].dep == "conj" and _past_without_subject(parse, child):
            base = base_form(parse.word(child), "VBD")
            if base and parse.word(child).lower() not in getInflection(base, "VBN"):
                return True
    return False


def _joined_to(parse: Parse, index: int, verb: int) -> bool:
    """A past verb joined by "and" to ``verb``, directly or through other past verbs joined to it ("ascended ...
    and finally broke the ties ..., and instead turned the tables": r101)."""
    while _past_without_subject(parse, index) and parse.words[index].dep == "conj":
        index = parse.words[index].head
        if index == verb:
            return True
    return False


_NEGATIVE = frozenset({"no", "none", "nobody", "nothing", "neither", "nor"})


def _negative_subject(parse: Parse, subject: tuple[int, ...]) -> bool:
    return any(
        parse.word(i).lower() in _NEGATIVE and parse.words[i].dep in ("det", "nsubj", "nsubjpass", "preconj")
        for i in subject
    )


def _relative_clause_between(parse: Parse, verb: int, conj: int) -> bool:
    return any(parse.words[i].dep == "relcl" for i in range(verb + 1, conj))


def relative_subject(parse: Parse, clause: DateClause) -> tuple[int, ...]:
    """The "which" or "who" that stands for the subject of a relative clause (replaced by the noun it means)."""
    if clause.verb is None or parse.words[clause.verb].dep != "relcl" or not clause.inherited:
        return ()
    return tuple(
        c
        for c in parse.children[clause.verb]
        if parse.words[c].dep in ("nsubj", "nsubjpass") and parse.words[c].tag in ("WDT", "WP")
    )


def sound_subject(parse: Parse, tokens: tuple[int, ...]) -> bool:
    """A subject that reads as a noun phrase: its head is a noun, a pronoun or a number, and it does not end on
    a joining word ("response unacceptable and")."""
    if named_with_numeral(parse, tokens):
        return True  # "Stage I", "King Edward I": a name and its numeral, which the parser split
    if parse.word(tokens[0]).upper() in _ERA_MARKS:
        return False  # "In the mid-1st century BC Julius Caesar was ...": the era's mark is no part of him (r54)
    if _agrees_with_an_aside(parse, tokens):
        return False  # "When were silane itself first synthesised?" of "Silane itself, as well as trichlorosilane,
        # were ...": the verb agrees with the aside the question leaves out (blind read r142)
    inside = set(tokens)
    heads = [i for i in tokens if parse.words[i].head not in inside or parse.words[i].head == i]
    if len(heads) == 2 and heads[1] == tokens[-1] and parse.word(tokens[-1]) == "I":
        return sound_subject(parse, tokens[:-1])  # "the invasion of Chola emperor Rajaraja I", "I" a second subject
    if len(heads) == 2 and heads[1] == tokens[-1] and parse.words[heads[1]].dep == parse.words[heads[0]].dep:
        return sound_subject(parse, tokens[:-1])  # "The heavy isotope ¹⁵N": a name the parser made a second subject
    return (
        len(heads) == 1
        and parse.words[heads[0]].tag in _SUBJECT_ENDS
        and parse.words[tokens[-1]].tag not in ("CC", "IN", "TO", "DT", ",", ":", "JJR")
    )


def _published_as_if_active(parse: Parse, clause: DateClause) -> bool:
    """ "Women Impressionists published in 1986": "publish" with no passive helper and nothing after it in the
    clause but its date, the work as its subject (not "Stalin published On Questions of Leninism", a title the
    parser took for a phrase)."""
    verb = clause.verb
    if verb is None or base_form(parse.word(verb), parse.words[verb].tag) != "publish":
        return False
    shown = set(clause.tokens)
    told = [
        c for c in parse.children[verb] if c > verb and c in shown and parse.words[c].dep not in ("punct", "advmod")
    ]
    helped = any(parse.words[c].dep == "auxpass" for c in parse.children[verb])
    return not helped and all(set(parse.subtree(c)) & set(clause.phrase) for c in told)


_PLURAL_HELPERS = frozenset({"were", "are", "have"})


def _agrees_with_an_aside(parse: Parse, tokens: tuple[int, ...]) -> bool:
    """A subject of one thing followed by ", as well as ...," and a plural helper: "Silane itself, as well as
    trichlorosilane, were first synthesised" (not "Max Bill, together with ..., founded")."""
    after = [parse.word(i).lower() for i in range(tokens[-1] + 1, len(parse.words))]
    if after[:4] != [",", "as", "well", "as"] or "," not in after[4:]:
        return False
    closing = after.index(",", 4)
    tags = {parse.words[i].tag for i in tokens}
    singular = bool(tags & {"NN", "NNP"}) and not tags & {"NNS", "NNPS"}
    return singular and closing + 1 < len(after) and after[closing + 1] in _PLURAL_HELPERS


EXAMPLE_MARKS = frozenset({"e.g.", "i.e."})  # what opens an example of what was said before
SAYING = frozenset({"say", "declare", "state", "tell", "remark", "add", "note", "comment", "proclaim"})
_ERA_MARKS = frozenset({"BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E."})
_SUBJECT_ENDS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "DT", "EX", "POS"})


def shares_a_passive(parse: Parse, clause: DateClause) -> bool:
    """A past form joined by "and" to a passive other than "was born", with no subject, helper or object of its
    own, and nothing after it but its date, adverbs or a "by" phrase: "was condemned ... and beheaded on 20 March
    1549" shares the passive, "was arrested and escaped" does not, and the tagger cannot tell them apart (blind
    read r153: "When did Thomas Seymour behead?"). A verb with a phrase of its own is most often active: "was noted
    for nonviolence and led to India's independence in 1947". So does a verb that gives a rank, with its noun after
    it ("was knighted ... and later made a baronet"), see :func:`_rank_after_a_passive`."""
    verb = clause.verb
    if verb is not None and _rank_after_a_passive(parse, verb):
        return True
    head = _passive_joined_to(parse, verb) if verb is not None else None
    if verb is None or head is None or parse.word(head).lower() == "born":
        return False
    dated = set(clause.phrase)
    own = [c for c in parse.children[verb] if parse.words[c].dep not in ("punct", "cc", "conj")]
    if any(parse.words[c].dep == "agent" for c in own):
        return True
    return all(parse.words[c].dep in ("advmod", "npadvmod") or dated.intersection(parse.subtree(c)) for c in own)


# verbs whose passive keeps a noun after it, the rank or title given: "was made a baronet", "was elected president"
_NAMING = frozenset({"make", "appoint", "name", "elect", "crown", "create", "proclaim"})


def _rank_after_a_passive(parse: Parse, verb: int) -> bool:
    """ "Lyell was knighted (Kt) in 1848, and later, in 1864, made a baronet (Bt)": a verb that names someone to a
    rank, its own "was" left out after a passive, reads as active with an object (blind read r172: "When did Lyell
    make a baronet?")."""
    word = parse.words[verb]
    if word.dep != "conj" or word.head == verb or word.tag not in ("VBD", "VBN"):
        return False
    if base_form(parse.word(verb), word.tag) not in _NAMING:
        return False
    own = [parse.words[c].dep for c in parse.children[verb]]
    if any(dep in ("nsubj", "nsubjpass", "aux", "auxpass") for dep in own):
        return False
    rank = [c for c in parse.children[verb] if parse.words[c].dep == "dobj"]
    if not rank or not _bare_rank(parse, rank[0]):
        return False  # "was assigned to VF-51 ... and made his first flight in a jet": active
    return any(parse.words[c].dep == "auxpass" for c in parse.children[word.head])


def _bare_rank(parse: Parse, noun: int) -> bool:
    """ "a baronet", "governor": a noun with no word before it but "a" or "an"."""
    return all(parse.word(c).lower() in ("a", "an") for c in parse.children[noun] if c < noun)


def _passive_joined_to(parse: Parse, verb: int) -> int | None:
    """The passive verb that ``verb``, a past form with no subject, helper or object of its own, is joined to by
    "and"; None for none."""
    word = parse.words[verb]
    if word.dep != "conj" or word.head == verb or word.tag not in ("VBD", "VBN"):
        return None
    if any(
        parse.words[c].dep in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "attr") for c in parse.children[verb]
    ):
        return None
    head = word.head
    return head if any(parse.words[c].dep == "auxpass" for c in parse.children[head]) else None


def _after_born(parse: Parse, verb: int) -> bool:
    """A past form joined by "and" to "was born", with no subject, helper or object of its own: it shares the
    passive ("was born in Marton and baptised on 14 November", "born in Ulm and raised in Munich"). After other
    passives it may not ("was arrested and escaped"), and the tagger cannot tell."""
    head = _passive_joined_to(parse, verb)
    return head is not None and parse.word(head).lower() == "born"


def _opening(parse: Parse, verb: int, helpers: list[int], subject: str, negated: bool) -> tuple[str, str] | None:
    """The question's auxiliary and subject, and the verb as the question writes it."""
    tag = "VBD" if past_read_as_participle(parse, verb) else parse.words[verb].tag
    word = parse.word(verb)
    passive = [h for h in helpers if parse.words[h].dep == "auxpass"]
    plural = subject.lower() in _PLURAL_SUBJECTS or _plural(parse, verb)
    be = "were" if plural else "was"
    if passive:
        written = parse.word(passive[-1]).lower()
        return f"{written if written in ('was', 'were') else be} {subject}", word
    if not helpers and _after_born(parse, verb):
        return f"{be} {subject}", word  # "was born ... and baptised on 14 November" (r48: "When did ... baptise?")
    lemma = base_form(word, tag)
    if lemma is None:
        return None
    if lemma in STATE_VERBS:
        return None  # "When was Carolyn Herrick a proponent ...?", "When did the Soviets have ...?": a state
    if lemma in ("remain", "stay"):
        return None  # "When did Charles remain in the southern half of England?": one of many times (r66)
    progressive = [h for h in helpers if parse.word(h).lower() in ("was", "were") and tag == "VBG"]
    if progressive:
        return f"{parse.word(progressive[0]).lower()} {subject}", word
    if tag == "VBG" or (tag == "VBN" and not any(parse.word(h).lower() in ("had", "has", "have") for h in helpers)):
        return None
    if tag not in _PAST_FORMS:
        return None
    return f"did {subject}", lemma


def _plural(parse: Parse, verb: int) -> bool:
    for child in parse.children[verb]:
        if parse.words[child].dep in ("nsubj", "nsubjpass"):
            return parse.words[child].tag in ("NNS", "NNPS") or any(
                parse.words[c].dep == "conj" for c in parse.children[child]
            )
    return False


@lru_cache(maxsize=8192)
def base_form(word: str, tag: str) -> str | None:
    """The base form of a verb, where lemminflect gives exactly one that inflects back to ``word``."""
    from lemminflect import getAllLemmas, getInflection  # it imports spaCy: never on the way to a window

    if tag == "VB":
        # a past form the tagger took for a base form: "... spread into Mongolia, and overthrew its monarchy" (r162)
        lemmas = getAllLemmas(word.lower()).get("VERB", ())
        return lemmas[0] if len(lemmas) == 1 and word.lower() not in lemmas else word.lower()

    lemmas = getAllLemmas(word.lower()).get("VERB", ()) or getAllLemmas(word.lower()).get("AUX", ())
    if "-" not in word:
        lemmas = tuple(lemma for lemma in lemmas if "-" not in lemma) or lemmas  # "overcame": not "over-come"
    fitting = [lemma for lemma in lemmas if word.lower() in getInflection(lemma, tag if tag != "VBN" else "VBN")]
    if len(set(fitting)) == 1:
        return fitting[0]
    return lemmas[0] if len(lemmas) == 1 else None


def _moved_phrase(parse: Parse, fronted: list[int]) -> str:
    """The short prepositional phrases that open the clause ("As part of this cooperation"), written at the
    question's end; "" for none. Clauses, participles, discourse words and times of day are left out."""
    groups: dict[int, list[int]] = {}
    chosen = set(fronted)
    for index in fronted:
        top = index
        while parse.words[top].head in chosen and parse.words[top].head != top:
            top = parse.words[top].head
        groups.setdefault(top, []).append(index)
    phrases = []
    for top, members in sorted(groups.items()):
        words = [parse.word(i).lower() for i in members]
        if parse.words[top].dep != "prep" or any(w in _TIME_OF_DAY or ":" in w for w in words):
            continue
        if words[-1] in _DISCOURSE_OBJECTS:
            continue  # "for instance", "in fact", "in addition": no part of the event
        if len(words) == 3 and words[0] in _SEQUENCE and words[1] == "the" and parse.word(members[-1]).islower():
            continue  # "When did Germany invade Poland, following the agreement?": which agreement? (r96)
        text = text_of(parse, members)
        if not text or len(text.split()) > _MOVABLE:
            continue
        if parse.words[max(members)].tag in _OPEN_ENDS:
            continue  # "soon after the Danish physicist and": the parser cut a name in two (blind read r29)
        phrases.append(text if parse.words[top].tag in NAME_TAGS else text[:1].lower() + text[1:])
    return ", ".join(phrases)


_PERSONAL = frozenset({"he", "she", "they", "it"})
_SEQUENCE = frozenset({"after", "following", "before", "upon", "since"})  # a time told by an event told before


def _aside_closing(parse: Parse, subject: tuple[int, ...]) -> str:
    """The mark that closes an apposition or a participle the subject ends with, opened by a comma or a dash
    ("Hung Ta-chen, a senior Chinese official", "the high-speed line from Leipzig to Erfurt, designed for 300
    km/h", "the first effort—the Codex Theodosianus"): the same mark before the verb; "" for none."""
    for index in subject:
        if parse.words[index].dep not in ("appos", "acl", "relcl") or parse.words[index].tag == "CD":
            continue  # not "Pioneers 6, 7, 8 and 9", numbers the parser set apart
        phrase = parse.subtree(index)
        opened = min(phrase) - 1
        mark = parse.word(opened)
        if opened >= subject[0] and mark in APPOSITION_MARKS and max(phrase) == subject[-1]:
            return mark
    return ""


def subject_text(parse: Parse, tokens: tuple[int, ...], casing: Casing = PLAIN) -> str:
    """The subject as written inside a question: a leading capital kept on a name ("Vesuvius", "Greek
    traders"), dropped from a common word ("floods", "many refugees"). The document's own casing decides;
    where it does not, a word the tagger calls a name or lemminflect does not know as an English word is one."""
    tokens = tuple(i for i in tokens if parse.word(i).lower() not in EXAMPLE_MARKS)  # "(e.g. the male line ...)"
    text = text_of(parse, tokens)
    if not text:
        return ""
    first = tokens[0]
    word = parse.word(first)
    if not word[:1].isupper() or word == "I" or (len(word) > 1 and word.isupper()):
        return text
    if parse.words[first].tag in _FUNCTION_TAGS:
        return text[:1].lower() + text[1:]
    if word.lower() in _PARTICLES and casing.is_name(word) is False and len(tokens) > 1:
        return text[:1].lower() + text[1:]  # "When did von Neumann enter ...?", as the text writes him (r91)
    if (
        parse.words[first].tag in NAME_TAGS
        and len(tokens) > 1
        and parse.words[tokens[1]].tag in NAME_TAGS
        and (parse.word(tokens[1])[:1].isupper() or parse.word(tokens[1]) in _PARTICLES)  # not "Silicon carbide" (r142)
    ):
        return text  # "President Kennedy", "Radio Moscow": a title or a word that opens a longer name
    if named_with_numeral(parse, tokens):
        return text  # "Stage I": a name with its numeral
    if word in casing.leading and len(tokens) > 1 and parse.word(tokens[1])[:1].isupper():
        return text  # "West German Chancellor Helmut Kohl", "Reporters Without Borders", as the text writes them (r95)
    if (
        parse.words[first].tag in ("VB", "VBP", "VBZ")  # not "Repeated Mongol invasions" (r110)
        and parse.words[first].dep == "compound"
        and parse.words[parse.words[first].head].tag in NAME_TAGS
    ):
        return text  # "Die Meistersinger": no verb but a word of the name it is joined to (blind read r90)
    if _capital_inside_sentence(parse, first):
        return text  # "Needing more office space, Time moved": a capital no sentence start explains is a name's
    name = casing.is_name(word)
    if name is None:  # the document does not tell: the tagger's name, else lemminflect's English words
        name = (parse.words[first].tag in NAME_TAGS and not _gerund(word)) or not _english(word.lower())
    return text if name else text[:1].lower() + text[1:]


def _roughly_before(parse: Parse, phrase: tuple[int, ...]) -> bool:
    """ "erected around 1385" with no preposition, "married in about 1677": the parse left "around" or "about"
    out of the date's phrase."""
    if not phrase:
        return False
    return any(
        parse.word(i).lower() in _ROUGHLY for i in range(max(0, min(phrase) - 1), max(phrase)) if i not in phrase
    )


def _capital_inside_sentence(parse: Parse, index: int) -> bool:
    """The word stands after a word of its sentence, or after a comma that ends words ("Needing more office
    space, Time moved"), where only a name takes a capital; after "In 1863," a list's entry may open with one."""
    if index == 0:
        return False
    before = parse.word(index - 1)
    if before == "," and index > 1:
        before = parse.word(index - 2)
    return before[-1:].isalpha()


@lru_cache(maxsize=8192)
def common_noun(word: str) -> bool:
    """A word lemminflect knows as an English noun ("committee", "administration"; not "Caribbean")."""
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word.lower())


@lru_cache(maxsize=8192)
def noun_lemma(word: str) -> str:
    """The singular of a noun as lemminflect gives it ("islands" -> "island"), else the word in lower case."""
    from lemminflect import getLemma

    lemmas = getLemma(word.lower(), upos="NOUN")
    return lemmas[0] if lemmas else word.lower()


@lru_cache(maxsize=8192)
def _gerund(word: str) -> bool:
    """ "Filling" of "Filling of Lake Mead began ...": a verb's -ing form the tagger took for a name (blind read
    r48: "When did Filling of Lake Mead begin?")."""
    from lemminflect import getAllLemmas

    return word.lower().endswith("ing") and "VERB" in getAllLemmas(word.lower())


@lru_cache(maxsize=8192)
def _english(word: str) -> bool:
    """A word lemminflect knows as English (a common word, not a name)."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


# the small words of names a text writes in lower case inside its sentences ("von Neumann", "de Gaulle")
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "des"})
_FUNCTION_TAGS = frozenset({"DT", "PRP", "PRP$", "CD", "WDT", "WP", "EX", "IN", "PDT", "CC", "TO"})
