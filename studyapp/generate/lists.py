"""Items of a numbered list: item by number, number by item, an overlapping cloze, recall and order."""

from __future__ import annotations

import re

from studyapp.extract.model import StudyList
from studyapp.generate.ids import item_id, shuffled
from studyapp.generate.model import StudyItem
from studyapp.generate.phrasing import GAP
from studyapp.text.document import ListItem

_MAX_TITLE = 90
_ANNOUNCING = re.compile(
    r"\s+(?:(?:can|could|may|might|will|would|should|must)\s+(?:\w+ly\s+|thus\s+|then\s+|also\s+)*be\s+\w+(?:\s+as)?"
    r"|(?:are|were|is|was)\s+(?:\w+ly\s+|thus\s+|then\s+)*(?:as\s+follows|the\s+following|listed|these|below)"
    r"|(?:include|includes|included|including|comprise|comprises|consist\s+of|consists\s+of|were|are)\b"
    r"|as\s+follows)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_INTRO = re.compile(
    r"^(?:the\s+following\s+(?:are|were)|these\s+(?:are|were)|here\s+are|below\s+are)\s+", re.IGNORECASE
)
_POINTING = re.compile(r"^(?P<head>.+?)\s+(?i:these|the\s+following)\s+(?P<noun>[a-z][a-z-]*s)$")
_DANGLING = re.compile(r",?\s+(?:which|that|who|and|or)$", re.IGNORECASE)
# "The governments should:" -- the items finish the sentence with what the subject should do.
_MODAL_END = re.compile(
    r"^(?P<subject>.+?)\s+(?P<modal>should|must|will|would|can|could|need\s+to|ought\s+to|have\s+to"
    r"|has\s+to|are\s+to|is\s+to)$",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "these",
        "those",
        "this",
        "that",
        "some",
        "several",
        "key",
        "main",
        "what",
    ]
)
_NOT_DETERMINERS = frozenset(["what", "which", "that", "who", "it", "he", "she", "this", "there", "they", "we"])
_PREPOSITION = re.compile(r"\s(?:that|which|who|in|of|for|to|toward|towards|on|against|regarding|from|with|by|at)\s")


def short_title(lead: str, fallback: str) -> str:
    """A title for the list from its lead ("X can thus be identified as follows:" -> "X")."""
    text = " ".join(lead.split()).rstrip(":;.,— -")
    if not text:
        return fallback
    modal = _MODAL_END.match(text)
    if modal:
        return f"What {_inline(modal['subject'])} {modal['modal'].lower()} do"
    pointed = _POINTING.match(text)
    if pointed:  # "X set out these duties" -> "The duties that X set out"; "Consider these points" -> "The points"
        head = pointed["head"]
        return f"The {pointed['noun']} that {_inline(head)}" if len(head.split()) >= 2 else f"The {pointed['noun']}"
    title = _ANNOUNCING.sub("", _INTRO.sub("", text))
    title = _DANGLING.sub("", title).strip()
    if ", " in title:
        tail = title.rsplit(", ", 1)[1]
        if len(tail.split()) >= 2 and tail[:1].isalpha():
            title = tail
    if not title or len(title) > _MAX_TITLE:
        title = title or text
        if len(title) > _MAX_TITLE:
            title = title[:_MAX_TITLE].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return title[:1].upper() + title[1:]


def item_noun(title: str) -> str:
    """What one entry of the list is called: "Priority" for "the state's strategic priorities in ...", else "Item"."""
    if title.startswith("What "):
        return "Item"  # "What the governments should do": no noun names one entry
    head = _PREPOSITION.split(title, maxsplit=1)[0].split()
    word = head[-1].lower() if head else ""
    if len(head) > 1 and head[-2].lower() in _NOT_DETERMINERS:
        return "Item"  # "what follows": a verb, not a plural noun
    if not word.isalpha() or len(word) < 4 or word.endswith(("ss", "us", "is")) or not word.endswith("s"):
        return "Item"
    if word.endswith("ies"):
        singular = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        singular = word[:-2]
    else:
        singular = word[:-1]
    return singular.capitalize()


def list_items(
    doc_id: str,
    study_list: StudyList,
    section_title: str,
    source_of,
    position: int,
) -> list[StudyItem]:
    """All items of ``study_list``; ``source_of(footnotes)`` builds the Source citing those notes."""
    if not study_list.items:
        return []
    heading = short_title(study_list.lead, section_title)
    noun = item_noun(heading)
    title = _inline(heading)
    entries = study_list.items

    def make(kind: str, prompt: str, answer: str, footnotes, *parts, **extra) -> StudyItem:
        extra.setdefault("unit", study_list.id)
        return StudyItem(
            id=item_id(doc_id, study_list.id, kind, *parts),
            kind=kind,
            section=study_list.section,
            prompt=prompt,
            answer=answer,
            source=source_of(footnotes),
            origin=study_list.id,
            position=position,
            **extra,
        )

    items: list[StudyItem] = []
    for index, entry in enumerate(entries):
        unit = entry_unit(study_list.id, entry)
        items.append(
            make(
                "list-item", f"{noun} {entry.number} of {title}?", entry.text, entry.footnotes, entry.number, unit=unit
            )
        )
        items.append(
            make(
                "list-number",
                f"In {title}, what number is “{entry.text}”?",
                str(entry.number),
                entry.footnotes,
                entry.number,
                unit=unit,
            )
        )
        shown = _neighbours(entries, index)
        context = [f"{heading}:"] + [f"{e.number}. {GAP if e is entry else e.text}" for e in shown]
        cloze = [f"{heading}:"] + [
            f"{e.number}. " + ("{{c1::" + e.text + "}}" if e is entry else e.text) for e in shown
        ]
        items.append(
            make(
                "list-cloze",
                "\n".join(context),
                entry.text,
                entry.footnotes,
                entry.number,
                cloze="\n".join(cloze),
                unit=unit,
                reveals=tuple(entry_unit(study_list.id, e) for e in shown if e is not entry),
            )
        )
    all_notes = [n for e in entries for n in e.footnotes]
    every_entry = tuple(entry_unit(study_list.id, e) for e in entries)
    numbered = "\n".join(f"{e.number}. {e.text}" for e in entries)
    count = f"{len(entries)} {noun.lower() if len(entries) == 1 else _plural(noun.lower())}"
    items.append(make("list-recall", f"Recall {title} ({count}), in order.", numbered, all_notes, reveals=every_entry))
    if len(entries) >= 2:
        mixed = shuffled(entries, item_id(doc_id, study_list.id, "list-order"))
        if mixed == list(entries):
            mixed = mixed[1:] + mixed[:1]
        prompt = "\n".join([f"Put in order: {heading}", *(f"• {e.text}" for e in mixed)])
        items.append(
            make("list-order", prompt, numbered, all_notes, order=tuple(e.text for e in entries), reveals=every_entry)
        )
    return items


def entry_unit(list_id: str, entry: ListItem) -> str:
    """The unit of memory of one list entry: the entry in its list."""
    return f"{list_id}/{entry.number}"


def _inline(title: str) -> str:
    """The title as it reads inside a sentence ("The main causes" -> "the main causes")."""
    first, _, rest = title.partition(" ")
    return f"{first.lower()} {rest}".strip() if first.lower() in _FUNCTION_WORDS else title


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def _neighbours(entries: tuple[ListItem, ...], index: int) -> tuple[ListItem, ...]:
    """The entry with one neighbour on each side (two on one side at either end of the list)."""
    start = max(0, min(index - 1, len(entries) - 3))
    return entries[start : start + 3]
