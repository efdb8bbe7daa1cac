"""Hand-made documents, facts and lists for the generate tests (the real date finder and the real clause
analysis of each fact, none of extract's other rules)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from studyapp.extract import find_dates
from studyapp.extract.facts import analysed
from studyapp.extract.model import DatedFact, StudyList
from studyapp.text.document import Document, Footnote, ListItem, NumberedList, Paragraph, Section, Sentence

# A section: (id, title, blocks); a block is a sentence (str), a (sentence, footnotes) pair, or a list
# given as {"lead": str, "items": [str, ...]}.
Spec = Sequence[tuple[str, str, Sequence[object]]]


def _stable(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def build(
    spec: Spec,
    *,
    doc_id: str = "doc",
    notes: dict[int, str] | None = None,
    contexts: dict[str, str] | None = None,
    doc_title: str = "A Test Article",
) -> tuple[Document, list[DatedFact], list[StudyList]]:
    """A Document and its facts (one per date of each sentence, with its event; a date that dates nothing is
    left out as extract leaves it out) and lists, with content-derived ids."""
    sections, facts, lists = [], [], []
    for section_id, title, blocks in spec:
        built = []
        sentences: list[Sentence] = []
        for block in blocks:
            if isinstance(block, dict):
                if sentences:
                    built.append(Paragraph(tuple(sentences)))
                    sentences = []
                items = tuple(ListItem(n, text) for n, text in enumerate(block["items"], 1))
                built.append(NumberedList(block["lead"], items))
                lists.append(StudyList(f"list-{_stable(block['lead'])}", section_id, block["lead"], items, len(lists)))
                continue
            text, cited = (block, ()) if isinstance(block, str) else block
            sentences.append(Sentence(text, tuple(cited)))
            for mention in find_dates(text):
                facts.append(
                    DatedFact(
                        f"fact-{_stable(text + '|' + mention.text)}",
                        section_id,
                        text,
                        (contexts or {}).get(text, ""),
                        mention,
                        tuple(cited),
                        len(facts),
                    )
                )
        if sentences:
            built.append(Paragraph(tuple(sentences)))
        sections.append(Section(section_id, title, 1, None, tuple(built)))
    footnotes = tuple(Footnote(n, t) for n, t in sorted((notes or {}).items()))
    document = Document(doc_id, doc_title, None, None, tuple(sections), footnotes)
    return document, analysed(facts), lists


def by_kind(items, kind: str):
    return [i for i in items if i.kind == kind]
