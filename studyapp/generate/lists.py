"""Items of numbered lists: each entry in its list, and the whole list.

Every list gets a self-contained title (:mod:`studyapp.generate.list_titles`). Every entry is asked as a gap
among its neighbours (a glossed entry by its gloss, a labelled one by its label; in a long list whose order
means nothing, among all the other entries, or not at all) and, where another list gives fair distractors, as
"which of these belongs to the list". A list short enough to hold in mind is recalled whole. Only a list whose
order means something (:mod:`studyapp.generate.list_order`) is asked "what comes third", "which number" and
"put in order".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from studyapp.extract.dates import find_dates
from studyapp.extract.model import StudyList
from studyapp.generate.ids import item_id, shuffled
from studyapp.generate.list_choices import Distractor, SiblingLists, fair_options, other_names
from studyapp.generate.list_order import NumberedMentions, Order, OrderMeaning, order_meaning
from studyapp.generate.list_quality import HELD_IN_MIND, entry_quality, short_entries, whole_quality, worth_recalling
from studyapp.generate.list_shapes import Entry, ListShape, Shape, as_line, list_shape
from studyapp.generate.list_titles import ListTitle, TitleSource, list_titles
from studyapp.generate.model import TOPIC_MARK, Kind, Quality, Source, StudyItem
from studyapp.generate.phrasing import GAP
from studyapp.text.document import Document, ListItem, Paragraph
from studyapp.text.titles import short_title

_OPTIONS = 4
_STEM = 5  # letters: "Blockade" and "block", "Diplomacy" and "diplomatic" share a stem
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def entry_unit(list_id: str, entry: ListItem) -> str:
    """The unit of memory of one list entry: the entry in its list."""
    return f"{list_id}/{entry.number}"


class ListItems:
    """Makes the items of the lists of one document (their titles are read in one batch)."""

    def __init__(self, doc: Document, lists: Sequence[StudyList]) -> None:
        self._doc = doc
        self._sections = {section.id: section for section in doc.sections}
        self._lists = list(lists)
        self._titles = list_titles(doc, lists) if lists else {}
        self._mentions: dict[str, NumberedMentions] = {}
        self._siblings = SiblingLists(self._lists, self._titles)

    def title(self, study_list: StudyList) -> ListTitle:
        return self._titles[study_list.id]

    def items(self, study_list: StudyList, source_of: Callable[..., Source], position: int) -> list[StudyItem]:
        """All items of ``study_list``; ``source_of(footnotes)`` builds the Source citing those notes."""
        if not study_list.items:
            return []
        title = self._titles[study_list.id]
        shape = list_shape(study_list.items, title, self._headings(study_list))
        labelled = shape.shape is Shape.LABELLED
        order = order_meaning(
            study_list.items, title, study_list.lead, labelled=labelled, mentions=self._numbered(study_list.section)
        )
        pool = self._siblings.distractors(study_list) if shape.shape is Shape.PLAIN else ()
        if shape.shape is Shape.PLAIN and len(pool) < _OPTIONS - 1:
            pool = other_names([e.text for e in study_list.items], self._nearby(study_list.section), title.name)
        maker = _ListMaker(self._doc.id, study_list, title, shape, order, source_of, position)
        maker.marked = lambda text: self._siblings.marked(study_list, text)
        return _under_article(maker.make(pool), short_title(self._doc.display_title))

    def _headings(self, study_list: StudyList) -> tuple[str, ...]:
        section = self._sections[study_list.section]
        parent = self._sections[section.parent].title if section.parent in self._sections else ""
        return tuple(t for t in (section.title, parent) if t)

    def _nearby(self, section_id: str) -> list[str]:
        """The sentences of a section and of the sections either side of it, and the abstract."""
        ids = [section.id for section in self._doc.sections]
        at = ids.index(section_id)
        return [*([self._doc.abstract] if self._doc.abstract else [])] + [
            sentence.text
            for section in self._doc.sections[max(0, at - 1) : at + 2]
            for block in section.blocks
            if isinstance(block, Paragraph)
            for sentence in block.sentences
        ]

    def _numbered(self, section_id: str) -> NumberedMentions:
        """What the list's section refers to by number ("the fourth objective"), read once per section."""
        if section_id not in self._mentions:
            section = self._sections[section_id]
            self._mentions[section_id] = NumberedMentions(
                sentence.text
                for block in section.blocks
                if isinstance(block, Paragraph)
                for sentence in block.sentences
            )
        return self._mentions[section_id]


class _ListMaker:
    """The items of one list."""

    def __init__(
        self,
        doc_id: str,
        study_list: StudyList,
        title: ListTitle,
        shape: ListShape,
        order: OrderMeaning,
        source_of: Callable[..., Source],
        position: int,
    ) -> None:
        self.doc_id, self.list, self.title, self.shape, self.order = doc_id, study_list, title, shape, order
        self.source_of, self.position = source_of, position
        self.marked: Callable[[str], bool] = lambda text: False  # names what sets the list apart

    def make(self, pool: Sequence[Distractor]) -> list[StudyItem]:
        entries = self.shape.entries
        choices = self._choices(pool)
        items: list[StudyItem] = []
        for index, entry in enumerate(entries):
            cloze = self._cloze(entry, index)
            if cloze is not None:
                items.append(cloze)
            if entry.number in choices:
                items.append(choices[entry.number])
            if self.order.meaningful and len(entries) <= HELD_IN_MIND:  # "the 29th of the Governors": trivia (r51)
                items.extend(self._position(entry))
        if worth_recalling(_texts(entries)):
            items.append(self._recall())
        if self.order.meaningful and len(entries) >= 2:
            items.append(self._put_in_order())
        return items

    def _choices(self, pool: Sequence[Distractor]) -> dict[int, StudyItem]:
        """The "which of these belongs" items, by entry number: one for every entry, unless few wrong options
        exist (the same three wrong options on every card would soon be known, and every card answered by
        them): then as many as there are wrong options."""
        entries = self.shape.entries
        if self.shape.shape is Shape.PLAIN and len(pool) < _OPTIONS - 1:
            return {}
        wanted = len(entries) if self.shape.shape is not Shape.PLAIN else min(len(entries), max(2, len(pool)))
        made: dict[int, StudyItem] = {}
        for entry in shuffled(entries, item_id(self.doc_id, self.list.id, Kind.LIST_CHOICE)):
            choice = self._choice(entry, pool)
            if choice is not None:
                made[entry.number] = choice
                if len(made) == wanted:
                    break
        return made

    # --- one entry -------------------------------------------------------------------------------------
    def _cloze(self, entry: Entry, index: int) -> StudyItem | None:
        header = f"{self.title.text}:"
        if self.shape.shape is not Shape.PLAIN:  # the label is the cue: "Blockade: [...]", "Article 7 – [...]"
            if _gives_away(entry):
                return None  # "Diplomacy: [...]" for "Use diplomatic pressure ...": the cue tells it (blind read r27)
            mark = ":" if self.shape.shape is Shape.GLOSSED else " –"
            prompt = f"{header}\n{entry.label}{mark} {GAP}"
            cloze = f"{header}\n{entry.label}{mark} {{{{c1::{entry.body}}}}}"
            return self._entry_item(Kind.LIST_CLOZE, entry, prompt, entry.body, cloze=cloze)
        entries = self.shape.entries
        shown = self._shown_around(index)
        if not shown:
            return None
        before = [_MORE] if shown[0] is not entries[0] else []  # blind reads: three of fifteen read as the list
        after = [_MORE] if shown[-1] is not entries[-1] else []
        prompt = "\n".join([header, *before, *(f"{e.number}. {GAP if e is entry else e.line}" for e in shown), *after])
        cloze = "\n".join(
            [
                header,
                *before,
                *(f"{e.number}. " + ("{{c1::" + e.line + "}}" if e is entry else e.line) for e in shown),
                *after,
            ]
        )
        reveals = tuple(entry_unit(self.list.id, e.item) for e in shown if e is not entry)
        neighbours = tuple(len(e.text.split()) for e in shown if e is not entry)
        return self._entry_item(
            Kind.LIST_CLOZE,
            entry,
            prompt,
            entry.line,
            cloze=cloze,
            reveals=reveals,
            neighbours=neighbours,
        )

    def _shown_around(self, index: int) -> tuple[Entry, ...]:
        """The entries a gap is shown among: a short list whole; where the order tells the gap's place, the
        gap's neighbours; a long list whose order means nothing whole, when its entries are short enough to
        read at once, else none (blind read r20: any entry hidden behind "…" fitted the gap as well)."""
        entries = self.shape.entries
        if len(entries) <= _WHOLE_LIST:
            return entries
        if self.order.meaningful or len(entries) <= HELD_IN_MIND:  # beyond, neighbours say too little
            return _neighbours(entries, index)
        return entries if short_entries(_texts(entries)) else ()

    def _choice(self, entry: Entry, pool: Sequence[Distractor]) -> StudyItem | None:
        """Which of these belongs to the list (plain entries), which name a gloss belongs to (glossed), which
        label an entry has (labelled): exactly one option is right."""
        key = item_id(self.doc_id, self.list.id, Kind.LIST_CHOICE, entry.number)
        others = [e for e in self.shape.entries if e is not entry]
        if self.shape.shape is Shape.PLAIN:
            marked = self.marked(entry.text)
            fair = shuffled(fair_options(entry.text, pool), key)
            wrong = sorted(fair, key=lambda d: d.marked != marked)[: _OPTIONS - 1]  # alike in the list's mark
            if len(wrong) < _OPTIONS - 1 or all(d.marked != marked for d in wrong):
                return None  # the right option would be the only one with (or without) the list's mark
            options = [entry.line, *(as_line(d.item.text) for d in wrong)]
            reveals = tuple(entry_unit(d.list_id, d.item) for d in wrong if d.list_id)
            prompt = self._which_of_these()
            answer = entry.line
        else:
            wrong_entries = shuffled(others, key)[: _OPTIONS - 1]
            if len(wrong_entries) < 2:
                return None
            options = [entry.label, *(e.label for e in wrong_entries)]
            answer = entry.label
            if _gives_away(entry):
                return None
            if self.shape.shape is Shape.GLOSSED:
                prompt = self._which_is(entry.body)
                reveals = tuple(entry_unit(self.list.id, e.item) for e in wrong_entries)
            else:
                prompt = f"Which of {self.title.inline} says: “{entry.body}”?"
                reveals = ()
        choices = tuple(shuffled(options, key + "/options"))
        return self._entry_item(Kind.LIST_CHOICE, entry, prompt, answer, choices=choices, reveals=reveals)

    def _position(self, entry: Entry) -> list[StudyItem]:
        """ "What is the third of ...?" and "what number is ...?" (only where the order means something)."""
        n = entry.number
        if self.title.clause or self.title.source is TitleSource.PLACE:
            ask_entry = f"What is number {n} in “{self.title.text}”?"
            ask_number = f"In “{self.title.text}”, what number is “{entry.text}”?"
        elif self.title.sequence:  # "the order of the works": its entries come in it, they are not of it
            ask_entry = f"What comes {_ordinal(n)} in {self.title.inline}?"
            ask_number = f"In {self.title.inline}, what number is “{entry.text}”?"
        else:
            ask_entry = f"What is the {_ordinal(n)} of {self.title.inline}?"
            if self.order.order is Order.RANKED:
                ask_number = f"Where does “{entry.text}” rank among {self.title.inline}?"
            else:
                ask_number = f"What number is “{entry.text}” among {self.title.inline}?"
        asked = [self._entry_item(Kind.LIST_ITEM, entry, ask_entry, entry.line)]
        if not _opens_with_a_date(entry.text):  # "1919 to 1923: ...": its dates tell its place (blind read r133)
            asked.append(self._entry_item(Kind.LIST_NUMBER, entry, ask_number, str(n)))
        return asked

    def _entry_item(
        self,
        kind: Kind,
        entry: Entry,
        prompt: str,
        answer: str,
        *,
        neighbours: tuple[int, ...] = (),
        **extra: Any,
    ) -> StudyItem:
        # the entry's length, whether it is the answer or quoted in the prompt ("What number is “...”?", r61)
        measured = entry.line if kind is Kind.LIST_NUMBER else answer
        quality = entry_quality(self.title, self.shape, measured, neighbours=neighbours)
        return self._item(
            kind,
            prompt,
            answer,
            entry.item.footnotes,
            entry.number,
            unit=entry_unit(self.list.id, entry.item),
            quality=quality,
            **extra,
        )

    # --- the whole list ----------------------------------------------------------------------------------
    def _recall(self) -> StudyItem:
        entries = self.shape.entries
        count = "" if self.title.counted else f"{len(entries)} {self._noun(len(entries))}"
        if self.order.meaningful:
            prompt = f"Recall {self.title.inline}, in order" + (f" ({count})." if count else ".")
        else:
            prompt = f"Recall {self.title.inline}" + (f" ({count}, in any order)." if count else ", in any order.")
        return self._whole_item(Kind.LIST_RECALL, prompt, whole_quality(self.title, self.shape, _texts(entries)))

    def _put_in_order(self) -> StudyItem:
        entries = self.shape.entries
        mixed = shuffled(entries, item_id(self.doc_id, self.list.id, Kind.LIST_ORDER))
        if mixed == list(entries):
            mixed = mixed[1:] + mixed[:1]
        prompt = "\n".join([f"Put in order: {self.title.text}", *(f"• {e.line}" for e in mixed)])
        quality = whole_quality(self.title, self.shape, _texts(entries), ordering=True)
        return self._whole_item(Kind.LIST_ORDER, prompt, quality, order=tuple(e.line for e in entries))

    def _whole_item(self, kind: Kind, prompt: str, quality: Quality, **extra: Any) -> StudyItem:
        entries = self.shape.entries
        numbered = "\n".join(f"{e.number}. {e.line}" for e in entries)
        notes = [n for e in entries for n in e.item.footnotes]
        every_entry = tuple(entry_unit(self.list.id, e.item) for e in entries)
        return self._item(kind, prompt, numbered, notes, reveals=every_entry, quality=quality, **extra)

    # --- wording -----------------------------------------------------------------------------------------
    def _item(
        self, kind: Kind, prompt: str, answer: str, footnotes: Iterable[int], *parts: object, **extra: Any
    ) -> StudyItem:
        extra.setdefault("unit", self.list.id)
        return StudyItem(
            id=item_id(self.doc_id, self.list.id, kind, *parts),
            kind=kind,
            section=self.list.section,
            prompt=prompt,
            answer=answer,
            source=self.source_of(tuple(footnotes)),
            origin=self.list.id,
            position=self.position,
            **extra,
        )

    def _which_of_these(self) -> str:
        if self.title.clause or self.title.source is TitleSource.PLACE:
            return f"Which of these is listed under “{self.title.text}”?"
        return f"Which of these does the article list among {self.title.inline}?"

    def _which_is(self, gloss: str) -> str:
        if self.title.clause or self.title.source is TitleSource.PLACE:
            return f"In the list “{self.title.text}”, which entry goes with “{gloss}”?"
        return f"Which of {self.title.inline} goes with “{gloss}”?"

    def _noun(self, count: int) -> str:
        return self.title.singular if count == 1 else self.title.noun


def _under_article(items: list[StudyItem], article: str) -> list[StudyItem]:
    """Each item headed by its article's title where its own title does not name the article (blind reads:
    "The main objectives of the council were:" named no council)."""
    if not article:
        return items
    headed = []
    for item in items:
        if article.lower() in item.prompt.lower():
            headed.append(item)
            continue
        cloze = f"{article}{TOPIC_MARK}{item.cloze}" if item.cloze else ""
        headed.append(replace(item, prompt=f"{article}{TOPIC_MARK}{item.prompt}", cloze=cloze))
    return headed


_WHOLE_LIST = 4  # a list this short is shown whole around its gap ("four recommendations" shows four)
_MORE = "…"  # where entries of a longer list are left out


def _neighbours(entries: tuple[Entry, ...], index: int) -> tuple[Entry, ...]:
    """The entry with one neighbour on each side (two on one side at either end of the list)."""
    start = max(0, min(index - 1, len(entries) - 3))
    return entries[start : start + 3]


def _gives_away(entry: Entry) -> bool:
    """ "Invasion: Full force invasion of Cuba ...": the gloss names its label; asking one for the other is idle."""
    stems = {word[:_STEM].lower() for word in re.findall(r"[^\W\d_]{4,}", entry.body)}
    return any(word[:_STEM].lower() in stems for word in re.findall(r"[^\W\d_]{4,}", entry.label))


def _texts(entries: Iterable[Entry]) -> list[str]:
    return [entry.text for entry in entries]


def _ordinal(n: int) -> str:
    if 1 <= n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _opens_with_a_date(text: str) -> bool:
    return any(mention.offset == 0 for mention in find_dates(text[:40]))
