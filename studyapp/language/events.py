"""What a dated clause says, as the texts a study item needs: the clause, its statement, a question.

:func:`describe` is the one entry point ``extract`` uses: given a parsed sentence and where a date stands in it,
it returns an :class:`Event` of plain strings (no spaCy object leaves ``language``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from studyapp.language.attachment import DateRole
from studyapp.language.clauses import DateClause, date_apposition, date_clause
from studyapp.language.grammar import NOUN_TAGS, STATE_VERBS, SUBJECT_DEPS, past_read_as_participle
from studyapp.language.misreads import (
    antecedent_in_doubt,
    date_after_bound,
    misread,
    object_elsewhere,
    plural_with_a_singular_verb,
    reports_a_remark,
    subject_after_an_objectless_phrase,
    told_as_a_claim,
)
from studyapp.language.parses import Parse
from studyapp.language.questions import (
    EXAMPLE_MARKS,
    base_form,
    relative_subject,
    shares_a_passive,
    subject_text,
    when_question,
)
from studyapp.language.references import (
    PERSONAL,
    POSSESSIVE_PERSONAL,
    Person,
    leaning_word,
    person_named,
    there_outside,
    unnamed_argument,
    unnamed_thing,
    unresolved_pronoun,
)
from studyapp.language.wording import PLAIN, Casing, sentence_case, text_of

_DISCOURSE = frozenset(
    {
        "however",
        "moreover",
        "furthermore",
        "therefore",
        "thus",
        "hence",
        "nevertheless",
        "nonetheless",
        "consequently",
        "accordingly",
        "indeed",
        "additionally",
        "meanwhile",
        "finally",
        "then",
        "also",
        "still",
        "again",
        "instead",
        "similarly",
        "likewise",
        "lastly",
        "secondly",
        "thirdly",
        "first",
        "second",
        "third",
        "interestingly",
        "notably",
        "arguably",
    }
)


NO_VERB = "sentence has no verb"
MISREAD = "sentence may be misread"
ANTECEDENT_IN_DOUBT = "relative clause's noun in doubt"
DATE_MAY_TIME_ANOTHER = "date may time the phrase before it"
THERE_OUTSIDE = "“there” is named outside the clause"
CUT_AT_DASH = "the clause is cut after a dash"
ONLY_THE_DATE_SAYS_WHICH = "only the date says which thing it names"
CLAIMED = "the clause is what someone claims"
# Doubts about what a clause is about, not about its words: the sentence shown whole says it as the source does.
OBJECT_ELSEWHERE = "the clause's object is outside it"  # "besieged and conquered Lisbon": "... besieged."
VOICE_IN_DOUBT = "the verb may share the passive before it"  # "was condemned ... and beheaded on 20 March 1549"
AGREEMENT_IN_DOUBT = "the subject does not agree with its verb"  # "as priests was passed ..." (r156)
SUBJECT_FROM_A_PHRASE = "the subject may be the object of a phrase before it"  # "In the event that triggered
# World War I, Archduke Franz Ferdinand ... was assassinated": no question, but the sentence is sound (r152)
WHOLE_IS_SURE = frozenset(
    {
        ANTECEDENT_IN_DOUBT,
        DATE_MAY_TIME_ANOTHER,
        THERE_OUTSIDE,
        CUT_AT_DASH,
        CLAIMED,
        OBJECT_ELSEWHERE,
        SUBJECT_FROM_A_PHRASE,
        VOICE_IN_DOUBT,
        AGREEMENT_IN_DOUBT,
    }
)


@dataclass(frozen=True)
class Event:
    """A date's clause, worded for study items.

    Attributes:
        role: how the date takes part in the clause (a :class:`DateRole` value).
        clause: the clause as a card shows it, date included ("Alaska was formally transferred to the United
            States on October 18, 1867"); its subject supplied where the clause borrows it.
        statement: the clause without its date, as a sentence ("Alaska was formally transferred to the United
            States."), "" when nothing is left.
        question: "When was Alaska formally transferred to the United States?", or "" where no question is safe.
        subject: the clause's subject as a question writes it ("Alaska", "he"), "" for none.
        leaning: the word that needs an earlier sentence to be understood ("he", "this", "the war"), "" for none.
        active: the subject does the clause's action (a "What did X do ...?" question can be asked).
        past: the clause is told in a past tense (a day without a year dates only a past event: "takes place on
            27 February" tells a yearly feast).
        eventive: the clause tells something that happened: not a state ("The Soviets had only 20 ICBMs",
            "Carolyn Herrick was a proponent"), nor what would or could be (a modal): only an event is asked
            "What happened ...?" or placed on a time line.
        negated: the clause tells what did not happen ("was not recognized until ..."): asked neither "when"
            nor "what".
        unnamed: a thing the clause names only as "the" and a common noun, or a place as "there" ("signed the
            treaty"): an item shows the topic it belongs to; "" for none.
        whole: the whole sentence as an item shows it when it is short enough to need no cut: without a discourse
            word that opens it ("Yet", "Then,"), an "example" aside or an emphatic "himself" (and, once extract
            has read them, its citations); "" when not made.
        whole_leaning: a pronoun of ``whole`` that stands for someone the sentence does not name before it ("He
            once visited ..., Kissinger spent ..."), "" for none: shown whole, the sentence needs the one before.
        remark: the clause reports what someone said (its date is trivia beside what was said).
        doubt: why the clause may be cut wrongly, "" when nothing is in doubt: :data:`NO_VERB` (a sentence
            without a verb in a tense, kept whole: a misspelt verb), :data:`MISREAD` (a subject that is no noun
            phrase, a past-tense verb read as a modifier), :data:`ANTECEDENT_IN_DOUBT` (a relative clause whose noun
            the parser may have picked wrong), :data:`DATE_MAY_TIME_ANOTHER` (a date right after "until his
            reassignment"), :data:`THERE_OUTSIDE` ("... relations with Persia, and a legation was established there"),
            :data:`CUT_AT_DASH` ("left Sudan—significantly weakened, despite ..."): those four are shown whole,
            never asked; :data:`ONLY_THE_DATE_SAYS_WHICH` ("the 1963 massacre").
    """

    role: str
    clause: str
    statement: str
    question: str
    subject: str
    leaning: str
    active: bool
    past: bool
    doubt: str = ""
    eventive: bool = True
    negated: bool = False
    unnamed: str = ""
    whole: str = ""
    whole_leaning: str = ""
    remark: bool = False
    leaning_is_object: bool = False  # "created for her at": "her" as an object, not "her work"
    leaning_beside: str = ""  # what still leans once the "he" of ``leaning`` is named ("He abandoned it": "it")
    untold: bool = False  # the leaning "the project" is named by no sentence before: none can be shown
    unnamed_argument: str = ""  # the subject or object named only as "the" and a noun: "halted the offensive"
    present: bool = False  # how things stood at the date, in the present: "In 2017 the countries ... include"

    def with_person(self, name: str) -> Event:
        """The event with "he" or "she" (or "his", "her" opening its subject) replaced by ``name`` (or
        "Lavoisier's") in every text."""
        pronoun = self.leaning
        if not name or pronoun.lower() not in PERSONAL | POSSESSIVE_PERSONAL:
            return self
        possessive = pronoun.lower() in POSSESSIVE_PERSONAL and not self.leaning_is_object
        named = f"{name}’s" if possessive else name
        subject = name if self.subject.lower() == pronoun.lower() else _replace_word(self.subject, pronoun, named)
        # the sentence still says "he": the clause that names him is shown, not the whole
        renamed = self._renamed(pronoun, named, subject=subject, leaning=self.leaning_beside, whole_leaning="")
        return dataclasses.replace(renamed, whole="")

    def with_full_name(self, name: str) -> Event:
        """The event with its one-word subject ("Torrijos") written as ``name`` ("Omar Torrijos")."""
        return self._renamed(self.subject, name, subject=name)

    def _renamed(self, word: str, name: str, **changes: Any) -> Event:
        """The event with the first ``word`` of each text written as ``name``, and ``changes`` made."""
        texts = {f: _replace_word(getattr(self, f), word, name) for f in ("clause", "statement", "question", "whole")}
        return dataclasses.replace(self, **texts, **changes)


def _replace_word(text: str, word: str, name: str) -> str:
    """``text`` with its first ``word`` (a whole word, any case) replaced by ``name``."""
    lowered = text.lower()
    target = word.lower()
    at = 0
    while True:
        at = lowered.find(target, at)
        if at < 0:
            return text
        before = lowered[at - 1] if at else " "
        after = lowered[at + len(target)] if at + len(target) < len(lowered) else " "
        if not before.isalnum() and not after.isalnum():
            return text[:at] + name + text[at + len(word) :]
        at += 1


def describe(
    parse: Parse,
    start: int,
    end: int,
    casing: Casing = PLAIN,
    others: tuple[tuple[int, int], ...] = (),
    *,
    entry: bool = False,
) -> Event:
    """The :class:`Event` of the date at ``parse.text[start:end]``.

    Args:
        parse: the parsed sentence.
        start, end: where the date stands in the sentence.
        casing: how the document writes its words (a subject opening with a name keeps its capital inside a
            question: "When did European ministries ...?", "When did floods ruin the town?").
        others: where the sentence's other dates stand (a coordinated verb dated on its own is another event).
        entry: the sentence is an entry of a numbered list (it need not have a verb in a tense).
    """
    clause = date_clause(parse, start, end, others, entry=entry)
    whole = _whole_tokens(parse)
    if clause.role is DateRole.NONE:
        return Event(DateRole.NONE, "", "", "", "", "", False, False)
    if clause.verb is None:  # a sentence in doubt, kept whole
        return Event(
            str(clause.role), sentence_case(text_of(parse, clause.tokens)), "", "", "", "", False, False, NO_VERB
        )
    shared = _shared_helpers(parse, clause)
    shown = sorted({*_shown_tokens(parse, clause), *shared})
    text = text_of(parse, shown)
    subject = subject_text(parse, clause.subject, casing)
    statement = _statement(parse, clause, shown) if clause.role is not DateRole.TOPIC else ""
    if not clause.subject and not entry and _opens_with_verb(parse, clause.verb, statement):
        statement = ""  # "Sunday, 9 January 1905, became known as Bloody Sunday": "Became known ..." (r95)
        if parse.words[clause.verb].dep == "acl":  # "..., something hampered by severe droughts in 1975"
            text = text_of(parse, _without_inner_discourse(parse, whole))
    lasting = base_form(parse.word(clause.verb), parse.words[clause.verb].tag) in _LASTING
    question = "" if lasting else when_question(parse, clause, subject)  # "When did the Plenum last?"
    question = _TRAILING_LINK.sub("", question)  # "When did the population triple as a result?"
    question = _STOP_BEFORE_MARK.sub("?", question)  # "... and 45 Mbit/s.?": the stop a unit's token kept (r93)
    question = _EMPHATIC_AFTER_NAME.sub(r"\1", question)  # "When was Lavoisier himself removed ...?"
    question = _ALSO.sub("", question)  # "When did Khrushchev also receive ...?": also as what, before?
    question = _MARRY_TO.sub("marry ", question)  # "married in 1580 to Hadım Hasan Pasha": "marry to" is no English
    question = _SINGLING_OUT.sub(r"\1", question)  # "When did notably the World Cup commence?" (r130)
    if _SINGLED_OUT_STATEMENT.match(statement):  # "Especially the Spanish and Portuguese navies dominated" (r165)
        statement = sentence_case(_SINGLED_OUT_STATEMENT.sub("", statement))
    question = _without_only(parse, clause.verb, question)
    question = _POINTING_PHRASE.sub("", question)  # which arrests, only the sentence before says
    if _hedged(parse, clause) or _bound_only(parse, clause):
        question = ""  # "When was Eleanor perhaps born?" of "perhaps born as late as 1124": a guess (r126)
    question = _INNER_LINK.sub("", question)  # "When did Pope Innocent VII however direct ...?" (blind read r39)
    if any(parse.words[c].dep == "expl" and parse.word(c).lower() == "there" for c in parse.children[clause.verb]):
        if not entry and _opens_with_verb(parse, clause.verb, statement):
            statement = ""  # "In 1979 there came the Coup d'état ...": not "Came the Coup d'état ..." (r104)
        if base_form(parse.word(clause.verb), parse.words[clause.verb].tag) != "be":
            question = ""  # not "When did the Coup d'état of December Twelfth come?"
    if clause.subject and _bracketed_apart(parse, clause.verb, clause.subject[0]):
        question = statement = ""  # "Convention on ... Genocide (adopted 1948, entry into force: 1951)" (r119)
    if shared and parse.words[clause.verb].tag == "VBD":
        question = ""  # not "When did Estrada's administration succeed by his Vice President?" (r104)
    if any(parse.words[c].dep == "dep" for c in parse.children[clause.verb]):
        question = ""  # a word the parser could not attach: "When did Kennedy meet ..., an air strike ...?"
    active = clause.role is DateRole.TIME and not any(
        parse.words[c].dep == "auxpass" for c in parse.children[clause.verb]
    )
    leaning = leaning_word(parse, clause, shown) or _follows_untold(parse, clause.verb)
    be = _reduced_passive(parse, clause)
    if be:  # "The Oostpoort (Eastern gate), built around 1400.": "When was the Oostpoort built?"
        comma = clause.verb - 1 if parse.words[clause.verb - 1].tag == "," else -1
        told = [i for i in shown if i != comma]
        at = clause.verb
        while at - 1 in told and parse.words[at - 1].tag.startswith("RB"):
            at -= 1
        text = _insert_before(parse, told, at, be)  # "Lenin was increasingly sidelined"
        untimed = [i for i in told if i not in clause.phrase]
        statement = _insert_before(parse, untimed, at, be)
        after = [i for i in untimed if i >= clause.verb and parse.words[i].tag != "."]
        question = f"When {be} {subject} {text_of(parse, after)}?" if subject else ""
        active = False
        whole = [i for i in whole if i != comma]
    return Event(
        str(clause.role),
        sentence_case(text),
        statement,
        question,
        subject,
        leaning,
        active,
        _past(parse, clause.verb),
        _doubt(parse, clause, shown),
        _eventive(parse, clause.verb) and not lasting,
        any(parse.words[c].dep == "neg" for c in parse.children[clause.verb]),
        unnamed_thing(parse, shown, subject),
        _insert_before(parse, whole, clause.verb, be)
        if be and not _after_with(parse, clause.verb)  # the whole sentence keeps its "with": "with Ståhlberg elected"
        else sentence_case(text_of(parse, _without_inner_discourse(parse, whole))),
        unresolved_pronoun(parse, whole, ((start, end), *others)),
        reports_a_remark(parse, clause.verb),
        leaning_is_object=leaning.lower() == "her" and _object_her(parse, shown),
        leaning_beside=_leaning_beside(parse, clause, shown, leaning),
        unnamed_argument=unnamed_argument(parse, clause.verb),
        present=not entry and _standing_in_present(parse, clause),
    )


# verbs that tell how things stand: "In 2017 the countries with the most cases include ..." (blind read r167)
_STANDING = frozenset({"be", "have", "include", "number", "remain", "comprise", "account", "rank", "lead"})


def _standing_in_present(parse: Parse, clause: DateClause) -> bool:
    """ "In 2017 the countries with the most cases include ...": how things stood at an opening "in" date, told in
    the simple present (a time line's "In 1971, NYSE acquires ..." tells an event)."""
    verb = clause.verb
    if verb is None or clause.preposition != "in" or not clause.phrase or min(clause.phrase) > verb:
        return False
    return (
        parse.words[min(clause.phrase)].head == verb  # not "The University of Macau, founded in 1981, is ..."
        and parse.words[verb].tag in ("VBZ", "VBP")
        and not any(parse.words[c].dep in _HELPERS for c in parse.children[verb])
        and base_form(parse.word(verb), parse.words[verb].tag) in _STANDING
    )


_MARRY_TO = re.compile(r"\bmarry to ")
# a word that singled the subject out of a list the question leaves behind ("..., notably the World Cup which
# commenced in 1930")
_SINGLING_WORDS = "notably|especially|particularly|chiefly|mainly"
_SINGLING_OUT = re.compile(rf"^(When (?:did|was|were) )(?:{_SINGLING_WORDS}) ")
_SINGLED_OUT_STATEMENT = re.compile(rf"^(?:{_SINGLING_WORDS.title()}),? (?=the |[A-Z])")
# an opening phrase the question carries to its end that points back: "..., following these arrests?" (r120)
_POINTING_PHRASE = re.compile(r", (?:\w+ )?(?:these|those) \w+(?=\?$)")


_HEDGES = frozenset({"probably", "perhaps", "possibly", "presumably", "likely", "maybe"})


def _bound_only(parse: Parse, clause: DateClause) -> bool:
    """The date is how late the clause still held, not its time: "the system lingered on ... as late as the 1850s"
    asked as "When did the system linger on?" (blind read r160); "as early as" is most often the time itself."""
    if clause.preposition != "as" or len(clause.phrase) < 3:
        return False
    return [parse.word(i).lower() for i in clause.phrase[:3]] == ["as", "late", "as"]


def _hedged(parse: Parse, clause: DateClause) -> bool:
    """The time of the clause is a guess: a hedge on its verb or just before its date ("went back to England
    probably early in 1184"); the cloze shows it, a question would ask the guess as a fact."""
    if clause.verb is None or not clause.phrase:
        return False
    near = [*parse.children[clause.verb], *range(max(0, min(clause.phrase) - 2), min(clause.phrase))]
    return any(parse.word(i).lower() in _HEDGES for i in near)


def _bracketed_apart(parse: Parse, verb: int, subject: int) -> bool:
    """The verb stands inside brackets that its subject is outside of: a note, not the sentence's clause."""
    depth = 0
    for index in range(verb - 1, subject, -1):
        word = parse.word(index)
        if word == ")":
            depth += 1
        elif word == "(":
            if depth == 0:
                return True
            depth -= 1
    return False


def _without_only(parse: Parse, verb: int, question: str) -> str:
    """ "When did the US ratify the ICCPR?", not "When did the US only ratify ...?": "only" (not until then) is
    the answer's to tell (blind read r119)."""
    if not any(parse.word(c).lower() == "only" and parse.words[c].dep == "advmod" for c in parse.children[verb]):
        return question
    forms = {parse.word(verb), base_form(parse.word(verb), parse.words[verb].tag)}
    return re.sub(rf" only(?= (?:{'|'.join(map(re.escape, forms))})\b)", "", question, count=1)


def _leaning_beside(parse: Parse, clause: DateClause, shown: list[int], leaning: str) -> str:
    """The "it", "them" or "that election" that still leans when ``leaning`` is the subject's "he" or "his": "He
    abandoned it in 1878" (blind read r49)."""
    subject = clause.subject
    if not subject or parse.word(subject[0]).lower() != leaning.lower():
        return ""
    beside = leaning_word(parse, clause, shown, subject_named=True)
    words = beside.lower().split(" ")
    pointing = len(words) == 2 and words[0] in ("this", "these", "those", "that")
    if beside.lower() in ("it", "them", "him", "her") or pointing:
        return beside  # "He won that election and the 1956 election": which election? (blind read r77)
    return ""


def _opens_with_verb(parse: Parse, verb: int, statement: str) -> bool:
    """``statement`` starts with the verb or one of its helpers: the subject was the date, or a noun the clause
    describes, and is gone."""
    first = statement.split(" ", 1)[0].lower()
    helpers = [c for c in parse.children[verb] if parse.words[c].dep in ("aux", "auxpass") and c < verb]
    return bool(first) and first in {parse.word(i).lower() for i in (verb, *helpers)}


def _reduced_passive(parse: Parse, clause: DateClause) -> str:
    """ "was" or "were" where the clause is a name and a participle set off by a comma, with no verb in a tense
    (an entry of a list of sights: "Nieuwe Kerk (New Church), constructed between 1381 and 1496."), or after
    "with" ("With Lenin increasingly sidelined throughout 1922": Lenin was sidelined, blind read r95); "" else."""
    verb = clause.verb
    if verb is None or verb == 0:
        return ""
    children = parse.children[verb]
    after_with = _after_with(parse, verb)
    if parse.words[verb].tag != "VBN" and not (after_with and parse.words[verb].tag == "VBD"):
        return ""  # "..., with Kaarlo Juho Ståhlberg elected as its first president in 1919": "elected" read as VBD
    if parse.words[verb - 1].tag != "," and not after_with:
        return ""
    if any(parse.words[c].dep in ("aux", "auxpass", "dobj", "ccomp") for c in children):
        return ""  # "Toussaint, a veterinary surgeon, used carbolic acid": a verb with an object is active (r45);
        # so is one that tells what was said ("..., reported in early 1934 that they held", r107)
    subject = next((c for c in children if c < verb and parse.words[c].dep == "nsubj"), None)
    if subject is None:
        return ""
    return "were" if parse.words[subject].tag in ("NNS", "NNPS") else "was"


def _after_with(parse: Parse, verb: int) -> bool:
    """The verb is a participle after "with" ("With Lenin increasingly sidelined", "..., with Ståhlberg elected")."""
    if any(parse.words[c].dep == "mark" and parse.word(c).lower() == "with" for c in parse.children[verb]):
        return True
    return parse.words[verb].dep == "pcomp" and parse.word(parse.words[verb].head).lower() == "with"


def _insert_before(parse: Parse, tokens: list[int], verb: int, word: str) -> str:
    """The text of ``tokens`` with ``word`` put before the verb: "The Oostpoort (Eastern gate) was built"."""
    before = text_of(parse, [i for i in tokens if i < verb])
    after = text_of(parse, [i for i in tokens if i >= verb])
    return sentence_case(f"{before} {word} {after}".strip())


def _follows_untold(parse: Parse, verb: int) -> str:
    """ "A Doll's House followed", "four rounds of talks followed": after what an earlier sentence told (blind
    read r31); "" when the verb is no such "follow"."""
    if base_form(parse.word(verb), parse.words[verb].tag) != "follow":
        return ""
    if any(parse.words[c].dep in ("dobj", "agent") for c in parse.children[verb]):
        return ""
    return parse.word(verb)


def _object_her(parse: Parse, shown: list[int]) -> bool:
    """The first "her" of the shown words is an object ("a position was created for her"), not an owner."""
    first = next((i for i in shown if parse.word(i).lower() == "her"), None)
    return first is not None and parse.words[first].dep != "poss"


def _doubt(parse: Parse, clause: DateClause, shown: list[int]) -> str:
    if misread(parse, clause, shown) or any(parse.words[i].tag in ("WP$", "WP", "WDT") for i in clause.subject):
        if clause.subject and subject_after_an_objectless_phrase(parse, clause.subject):
            return SUBJECT_FROM_A_PHRASE
        return MISREAD  # "When did whose Hofmusici orchestra perform the work?" (blind read r33)
    if _lost_subject(parse, clause):
        return MISREAD
    if _only_the_date_says_which(parse, clause):
        return ONLY_THE_DATE_SAYS_WHICH
    if plural_with_a_singular_verb(parse, clause):
        return AGREEMENT_IN_DOUBT
    if antecedent_in_doubt(parse, clause):
        return ANTECEDENT_IN_DOUBT
    if shares_a_passive(parse, clause):
        return VOICE_IN_DOUBT
    if date_after_bound(parse, clause) or _opening_date_on_a_subordinate(parse, clause):
        return DATE_MAY_TIME_ANOTHER
    if _cut_after_dash(parse, shown):
        return CUT_AT_DASH
    if object_elsewhere(parse, clause, shown):
        return OBJECT_ELSEWHERE
    if told_as_a_claim(parse, clause, shown):
        return CLAIMED
    return THERE_OUTSIDE if there_outside(parse, shown) else ""


def _lost_subject(parse: Parse, clause: DateClause) -> bool:
    """A sentence that opens on its main verb, with no subject: "Was sold to Stockton Terminal and Eastern in 1914
    and renumbered 1.", "Founded in 1997 as a subsidiary of PCM." (a list's entry or a caption whose name the copy
    set apart; blind reads r32-r33: "what was sold?")."""
    verb = clause.verb
    if verb is None or parse.words[verb].dep != "ROOT" or not parse.words[verb].tag.startswith("VB"):
        return False
    if any(parse.words[c].dep in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in parse.children[verb]):
        return False
    opening = max((i + 1 for i in range(verb) if parse.words[i].tag == "." and parse.words[i].head != verb), default=0)
    first = next(
        (i for i in range(opening, len(parse.words)) if parse.words[i].tag not in ("``", "''", "-LRB-", ",")), verb
    )  # of the verb's own sentence: "Windmill De Roos, a tower mill built c.1760. Restored to working order in 2013."
    return first == verb or (first < verb and parse.words[first].head == verb and parse.words[first].dep in _HELPERS)


_HELPERS = frozenset({"aux", "auxpass"})


def _opening_date_on_a_subordinate(parse: Parse, clause: DateClause) -> bool:
    """A date that opens the sentence, set off by a comma, that the parser hung on a clause before the main verb:
    "In 1821, soon after Ørsted discovered electromagnetism, Davy and Wollaston tried ..." times the trying, not
    the discovery (blind read r29)."""
    verb = clause.verb
    if verb is None or not clause.phrase or min(clause.phrase) != 0:
        return False
    after = max(clause.phrase) + 1
    if after >= len(parse.words) or parse.words[after].tag != ",":
        return False
    root = next((i for i, w in enumerate(parse.words) if w.dep == "ROOT"), verb)
    return verb != root and verb < root and parse.words[verb].dep in ("ccomp", "advcl")


def _only_the_date_says_which(parse: Parse, clause: DateClause) -> bool:
    """The date is all that tells which thing a common noun names: "the 1963 massacre", "the 1980 mission" with
    the year gapped are any massacre, any mission (blind read r23); "the 1983 suicide bombing in Beirut", "the
    Petersberg Agreement of 1949" say which without it."""
    head = clause.head
    if clause.role is not DateRole.NAME or head is None or parse.words[head].tag not in ("NN", "NNS"):
        return False
    dated, children = set(clause.date), parse.children[head]
    if not dated or max(dated) > head or not any(parse.words[c].dep == "det" for c in children):
        return False  # "the years 1948 to 1952" is a time; "1947 production" a misparse of "by the end of 1947"
    return all(c in dated or parse.words[c].dep in ("det", "punct") for c in children)


def _cut_after_dash(parse: Parse, shown: list[int]) -> bool:
    """Words set off by a dash are cut from the clause and words after them kept: what follows may speak of them
    ("Bin Ladin left Sudan—significantly weakened, despite his ambitions": without "weakened", "despite" says
    the opposite; blind read r23)."""
    kept = set(shown)
    return any(
        parse.word(i) in ("—", "–") and i + 1 < len(parse.words) and i + 1 not in kept and any(j > i + 1 for j in kept)
        for i in shown
    )


# Verbs whose date tells how long they held, not when something happened: "The Plenum lasted from 11 to 18
# May", "The collection spans the mid-1960s to 2003" (blind read r7: "The Plenum lasted." as what happened).
_LASTING = frozenset({"last", "span", "continue", "extend", "stretch", "range"})


def _eventive(parse: Parse, verb: int) -> bool:
    """Not a state told with "be" or "have", nor a modal's possibility, nor what had happened before the time
    told ("The Kennedy administration had been publicly embarrassed by ...": background, blind read r13)."""
    helpers = [c for c in parse.children[verb] if parse.words[c].dep in ("aux", "auxpass")]
    if any(parse.words[h].tag == "MD" for h in helpers):
        return False
    if any(parse.word(h).lower() == "had" for h in helpers):
        return False
    if any(parse.words[h].dep == "auxpass" for h in helpers):
        return True
    return base_form(parse.word(verb), parse.words[verb].tag) not in STATE_VERBS


def _past(parse: Parse, verb: int) -> bool:
    """The clause's verb, or a verb it is reported under ("Wood wrote that by September 1 ... exist"), is in a
    past tense."""
    for current in (verb, *parse.ancestors(verb)):
        if parse.words[current].tag == "VBD" or past_read_as_participle(parse, current):
            return True
        helpers = [c for c in parse.children[current] if parse.words[c].dep in ("aux", "auxpass")]
        if any(parse.words[h].tag == "VBD" for h in helpers):
            return True
    return False


def person_for(parse: Parse, start: int, end: int, earlier: list[Parse]) -> Person | None:
    """Who the "he" or "she" of the date's clause may be, or None (see :func:`person_named`)."""
    return person_named(parse, date_clause(parse, start, end), earlier)


def _shown_tokens(parse: Parse, clause: DateClause) -> list[int]:
    """The clause's words as a card shows them: a borrowed subject in place of "which", leading discourse
    words ("However,", "When") left out."""
    tokens = set(clause.tokens) - set(relative_subject(parse, clause))
    if clause.inherited:
        tokens |= set(clause.subject)
    kept = _without_linking_phrase(parse, _without_discourse(parse, _without_asides(parse, sorted(tokens))))
    return _without_commas_around_cuts(_without_inner_discourse(parse, kept), parse, clause.verb)


_CONTRASTING = frozenset({"however", "though", "therefore", "moreover", "nevertheless", "nonetheless"})
# ... or, with no commas, before the verb it links: "Bamberg thus lost its independence in 1802" (blind read r40)
_LINKING_BEFORE_VERB = frozenset({"thus", "therefore", "hence", "consequently", "accordingly", "subsequently"})
# ... inside a question, where no commas set it off ("though" there may open a clause: "left though he was ill")
_INNER_LINK = re.compile(rf"(?<=\w )(?:{'|'.join(sorted((_CONTRASTING | _LINKING_BEFORE_VERB) - {'though'}))}) (?=\w)")


def _without_inner_discourse(parse: Parse, tokens: list[int]) -> list[int]:
    """Without a word set off by commas inside the clause that links it to what the text said before (blind read
    r39: "'however' has nothing to contrast with"): "Pope Innocent VII, however, directed" loses both commas,
    "In 1898, however, President McKinley" the second; "Bamberg thus lost" loses its "thus"."""
    dropped: set[int] = set()
    for i in tokens:
        if (
            parse.word(i).lower() in _CONTRASTING
            and parse.words[i].dep == "advmod"
            and 0 < i < len(parse.words) - 1
            and parse.words[i - 1].tag == ","
            and parse.words[i + 1].tag == ","
        ):
            verb = parse.words[i].head
            before_verb = i + 2 <= verb and all(
                parse.words[j].dep in ("aux", "auxpass", "neg") for j in range(i + 2, verb)
            )
            dropped |= {i - 1, i, i + 1} if before_verb and _subject_ends_at(parse, verb, i - 2) else {i, i + 1}
        elif (
            parse.word(i).lower() in _LINKING_BEFORE_VERB
            and parse.words[i].dep == "advmod"
            and 0 < i < parse.words[i].head
            and parse.word(i - 1)[-1:].isalnum()  # "the Ummah—thus was": the dash closes an aside, kept whole
        ):
            dropped.add(i)
    return [i for i in tokens if i not in dropped]


def _subject_ends_at(parse: Parse, verb: int, index: int) -> bool:
    return any(parse.words[c].dep in SUBJECT_DEPS and max(parse.subtree(c)) == index for c in parse.children[verb])


def _without_commas_around_cuts(tokens: list[int], parse: Parse, verb: int | None) -> list[int]:
    """Without the pair of commas that set apart words cut out between them ("the situation, which risked
    re-escalating the crisis, on November 22" is "the situation on [...]", not "the situation, on [...]";
    "Illiteracy, which had been 85% in 1939, went down" is "Illiteracy went down")."""
    gone: set[int] = set()
    for place, (before, after) in enumerate(pairwise(tokens)):
        if after > before + 1 and parse.words[before].tag == "," and parse.words[after].tag == ",":
            gone |= {after} if _closes_an_apposition(parse, tokens, before) else {before, after}
        elif after > before + 1 and parse.words[before].tag == "," and parse.words[after].tag == "-LRB-":
            gone |= _bracket_left_by_a_cut(parse, tokens[place:])
    return _without_closing_comma(parse, [i for i in tokens if i not in gone], verb)


def _closes_an_apposition(parse: Parse, tokens: list[int], comma: int) -> bool:
    """``comma`` closes an apposition whose opening comma is kept: "wrote to the head of the government, Casares
    Quiroga, offering to ..., but received no reply" keeps the comma after the name (blind read r95)."""
    name = comma - 1
    while parse.words[name].dep in _INSIDE_A_NAME and parse.words[name].head != name:
        name = parse.words[name].head
    if comma == 0 or parse.words[name].dep != "appos":
        return False
    phrase = parse.subtree(name)
    opening = phrase[0] - 1
    return phrase[-1] == comma - 1 and opening in tokens and parse.words[opening].tag == ","


_INSIDE_A_NAME = frozenset({"compound", "flat", "nmod", "amod"})


def _bracket_left_by_a_cut(parse: Parse, tokens: list[int]) -> set[int]:
    """The opening comma, the bracket after the cut and the closing comma of ``tokens`` (a comma, then an opening
    bracket after cut words): the bracket spoke of the cut words ("The Simpl, which survives to this day (although
    with little relevance to the city's art scene), was named" is "The Simpl was named", not "The Simpl, (although
    ...), was named", r79); empty where no comma follows the bracket."""
    depth = 0
    for place, index in enumerate(tokens[1:], start=1):
        depth += {"-LRB-": 1, "-RRB-": -1}.get(parse.words[index].tag, 0)
        if depth == 0:
            after = tokens[place + 1] if place + 1 < len(tokens) else None
            if after is None or parse.words[after].tag != ",":
                return set()
            return {tokens[0], *tokens[1 : place + 1], after}
    return set()


def _without_closing_comma(parse: Parse, tokens: list[int], verb: int | None) -> list[int]:
    """Without the comma before the verb that closed a phrase whose opening comma was cut with what came before
    it ("The Lincolns' last descendant, great-grandson Robert Todd Lincoln Beckwith, died": not "Great-grandson
    Robert Todd Lincoln Beckwith, died.", blind read r74; "He ... and, on 10 November 1884, was successful": not
    "Lavigerie on [...], was successful", r88)."""
    if verb is None or not tokens:
        return tokens
    closing = next((i for i in tokens if parse.words[i].tag == "," and i + 1 in tokens and i < verb), None)
    if closing is None:
        return tokens
    after = closing + 1
    if after != verb and not (after in parse.children[verb] and parse.words[after].dep.startswith("aux")):
        return tokens
    opening = closing
    while opening - 1 in tokens:
        opening -= 1  # back over the phrase the comma closes, to where the shown words were cut
    if opening == 0 or parse.words[opening - 1].tag != "," or opening == closing:
        return tokens
    return [i for i in tokens if i != closing]


def _correlative(parse: Parse, index: int) -> bool:
    """True for the "also" of "not only ..., but also ...": without it the sentence breaks ("first to work in the
    gold mines, but to take agricultural jobs", blind read r27)."""
    return parse.word(index - 1).lower() == "but"


def _whole_tokens(parse: Parse) -> list[int]:
    """The words of the whole sentence as an item shows it (see :attr:`Event.whole`)."""
    tokens = _without_brackets_around(parse, _without_asides(parse, range(len(parse.words))))
    return _without_linking_phrase(parse, _without_opening_word(parse, tokens))


def _without_asides(parse: Parse, tokens: Iterable[int]) -> list[int]:
    """Without an emphatic "himself" ("Lavoisier himself was removed") and a "for example" set apart by commas:
    words that speak to the reader of the article, not of the event."""
    kept = list(tokens)
    gone: set[int] = set()
    for index in kept:
        word = parse.word(index).lower()
        if parse.words[index].tag == "PRP" and word.endswith(("self", "selves")) and _emphatic(parse, index):
            gone.add(index)
        elif (
            word in ("then", "also")
            and parse.words[index].dep == "advmod"
            and index > 0
            and not _correlative(parse, index)
            and not _before_hyphen(parse, index)
            and parse.word(index - 1).lower() not in ("by", "until", "till", "since", "from", "before", "after")
        ):  # ("excess profits were by then being generated": r104)
            gone.add(index)  # "Hoxha then called for ...", "Khrushchev also received ...": after what came before
        elif word == "result" and index >= 2 and [parse.word(i).lower() for i in (index - 2, index - 1)] == ["as", "a"]:
            if index >= 3 and parse.words[index - 3].tag == ",":  # "..., as a result": a link to what came before
                gone |= {index - 3, index - 2, index - 1, index}
        elif word in ("example", "instance") and index >= 1 and parse.word(index - 1).lower() == "for":
            before = index - 2 < 0 or parse.words[index - 2].tag == ","
            after = index + 1 < len(parse.words) and parse.words[index + 1].tag == ","
            if before and after:  # "In 2003, for instance, St. Martin ...": one comma goes with it
                opening_verb = index == 3 or (index > 3 and parse.words[index - 3].tag.startswith("VB"))
                gone |= {index - 1, index, index + 1} | ({index - 2} if opening_verb else set())  # "Take, for ..."
    return [i for i in kept if i not in gone]


def _without_brackets_around(parse: Parse, tokens: list[int]) -> list[int]:
    """A sentence set in brackets as a whole ("(The next day, the delegates left.)") without them."""
    if len(tokens) > 2 and parse.word(tokens[0]) == "(" and parse.word(tokens[-1]) in (")", "."):
        inner = tokens[1:-1] if parse.word(tokens[-1]) == ")" else tokens[1:]
        if inner and parse.word(inner[-1]) == ")":
            inner = inner[:-1]
        if not any(parse.word(i) in "()" for i in inner):
            return inner
    return tokens


def _before_hyphen(parse: Parse, index: int) -> bool:
    """``index`` is glued to a hyphen after it: "then-Secretary of Commerce" is one word (r52)."""
    after = index + 1
    return after < len(parse.words) and parse.word(after) == "-" and parse.words[index].end == parse.words[after].start


def _without_opening_word(parse: Parse, tokens: list[int]) -> list[int]:
    """A whole sentence without the discourse word that ties it to the one before ("Yet", "Then,",
    "However,"); a subordinate "When ..." or a "Nor did ..." is part of what the sentence says and stays."""
    while tokens:
        word = parse.word(tokens[0]).lower()
        tag = parse.words[tokens[0]].tag
        discourse = _discourse_word(parse, tokens[0]) or (tag == "CC" and word in _OPENING_CC) or _so(parse, tokens)
        if not (discourse or _linking_opening(parse, tokens)):
            break
        tokens = tokens[1:]
        while tokens and parse.words[tokens[0]].tag == ",":
            tokens = tokens[1:]
    return tokens


_OPENING_CC = frozenset({"yet", "but", "and", "so"})


def _so(parse: Parse, tokens: list[int]) -> bool:
    """ "So the Turkish occupation of Otranto ended ...": "so" tagged an adverb, tying the sentence to the one
    before (blind read r171); not "So far", "So many"."""
    first = tokens[0]
    return (
        parse.word(first).lower() == "so"
        and parse.words[first].dep == "advmod"
        and len(tokens) > 1
        and parse.words[tokens[1]].tag in ("DT", "NNP", "NNPS", "PRP")
    )


# what marks a short opening phrase as a link to the sentence before: "As a result,", "The next day,", "Five
# years later," (blind read r7: "leftover 'The next day' has no referent")
_LINKING = frozenset(
    {
        *("result", "addition", "contrast", "consequence", "turn", "next", "following", "later", "meantime"),
        *("afterwards", "afterward", "thereafter", "subsequently", "aftermath"),  # "During the aftermath," (r101)
    }
)
_LINK_WORDS = 6  # tokens: "Twenty-three years later" is five
_LINKING_IDIOMS = frozenset(
    {"in any case", "in any event", "at any rate", "in fact", "of course", "in short", "in other words", "after all"}
)
_STOP_BEFORE_MARK = re.compile(r"(?<=[a-z0-9])\.\?$")
_ALSO = re.compile(r"(?<!\bbut)\s+also(?=\s)(?!\s+known\b)")
_EMPHATIC_AFTER_NAME = re.compile(r"\b([A-Z][\w'’-]*)\s+(?:himself|herself|itself|themselves)(?=\s)")
# ... or a time told of an apposition the question cut: "fought near Waterloo in Belgium, at the time?" (r40)
_TRAILING_LINK = re.compile(r",?\s+(?:as a result|in turn|then|at the time)(?=\?$)")


def _without_linking_phrase(parse: Parse, tokens: list[int]) -> list[int]:
    """Without a short opening phrase, set off by a comma, that links to the sentence before and holds no date."""
    comma = next((at for at, i in enumerate(tokens[: _LINK_WORDS + 1]) if parse.words[i].tag == ","), None)
    if not comma:
        return tokens
    phrase = [parse.word(i).lower() for i in tokens[:comma]]
    if " ".join(phrase) in _LINKING_IDIOMS:
        return tokens[comma + 1 :]  # "In any case, on [...], Bin Ladin left Sudan" (blind read r24)
    if any(w in ("to", "of") or any(c.isdigit() for c in w) for w in phrase) or not _LINKING.intersection(phrase):
        return tokens
    rest = tokens[comma + 1 :]
    if any(parse.words[i].dep in SUBJECT_DEPS for i in tokens[:comma]) or _verb_after_aside(parse, rest):
        return tokens  # "The next day, 29 November, would be remembered as ...": the phrase is the subject
    return rest


def _verb_after_aside(parse: Parse, tokens: list[int]) -> bool:
    """True when ``tokens`` open with an aside set off by a comma and then a verb ("29 November, would be ...")."""
    comma = next((at for at, i in enumerate(tokens[: _LINK_WORDS + 2]) if parse.words[i].tag == ","), None)
    if comma is None or comma + 1 >= len(tokens):
        return False
    following = parse.words[tokens[comma + 1]].tag
    return following == "MD" or following.startswith("VB")


def _emphatic(parse: Parse, index: int) -> bool:
    """A reflexive that only stresses the noun before it ("Lavoisier himself"), not an object ("killed himself")."""
    return parse.words[index].dep not in ("dobj", "pobj", "dative", "nsubj", "nsubjpass", "attr") or (
        index > 0 and parse.words[index - 1].tag in ("NNP", "NNPS", "NN", "NNS")
    )


def _discourse_word(parse: Parse, index: int) -> bool:
    """A word that ties the sentence to the one before ("However", "Instead,"), not "Instead of attacking at
    once, Nicias procrastinated" (blind read r128: "Of attacking at once, ...")."""
    word = parse.word(index).lower()
    if word not in _DISCOURSE or parse.words[index].dep not in ("advmod", "npadvmod"):
        return False
    return not (word == "instead" and index + 1 < len(parse.words) and parse.word(index + 1).lower() == "of")


def _without_discourse(parse: Parse, tokens: list[int]) -> list[int]:
    while tokens and (
        _discourse_word(parse, tokens[0])
        or parse.words[tokens[0]].tag in (",", ":", "CC", "WRB")
        or _linking_opening(parse, tokens)
    ):
        tokens = tokens[1:]
    return tokens


def _linking_opening(parse: Parse, tokens: list[int]) -> bool:
    """``tokens`` open on "So," that ties the sentence to the one before ("So, in 1899, the Trust was ...", r52),
    or on "e.g." that makes it an example of it ("(e.g. the male line of the House of Habsburg became extinct in
    1740)", r54)."""
    first = parse.word(tokens[0]).lower() if tokens else ""
    return first in EXAMPLE_MARKS or (len(tokens) > 1 and first == "so" and parse.word(tokens[1]) == ",")


def _bare_later(parse: Parse, index: int, verb: int | None) -> bool:
    """ "later" of the verb with nothing of its own ("Goerdeler was later executed by the Nazis"): later than what
    the text told before, which the statement does not show (blind read r88); "two years later" says how much."""
    return (
        parse.word(index).lower() == "later"
        and parse.words[index].dep == "advmod"
        and parse.words[index].head == verb
        and not parse.children[index]
    )


def _statement(parse: Parse, clause: DateClause, shown: list[int]) -> str:
    """The clause without its date (and what opens it before its subject), as a sentence: "A new treaty
    revised the Burlingame-Seward agreement." for "A new treaty signed in 1880 revised ..."."""
    removed = set(clause.phrase) | _fronted(parse, clause, shown) | date_apposition(parse, clause)
    kept = [i for i in shown if i not in removed]
    for index in list(kept):
        children = parse.children[index]
        if (
            parse.words[index].tag in ("VBN", "VBG", "IN")
            and parse.words[index].dep in ("acl", "prep", "advcl")
            and children
            and all(c in removed for c in children)
        ):
            kept.remove(index)  # "signed" of "a new treaty signed in 1880" is left with nothing
    while kept and parse.words[kept[-1]].tag == "IN" and not set(parse.children[kept[-1]]) - removed:
        kept.pop()  # "met the envoy in the capital on in June 2009": the "on" the text left hanging before its date
    kept = [i for i in kept if not (_closes_removed_date(parse, i, removed) and not _names_again(parse, i, removed))]
    # ("The first battle was fought, in Manila Bay.": the comma closed the date phrase, blind read r14)
    kept = [i for i in kept if not _opens_removed_aside(parse, i, removed)]
    kept = _without_closing_comma(parse, kept, clause.verb)
    kept = [i for i in kept if not _bare_later(parse, i, clause.verb)]
    if not kept:
        return ""
    text = text_of(parse, kept)
    if _inverted_did(parse, clause) and clause.verb in kept:
        past = _past_tense(parse.word(clause.verb), parse.words[clause.verb].tag)
        if past:  # "Only in 1630 did the West India Company manage": "The West India Company managed" (r39)
            text = _replace_word(text, parse.word(clause.verb), past)
    article = clause.phrase[0] - 1
    if article >= 0 and parse.word(article).lower() in ("a", "an") and article in kept:
        text = _ARTICLE_BEFORE_CONSONANT.sub(r"\1 \2", _ARTICLE_BEFORE_VOWEL.sub(r"\1n \2", text))
    return sentence_case(text)


def _shared_helpers(parse: Parse, clause: DateClause) -> list[int]:
    """The "was" a participle shares with the verb it is joined to: "Estrada's administration was overthrown ... and
    succeeded by his Vice President" tells "Estrada's administration was succeeded by ..." (blind read r104)."""
    verb = clause.verb
    if verb is None or not clause.inherited or parse.words[verb].dep != "conj":
        return []
    children = parse.children[verb]
    if any(parse.words[c].dep in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children):
        return []
    by = any(parse.words[c].dep in ("agent", "prep") and parse.word(c).lower() == "by" for c in children)
    if parse.words[verb].tag != "VBN" and not (parse.words[verb].tag == "VBD" and by):
        return []  # a past tense read for a participle only where "by" tells who did it
    head = parse.words[verb].head
    helpers = [c for c in parse.children[head] if parse.words[c].dep in ("aux", "auxpass") and c < head]
    return helpers if any(parse.words[c].dep == "auxpass" for c in helpers) else []


def _inverted_did(parse: Parse, clause: DateClause) -> bool:
    """A "did" before the subject, after a fronted phrase: "Only in 1630 did the Company manage ..."."""
    verb = clause.verb
    if verb is None or not clause.subject:
        return False
    return any(
        parse.word(c).lower() == "did" and parse.words[c].dep == "aux" and c < min(clause.subject)
        for c in parse.children[verb]
    )


def _past_tense(word: str, tag: str) -> str:
    from lemminflect import getInflection  # it imports spaCy: never on the way to a window

    lemma = base_form(word, tag if tag != "VBP" else "VB")
    forms = getInflection(lemma, tag="VBD") if lemma else ()
    return forms[0] if forms else ""


def _closes_removed_date(parse: Parse, index: int, removed: set[int]) -> bool:
    return parse.words[index].tag == "," and index - 1 in removed


def _names_again(parse: Parse, comma: int, removed: set[int]) -> bool:
    """The comma after a removed date opens a phrase that names again the noun before the date: "became the
    Argonne National Laboratory on 1 July 1946, the first of the national laboratories" keeps it (r65)."""
    before = comma - 1
    while before in removed:
        before -= 1
    return (
        before >= 0
        and parse.words[before].tag in NOUN_TAGS
        and comma + 1 < len(parse.words)
        and parse.word(comma + 1).lower() == "the"  # not "a few months after", which the comma opened for the date
    )


def _opens_removed_aside(parse: Parse, comma: int, removed: set[int]) -> bool:
    """The comma that opened a date phrase set apart by commas and now removed: "Zhou Enlai, in November 1956,
    again repeated" is "Zhou Enlai again repeated" (blind read r29)."""
    if parse.words[comma].tag != "," or comma + 1 not in removed:
        return False
    after = comma + 1
    while after in removed:
        after += 1
    return after < len(parse.words) and parse.words[after].tag == ","


_ARTICLE_BEFORE_VOWEL = re.compile(r"\b([Aa]) ([aeiouAEIOU])")
_ARTICLE_BEFORE_CONSONANT = re.compile(r"\b([Aa])n ([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])")


def _fronted(parse: Parse, clause: DateClause, shown: list[int]) -> set[int]:
    """Words before the subject that a statement of the event can do without: the date's own phrase and what
    opens the clause before its subject ("In response to X,", "Seeking a way to ...,", "At 6:30 pm,")."""
    if not clause.subject or clause.verb is None:
        return set()
    first = min(clause.subject)
    return {i for i in shown if i < first and i < clause.verb and i not in clause.subject}
