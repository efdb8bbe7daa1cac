"""The structure of a document as read: sections, paragraphs, sentences, footnotes and numbered lists.

Every reader (plain text, Markdown) produces a :class:`Document`; nothing downstream looks at raw text.
Display text is already cleaned of Markdown leftovers (``*italics*``, ``<http://...>``, ``\\$``) and of
footnote markers; the markers live on as ``footnotes`` numbers on the sentence or list item that cites them.

What is no study material (captions, tables, reference entries, page headers, markup debris, front matter) is
recognised while reading and kept apart: :class:`Aside` and :class:`Table` blocks in ``Section.asides`` and
``Document.asides``. ``Section.blocks`` (and so ``paragraphs`` and ``lists``) hold study prose only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from studyapp.text.titles import display_title, initialism_shaped


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str


@dataclass(frozen=True)
class Span:
    """Characters ``start`` to ``end`` (exclusive) of a text."""

    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of body text.

    Attributes:
        text: the sentence, cleaned, without footnote markers.
        footnotes: numbers of the notes cited in (or right after) the sentence, in order.
        citations: where author-year citations stand in ``text`` ("(Levin 1992; Murray 1993)", "Scherf et al.
            (2000)"), in a document that cites its sources that way: their years date publications, not events.
    """

    text: str
    footnotes: tuple[int, ...] = ()
    citations: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class ListItem:
    number: int
    text: str  # cleaned, trailing ";" / "; and" / "and" removed
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class NumberedList:
    """A numbered list of the body, with the sentence that introduces it.

    Attributes:
        lead: the sentence before the list that announces it ("... can be identified as follows:"),
            or the section title when the list has no lead sentence.
        items: in document order, numbers kept as written.
    """

    lead: str
    items: tuple[ListItem, ...]


Block = Paragraph | NumberedList


class AsideKind(StrEnum):
    """What a piece of non-study text is."""

    CAPTION = "caption"  # an image or figure caption, a figure label ("Figure 3.")
    TABLE = "table"  # where the source dropped a table ("[TABLE]"); a table with cells is a Table
    REFERENCE = "reference"  # an entry of a reference list or bibliography
    FRONT_MATTER = "front matter"  # a paper's author, affiliation and e-mail lines
    LICENCE = "licence"  # copyright and licence lines
    PAGE = "page"  # a running header or footer, a page number of text converted from PDF
    MARKUP = "markup"  # leftovers of wiki or template markup: infobox fields, categories, Liquid tags
    NOTE = "note"  # a note set in the running text ("Note: ...") rather than as a numbered footnote
    EPIGRAPH = "epigraph"  # a quotation set at the head of a text or section, with its source


@dataclass(frozen=True)
class Aside:
    """A block (or span) of the source that is no study material, kept to be shown as what it is.

    Attributes:
        kind: what it is.
        text: the text as a reader should see it (a caption's words, a reference entry).
        before: in a section, the index in ``Section.blocks`` of the study block it stands before
            (``len(blocks)`` after the last one); 0 in ``Document.asides``.
        footnotes: numbers of the notes it cites (a caption may cite one).
    """

    kind: AsideKind
    text: str
    before: int = 0
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Table:
    """A table of the source (pipe, grid or space-aligned columns), shown as a table and never studied.

    Attributes:
        rows: the rows, each a tuple of cell texts (a short row is padded with empty cells).
        header: True when the first row names the columns.
        before: the index in ``Section.blocks`` of the study block it stands before.
    """

    rows: tuple[tuple[str, ...], ...]
    header: bool = False
    before: int = 0

    @property
    def text(self) -> str:
        return "\n".join(" | ".join(row) for row in self.rows)


@dataclass(frozen=True)
class Section:
    """A study section.

    Attributes:
        id: a slug of the title, unique in the document ("historical-factors").
        level: 1 for top-level sections, 2 for subsections.
        parent: the id of the enclosing level-1 section, or None.
        blocks: paragraphs and numbered lists in reading order: the study text.
        asides: captions, tables and other non-study blocks, each placed by its ``before`` index.
    """

    id: str
    title: str
    level: int
    parent: str | None
    blocks: tuple[Block, ...] = ()
    asides: tuple[Aside | Table, ...] = ()

    @property
    def display_title(self) -> str:
        """The title for display (an ALL-CAPS heading in title case)."""
        return display_title(self.title)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def lists(self) -> tuple[NumberedList, ...]:
        return tuple(b for b in self.blocks if isinstance(b, NumberedList))

    @property
    def reading_order(self) -> tuple[Block | Aside | Table, ...]:
        """Study blocks and asides as the source shows them, for display."""
        if not self.asides:
            return self.blocks
        out: list[Block | Aside | Table] = []
        asides = sorted(self.asides, key=lambda a: a.before)  # stable: asides at one place keep their order
        k = 0
        for index, block in enumerate(self.blocks):
            while k < len(asides) and asides[k].before <= index:
                out.append(asides[k])
                k += 1
            out.append(block)
        out.extend(asides[k:])
        return tuple(out)


@dataclass(frozen=True)
class Document:
    """A document read from a file.

    Attributes:
        id: a slug that identifies the document across edits (from its title, else its file name).
        title, author, abstract: front matter ("By X*" gives author "X"); author/abstract may be None.
        sections: study sections in reading order (the notes section is not one of them; neither is
            the front matter).
        footnotes: every note of the notes section, by number.
        trailing: text after the body that is not a study section (an author's bio, say), as paragraphs.
        asides: non-study text outside the sections: front matter (authors, affiliations), licence lines,
            page headers and footers, reference-list entries.
    """

    id: str
    title: str
    author: str | None
    abstract: str | None
    sections: tuple[Section, ...]
    footnotes: tuple[Footnote, ...] = ()
    trailing: tuple[Paragraph, ...] = field(default=())
    asides: tuple[Aside, ...] = ()

    @property
    def display_title(self) -> str:
        """The title for display (an ALL-CAPS title in title case, but for an initialism its opening writes in
        capitals inside its sentences: "DNA", "NATO"); ``title`` keeps it as written."""
        if _initialism(self.title, self.sections[:1]):
            return self.title  # not "Dna" (blind read r128)
        return display_title(self.title)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def footnote(self, number: int) -> Footnote | None:
        for f in self.footnotes:
            if f.number == number:
                return f
        return None


def _initialism(title: str, opening: tuple[Section, ...]) -> bool:
    """A one-word title in capitals that the opening section also writes in capitals after its first word."""
    if not initialism_shaped(title):
        return False
    inside = re.compile(rf"\S\s+\(?{title}\b")
    return any(
        inside.search(sentence.text)
        for section in opening
        for block in section.paragraphs
        for sentence in block.sentences
    )
