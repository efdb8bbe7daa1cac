"""Lists of names: are a list's entries names of one kind (people, places, bodies), and which other names of
that kind does the text around it mention? Named entities of spaCy's pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from studyapp.language.pipeline import english

NAME_KINDS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"})
_MOSTLY = 0.75
_MAX_NAME_WORDS = 5


def name_kind(entries: Sequence[str]) -> str:
    """The entity label most entries are, each a whole name ("Elliott Abrams": PERSON); "" when they are not
    names of one kind."""
    if not entries or any(len(entry.split()) > _MAX_NAME_WORDS for entry in entries):
        return ""
    labels = []
    for doc in english().pipe(list(entries)):
        whole = [ent for ent in doc.ents if ent.start == 0 and ent.end == len(doc) and ent.label_ in NAME_KINDS]
        labels.append(whole[0].label_ if whole else "")
    best = max(set(labels), key=labels.count)
    return best if best and labels.count(best) >= _MOSTLY * len(labels) else ""


def names_of_kind(sentences: Iterable[str], label: str) -> list[str]:
    """The names of kind ``label`` the sentences mention (a person's with the first name), in order of first
    mention."""
    found: list[str] = []
    for doc in english().pipe([s for s in sentences if any(c.isupper() for c in s[1:])]):
        for ent in doc.ents:
            text = ent.text.strip()
            words = len(text.split())
            if ent.label_ == label and words >= (2 if label == "PERSON" else 1) and text not in found:
                found.append(text)
    return found
