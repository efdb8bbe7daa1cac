"""Does a list's order carry meaning? Only then are "which number" and "put in order" worth asking.

Order means something in a ranking ("the ten largest cities"), a sequence or succession (periods, reigns,
entries dated in time order, "in succession"), the steps of a procedure, and in a list whose entries the text
refers to by number ("the fourth objective"). It means nothing in a list in alphabetical order, in a list of
recommendations or aims set out one by one, or where every entry prints its own number ("ARTICLE 7 – ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from studyapp.generate.list_titles import ListTitle
from studyapp.text.document import ListItem

_SEQUENCE_NOUNS = frozenset({"period", "phase", "stage", "era", "epoch", "round", "generation", "reign", "wave"})
_STEP_NOUNS = frozenset({"step", "instruction", "procedure", "stage"})
_SEQUENCE_WORDS = re.compile(
    r"\b(?:in succession|successive(?:ly)?|succeeded|in turn|chronolog\w*|in sequence|one after (?:the )?other"
    r"|in (?:the )?order (?:in which|they)|in (?:this|that) order|sequence of|succession of|step[- ]by[- ]step)\b",
    re.IGNORECASE,
)
_STEP_WORDS = re.compile(r"\b(?:how to|procedure|proceed as follows|the following steps|steps?)\b", re.IGNORECASE)
_RANK_WORDS = re.compile(
    r"\b(?:rank(?:ed|ing|s)?|top (?:\d+|ten|five|three|twenty)|in (?:descending|ascending) order"
    r"|in order of (?:importance|priority|size|preference)|by order of|in order of)\b",
    re.IGNORECASE,
)
_SEQUENCE_START = re.compile(
    r"^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|lastly|afterwards)\b", re.I
)
_YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")
_ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_BY_ORDINAL = re.compile(rf"\bthe\s+(?:{_ORDINAL_WORDS})\s+([a-z]+)\b", re.IGNORECASE)  # "the fourth objective"
_BY_NUMBER = re.compile(r"\b([A-Za-z]{3,})\s+(?:no\.\s*)?[1-9]\d?\b(?![.,]?\d)")  # "Recommendation 3"
_ALPHABETICAL_MIN = 4  # three entries in alphabetical order happen by chance one time in six
_KEY = re.compile(r"[^\w\s]")
_NAME_WORDS = 4  # an entry this short may be a name, sorted by its last word


class Order(StrEnum):
    """What a list's order means."""

    RANKED = "ranked"
    SEQUENCE = "sequence"
    STEPS = "steps"
    REFERENCED = "referenced"
    NONE = "none"


@dataclass(frozen=True)
class OrderMeaning:
    """The order of a list and why it was judged so (a short stable phrase)."""

    order: Order
    reason: str

    @property
    def meaningful(self) -> bool:
        return self.order is not Order.NONE


class NumberedMentions:
    """Every "the fourth objective" and "Recommendation 3" of a text (a list's section), found in one pass:
    which nouns the text refers to by their number."""

    def __init__(self, sentences: Iterable[str]) -> None:
        text = "\n".join(sentences)
        self._nouns = {m.group(1).lower() for pattern in (_BY_ORDINAL, _BY_NUMBER) for m in pattern.finditer(text)}

    def refers_to(self, noun: str) -> bool:
        return noun.lower() in self._nouns


_NO_MENTIONS = NumberedMentions(())


def order_meaning(
    entries: tuple[ListItem, ...],
    title: ListTitle,
    lead: str,
    *,
    labelled: bool,
    mentions: NumberedMentions = _NO_MENTIONS,
) -> OrderMeaning:
    """Judge whether the order of ``entries`` carries meaning, from the title and lead (what they say about
    order), the entries (dates in time order, alphabetical order, printed numbers) and the rest of the text
    (``mentions``: does it refer to an entry of this kind by its number?)."""
    texts = [entry.text for entry in entries]
    if labelled:
        return OrderMeaning(Order.NONE, "every entry prints its own number")
    if len(texts) < 2:
        return OrderMeaning(Order.NONE, "a single entry")
    words = f"{lead} {title.text}"
    noun = title.head_word
    if _RANK_WORDS.search(words) or (title.counted and title.superlative):
        return OrderMeaning(Order.RANKED, "a ranking")
    if noun in _STEP_NOUNS or (_STEP_WORDS.search(lead) and noun in ("", "thing", "point", "action")):
        return OrderMeaning(Order.STEPS, "steps of a procedure")
    if noun in _SEQUENCE_NOUNS or _SEQUENCE_WORDS.search(words) or title.sequence:
        return OrderMeaning(Order.SEQUENCE, "a sequence or succession")
    if len(texts) >= _ALPHABETICAL_MIN and _alphabetical(texts):
        return OrderMeaning(Order.NONE, "entries in alphabetical order")
    if _dated_in_order(texts):
        return OrderMeaning(Order.SEQUENCE, "entries dated in time order")
    if sum(1 for text in texts if _SEQUENCE_START.match(text)) * 2 >= len(texts):
        return OrderMeaning(Order.SEQUENCE, "entries say what comes next")
    if noun and mentions.refers_to(noun):
        return OrderMeaning(Order.REFERENCED, "the text refers to an entry by its number")
    return OrderMeaning(Order.NONE, "nothing says the order means anything")


def _alphabetical(texts: list[str]) -> bool:
    """Entries sorted by their first word, or by their last (surnames: "Elliott Abrams", "Duane Clarridge")."""
    words = [_KEY.sub("", text).lower().split() for text in texts]
    if not all(words):
        return False
    orders = [[entry[0] for entry in words]]
    if all(len(entry) <= _NAME_WORDS for entry in words):
        orders.append([entry[-1] for entry in words])
    return any(all(k.isalpha() for k in keys) and keys == sorted(keys) and len(set(keys)) > 1 for keys in orders)


def _dated_in_order(texts: list[str]) -> bool:
    """Most entries name a year, and the years never go back."""
    years = [int(match.group(1)) for text in texts if (match := _YEAR.search(text))]
    return len(texts) >= 3 and len(years) * 3 >= len(texts) * 2 and years == sorted(years) and len(set(years)) > 1
