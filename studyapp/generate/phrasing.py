"""Sentence surgery around a date: find it, gap it, cut it out cleanly, pick the clause that holds it."""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.extract.model import DateMention

GAP = "[...]"
# Lead-in words that date a sentence only relative to the date ("before the fifth century").
RELATIVE = frozenset({"before", "after", "until", "till", "by", "around", "circa", "about"})
# A word that makes a date an adverbial ("in 1891", "during World War II", "of 2008").
_LEAD_WORDS = frozenset(
    [
        "in",
        "on",
        "during",
        "since",
        "by",
        "from",
        "until",
        "till",
        "through",
        "throughout",
        "of",
        "at",
        "around",
        "circa",
        "about",
        "before",
        "after",
    ]
)
DISCOURSE = re.compile(
    r"^(?:(?:moreover|however|thus|therefore|then|later|later on|also|furthermore|in addition|additionally|"
    r"finally|last|lastly|first|second|third|next|meanwhile|subsequently|afterwards|interestingly|"
    r"notably|indeed|consequently|accordingly|similarly|likewise|even earlier|earlier|more recently|"
    r"recently|eventually|ultimately|hence|still|nevertheless|nonetheless|in turn|in fact)),\s+",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*(?:--|—)(?P<body>[^-—]{1,200}?)(?:--|—)\s*")
_JOINTS = (", and ", ", but ", ", while ", ", whereas ", ", yet ")
_CONJUNCTION = re.compile(r"(?:and|but|while|whereas|yet)\s+")
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:and|but|while|whereas|yet)\s)")
_PAREN_LEFTOVERS = re.compile(r"\(\s*[,;]?\s*\)|(?<=\()\s*,?\s+|\s*,\s*(?=\))")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:!?)—–])")
_PUNCT_RUNS = re.compile(r"([,;:])(?:\s*[,;:])+|[,;:]\s*(?=[.!?])")
_ARTICLE_COMMA = re.compile(r"\b([Aa]n?|[Tt]he),\s+")
_SPACES = re.compile(r"\s{2,}")


def locate(sentence: str, mention: DateMention) -> tuple[int, int] | None:
    """Where ``mention`` stands in ``sentence`` (its offset, or else its first occurrence)."""
    start = mention.offset
    if sentence[start : start + len(mention.text)] != mention.text:
        start = sentence.find(mention.text)
        if start < 0 or not mention.text:
            return None
    return start, start + len(mention.text)


def gapped(sentence: str, mention: DateMention, fill: str = GAP) -> str:
    """The sentence with the date replaced by ``fill`` (other copies of the same text too)."""
    where = locate(sentence, mention)
    if where is None:
        return f"{sentence} ({fill})"
    head, tail = sentence[: where[0]], sentence[where[1] :]
    return f"{head}{fill}{tail}".replace(mention.text, GAP) if fill == GAP else f"{head}{fill}{tail}"


def mask(text: str, date_text: str) -> str:
    """``text`` with every copy of ``date_text`` gapped (a context must not give the answer away)."""
    return text.replace(date_text, GAP) if date_text and date_text in text else text


def tidy(text: str) -> str:
    """Punctuation and spaces set right after a cut ("(ADR, )" -> "(ADR)", "a , visit" -> "a visit")."""
    text = _tidy_join(text).strip(" ,;:")
    return text[:1].upper() + text[1:]


def lead_in_word(text: str, start: int) -> str:
    """The word right before the adverbial's date ("before" in "to even before 1900"), lower case, or ""."""
    words = text[lead_in(text, start) : start].split()
    return words[-1].lower() if words else ""


@lru_cache(maxsize=4096)
def lead_in(text: str, start: int) -> int:
    """Where the adverbial that holds a date starting at ``start`` begins ("in 1891" starts at "in")."""
    begin = max(0, start - 24)
    words = text[begin:start].split(" ")
    if len(words) < 2 or words[-1]:
        return start  # no space right before the date
    lowered = [w.lower() for w in words[-5:-1]]
    first = 1 if begin > 0 and len(words) <= 5 else 0  # the window's first word may be cut off
    index = len(lowered)
    while index > first:
        word = lowered[index - 1]
        if word in _LEAD_WORDS:
            index -= 1
        elif (
            word == "as"
            and index - 3 >= first
            and lowered[index - 2] in ("early", "late")
            and lowered[index - 3] == "as"
        ):
            index -= 3  # "as early as 1900"
        elif word == "as" and index < len(lowered) and lowered[index] == "of":
            index -= 1  # "as of 1990"
        else:
            break
    return start - sum(len(w) + 1 for w in lowered[index:])


def cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the dates at ``spans`` removed together with their lead-in words, punctuation set right
    where each cut joins the two sides (the rest of the sentence is left as written)."""
    for start, end in sorted(spans, reverse=True):
        text = _join(text[: lead_in(text, start)].rstrip(" "), text[end:].lstrip(" "))
    text = text.strip(" ,;:")
    return text[:1].upper() + text[1:]


_CLOSING = frozenset(",.;:!?)—–")
_ARTICLES = frozenset({"a", "an", "the"})


def _join(head: str, tail: str) -> str:
    """ "(ADR, " + ")" -> "(ADR)"; "recently," + ", as" -> "recently, as"; "On a" + ", visit" -> "On a visit"."""
    if head.endswith("(") and tail[:1] == ")":
        head, tail = head[:-1].rstrip(" "), tail[1:].lstrip(" ")  # "()" left by the cut
    elif head.endswith("(") and tail[:1] in (",", ";"):
        return head + tail[1:].lstrip(" ")  # "(, ADR)" -> "(ADR)"
    if tail.startswith(")") and head[-1:] in (",", ";", ":"):
        return head[:-1] + tail
    if tail[:1] in (",", ";", ":") and head[-1:] in (",", ";", ":", ""):
        tail = tail[1:].lstrip(" ")
    if tail[:1] in (",", ";") and head.rsplit(" ", 1)[-1].lower() in _ARTICLES:
        tail = tail[1:].lstrip(" ")  # "a May 29, 2012, visit": the date's own comma goes with it
    if head[-1:] in (",", ";", ":") and tail[:1] in (".", "!", "?"):
        head = head[:-1]
    if not head or not tail or tail[0] in _CLOSING:
        return head + tail
    return f"{head} {tail}"


def _tidy_join(text: str) -> str:
    if "(" in text:
        text = _PAREN_LEFTOVERS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    text = _PUNCT_RUNS.sub(lambda m: m.group(1) or "", text)
    if "," in text:
        text = _ARTICLE_COMMA.sub(r"\1 ", text)
    return text


def without_asides(text: str, keep: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``text`` without dash-delimited asides ("--which formulated ...--") that do not hold ``keep``."""
    if "--" not in text and "—" not in text:
        return text, keep
    for match in reversed(list(_ASIDE.finditer(text))):
        if match.start() <= keep[0] < match.end():
            continue
        joiner = " " if match.start() and match.end() < len(text) and text[match.end()] not in ",.;:" else ""
        removed = match.end() - match.start() - len(joiner)
        text = text[: match.start()] + joiner + text[match.end() :]
        if match.start() < keep[0]:
            keep = (keep[0] - removed, keep[1] - removed)
    return text, keep


def clause_of(text: str, keep: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The clause of ``text`` that holds ``keep`` (split at ";" and ", and|but|while ...")."""
    if ";" not in text and not any(joint in text for joint in _JOINTS):
        return text, keep
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= keep[0]:
            start = match.end()
        elif match.start() >= keep[1]:
            clause = text[start : match.start()]
            return _without_conjunction(clause, keep[0] - start, keep[1] - start)
    return _without_conjunction(text[start:], keep[0] - start, keep[1] - start)


def _without_conjunction(clause: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    match = _CONJUNCTION.match(clause)
    if match and match.end() <= start:
        return clause[match.end() :], (start - match.end(), end - match.end())
    return clause, (start, end)
