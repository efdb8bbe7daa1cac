"""What every item links back to: its section, its source text and the notes it cites; and article order."""

from __future__ import annotations

from studyapp.extract.model import DatedFact, StudyList
from studyapp.generate.model import Source, StudyItem
from studyapp.text.document import Document, Paragraph

# Article order of an origin: (text ordinal, 0 for a fact / 1 for a list, date offset, extract position).
SortKey = tuple[int, int, int, int]


class SourceIndex:
    """Builds :class:`Source` values for one document (note texts and section titles looked up once)."""

    def __init__(self, doc: Document) -> None:
        self.doc_title = doc.display_title
        self._titles = {s.id: s.title for s in doc.sections}
        self._notes = {f.number: f.text for f in doc.footnotes}
        self._made: dict[tuple[str, str, tuple[int, ...]], Source] = {}  # facts of one sentence share one

    def title(self, section_id: str) -> str:
        return self._titles.get(section_id, section_id)

    def source(self, section_id: str, text: str, footnotes: tuple[int, ...] | list[int]) -> Source:
        key = (section_id, text, tuple(footnotes))
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._build(section_id, text, footnotes)
        return made

    def _build(self, section_id: str, text: str, footnotes: tuple[int, ...] | list[int]) -> Source:
        seen: dict[int, str] = {}
        for number in footnotes:
            if number in self._notes and number not in seen:
                seen[number] = self._notes[number]
        return Source(section_id, self.title(section_id), text, tuple(seen.items()))


class ArticleOrder:
    """Where facts and lists stand in the document, on one scale (facts and lists are numbered apart)."""

    def __init__(self, doc: Document) -> None:
        self._sentences: dict[tuple[str, str], int] = {}
        self._leads: dict[tuple[str, str], int] = {}
        ordinal = 0
        for section in doc.sections:
            for block in section.blocks:
                if isinstance(block, Paragraph):
                    for sentence in block.sentences:
                        self._sentences.setdefault((section.id, sentence.text), ordinal)
                        ordinal += 1
                else:
                    self._leads.setdefault((section.id, block.lead), ordinal)
                    ordinal += 1

    def keys(self, facts: list[DatedFact], lists: list[StudyList]) -> dict[str, SortKey]:
        """A sort key per fact id and list id. An origin whose text is not found where extract says it is
        takes the place of the origin before it in its own order."""
        keys: dict[str, SortKey] = {}
        last = -1
        for fact in sorted(facts, key=lambda f: f.position):
            last = self._sentences.get((fact.section, fact.sentence), last)
            keys[fact.id] = (last, 0, fact.date.offset, fact.position)
        last = -1
        for lst in sorted(lists, key=lambda x: x.position):
            last = self._leads.get((lst.section, lst.lead), self._sentences.get((lst.section, lst.sentence), last))
            keys[lst.id] = (last, 1, 0, lst.position)
        return keys


def made_from(item: StudyItem, lists: dict[str, StudyList]) -> str:
    """The text ``item`` was made from: its sentence, or for an item of a list the whole list under its lead
    (``lists`` by id). The item's ``source.text`` stays the sentence the reader finds it by."""
    study_list = lists.get(item.origin)
    if study_list is None:
        return item.source.text
    return "\n".join([study_list.source_text, *(f"{entry.number}. {entry.text}" for entry in study_list.items)])
