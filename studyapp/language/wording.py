"""Words of a parse written back as text: a run of tokens as the sentence wrote it, pieces joined cleanly."""

from __future__ import annotations

import re
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


def text_of(parse: Parse, tokens: Iterable[int]) -> str:
    """The tokens as written: the sentence's own spacing inside each unbroken run, one space between runs."""
    pieces: list[str] = []
    run_start = previous = None
    for index in sorted(set(tokens)):
        if previous is not None and index == previous + 1:
            previous = index
            continue
        if run_start is not None:
            pieces.append(_span(parse, run_start, previous))
        run_start = previous = index
    if run_start is not None:
        pieces.append(_span(parse, run_start, previous))
    return tidy(" ".join(pieces))


def _span(parse: Parse, first: int, last: int) -> str:
    return parse.text[parse.words[first].start : parse.words[last].end]


def tidy(text: str) -> str:
    """Spaces and punctuation set right where pieces were joined; brackets and quotes left balanced."""
    text = _EMPTY_BRACKETS.sub("", text)
    text = _EMPTY_DASHES.sub(" ", text)
    text = _PUNCT_BEFORE_CLOSE.sub("", text)
    text = _SPACE_BEFORE.sub("", text)
    text = _PUNCT_RUNS.sub(r"\1", text)
    text = _SPACES.sub(" ", text).strip(" ,;:-–—")
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

    @classmethod
    def of(cls, texts: Iterable[str]) -> Casing:
        """The casing of a document given its sentences."""
        joined = "\n".join(texts)
        lower = set(_LOWER_WORD.findall(joined))
        upper = {m.group(1).removesuffix("'s").removesuffix("’s") for m in _INNER_NAME.finditer(joined)}
        return cls(frozenset(w for w in upper if w.lower() not in lower), frozenset(lower))

    def is_name(self, word: str) -> bool | None:
        """True for a name, False for a common word, None when the document does not tell."""
        if word in self.names:
            return True
        if word.lower() in self.common:
            return False
        return None


PLAIN = Casing()
"""No knowledge of the document's casing: the tagger alone tells names."""
