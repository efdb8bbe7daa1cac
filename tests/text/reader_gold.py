"""The reader measured against hand-made gold of the development corpus (tests/data/reader_gold/*.json).

Each gold file was written by reading the text, not the reader's output: the section titles and their levels
(null where the text does not show levels), the notes list (count and first number), the debris of the source
(captions, notes set in the text, front matter, licence and page lines, reference entries: a snippet of each,
by kind), its tables, and sentences that must stay study text next to the debris.

Run it as a script to print the figures: ``.venv/bin/python tests/text/reader_gold.py``.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

if __name__ == "__main__":  # run as a script from anywhere
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from studyapp.text import read_document
from studyapp.text.document import Aside, AsideKind, Document, Table
from studyapp.text.sections import INTRO_TITLE, NO_HEADING_TITLE

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD_FILES = sorted((DATA / "reader_gold").glob("*.json"))
# Kinds whose every instance the gold lists (references and tables are listed by sample only).
EXHAUSTIVE = frozenset({AsideKind.CAPTION, AsideKind.NOTE})


def plain(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(re.sub(r"[^\w'\- ]+", " ", text).split())


@dataclass
class Measure:
    name: str
    titles_expected: int
    titles_found: int
    titles_right: int
    levels_shown: int
    levels_right: int
    notes_expected: int
    notes_found: int
    notes_first: int | None
    unlinked: list[int]
    uncited: list[int]
    asides_expected: int
    asides_right: int
    asides_found: int  # asides of the exhaustively annotated kinds
    asides_matching: int
    debris_in_study: list[str] = field(default_factory=list)
    study_missing: list[str] = field(default_factory=list)
    tables_right: int = 0
    tables_expected: int = 0
    missed_titles: list[str] = field(default_factory=list)
    extra_titles: list[str] = field(default_factory=list)
    wrong_levels: list[str] = field(default_factory=list)
    missed_asides: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.titles_right / self.titles_found if self.titles_found else 1.0

    @property
    def recall(self) -> float:
        return self.titles_right / self.titles_expected if self.titles_expected else 1.0

    @property
    def level_share(self) -> float:
        return self.levels_right / self.levels_shown if self.levels_shown else 1.0


def study_texts(doc: Document) -> list[str]:
    texts = []
    for section in doc.sections:
        for paragraph in section.paragraphs:
            texts.extend(s.text for s in paragraph.sentences)
        for numbered in section.lists:
            texts.extend(item.text for item in numbered.items)
    return texts


def all_asides(doc: Document) -> list[Aside | Table]:
    return [a for s in doc.sections for a in s.asides] + list(doc.asides)


def _cited(doc: Document) -> set[int]:
    cited: set[int] = {n for a in all_asides(doc) if isinstance(a, Aside) for n in a.footnotes}
    cited.update(n for p in doc.trailing for s in p.sentences for n in s.footnotes)
    for section in doc.sections:
        for paragraph in section.paragraphs:
            for sentence in paragraph.sentences:
                cited.update(sentence.footnotes)
        for numbered in section.lists:
            for item in numbered.items:
                cited.update(item.footnotes)
    return cited


def _written_titles(doc: Document, gold: dict) -> list[tuple[str, int]]:
    """The reader's sections, less the names it gives to text without a heading."""
    wanted = {plain(t) for t, _ in gold["sections"]}
    return [
        (s.title, s.level)
        for s in doc.sections
        if plain(s.title) in wanted or s.title not in (INTRO_TITLE, NO_HEADING_TITLE, doc.title)
    ]


def _mostly(snippet: str, sentence: str) -> bool:
    """The snippet of debris is (most of) a study sentence: the debris was studied."""
    return snippet in sentence and len(snippet) >= 0.6 * len(sentence)


def measure(gold_file: Path) -> Measure:
    gold = json.loads(gold_file.read_text("utf-8"))
    doc = read_document(DATA / gold["document"])
    expected = [(plain(t), level) for t, level in gold["sections"]]
    found = [(plain(t), level) for t, level in _written_titles(doc, gold)]
    levels = dict(expected)
    found_titles = [t for t, _ in found]
    right = [t for t in dict.fromkeys(found_titles) if t in levels]
    shown = [(t, level) for t, level in found if t in levels and levels[t] is not None]
    wrong_levels = [f"{t} ({level}, not {levels[t]})" for t, level in shown if level != levels[t]]

    notes = gold["notes"]
    numbers = [f.number for f in doc.footnotes]
    cited = _cited(doc)

    asides = all_asides(doc)
    texts = {kind: [plain(a.text) for a in asides if isinstance(a, Aside) and a.kind == kind] for kind in AsideKind}
    study = [plain(t) for t in study_texts(doc)]
    study_joined = "\n".join(study)
    expected_asides = [
        (AsideKind(kind), plain(snippet)) for kind, snippets in gold["asides"].items() for snippet in snippets
    ]
    missed = [f"{kind}: {snippet}" for kind, snippet in expected_asides if not any(snippet in t for t in texts[kind])]
    in_study = [snippet for _, snippet in expected_asides if any(_mostly(snippet, t) for t in study)]
    snippets = [snippet for kind, snippet in expected_asides if kind in EXHAUSTIVE]
    exhaustive = [t for kind in EXHAUSTIVE for t in texts[kind]]
    annotated = {kind for kind, _ in expected_asides} & EXHAUSTIVE
    counted = [t for kind in annotated for t in texts[kind]] if annotated else exhaustive

    tables = [a for a in asides if isinstance(a, Table)]
    tables_right = sum(
        1
        for t in gold.get("tables", [])
        if any(
            len(table.rows) == t["rows"]
            and len(table.rows[0]) == t["columns"]
            and table.header
            and [plain(c) for c in table.rows[0]] == [plain(c) for c in t["header"]]
            for table in tables
        )
    )
    return Measure(
        name=gold_file.stem,
        titles_expected=len(expected),
        titles_found=len(found),
        titles_right=len(right),
        levels_shown=len(shown),
        levels_right=len(shown) - len(wrong_levels),
        notes_expected=notes["count"],
        notes_found=len(numbers),
        notes_first=numbers[0] if numbers else None,
        unlinked=sorted(cited - set(numbers)),
        uncited=sorted(set(numbers) - cited),
        asides_expected=len(expected_asides),
        asides_right=len(expected_asides) - len(missed),
        asides_found=len(counted),
        asides_matching=sum(1 for t in counted if any(s in t for s in snippets)),
        debris_in_study=in_study,
        study_missing=[s for s in gold["study"] if plain(s) not in study_joined],
        tables_right=tables_right,
        tables_expected=len(gold.get("tables", [])),
        missed_titles=[t for t, _ in expected if t not in found_titles],
        extra_titles=[t for t in found_titles if t not in levels],
        wrong_levels=wrong_levels,
        missed_asides=missed,
    )


def report(measures: list[Measure]) -> str:
    lines = [
        f"{'document':38} {'titles':>9} {'P':>5} {'R':>5} {'levels':>7} {'notes':>9} {'linked':>6} "
        f"{'debris':>7} {'tables':>6}"
    ]
    for m in measures:
        linked = "yes" if not m.unlinked and not m.uncited else f"{len(m.unlinked)}/{len(m.uncited)}"
        lines.append(
            f"{m.name[:38]:38} {m.titles_right:>3}/{m.titles_expected:<2}+{m.titles_found - m.titles_right:<2} "
            f"{m.precision:5.2f} {m.recall:5.2f} {m.levels_right:>3}/{m.levels_shown:<3} "
            f"{m.notes_found:>4}/{m.notes_expected:<4} {linked:>6} {m.asides_right:>3}/{m.asides_expected:<3} "
            f"{m.tables_right:>2}/{m.tables_expected:<2}"
        )
    right = sum(m.titles_right for m in measures)
    lines.append(
        f"{'all':38} {right:>3}/{sum(m.titles_expected for m in measures):<2}    "
        f"{right / sum(m.titles_found for m in measures):5.2f} {right / sum(m.titles_expected for m in measures):5.2f} "
        f"{sum(m.levels_right for m in measures):>3}/{sum(m.levels_shown for m in measures):<3}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    measures = [measure(f) for f in GOLD_FILES]
    print(report(measures))
    if "-v" in sys.argv:
        for m in measures:
            print(f"\n{m.name}")
            for label in ("missed_titles", "extra_titles", "wrong_levels", "missed_asides", "debris_in_study"):
                if getattr(m, label):
                    print(f"  {label}: {getattr(m, label)}")
            if m.study_missing:
                print(f"  study_missing: {m.study_missing}")
            if m.unlinked or m.uncited:
                print(f"  unlinked markers {m.unlinked[:10]}, uncited notes {m.uncited[:10]}")
            print(f"  asides of annotated kinds: {m.asides_matching}/{m.asides_found} match the gold")
