"""Things an article names in full once and by one word afterwards: "the Anti-Fascist National Liberation
Committee", then "the Committee"; "the Nixon Administration", then "the Administration".

A card shows one sentence: its "the Committee" does not say which committee, unless the article's title does
("the Council" in an article on the Council of Trent). Blind reads r6-r11 failed such items ("'the Committee'
has no referent", "'the Administration' is dangling").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.language.questions import common_noun

_WORD = r"[A-Z][\w'’-]+"
# capitalized words in a row, joined by the small words of names ("Council of Trent", "Party of Labour of Albania")
_NAME = re.compile(rf"{_WORD}(?:\s+(?:(?:of|for|and|on|the)\s+)*{_WORD})+")
_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "In", "On", "By", "For", "After"})
_SHORT = re.compile(r"[Tt]he ([A-Z][a-z]+)")
# ... or what it owns: "The aircraft of the Legion" (the Condor Legion, blind read r104)
_OWNED_BY_SHORT = re.compile(r"^[Tt]he [a-z]+(?: [a-z]+)? of the ([A-Z][a-z]+)$")


@dataclass(frozen=True)
class ShortNames:
    """The words that end (or head, before "of") a longer name somewhere in the article."""

    heads: frozenset[str] = frozenset()

    @classmethod
    def of(cls, texts: Iterable[str]) -> ShortNames:
        heads: set[str] = set()
        for text in texts:
            for match in _NAME.finditer(text):
                words = match.group().split()
                while words and words[0] in _DETERMINERS:
                    words = words[1:]
                capitals = [w for w in words if w[:1].isupper()]
                if len(capitals) < 2:
                    continue
                heads.add(words[-1])
                if "of" in words:
                    heads.add(words[words.index("of") - 1])
        return cls(frozenset(heads))

    def unnamed(self, subject: str, title: str) -> str:
        """``subject`` when it is "the" and a common noun that ends a longer name of the article ("the
        Committee"; not "the Caribbean", a name) and the article's ``title`` does not hold; "" otherwise."""
        match = _SHORT.fullmatch(subject.strip()) or _OWNED_BY_SHORT.search(subject.strip())
        if match is None or match[1] not in self.heads or match[1].lower() in title.lower():
            return ""
        return subject if common_noun(match[1]) else ""
