"""Surnames that several people of a document bear ("Omar Torrijos", "Martín Torrijos"): a sentence that says
only "Torrijos" means the one named in full last, before it or in it; before any is, it is left as it is (blind
read r119: "When did Torrijos die in a plane crash?" of an article on both).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studyapp.language.parses import people_in

_WORD = r"[A-Z][a-z\u00e0-\u00ff]+"
_LOWER_WORD = re.compile(r"\b[a-z\u00e0-\u00ff]+\b")


@dataclass(frozen=True)
class Surnames:
    """Where each shared surname is last given in full: per surname, the sentence indexes and full names."""

    mentions: dict[str, tuple[tuple[int, ...], tuple[str, ...]]]

    @classmethod
    def of(cls, sentences: Sequence[str], bare: Iterable[str]) -> Surnames:
        """The surnames among ``bare`` (the one-word subjects of the facts) that ``sentences`` give to people of
        two first names or more. A first name is a capitalized word before the surname that the text never
        writes in lower case ("Under Omar Torrijos": not "Under", nor "General" where "the general" occurs), in a
        name the recognizer calls a person's."""
        wanted = sorted({word for word in bare if re.fullmatch(_WORD, word)})
        if not wanted:
            return cls({})
        pattern = re.compile(rf"\b((?:{_WORD} )?{_WORD}) (?:[A-Z]\. )*({'|'.join(map(re.escape, wanted))})\b")
        found: dict[str, list[tuple[int, str]]] = {}
        for index, sentence in enumerate(sentences):
            if any(word in sentence for word in wanted):
                for match in pattern.finditer(sentence):
                    found.setdefault(match[2], []).append((index, match[1]))
        found = {name: seen for name, seen in found.items() if _several(seen)}
        if not found:
            return cls({})
        lower = set(_LOWER_WORD.findall(" ".join(sentences)))
        found = {name: [(i, g) for i, first in seen if (g := _given(first, lower))] for name, seen in found.items()}
        found = {name: seen for name, seen in found.items() if _several(seen)}
        if not found:
            return cls({})
        # the recognizer, only over the sentences that name them: "Omar Torrijos", not "Northern Ireland"
        persons = " | ".join(people_in(sentences[i] for seen in found.values() for i, _ in seen))
        mentions = {}
        for name, seen in found.items():
            people = [(index, first) for index, first in seen if f"{first} {name}" in persons]
            if _several(people):
                mentions[name] = (tuple(i for i, _ in people), tuple(f"{first} {name}" for _, first in people))
        return cls(mentions)

    def shared(self, word: str) -> bool:
        return word in self.mentions

    def full_name(self, surname: str, sentence: int) -> str:
        """The full name last given to ``surname`` up to sentence ``sentence`` (in it too), "" for none."""
        indexes, names = self.mentions[surname]
        at = bisect.bisect_right(indexes, sentence)
        return names[at - 1] if at else ""


def _several(seen: list[tuple[int, str]]) -> bool:
    """Two first names or more ("Omar", "Martín"; "James Earl" and "Earl" are one)."""
    return len({given.rsplit(" ", 1)[-1] for _, given in seen}) > 1


def _given(words: str, lower: set[str]) -> str:
    """``words`` without a leading word the text writes in lower case too ("Under Omar", "General Omar")."""
    kept = words.split()
    while kept and kept[0].lower() in lower:
        kept.pop(0)
    return " ".join(kept)
