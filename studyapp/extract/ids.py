"""Stable ids for facts and lists: derived from content, never from positions alone.

Progress is stored under these ids, so they must survive re-reading an edited document:

* an edit elsewhere (a paragraph added, removed or changed, even in the same section) changes no id:
  an id depends only on the document id and on its own sentence (or list lead), never on its neighbours,
  its section or its position;
* a typo fix inside the sentence keeps the id: punctuation and case are ignored, and each word is reduced
  to a *typo-tolerant key* (its first letter and the set of its other consonants, so "goverment",
  "governmnet" and "government" agree, as do "recieve" and "receive"); a fact's signature then keeps only
  the two content words nearest to its date, so replacing any other word of the sentence keeps the id too;
* distinct facts never share an id: when two facts of a document reach the same key (same date, same
  nearest words), each is keyed by all its sentence's words instead, and exact duplicates by their order.

An id is a kind prefix and 14 hex digits of a SHA-1: ``fact-3f2a...``, ``list-9c01...``.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import zip_longest

from studyapp.extract.model import DateMention

NEAREST_WORDS = 2
_HEX_DIGITS = 14
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "into",
        "onto",
        "upon",
        "over",
        "under",
        "about",
        "after",
        "before",
        "during",
        "since",
        "until",
        "between",
        "among",
        "through",
        "against",
        "within",
        "without",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "it",
        "its",
        "it's",
        "he",
        "she",
        "they",
        "them",
        "their",
        "his",
        "her",
        "him",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "than",
        "then",
        "there",
        "here",
        "also",
        "not",
        "no",
        "so",
        "such",
        "both",
        "either",
        "neither",
        "each",
        "any",
        "all",
        "some",
        "more",
        "most",
        "very",
        "only",
        "just",
        "even",
        "too",
        "thus",
        "however",
        "moreover",
        "said",
        "says",
        "one",
    ]
)
_VOWELS = frozenset("aeiouy")


@functools.lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A key that survives common typos: first letter + sorted set of the other consonants."""
    plain = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
    letters = [c for c in plain if c.isalpha()]
    if not letters:
        return ""
    return letters[0] + "".join(sorted({c for c in letters[1:] if c not in _VOWELS}))


@functools.lru_cache(maxsize=4096)
def content_keys(text: str) -> tuple[tuple[int, str], ...]:
    """(character offset, word key) of each content word of ``text``, in order.

    A word is left out when its key is a stop word's key, so a misspelt stop word ("wtih", "teh") stays out.
    """
    return tuple(
        (match.start(), key)
        for match in _WORD.finditer(text)
        if len(word := match.group()) > 2 and (key := word_key(word)) not in _STOP_KEYS
    )


_STOP_KEYS = frozenset(word_key(word) for word in _STOP_WORDS)


def fact_signature(sentence: str, mention: DateMention) -> str:
    """The date and the keys of the content words nearest to it (outside it), as one string.

    Nearness counts content words, not characters, so punctuation and stop words never change it.
    """
    date_start, date_end = mention.offset, mention.offset + len(mention.text)
    keys = content_keys(sentence)
    before = [key for offset, key in keys if offset < date_start]
    after = [key for offset, key in keys if offset >= date_end]
    by_distance = [key for pair in zip_longest(reversed(before), after) for key in pair if key is not None]
    nearest: list[str] = []
    for key in by_distance:
        if key not in nearest:
            nearest.append(key)
        if len(nearest) == NEAREST_WORDS:
            break
    return f"{mention.start}/{mention.end}/{' '.join(sorted(nearest))}"


def whole_signature(text: str) -> str:
    """All the content-word keys of ``text`` in order (the fallback key when nearest words collide)."""
    return " ".join(key for _, key in content_keys(text))


def stable_ids(kind: str, document_id: str, keys: Sequence[str], fallback: Callable[[int], str]) -> list[str]:
    """Ids for items keyed by ``keys``; colliding keys use ``fallback``, then their order of appearance.

    Args:
        kind: the id prefix ("fact", "list").
        document_id: the id of the document the items belong to.
        keys: the short key of each item, in document order.
        fallback: a longer key of the item at an index, asked for only where short keys collide.
    """
    counts = Counter(keys)
    chosen = [key if counts[key] == 1 else f"{key}#{fallback(index)}" for index, key in enumerate(keys)]
    seen: Counter[str] = Counter()
    ids = []
    for key in chosen:
        seen[key] += 1
        suffix = f"#{seen[key]}" if seen[key] > 1 else ""
        digest = hashlib.sha1(f"{document_id}|{key}{suffix}".encode()).hexdigest()[:_HEX_DIGITS]
        ids.append(f"{kind}-{digest}")
    return ids
