"""Helpers of the general-article tests: an article read by the whole pipeline, compared with its gold file."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.extract import find_facts, find_lists
from studyapp.text import read_document
from studyapp.text.document import Document

DATA = Path(__file__).resolve().parents[1] / "data"
ARTICLES = sorted(p for p in DATA.glob("general_*") if not p.name.endswith(".gold.json"))
_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")
_LEFTOVER_MARKER = re.compile(r"\[\^?\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]")


def plain(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    return " ".join(re.sub(r"[^\w'\- ]+", " ", text).split())


def heading(title: str) -> str:
    """A section title compared without its numbering ("2.1 The energy factor" -> "the energy factor")."""
    return plain(_NUMBERING.sub("", title))


@dataclass(frozen=True)
class Figures:
    title_ok: bool
    author_ok: bool
    sections: list[tuple[str, int]]
    sections_ok: bool
    footnotes: int
    unlinked_markers: list[int]
    uncited_notes: list[int]
    leftover_markers: list[str]
    lists: list[tuple[str, int]]
    lists_ok: bool
    recall: float
    precision: float
    missed: list[tuple[str, str]] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)


def gold_of(article: Path) -> dict:
    return json.loads((article.parent / (article.name.rsplit(".", 1)[0] + ".gold.json")).read_text("utf-8"))


def _written_heading(title: str, doc_title: str, article: Path) -> bool:
    """A heading of the text, not a name the reader gives to text without one ("Introduction" over a lead,
    the document's title over a text without headings)."""
    if plain(title) == plain(doc_title):
        return False
    lines = {plain(line.lstrip("#")) for line in article.read_text("utf-8").splitlines()}
    return plain(title) in lines


def _cited(doc: Document) -> list[int]:
    cited = []
    for section in doc.sections:
        for block in section.blocks:
            parts = getattr(block, "sentences", None) or getattr(block, "items", ())
            for part in parts:
                cited.extend(part.footnotes)
    return cited


def _texts(doc: Document) -> list[str]:
    texts = []
    for section in doc.sections:
        for block in section.blocks:
            parts = getattr(block, "sentences", None) or getattr(block, "items", ())
            texts.extend(part.text for part in parts)
    return texts


def _lists_ok(found, wanted: list[dict]) -> bool:
    if len(found) != len(wanted):
        return False
    for got, want in zip(found, wanted, strict=True):
        items = [i.text for i in got.items]
        if not plain(got.lead).startswith(plain(want["lead"])) or len(items) != want["items"]:
            return False
        if [i.number for i in got.items] != list(range(1, len(items) + 1)):
            return False
        if not plain(items[0]).startswith(plain(want["first"])) or not plain(items[-1]).startswith(plain(want["last"])):
            return False
    return True


def score_pairs(facts, pairs: list[dict]) -> tuple[float, float, list, list]:
    unmatched = list(facts)
    missed = []
    for pair in pairs:
        start, date = plain(pair["sentence"]), plain(pair["date"])
        hit = next(
            (
                f
                for f in unmatched
                if plain(f.sentence).startswith(start) and (date in plain(f.date.text) or plain(f.date.text) in date)
            ),
            None,
        )
        if hit is None:
            missed.append((pair["sentence"], pair["date"]))
        else:
            unmatched.remove(hit)
    found = len(pairs) - len(missed)
    recall = found / len(pairs) if pairs else 1.0
    precision = found / len(facts) if facts else (1.0 if not pairs else 0.0)
    return recall, precision, missed, [(f.sentence[:60], f.date.text) for f in unmatched]


def figures(article: Path) -> Figures:
    gold = gold_of(article)
    doc = read_document(article)
    titled = [(s.title, s.level) for s in doc.sections if _written_heading(s.title, doc.title, article)]
    numbers = {f.number for f in doc.footnotes}
    cited = _cited(doc)
    found_lists = find_lists(doc)
    recall, precision, missed, extra = score_pairs(find_facts(doc), gold["pairs"])
    author = plain(doc.author or "")
    return Figures(
        title_ok=plain(doc.title) == plain(gold["title"]),
        author_ok=(author == plain(gold["author"])) if gold["author"] else not author,
        sections=titled,
        sections_ok=[(heading(t), lv) for t, lv in titled] == [(heading(t), lv) for t, lv in gold["sections"]],
        footnotes=len(doc.footnotes),
        unlinked_markers=sorted({n for n in cited if n not in numbers}),
        uncited_notes=sorted(numbers - set(cited)),
        leftover_markers=[t for t in _texts(doc) if _LEFTOVER_MARKER.search(t)],
        lists=[(lst.lead[:40], len(lst.items)) for lst in found_lists],
        lists_ok=_lists_ok(found_lists, gold["lists"]),
        recall=recall,
        precision=precision,
        missed=missed,
        extra=extra,
    )
