"""Hand-made documents and items for the Anki export tests, and importing into a real Anki collection."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageUpdateCondition

from studyapp.generate.model import Source, StudyItem
from studyapp.text.document import Document, Footnote, Paragraph, Section, Sentence

FIXED_TS = 1_780_000_000.0  # 2026-05-28, a fixed export time

ARTICLE = """\
CANALS OF THE NORTH & <THE> {{SOUTH}}

By Jo Example*

How canals shaped the towns of a region.

EARLY WORKS

The first lock opened in 1761, and the town grew around it.¹ Traders came in 1765 from the coast.

The Age of Steam

Steam barges arrived on the canal in March 1830.² By 1845, three yards built them.

LATER YEARS

The canal company named its priorities as follows:

1. To keep the locks open all year;
2. To lower the tolls for farmers; and
3. To widen the lower reach.

The canal closed in 1962.

NOTES

1. Town records, vol. 2.
2. Harbour log & ledger, p. 7.
"""  # an article of my own shape: plain text, caps sections, a subsection, notes


def make_document(title: str = "Rivers & Trade: {{A}} Survey") -> Document:
    def para(*texts: str) -> Paragraph:
        return Paragraph(tuple(Sentence(t) for t in texts))

    return Document(
        id="rivers-and-trade",
        title=title,
        author="A. Writer",
        abstract="How rivers shaped trade <routes>.",
        sections=(
            Section("early-ports", "Early Ports", 1, None, (para("The port opened in 1821."),)),
            Section("harbour-law", "Harbour Law :: Customs", 2, "early-ports", (para("A law passed in 1850."),)),
            Section("railways", "Railways", 1, None, (para("Rails came in 1870."),)),
        ),
        footnotes=(Footnote(1, "City archive, box 4 & 5."), Footnote(2, "Minutes, p. 12.")),
    )


def _source(section: str, title: str, text: str, notes: tuple[tuple[int, str], ...] = ()) -> Source:
    return Source(section=section, section_title=title, text=text, footnotes=notes)


def make_items() -> list[StudyItem]:
    """One item of each note shape, with hostile text in places an article could put it."""
    s_ports = _source("early-ports", "Early Ports", "The port opened in 1821.", ((1, "City archive, box 4 & 5."),))
    s_law = _source(
        "harbour-law",
        "Harbour Law :: Customs",
        "A law <script>alert(1)</script> passed in 1850 {{c2::x}} & more.",
        ((2, "Minutes, p. 12."),),
    )
    s_rail = _source("railways", "Railways", "Rails came in 1870.")
    return [
        StudyItem(
            id="f1-cloze",
            kind="date-cloze",
            section="early-ports",
            prompt="The port opened in [...].",
            answer="1821",
            source=s_ports,
            origin="f1",
            position=0,
            cloze="The port opened in {{c1::1821}}.",
        ),
        StudyItem(
            id="f1-when",
            kind="date-when",
            section="early-ports",
            prompt="When did the port open?",
            answer="1821",
            source=s_ports,
            origin="f1",
            position=0,
        ),
        StudyItem(
            id="f2-cloze",
            kind="date-cloze",
            section="harbour-law",
            prompt="A law <script>alert(1)</script> passed in [...] {{c2::x}} & more.",
            answer="1850",
            source=s_law,
            origin="f2",
            position=1,
            cloze="A law <script>alert(1)</script> passed in {{c1::1850}} {{c2::x}} & more.",
        ),
        StudyItem(
            id="f2-what",
            kind="date-what",
            section="harbour-law",
            prompt="What happened in 1850 :: {{y}}?",
            answer="A law <b>passed</b> & more",
            source=s_law,
            origin="f2",
            position=1,
        ),
        StudyItem(
            id="f2-choice",
            kind="date-choice",
            section="harbour-law",
            prompt="When did the law pass?",
            answer="1850",
            choices=("1820", "1850", "1870 {{c1::}}", "1901 & later"),
            source=s_law,
            origin="f2",
            position=1,
        ),
        StudyItem(
            id="rail-order",
            kind="chronology",
            section="railways",
            prompt="Put in order:\nRails came\nThe port opened",
            answer="The port opened; Rails came",
            order=("The port opened", "Rails came"),
            source=s_rail,
            origin="railways",
            position=2,
        ),
        StudyItem(
            id="f3-when",
            kind="date-when",
            section="railways",
            prompt="When did rails come?",
            answer="1870",
            source=s_rail,
            origin="f3",
            position=3,
        ),
    ]


def edited(items: list[StudyItem], item_id: str, **changes: object) -> list[StudyItem]:
    return [dataclasses.replace(i, **changes) if i.id == item_id else i for i in items]


def import_apkg(
    col: Collection,
    path: Path,
    *,
    with_scheduling: bool = False,
    update: int = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
):
    options = ImportAnkiPackageOptions(
        with_scheduling=with_scheduling,
        with_deck_configs=with_scheduling,
        update_notes=update,
        update_notetypes=update,
        merge_notetypes=False,
    )
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options))
