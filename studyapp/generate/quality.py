"""The generator's own verdict on a date item: a score and the reasons behind it.

Each fault costs a share of the score (a perfect item scores 1.0; :data:`studyapp.generate.QUALITY_BAR` is the
bar below which an item is not offered). Reasons are short stable phrases: the tests, the blind reads and a
learner asking why a card was left out all read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studyapp.generate.model import Quality
from studyapp.language.events import (
    AGREEMENT_IN_DOUBT,
    ANTECEDENT_IN_DOUBT,
    CLAIMED,
    CUT_AT_DASH,
    DATE_MAY_TIME_ANOTHER,
    MISREAD,
    NO_VERB,
    ONLY_THE_DATE_SAYS_WHICH,
    SUBJECT_FROM_A_PHRASE,
    THERE_OUTSIDE,
    VOICE_IN_DOUBT,
)

# Faults of a fact's shown event, whatever the item asks.
NOT_ANALYSED = "sentence not analysed"
LONG = "event is long"
VERY_LONG = "event is very long"
LEANS = "leans on the sentence before"
NO_REFERENT = "needs an earlier sentence that is not there"
GIVEN_AWAY = "another date gives the answer away"
DATE_IN_NAME = "date is part of a name"
DATE_IS_BOUND = "date is a limit, not the time"
DATE_IN_ASIDE = "date stands in a parenthesis"
DATE_IS_TOPIC = "date is what the clause talks about"
CUT_BADLY = "event is cut out of its sentence mid-phrase"
LIST_ENTRY = "list entry read with its lead"
TOO_LITTLE = "event says too little"
LEAD_IN = "sentence only leads in to what follows it"
ABOUT_SOURCES = "tells of the article's sources, not its subject"
AFTERLIFE = "tells of films, songs or fiction about the subject"
REMARK = "asks when something was said"
EXAMPLE = "tells an example of what the text said before"
COMPARISON_BASE = "date is what a figure is compared with"
COARSE = "date is a whole century, an era or decades"
NOT_ENGLISH = "not written in English"
FIGURE = "asks the year of a figure"
FIGURE_ALONE = "asks the year of a figure that is the point"
IN_A_WORD = "date is part of a word"
NAMED_DAY = "a day without its year is part of a name"
TWIN = "another event reads the same at another date"
ALTERNATIVE = "date is one of two the sentence offers for one time"
LOST_WORDS = "the copy lost words or a value here"
ERA_NAME = "the answer is the name of a war or an era"
ONE_OF_MANY = "one of many dates its sentence lists"
PLANNED = "tells a plan as the text was written"
PRESENT_STATE = "tells in the present tense how things stood at that date"

_COST = {
    NOT_ANALYSED: 0.3,
    LONG: 0.35,  # blind reads r6-r10: 6 of 20 events of 40-60 words made good items
    VERY_LONG: 0.6,
    LEANS: 0.55,  # blind reads: the sentence shown before rarely makes such an item stand alone
    NO_REFERENT: 0.6,
    GIVEN_AWAY: 0.6,
    DATE_IN_NAME: 0.1,
    DATE_IS_BOUND: 0.1,
    DATE_IN_ASIDE: 0.55,  # a life span or a side date in brackets: trivia, in blind reads
    DATE_IS_TOPIC: 0.1,
    CUT_BADLY: 0.35,  # blind reads: "Kennedy sent all ambassadors and department.", a verb left behind
    LIST_ENTRY: 0.35,  # blind reads r4-r10: 2 of 8 list entries asked with their lead were good
    MISREAD: 0.45,
    ANTECEDENT_IN_DOUBT: 0.45,  # blind reads r14-r18: "The United States culminated in ...", "Avenue d'Eylau served"
    DATE_MAY_TIME_ANOTHER: 0.45,  # blind reads r16-r18: "performed his functions ... until his reassignment in"
    THERE_OUTSIDE: 0.45,  # blind read r20: "When was a U.S. legation established there?"
    ONLY_THE_DATE_SAYS_WHICH: 0.45,  # blind read r23: "the [...] massacre", "the [...] mission": which one?
    CLAIMED: 0.45,  # blind read r52: "In [...], Leonardo was living with the Medici" (an anonymous writer's claim)
    CUT_AT_DASH: 0.45,  # blind read r23: "Bin Ladin left Sudan despite his ambitions" (cut "—significantly weakened")
    SUBJECT_FROM_A_PHRASE: 0.45,  # blind read r152: "When was World War I assassinated ...?"
    VOICE_IN_DOUBT: 0.45,  # blind read r153: "When did Thomas Seymour behead?"
    AGREEMENT_IN_DOUBT: 0.45,  # blind read r156: "When was priests passed by the General Synod?"
    NO_VERB: 0.5,
    TOO_LITTLE: 0.6,
    LEAD_IN: 0.6,  # blind read r5: "Hoxha said of women's rights:" before a quotation is no event
    PRESENT_STATE: 0.35,  # blind read r167: "In [...] the countries with the most cases include ...": which year?
    FIGURE: 0.2,  # "Truman signed the Plan on [...], granting $5 billion": an act, with its sum
    PLANNED: 0.35,  # blind reads r69-r106: "will commence ... in [...]", "is scheduled for [...]": 6 of 7 bad
    ONE_OF_MANY: 0.35,  # blind read r86: "Ephorus gives [...], Sosibius 1172 BC, ..." (6 items, all bad)
    FIGURE_ALONE: 0.35,  # blind reads r11-r13: "When did Albania import goods worth $280 million?" is trivia
    NOT_ENGLISH: 0.6,  # blind reads r8-r12: Haitian Creole quotations, "the prompt is not English"
    ERA_NAME: 0.35,  # blind reads r29-r37: 1 of 5 items answered "World War II", "WWII" or a war's name was good
    COARSE: 0.25,  # blind reads r11-r12: 1 of 10 items answered by a century was good, 0 of 3 by an era's name
    IN_A_WORD: 0.6,  # "by [...] Albanian writer" for "19th-century", "late-[...] Haitian history"
    NAMED_DAY: 0.6,  # blind read r37: "the [...] Plot" answered "July 20, 1969", a year its paragraph named
    LOST_WORDS: 0.6,  # blind read r32: "Using the ship , earlier used by Fridtjof Nansen"
    ALTERNATIVE: 0.6,  # blind read r27: "in late 1994 or [...]": the other half gives it away
    TWIN: 0.6,  # blind reads r6-r19: "postponed indefinitely" (1539), "indefinitely prorogued" (1549)
    COMPARISON_BASE: 0.35,  # blind read r11: "101.9 times as many women ... as in [...]": trivia
    REMARK: 0.35,  # blind reads r6-r10: "In 1977, Carter said, ...": the year of a remark is trivia
    EXAMPLE: 0.35,  # blind read r31: "For example, on 13 June the regiment fired 100 rounds per gun"
    AFTERLIFE: 0.6,  # blind reads r29-r33: a film's release day, a band's song, a radio play
    ABOUT_SOURCES: 0.6,  # blind read r7: translation years and a volume's years of a bibliography, 7 of 100 items
}
_ROLE_FAULTS = {"name": DATE_IN_NAME, "bound": DATE_IS_BOUND, "aside": DATE_IN_ASIDE, "topic": DATE_IS_TOPIC}
_LONG_WORDS, _VERY_LONG_WORDS = 40, 60
_FEWEST_WORDS = 3


@dataclass
class Verdict:
    """Faults found so far; :meth:`quality` turns them into a score."""

    reasons: list[str] = field(default_factory=list)

    def add(self, reason: str) -> Verdict:
        if reason not in self.reasons:
            self.reasons.append(reason)
        return self

    def quality(self) -> Quality:
        score = 1.0
        for reason in self.reasons:
            score -= _COST.get(reason, 0.2)
        return Quality(round(max(0.0, score), 2), tuple(self.reasons))


def fact_verdict(
    *,
    role: str,
    shown: str,
    date: str,
    analysed: bool,
    leaning: bool,
    context: bool,
    list_item: bool,
    given_away: bool,
    doubt: str = "",
    vague: bool = False,
) -> Verdict:
    """The faults every item of a fact shares.

    Args:
        role: how the date takes part in its clause ("time", "name", ...), "" when not analysed.
        shown: the event as the items show it.
        date: the date as written in it.
        analysed: the sentence was parsed (its clause is known).
        leaning: the event needs an earlier sentence (a "he" not named, "this", "the war").
        context: that sentence is shown with it.
        list_item: the event is a list entry (shown with the list's lead).
        given_away: another date of the shown text names the answer's year.
        doubt: why the parse of the sentence may be wrong ("" for no doubt; see ``Event.doubt``).
        vague: the event names what it is about only by pointing back ("this pledge", "one such project").
    """
    verdict = Verdict()
    if not analysed:
        verdict.add(NOT_ANALYSED)
    if doubt:
        verdict.add(doubt)
    words = len(shown.split())
    told = words - len(date.split())
    if told < _FEWEST_WORDS or (role == "topic" and told < _FEWEST_WORDS + 2):
        verdict.add(TOO_LITTLE)  # "The year was [...].": nothing to learn beside the date
    if words > _VERY_LONG_WORDS:
        verdict.add(VERY_LONG)
    elif words > _LONG_WORDS:
        verdict.add(LONG)
    if list_item:
        verdict.add(LIST_ENTRY)
    elif leaning:
        verdict.add(LEANS if context else NO_REFERENT)
    elif vague:
        verdict.add(LEANS)
    if given_away:
        verdict.add(GIVEN_AWAY)
    if role in _ROLE_FAULTS:
        verdict.add(_ROLE_FAULTS[role])
    return verdict
