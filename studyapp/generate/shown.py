"""A fact's event as its items show it: the clause its date modifies, or the whole sentence when that reads at a
glance; and where a clause ends in its sentence (cleanly, mid-phrase, or before a second clause of its time)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.extract.model import DatedFact, DateMention
from studyapp.generate.phrasing import locate, mask
from studyapp.generate.spans import span

_WHOLE_WORDS = 35  # a sentence this short, with one date, is shown whole
_WHOLE_WHEN_CUT_BADLY = 45  # and one this short when its clause could only be cut out of it with a break
# what may follow a clause cut out of its sentence: the end of a phrase (a stop, a comma, a gloss in brackets that
# ends the sentence: "Board (LPTB)."), or a word that opens another clause
_CLEAN_BREAK = re.compile(
    r"\s*(?:$|[,;:.!?)\]—–]|\([^()\"“”]{1,40}\)\s*(?:$|[,;:.!?])"
    r"|(?:and|but|or|which|while|whereas|when|as|after|before|because|although|though|since|so|until|where|yet)\b)",
    re.IGNORECASE,
)
# A year written before a noun ("the 1883 Korean treaty"): dropped from an event whose own date says it.
_MODIFIER_YEAR = re.compile(
    r"\b(?P<article>[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?P<year>1\d{3}|20\d{2}) (?=[\w])"
)


@dataclass(frozen=True)
class Shown:
    """A fact's event as its items show it.

    Attributes:
        text: the event (its clause, or the whole sentence when it was not analysed), date included.
        where: where the date stands in ``text``.
        lead: the context shown before it, its copies of the date gapped ("" for none).
        whole: ``text`` is the whole sentence, not a clause cut out of it.
    """

    text: str
    where: tuple[int, int]
    lead: str
    whole: bool = False


def shown(fact: DatedFact, *, alone: bool = False) -> Shown:
    """The fact's event as its items show it (see :class:`Shown`): the clause its date modifies, or the whole
    sentence when the date is ``alone`` in a sentence short enough to read at a glance (no clause to cut, so
    no sentence broken by the cut)."""
    date = fact.date.text
    event = fact.event
    text = event.clause if event is not None and event.clause else fact.sentence
    whole = fact.sentence if event is None else event.whole  # the sentence without its citations and asides
    words = len(fact.sentence.split())
    is_whole = event is None or text == fact.sentence
    if whole and alone and (words <= _WHOLE_WORDS or (words <= _WHOLE_WHEN_CUT_BADLY and not cut_cleanly(text, whole))):
        text, is_whole = whole, True
    where = locate(text, date) if text != fact.sentence else locate(text, date, fact.date.offset)
    if where is None:
        text, where = fact.sentence, locate(fact.sentence, date, fact.date.offset)
    if where is None:  # the date is not where extract says (a fact made by hand): shown after the sentence
        text = f"{fact.sentence} ({date})"
        where = (len(text) - len(date) - 1, len(text) - 1)
    text, where = _without_modifier_year(text, where, fact.date)
    return Shown(text, where, mask(fact.context, date), is_whole)


def cut_cleanly(clause: str, sentence: str, subject: str = "") -> bool:
    """True when ``clause`` is a run of ``sentence`` that ends where a phrase or a clause of the sentence ends
    ("... gained control of territories" cut before "that could serve as naval bases" is not). A ``subject``
    that opens the clause may come from elsewhere in the sentence ("... and arrived in Liberia")."""
    run = clause.rstrip(".").lower()  # a clause opening the item starts with a capital the sentence may not have
    if subject and run.startswith(subject.lower()):
        run = run[len(subject) :].strip()
    start = sentence.lower().find(run)
    if start < 0:
        return False
    return bool(_CLEAN_BREAK.match(sentence, start + len(run)))


_TAIL_WORDS = 4


def _clause_end(clause: str, sentence: str) -> int:
    """Where ``clause``'s last words end in ``sentence`` (found from the end), -1 where the sentence does not
    hold them word for word (a name put for "he")."""
    tail = " ".join(clause.rstrip(".").split()[-_TAIL_WORDS:]).lower()
    at = sentence.lower().rfind(tail) if tail else -1
    return at + len(tail) if at >= 0 else -1


def ends_cleanly(clause: str, sentence: str) -> bool:
    """False when ``clause`` visibly stops mid-phrase in ``sentence``: its last words stand there before a word
    that goes on with them ("Kennedy sent all ambassadors and department" before "heads a letter"). A clause
    whose end the sentence does not hold is not judged."""
    end = _clause_end(clause, sentence)
    return end < 0 or bool(_CLEAN_BREAK.match(sentence, end))


def _without_modifier_year(text: str, where: tuple[int, int], date: DateMention) -> tuple[str, tuple[int, int]]:
    """ "The 1883 Korean treaty was signed on May 22, 1883": the year before the noun would give the answer
    away; "The Korean treaty was signed on May 22, 1883" asks the same."""
    lo, hi = span(date)
    for match in reversed(list(_MODIFIER_YEAR.finditer(text))):
        year = int(match["year"])
        overlaps = match.start() < where[1] and where[0] < match.end()
        if overlaps or not lo[0] <= year <= hi[0]:
            continue
        article = match["article"]
        if article.lower() == "an":
            article = article[0]
        start, end = match.start(), match.end()
        replacement = f"{article} "
        text = text[:start] + replacement + text[end:]
        shift = (end - start) - len(replacement)
        if start < where[0]:
            where = (where[0] - shift, where[1] - shift)
    return text, where


# what opens a second clause of the same time: "..., and Albania was proclaimed ...", "and the army ..."
# ... or ", when" after the date, what else happened then ("Hostilities ended on 29 April 1945, when the German
# forces in Italy surrendered": r98)
_SECOND_CLAUSE = re.compile(
    r"(?:\s*,?\s*(?:and|while)|\s*,\s*when)\s+(?:[A-Z][\w'’-]*|the|a|an|his|her|its|their)\s+[\w'’-]+"
)


def another_clause_follows(clause: str, sentence: str) -> bool:
    """True when the sentence goes on after the clause with another clause that shares its date ("On 11 January
    1946, Zog was officially deposed and Albania was proclaimed the People's Republic": blind reads r13, r17
    failed "What happened on 11 January 1946? Zog was deposed." for leaving the proclamation out)."""
    end = _clause_end(clause, sentence)
    return end >= 0 and bool(_SECOND_CLAUSE.match(sentence, end))
