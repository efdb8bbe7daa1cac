"""Words of a parse written back as text: a run of tokens as the sentence wrote it, pieces joined cleanly."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.language.parses import Parse

_PUNCT_BEFORE_CLOSE = re.compile(r"\s*[,;:]\s*(?=\))")
_SPACE_BEFORE = re.compile(r"\s+(?=[,.;:!?)\]”’])|(?<=[(\[“])\s+")
_PUNCT_RUNS = re.compile(r"([,;:])(?:\s*[,;:])+")
_EMPTY_BRACKETS = re.compile(r"\(\s*[,;]?\s*\)|\[\s*\]")
_SPACES = re.compile(r"\s{2,}")
_EMPTY_DASHES = re.compile(r"\s*(?:—|--|–)\s*(?:—|--|–)\s*|,\s*(?=—)")  # "(ADR)— —the" -> "(ADR) the"
_QUOTES = ('"', "“", "”")
# a comma the source put inside a quotation before words the clause leaves out: 'the titles "Governor of the Realm
# and Captain General," while he went to France' ends on 'General"' (blind read r153)
_PUNCT_BEFORE_LAST_QUOTE = re.compile(r"[,;:](?=[\"”]$)")


def text_of(parse: Parse, tokens: Iterable[int]) -> str:
    """The tokens as written: the sentence's own spacing inside each unbroken run, one space between runs."""
    pieces: list[str] = []
    run_start = previous = None
    for index in sorted(set(tokens)):
        if previous is not None and index == previous + 1:
            previous = index
            continue
        if run_start is not None:  # a dash that led to words cut after it goes with them ("left Sudan— despite")
            pieces.append(_span(parse, run_start, previous).rstrip("—–"))
        run_start = previous = index
    if run_start is not None:
        pieces.append(_span(parse, run_start, previous))
    return tidy(" ".join(pieces))


def _span(parse: Parse, first: int, last: int) -> str:
    return parse.text[parse.words[first].start : parse.words[last].end]


# an acronym's bracket opened at the end and never closed: "the London Passenger Transport Board (LPTB" (r52)
_OPEN_AT_END = re.compile(r"\s*\([A-Z][A-Z0-9&.-]{1,9}$")


def tidy(text: str) -> str:
    """Spaces and punctuation set right where pieces were joined; brackets and quotes left balanced."""
    text = _EMPTY_BRACKETS.sub("", text)
    text = _EMPTY_DASHES.sub(" ", text)
    text = _PUNCT_BEFORE_CLOSE.sub("", text)
    text = _SPACE_BEFORE.sub("", text)
    text = _PUNCT_RUNS.sub(r"\1", text)
    text = _SPACES.sub(" ", text).strip(" ,;:-–—")
    text = _PUNCT_BEFORE_LAST_QUOTE.sub("", _OPEN_AT_END.sub("", text))
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "") if text.count("(") < 2 else text
    if sum(text.count(q) for q in _QUOTES) % 2:
        for q in _QUOTES:
            text = text.replace(q, "")
    return _SPACES.sub(" ", text).strip()


def sentence_case(text: str) -> str:
    """``text`` with a capital first letter and a full stop (a clause shown as a sentence)."""
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" or text[-2:] in ('."', ".”", '?"', "?”", '!"', "!”") else text + "."


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
# A capitalized word inside a sentence (after a word or a comma on the same line), not before another capital.
_INNER_NAME = re.compile(r"(?<=[\w,;:)”\"] )([A-Z][\w'’-]*)(?=[.,;:)”\"!?]?(?:[ \t]+[^A-Z\s]|[ \t]*$))", re.MULTILINE)
# A capitalized word inside a sentence that opens a longer name: "the West German government", "1990, West German"
_LEADING_NAME = re.compile(r"(?:\b[a-z]{2,}|,) ([A-Z][a-z]+) (?=[A-Z][a-z])")


@dataclass(frozen=True)
class Casing:
    """How a document writes its words inside sentences, to tell a name from a common word that only has a
    capital because it opens a sentence ("Floods ruined the town" vs "Vesuvius erupted").

    Attributes:
        names: words written with a capital inside a sentence (not just before another capital, as "New" of
            "New York") and never in lower case.
        common: words written in lower case somewhere.
    """

    names: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()
    titled: frozenset[str] = frozenset()  # words written with a capital and lower case ("Marshall", "Plan")
    leading: frozenset[str] = frozenset()  # words that open a longer name inside a sentence ("West" of "West German")

    @classmethod
    def of(cls, texts: Iterable[str], title: str = "") -> Casing:
        """The casing of a document given its sentences; a name of its ``title`` stays a name even where the
        text also writes the word in lower case ("James Watt" and the unit "watt": blind read r37)."""
        joined = "\n".join(texts)
        lowered = Counter(_LOWER_WORD.findall(joined))
        inner = Counter(m.group(1).removesuffix("'s").removesuffix("’s") for m in _INNER_NAME.finditer(joined))
        titled = frozenset(_TITLED_WORD.findall(joined))
        # never in lower case, or "Hall" and "hall", "Young" and "young": the capital most of the time inside
        # sentences makes it a name (blind read r46: "When did hall resign ...?", "When did young first ...?")
        names = {w for w in inner if inner[w] >= _MOSTLY_NAMED * lowered[w.lower()]}
        names |= {w for w in _TITLED_WORD.findall(title) if _mostly_a_name(w, joined)}
        leading = frozenset(_LEADING_NAME.findall(joined))
        return cls(frozenset(names), frozenset(lowered), titled, leading)

    def is_name(self, word: str) -> bool | None:
        """True for a name, False for a common word, None when the document does not tell."""
        if word in self.names:
            return True
        if word.lower() in self.common:
            return False
        return None

    def softened(self, text: str) -> str:
        """``text`` with a run of capitals that only sets words in bold written as the document writes those
        words elsewhere ("The COUNCIL OF TRENT" -> "The Council of Trent"); acronyms ("US DEFCON") stay."""
        text = _CAPITAL_RUN.sub(lambda run: self._soft(run.group(0)), text)
        return _CAPITAL_WORD.sub(lambda word: self._soft_word(word.group(0)), text)

    def _soft_word(self, word: str) -> str:
        """One word in capitals ("SOLIDARITY (...) is a Polish labour union"): bold only when the document also
        writes it as a name; an acronym ("NATO", "AIDS") is never written "Nato" or "Aids" as well."""
        titled = _title_word(word)
        return titled if titled in self.titled else word

    def _soft(self, run: str) -> str:
        words = run.split()
        long_words = [w for w in words if len(w) >= 4 and not w.isdigit()]
        known = sum(1 for word in long_words if self._written_otherwise(word) or _CAPITAL_ORDINAL.fullmatch(word))
        # every word known, or all but one among two known ("ENVER HALIL HOXHA": a middle name told once)
        if not long_words or known < len(long_words) - (1 if known >= 2 else 0):
            return run
        return " ".join(self._soft_in_run(word, first=not at) for at, word in enumerate(words))

    def _soft_in_run(self, word: str, *, first: bool) -> str:
        if not first and word.lower() in _SMALL_WORDS:
            return word.lower()
        # "O AA ASSAULT GROUP", "WORLD WAR II": an acronym or a numeral stays, a short word the text writes
        # otherwise does not ("NEW YORK")
        short = len(word) < 4 and not _CAPITAL_ORDINAL.fullmatch(word) and word.lower() not in _SMALL_WORDS
        if short and (len(word) <= 2 or _ROMAN.fullmatch(word) or not self._written_otherwise(word)):
            return word
        return _title_word(word)

    def _written_otherwise(self, word: str) -> bool:
        """The document writes ``word`` in lower case or as a name somewhere: capitals here are only bold.
        "HUDSON'S" counts as "Hudson" (blind read r51)."""
        word = _POSSESSIVE_END.sub("", word)
        return word.lower() in self.common or _title_word(word) in self.titled or word.title() in self.titled


_POSSESSIVE_END = re.compile(r"['’]S$")


_MOSTLY_NAMED = 2  # a word is a name where the text writes it capitalized inside sentences this many times as often
_NAME_SHARE = 5  # a title's word is a name where the text writes it capitalized this many times as often as not


def _mostly_a_name(word: str, text: str) -> bool:
    """``word`` (of the title) is written with its capital inside sentences far more often than in lower case:
    "Watt" in "James Watt" (beside the unit "watt"), not "Peace" in "Peace of Westphalia"."""
    capital = len(re.findall(rf"(?<=[\w,;:] ){re.escape(word)}\b", text))
    lower = len(re.findall(rf"\b{re.escape(word.lower())}\b", text))
    return capital >= _NAME_SHARE * max(1, lower)


def _title_word(word: str) -> str:
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


_TITLED_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)*\b")
_SMALL_WORDS = frozenset({"of", "de", "la", "le", "the", "and", "von", "van", "der", "du", "des", "in", "on"})
# two or more words in capitals (digits may stand among them: "OCTOBER CRISIS OF 1962"), or an ordinal and one
_CAPITAL_RUN = re.compile(
    r"\b(?:\d+(?:ST|ND|RD|TH)\s+[A-Z][A-Z'’-]+|[A-Z][A-Z'’-]+(?:\s+(?:[A-Z][A-Z'’-]+|\d+)\b)+)"
    r"(?:\s+(?:[A-Z][A-Z'’-]+|\d+)\b)*"
)
# an ordinal in capitals, which opens a run ("the 86TH SEARCHLIGHT REGIMENT": not "86TH SEARCHLIGHT Regiment", r168;
# "Sir Charles Lyell, 1ST BARONET": not "1ST BARONET", r172)
_CAPITAL_ORDINAL = re.compile(r"\d+(?:ST|ND|RD|TH)")
_ROMAN = re.compile(r"[IVXLC]+")
# one word of five capitals or more, alone (blind read r35: "SOLIDARITY was founded at the Lenin Shipyard")
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-Z]{5,}(?![\w'’-])")


PLAIN = Casing()
"""No knowledge of the document's casing: the tagger alone tells names."""
