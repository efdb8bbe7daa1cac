"""People a document names in full and then by one word: a sentence that says only "Torrijos" means the one
named in full last, before it or in it; before any is, it is left as it is (blind read r119: "When did Torrijos die
in a plane crash?" of an article on both Omar and Martín Torrijos; r133: "When was Ma acquitted of all charges?"
of Ma Ying-jeou, whose family name comes first).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studyapp.language.parses import people_in

_WORD = r"[A-Z][a-z\u00e0-\u00ff]+"
_LOWER_WORD = re.compile(r"\b[a-z\u00e0-\u00ff]+\b")
_GIVEN_AFTER = r"[A-Z][a-z]+(?:-[a-z]+)?"


@dataclass(frozen=True)
class Surnames:
    """Where each surname is given in full: per surname, the sentence indexes and full names."""

    mentions: dict[str, tuple[tuple[int, ...], tuple[str, ...]]]
    # the names given in full only before a given name ("Yuan" of "Yuan Shikai"), which may name a place too
    family_first: frozenset[str] = frozenset()

    @classmethod
    def of(cls, sentences: Sequence[str], bare: Iterable[str]) -> Surnames:
        """The names among ``bare`` (the one-word subjects of the facts) that ``sentences`` give in full to a
        person: after a first name, a capitalized word the text never writes in lower case ("Under Omar
        Torrijos": not "Under", nor "General" where "the general" occurs), or before the one given name of a
        single person ("Ma Ying-jeou"); in a name the recognizer calls a person's."""
        wanted = sorted({word for word in bare if re.fullmatch(_WORD, word)})
        if not wanted:
            return cls({})
        alternatives = "|".join(map(re.escape, wanted))
        pattern = re.compile(rf"\b((?:{_WORD} )?{_WORD}) (?:[A-Z]\. )*({alternatives})\b")
        family_first = re.compile(rf"\b({alternatives}) ({_GIVEN_AFTER})\b")  # "Ma Ying-jeou", "Yuan Shikai"
        lower = set(_LOWER_WORD.findall(" ".join(sentences)))
        found: dict[str, list[tuple[int, str]]] = {}
        first: dict[str, list[tuple[int, str]]] = {}
        for index, sentence in enumerate(sentences):
            if any(word in sentence for word in wanted):
                for match in pattern.finditer(sentence):
                    if given := _given(match[1], lower):
                        found.setdefault(match[2], []).append((index, f"{given} {match[2]}"))
                for match in family_first.finditer(sentence):
                    if match[2].lower() not in lower:
                        first.setdefault(match[1], []).append((index, match.group()))
        found = {name: seen for name, seen in found.items() if _several(seen)}
        single = {name for name, seen in first.items() if name not in found and len({f for _, f in seen}) == 1}
        found.update((name, first[name]) for name in single)  # several Henrys leave a bare "Henry" as it is
        if not found:
            return cls({})
        # the recognizer, only over the sentences that name them: "Omar Torrijos", not "Northern Ireland"
        persons = " | ".join(people_in(sentences[i] for seen in found.values() for i, _ in seen))
        mentions = {}
        for name, seen in found.items():
            people = sorted({(index, full) for index, full in seen if full in persons})
            if people and (name in single or _several(people)):
                mentions[name] = (tuple(i for i, _ in people), tuple(full for _, full in people))
        return cls(mentions, frozenset(single & set(mentions)))

    def given_in_full(self, word: str) -> bool:
        return word in self.mentions

    def full_name(self, surname: str, sentence: int) -> str:
        """The full name last given to ``surname`` up to sentence ``sentence`` (in it too), "" for none."""
        indexes, names = self.mentions[surname]
        at = bisect.bisect_right(indexes, sentence)
        return names[at - 1] if at else ""


def _given(words: str, lower: set[str]) -> str:
    """``words`` without a leading word the text writes in lower case too ("Under Omar", "General Omar")."""
    kept = words.split()
    while kept and kept[0].lower() in lower:
        kept.pop(0)
    return " ".join(kept)


def _several(seen: list[tuple[int, str]]) -> bool:
    """Two first names or more ("Omar Torrijos", "Martín Torrijos"; "James Earl Ray" and "Earl Ray" are one): a
    bare surname of one person is left as the text has it ("Lenin")."""
    return len({full.rsplit(" ", 2)[-2] for _, full in seen}) > 1
