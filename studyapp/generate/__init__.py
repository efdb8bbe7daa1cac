"""Study items made from a document's dated facts and numbered lists.

``make_items`` is pure (no I/O); ``items_for_document`` runs extract first. Items come in article order,
each with a stable id (see :mod:`studyapp.generate.ids`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from studyapp.errors import Cancelled
from studyapp.extract import find_facts, find_lists
from studyapp.extract.model import DatedFact, StudyList
from studyapp.gcpause import gc_paused
from studyapp.generate.acronyms import Acronyms
from studyapp.generate.chronology import Entry, chronology_items, describe
from studyapp.generate.dates import FactContext, fact_items
from studyapp.generate.lists import ListItems
from studyapp.generate.model import CHOICE_KINDS, KINDS, ORDER_KINDS, Kind, Quality, Source, StudyItem
from studyapp.generate.quality import COARSE, ERA_NAME
from studyapp.generate.short_names import ShortNames
from studyapp.generate.sources import ArticleOrder, SourceIndex
from studyapp.generate.spans import span
from studyapp.language.wording import Casing
from studyapp.text.document import Document

__all__ = [
    "CHOICE_KINDS",
    "KINDS",
    "ORDER_KINDS",
    "QUALITY_BAR",
    "Cancelled",
    "Kind",
    "Quality",
    "Source",
    "StudyItem",
    "items_for_document",
    "make_items",
]

_KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


QUALITY_BAR = 0.7
"""Items whose ``quality.score`` is below this are not offered (``keep_all`` shows them, for inspection). Blind
reads r6-r10: items scored 0.5-0.8 were 2 of 11 good, items scored 1.0 were 77% good."""


Cancel = Callable[[], bool]
Progress = Callable[[int, int], None]
_CANCEL_EVERY = 512  # facts between two looks at the cancel flag


def make_items(
    doc: Document,
    facts: list[DatedFact],
    lists: list[StudyList],
    *,
    keep_all: bool = False,
    cancel: Cancel | None = None,
) -> list[StudyItem]:
    """The study items of ``doc``: ways of asking about each dated fact, chronology drills across facts, and
    the entries and the whole of each numbered list; in article order. Items under :data:`QUALITY_BAR` are
    left out unless ``keep_all``.

    Raises:
        Cancelled: when ``cancel`` returns True (it is asked every few hundred facts).
    """
    with gc_paused():
        items = _make_items(doc, facts, lists, cancel)
    return items if keep_all else [item for item in items if item.quality.score >= QUALITY_BAR]


def _make_items(
    doc: Document, facts: list[DatedFact], lists: list[StudyList], cancel: Cancel | None
) -> list[StudyItem]:
    sources = SourceIndex(doc)
    keys = ArticleOrder(doc).keys(facts, lists)
    ranked = {origin: rank for rank, origin in enumerate(sorted(keys, key=keys.__getitem__))}
    by_section = [(s.title, [t.text for p in s.paragraphs for t in p.sentences]) for s in doc.sections]
    texts = [text for _, sentences in by_section for text in sentences]
    casing = Casing.of(texts, doc.title)
    acronyms = Acronyms.of(texts, by_section).written(casing.softened)
    context = FactContext(
        doc.id,
        facts,
        sources.title,
        doc.display_title,
        casing,
        ShortNames.of([doc.title, *texts]),
        acronyms,
    )
    groups: list[tuple[tuple[int, int, str], list[StudyItem]]] = []  # (article order, items of one origin)
    events: list[Entry] = []
    mates = _sentence_mates(facts)
    for number, fact in enumerate(facts):
        if cancel is not None and number % _CANCEL_EVERY == 0 and cancel():
            raise Cancelled
        source = sources.source(fact.section, fact.sentence, fact.footnotes)
        made = fact_items(fact, source, ranked[fact.id], context)
        if fact.id in mates:
            made = [replace(item, reveals=tuple(dict.fromkeys((*item.reveals, *mates[fact.id])))) for item in made]
        groups.append(((ranked[fact.id], 0, fact.id), made))
        description = describe(fact) if _asks_cleanly(made) else None
        if description is not None:
            events.append(
                Entry(fact, span(fact.date), acronyms.spelled_out(casing.softened(description)), keys[fact.id])
            )
    list_items = ListItems(doc, lists)
    for study_list in lists:

        def source_of(footnotes: tuple[int, ...], study_list: StudyList = study_list) -> Source:
            return sources.source(study_list.section, study_list.source_text, footnotes)

        made = list_items.items(study_list, source_of, ranked[study_list.id])
        made.sort(key=lambda item: _KIND_RANK[item.kind])  # all numbers asked, then all items, ...
        groups.append(((ranked[study_list.id], 0, study_list.id), made))
    events.sort(key=lambda e: e.rank)
    for drill in chronology_items(doc.id, events, sources, ranked.__getitem__):
        groups.append(((drill.position, 1, drill.origin), [drill]))  # after the last of its events
    groups.sort(key=lambda group: group[0])
    return _unique([item for _, made in groups for item in made])


def _asks_cleanly(made: list[StudyItem]) -> bool:
    """A fact is placed on a time line only when its own items found no fault: one unclear event spoils a drill.
    A century or a war's name is no fault there: "the nineteenth century" answers "When?" vaguely, yet orders well."""
    return bool(made) and all(set(item.quality.reasons) <= {COARSE, ERA_NAME} for item in made)


def _sentence_mates(facts: list[DatedFact]) -> dict[str, tuple[str, ...]]:
    """For each fact that shares its sentence with others, those others: every item of a fact shows its
    sentence (in the prompt, or as the source under the answer), and with it their dates. A sentence's facts
    come one after another (a text written twice in a document is two sentences, never mates of each other)."""
    runs: list[list[DatedFact]] = []
    for fact in sorted(facts, key=lambda f: f.position):
        run = runs[-1] if runs else []
        if (
            run
            and (run[-1].section, run[-1].sentence) == (fact.section, fact.sentence)
            and fact.date not in {f.date for f in run}
        ):
            run.append(fact)
        else:
            runs.append([fact])
    return {
        fact.id: tuple(other.id for other in run if other.id != fact.id) for run in runs if len(run) > 1 for fact in run
    }


def items_for_document(
    doc: Document, *, keep_all: bool = False, cancel: Cancel | None = None, progress: Progress | None = None
) -> list[StudyItem]:
    """Find the facts and lists of ``doc`` and make their items (``cancel`` and ``progress`` as for
    :func:`studyapp.extract.find_facts`)."""
    with gc_paused():  # one pause over both stages (each also pauses on its own)
        facts = find_facts(doc, cancel=cancel, progress=progress)
        return make_items(doc, facts, find_lists(doc), keep_all=keep_all, cancel=cancel)


def _unique(items: list[StudyItem]) -> list[StudyItem]:
    """Items whose ids collide (extract gave two origins one id) keep distinct ids, in article order."""
    if len({item.id for item in items}) == len(items):
        return items
    seen: dict[str, int] = {}
    result = []
    for item in items:
        count = seen.get(item.id, 0)
        seen[item.id] = count + 1
        if count:
            item = replace(item, id=f"{item.id}-{count + 1}")
        result.append(item)
    return result
