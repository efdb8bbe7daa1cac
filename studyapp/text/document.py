"""The structure of a document as read: sections, paragraphs, sentences, footnotes and numbered lists.

Every reader (plain text, Markdown) produces a :class:`Document`; nothing downstream looks at raw text.
Display text is already cleaned of Markdown leftovers (``*italics*``, ``<http://...>``, ``\\$``) and of
footnote markers; the markers live on as ``footnotes`` numbers on the sentence or list item that cites them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studyapp.text.titles import display_title


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence of body text.

    Attributes:
        text: the sentence, cleaned, without footnote markers.
        footnotes: numbers of the notes cited in (or right after) the sentence, in order.
    """

    text: str
    footnotes: tuple[int, ...] = ()


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


@dataclass(frozen=True)
class Section:
    """A study section.

    Attributes:
        id: a slug of the title, unique in the document ("historical-factors").
        level: 1 for top-level sections, 2 for subsections.
        parent: the id of the enclosing level-1 section, or None.
        blocks: paragraphs and numbered lists in reading order.
    """

    id: str
    title: str
    level: int
    parent: str | None
    blocks: tuple[Block, ...] = ()

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
    """

    id: str
    title: str
    author: str | None
    abstract: str | None
    sections: tuple[Section, ...]
    footnotes: tuple[Footnote, ...] = ()
    trailing: tuple[Paragraph, ...] = field(default=())

    @property
    def display_title(self) -> str:
        """The title for display (an ALL-CAPS title in title case); ``title`` keeps it as written."""
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
