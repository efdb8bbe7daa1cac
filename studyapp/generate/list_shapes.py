"""The shape of a list's entries, and whether the list is worth studying as a list at all.

* plain entries ("To counter and reduce U.S. influence");
* glossed entries, a name and what it means ("Blockade: Use the US Navy to block any missiles ..."): the name
  is what to learn, the gloss its cue;
* labelled entries that print their own number ("ARTICLE 7 – The parties shall ..."): the label is the cue.

A list of titles of works in a collection or a bibliography (a book's essays or chapters) is the apparatus
of a text, not its content: it is not offered for study.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from studyapp.generate.list_titles import ListTitle
from studyapp.text.document import ListItem

_LABEL_WORDS = (
    "article|art\\.|section|sec\\.|§|clause|rule|principle|point|part|chapter|canon|amendment|paragraph"
    "|recommendation|resolution|objective|goal|step|stage|phase|priority|proposal|thesis|item"
)
_LABELLED = re.compile(
    rf"^(?P<label>(?:{_LABEL_WORDS})\s*(?:\d{{1,3}}|[IVXLC]{{1,6}})[a-z]?)\s*(?:[-–—:.)]\s*|\s+)(?P<body>\S.*)$",
    re.IGNORECASE,
)
_GLOSSED = re.compile(r"^(?P<label>[^:–—]{1,40}?)\s*(?::|\s[–—])\s+(?P<body>\S.*)$")
_MAX_LABEL_WORDS = 5
_MIN_GLOSS_WORDS = 3
_MOSTLY = 0.75
_QUOTES = "\"“”'‘’«"
_WORK_NOUNS = frozenset(
    {"essay", "chapter", "section", "part", "content", "volume", "paper", "article", "poem", "story", "lecture"}
    | {"letter", "memoir", "treatise", "title", "work", "book", "publication", "writing", "translation", "song"}
)
_BIBLIOGRAPHY = re.compile(
    r"\b(?:works|writings|publications|bibliography|discography|filmography|translations?|selected|books)\b",
    re.IGNORECASE,
)
_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "with", "by", "at", "from", "as"})


class Shape(StrEnum):
    PLAIN = "plain"
    GLOSSED = "glossed"
    LABELLED = "labelled"


@dataclass(frozen=True)
class Entry:
    """One entry of a list: the item as read, its label ("Blockade", "Article 7"; "" for a plain entry) and
    the rest of its text (the whole text for a plain entry)."""

    item: ListItem
    label: str = ""
    body: str = ""

    @property
    def text(self) -> str:
        return self.item.text

    @property
    def line(self) -> str:
        """The entry as it stands on a line of its own."""
        return as_line(self.item.text)

    @property
    def number(self) -> int:
        return self.item.number


@dataclass(frozen=True)
class ListShape:
    """How a list's entries are built and whether the list is worth studying (``unworthy`` says why not)."""

    shape: Shape
    entries: tuple[Entry, ...]
    unworthy: str = ""


def as_line(text: str) -> str:
    """An entry as shown on a line of its own, beginning with a capital ("that productivity targets ..." ->
    "That productivity targets ..."), so that the lines of one list begin alike (blind read r20); a first
    word written in mixed case ("iPhone") is left as it is."""
    first = re.search(r"\w[\w'’-]*", text)  # a number first ("3 million tonnes") is left as it is
    if first is None or not first.group()[0].isalpha() or first.group() != first.group().lower():
        return text
    return text[: first.start()] + text[first.start()].upper() + text[first.start() + 1 :]


def list_shape(items: tuple[ListItem, ...], title: ListTitle, headings: tuple[str, ...]) -> ListShape:
    """The shape of ``items``; ``headings`` are the titles of the list's section and its parent."""
    unworthy = _unworthy(items, title, headings)
    for shape, pattern in ((Shape.LABELLED, _LABELLED), (Shape.GLOSSED, _GLOSSED)):
        matches = [pattern.match(item.text) for item in items]
        found = [m for m in matches if m is not None and _fits(shape, m)]
        if len(items) >= 2 and len(found) == len(items):
            entries = tuple(
                Entry(item, _label(shape, m["label"]), m["body"]) for item, m in zip(items, found, strict=True)
            )
            if len({entry.label.lower() for entry in entries}) == len(entries):  # labels tell the entries apart
                return ListShape(shape, entries, unworthy)
    return ListShape(Shape.PLAIN, tuple(Entry(item, "", item.text) for item in items), unworthy)


def _fits(shape: Shape, match: re.Match[str]) -> bool:
    if shape is Shape.LABELLED:
        return True
    label, body = match["label"].strip(), match["body"]
    return (
        len(label.split()) <= _MAX_LABEL_WORDS
        and label[:1].isupper()
        and len(body.split()) >= _MIN_GLOSS_WORDS
        and not label.endswith(("http", "https"))
    )


def _label(shape: Shape, label: str) -> str:
    label = label.strip()
    if shape is Shape.LABELLED and label.isupper():
        word, _, number = label.partition(" ")
        return f"{word.capitalize()} {number}".strip()
    return label


# on blind reads of encyclopedia copies, lists of two entries (3 items, none good) and registers of dozens of
# office holders (7 items, none good) were no lists to learn; the priority lists studied hold 3 to 15
_FEWEST, _MOST = 3, 20


def _unworthy(items: tuple[ListItem, ...], title: ListTitle, headings: tuple[str, ...]) -> str:
    """Why the list is not worth studying as a list ("" when it is)."""
    if len(items) < _FEWEST:
        return "fewer than three entries, a pair a sentence names"  # "the Petrograd workers: 1. ... 2. ..." (r68)
    if len(items) > _MOST:
        return "a register, not a list to learn"  # "Chronological list of Governors": 39 names and years (r43)
    titles = sum(1 for item in items if _work_title(item.text))
    if titles < _MOSTLY * len(items):
        return ""
    noun = title.head_word
    if noun in _WORK_NOUNS or any(_BIBLIOGRAPHY.search(heading) for heading in headings):
        return "titles of works in a collection or bibliography"
    return ""


def _work_title(text: str) -> bool:
    """ "“On the Combustion of Kunckel's Phosphorus.”" or "The Early Years of the Republic": a quoted title,
    or a short phrase in Title Case without a sentence's end."""
    stripped = text.strip()
    if stripped[:1] in _QUOTES:
        closing = max(stripped.rfind(q) for q in _QUOTES)
        return closing > len(stripped) // 2
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", stripped) if w.lower() not in _SMALL]
    return 0 < len(words) <= 12 and all(w[:1].isupper() for w in words) and not stripped.endswith((".", "?", "!"))
