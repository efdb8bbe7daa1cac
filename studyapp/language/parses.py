"""Dependency parses of sentences, made in batches and kept as small plain records.

A :class:`Parse` holds what the rest of ``language`` reads of spaCy's analysis (each token's place, tag,
dependency label and head) and nothing of spaCy itself, so it can be cached and shared across threads.
Sentences are parsed in batches with ``nlp.pipe`` and only the components the clause analysis needs
(tokenizer, tok2vec, tagger, parser: the named entities and spaCy's lemmatizer are switched off; lemmas come
from lemminflect where a verb is turned into a question).

A parse depends on the words, not on the exact numbers of a sentence: two sentences that differ only in their
digits ("In 1991, the port opened." and "In 1993, the port opened.") share one parse, so a long document that
repeats a pattern with other years costs one parse per pattern.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from studyapp.errors import Cancelled  # raised when the caller's cancel flag is set while parsing
from studyapp.language.pipeline import english

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

BATCH = 64  # sentences per batch: the cancel flag and progress are looked at between batches
_UNUSED = ("ner", "lemmatizer", "attribute_ruler")
_CACHED = 8192  # parses kept across calls (a re-imported document re-parses only the sentences that changed)
_DIGIT = re.compile(r"\d")
# Spaces the tagger does not know ("9:00\u00a0am" reads as a verb "am"), each replaced by one plain space.
_ODD_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006"})
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Word:
    """One token: its place in the sentence, Penn Treebank tag, dependency label and head (a token index)."""

    start: int
    end: int
    tag: str
    dep: str
    head: int


@dataclass(frozen=True)
class Parse:
    """A parsed sentence. Token ``i`` is ``words[i]``; its text is ``text[words[i].start:words[i].end]``."""

    text: str
    words: tuple[Word, ...]

    def word(self, index: int) -> str:
        w = self.words[index]
        return self.text[w.start : w.end]

    @cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        """The dependents of each token, in sentence order."""
        kids: list[list[int]] = [[] for _ in self.words]
        for index, w in enumerate(self.words):
            if w.head != index:
                kids[w.head].append(index)
        return tuple(tuple(k) for k in kids)

    def subtree(self, index: int) -> list[int]:
        """``index`` and every token below it, in sentence order."""
        found, stack = [], [index]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(self.children[current])
        return sorted(found)

    def ancestors(self, index: int) -> list[int]:
        """The heads above ``index``, nearest first (the root last)."""
        chain = []
        while self.words[index].head != index and len(chain) < len(self.words):
            index = self.words[index].head
            chain.append(index)
        return chain

    def at(self, offset: int) -> int | None:
        """The token that holds character ``offset``, if any."""
        for index, w in enumerate(self.words):
            if w.start <= offset < w.end:
                return index
        return None

    def rebased(self, text: str) -> Parse:
        """This parse for another sentence of the same shape (the same text but for its digits)."""
        if text == self.text:
            return self
        twin = Parse(text, self.words)
        twin.__dict__["children"] = self.children  # the same tree: computed once
        return twin


_cache: OrderedDict[str, Parse] = OrderedDict()
_entity_cache: OrderedDict[str, frozenset[tuple[str, str]]] = OrderedDict()


@cache
def _tokenizer() -> Tokenizer:
    """The pipeline's tokenizer, also splitting a dash glued to a bracket or a quote ("electricity)—marked",
    "1920)--which"), which the stock rules keep as one word."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    nlp = english()
    stock = nlp.tokenizer
    infixes = [*nlp.Defaults.infixes, r"(?<=[)\]”\"'’])(?:—|–|--)", r"(?:—|–|--)(?=[(\[“\"‘])"]
    return Tokenizer(
        nlp.vocab,
        rules=stock.rules,
        prefix_search=stock.prefix_search,
        suffix_search=stock.suffix_search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=stock.token_match,
        url_match=stock.url_match,
    )


def shape(text: str) -> str:
    """The key under which a parse is shared: the text with every digit written as 0."""
    return _DIGIT.sub("0", text)


def parse_all(
    texts: Iterable[str],
    *,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Parse]:
    """A parse of every distinct text, parsed in batches (a text of an already parsed shape is not parsed again).

    Args:
        texts: sentences (one sentence each; a text the parser splits is still one parse).
        cancel: asked between batches; when it returns True, :class:`Cancelled` is raised.
        progress: called with (sentences parsed, sentences to parse) after each batch.
    """
    wanted = list(dict.fromkeys(texts))
    by_shape: dict[str, Parse] = {}
    missing: list[str] = []
    with _LOCK:
        for text in wanted:
            key = shape(text)
            if key in by_shape:
                continue
            hit = _cache.get(key)
            if hit is not None:
                _cache.move_to_end(key)
                by_shape[key] = hit
            else:
                by_shape[key] = None  # type: ignore[assignment]  # claimed: parsed below
                missing.append(text)
    if missing:
        nlp = english()
        done = 0
        for start in range(0, len(missing), BATCH):
            if cancel is not None and cancel():
                raise Cancelled
            batch = missing[start : start + BATCH]
            with _LOCK:
                tokens = _tokenizer().pipe(t.translate(_ODD_SPACES) for t in batch)
                docs = list(nlp.pipe(tokens, disable=_UNUSED, batch_size=BATCH))
            for text, doc in zip(batch, docs, strict=True):
                parse = Parse(text, tuple(Word(t.idx, t.idx + len(t.text), t.tag_, t.dep_, t.head.i) for t in doc))
                by_shape[shape(text)] = parse
            done += len(batch)
            if progress is not None:
                progress(done, len(missing))
        with _LOCK:
            for text in missing:
                key = shape(text)
                _cache[key] = by_shape[key]
                _cache.move_to_end(key)
            while len(_cache) > _CACHED:
                _cache.popitem(last=False)
    return {text: by_shape[shape(text)].rebased(text) for text in wanted}


_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def places_in(texts: Iterable[str]) -> frozenset[str]:
    """The names that the named-entity recognizer calls places or peoples in ``texts`` ("Russia", "Alaska"):
    a "he" never stands for one of them."""
    return frozenset(name for label, name in _entities(texts) if label in _PLACE_LABELS)


def people_in(texts: Iterable[str]) -> frozenset[str]:
    """The names that the named-entity recognizer calls persons in ``texts`` ("Omar Torrijos")."""
    return frozenset(name for label, name in _entities(texts) if label == "PERSON")


def _entities(texts: Iterable[str]) -> frozenset[tuple[str, str]]:
    """The (label, name) pairs the named-entity recognizer finds in ``texts``, cached per text."""
    wanted = list(dict.fromkeys(texts))
    missing = [text for text in wanted if text not in _entity_cache]
    if missing:
        nlp = english()
        others = [name for name in nlp.pipe_names if name != "ner"]
        with _LOCK:
            docs = list(nlp.pipe([t.translate(_ODD_SPACES) for t in missing], disable=others, batch_size=BATCH))
            for text, doc in zip(missing, docs, strict=True):
                _entity_cache[text] = frozenset((ent.label_, ent.text) for ent in doc.ents)
                _entity_cache.move_to_end(text)
            while len(_entity_cache) > _CACHED:
                _entity_cache.popitem(last=False)
    return frozenset().union(*(_entity_cache[text] for text in wanted))


def forget() -> None:
    """Empty the cache of parses (benchmarks time the parser itself)."""
    with _LOCK:
        _cache.clear()
        _entity_cache.clear()
