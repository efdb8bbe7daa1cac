"""What the entries of a list say, read with spaCy: the content words of each entry, by lemma ("rising" and
"rise" are one word; "the", "and", "to" are none), and the noun phrase they all begin with ("Caribbean
societies that experienced ...", "Caribbean societies that experimented ...")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from studyapp.language.recent_parses import parse_texts

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})


def content_lemmas(texts: Sequence[str]) -> list[frozenset[str]]:
    """The lemmas of the content words of each text (lower case), parsed in one batch."""
    parsed = parse_texts(texts)
    return [frozenset(token.lemma_.lower() for token in parsed[text] if _content_word(token)) for text in texts]


def _content_word(token: Token) -> bool:
    """A noun, verb, adjective, adverb or number that is no stop word ("U.S." is one; "(", "and" are not)."""
    return token.pos_ in _CONTENT and not token.is_stop and any(c.isalpha() or c.isdigit() for c in token.text)


def shared_noun_phrase(entries: Sequence[str]) -> str:
    """The plural noun phrase every entry begins with ("Caribbean societies"), without its article, or ""."""
    if len(entries) < 2:
        return ""
    parsed = parse_texts(entries)
    first, *others = (parsed[entry] for entry in entries)
    head = next((t for t in first if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.tag_ not in ("NNS", "NNPS") or not _opens_its_phrase(head):
        return ""
    opening = [t.lower_ for t in first[: head.i + 1]]
    if any([t.lower_ for t in other[: head.i + 1]] != opening for other in others):
        return ""
    start = 1 if first[0].dep_ == "det" else 0
    return first[start : head.i + 1].text


def _opens_its_phrase(head: Token) -> bool:
    """Everything before the noun modifies it: "Caribbean societies", "the main ports" (not "to build ports")."""
    return all(t.head.i == head.i and t.dep_ in ("det", "amod", "compound", "nummod") for t in head.doc[: head.i])
