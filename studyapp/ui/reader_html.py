"""A section of a Document as HTML for the reader: footnote links, highlighted facts and lists linked to cards.

Links: ``note:N`` (a footnote), ``cards:ORIGIN`` (the items made from a fact or a list). Anchors: ``list-N`` before
the N-th numbered list of the section.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from studyapp.generate.model import StudyItem
from studyapp.text.document import Aside, AsideKind, Document, NumberedList, Paragraph, Section, Sentence, Table
from studyapp.ui.theme import Colors
from studyapp.ui.typography import heading, smarten


@dataclass(frozen=True)
class CardIndex:
    """Which sentences and list leads have cards, per section: ``(section, text) -> origin``."""

    by_text: dict[tuple[str, str], str]
    counts: dict[str, int]

    @classmethod
    def of(cls, items: Iterable[StudyItem]) -> CardIndex:
        by_text: dict[tuple[str, str], str] = {}
        counts: dict[str, int] = {}
        for item in items:
            counts[item.origin] = counts.get(item.origin, 0) + 1
            if item.origin != item.section:  # section-wide drills (chronology) have no one passage
                by_text.setdefault((item.source.section, item.source.text), item.origin)
        return cls(by_text, counts)


def style_sheet(c: Colors, family: str) -> str:
    """The default style sheet of the reader's QTextDocument."""
    return f"""
        body {{ font-family: '{family}'; color: {c.text}; }}
        p {{ line-height: 150%; margin-top: 0; margin-bottom: 0.9em; }}
        h1 {{ font-size: xx-large; font-weight: 600; margin-bottom: 0.3em; line-height: 120%; }}
        h2 {{ font-size: large; font-weight: 600; margin-top: 0.4em; margin-bottom: 1em; line-height: 125%; }}
        .kicker {{ color: {c.muted}; font-size: small; letter-spacing: 1px; margin-bottom: 0.2em; }}
        .byline {{ color: {c.muted}; font-style: italic; }}
        a {{ color: {c.text}; text-decoration: none; }}
        a.note {{ color: {c.accent}; }}
        a.more {{ color: {c.accent}; font-size: small; }}
        .fact {{ background-color: {c.highlight_fact}; }}
        .lead {{ font-style: italic; }}
        .abstract {{ color: {c.muted}; font-style: italic; margin-bottom: 1.6em; }}
        .notes {{ color: {c.muted}; font-size: small; }}
        .aside {{ color: {c.muted}; font-size: small; font-style: italic; margin-bottom: 1.1em; }}
        .aside-kind {{ font-style: normal; letter-spacing: 1px; }}
        th {{ font-weight: 600; text-align: left; }}
    """


def _text(text: str) -> str:
    return escape(smarten(text))


def _footnote_links(numbers: tuple[int, ...]) -> str:
    return "".join(f'<a class="note" href="note:{n}"><sup>{n}</sup></a>' for n in numbers)


def _sentence(section: str, sentence: Sentence, cards: CardIndex) -> str:
    text = _text(sentence.text) + _footnote_links(sentence.footnotes)
    origin = cards.by_text.get((section, sentence.text))
    if origin is None:
        return text
    count = cards.counts.get(origin, 0)
    title = f"{count} card{'s' if count != 1 else ''} from this sentence"
    return f'<a href="cards:{escape(origin)}" title="{title}"><span class="fact">{text}</span></a>'


def _paragraph(section: str, paragraph: Paragraph, cards: CardIndex) -> str:
    return "<p>" + " ".join(_sentence(section, s, cards) for s in paragraph.sentences) + "</p>"


def _numbered_list(section: str, block: NumberedList, cards: CardIndex, c: Colors) -> str:
    origin = cards.by_text.get((section, block.lead))
    rows = "".join(
        f'<tr><td align="right" valign="top" style="padding-right: 8px;"><p>{item.number}.</p></td>'
        f'<td valign="top"><p style="margin-bottom: 0.45em;">{_text(item.text)}{_footnote_links(item.footnotes)}</p>'
        f"</td></tr>"
        for item in block.items
    )
    rows = f'<table cellspacing="0" cellpadding="0">{rows}</table>'
    more = ""
    if origin is not None:
        count = cards.counts.get(origin, 0)
        more = (
            f'<p style="margin-bottom: 0;"><a class="more" href="cards:{escape(origin)}">'
            f"{count} card{'s' if count != 1 else ''} from this list →</a></p>"
        )
    return (
        f'<table width="100%" cellpadding="14" cellspacing="0" bgcolor="{c.highlight_list}" '
        f'style="margin-bottom: 1.1em;"><tr><td>{rows}{more}</td></tr></table>'
    )


# What a reader is told an aside is; page furniture and markup debris are not shown at all.
_ASIDE_LABELS = {
    AsideKind.CAPTION: "CAPTION",
    AsideKind.TABLE: "TABLE NOT KEPT BY THE SOURCE",
    AsideKind.REFERENCE: "REFERENCE",
    AsideKind.FRONT_MATTER: "",
    AsideKind.LICENCE: "LICENCE",
    AsideKind.NOTE: "NOTE",
    AsideKind.EPIGRAPH: "",
}


def _aside(aside: Aside) -> str:
    """A caption, an epigraph, a note set in the text...: small and muted, labelled as what it is."""
    label = _ASIDE_LABELS.get(aside.kind)
    if label is None:
        return ""
    kind = f'<span class="aside-kind">{label}</span> ' if label else ""
    return f'<p class="aside">{kind}{_text(aside.text)}{_footnote_links(aside.footnotes)}</p>'


def _table(table: Table) -> str:
    """A table of the source as a table: its first row a header row when it names the columns."""
    rows = []
    for index, row in enumerate(table.rows):
        tag = "th" if table.header and index == 0 else "td"
        rows.append("<tr>" + "".join(f'<{tag} valign="top">{_text(cell)}</{tag}>' for cell in row) + "</tr>")
    return (
        '<table border="1" cellspacing="0" cellpadding="5" style="margin-bottom: 1.1em; border-style: solid;">'
        + "".join(rows)
        + "</table>"
    )


def _references(doc: Document) -> str:
    entries = [a for a in doc.asides if a.kind is AsideKind.REFERENCE]
    if not entries:
        return ""
    return '<p class="kicker">SOURCES THE ARTICLE LISTS</p>' + "".join(
        f'<p class="aside">{_text(a.text)}</p>' for a in entries
    )


def section_html(doc: Document, section: Section, cards: CardIndex, c: Colors) -> str:
    """The body of one section, with its place in the document above the heading."""
    parts: list[str] = []
    if section is doc.sections[0]:
        parts.append(f"<h1>{escape(heading(doc.title))}</h1>")
        if doc.author:
            parts.append(f'<p class="byline">By {escape(doc.author)}</p>')
        if doc.abstract:
            parts.append(f'<p class="abstract">{_text(doc.abstract)}</p>')
    if section.parent:
        parts.append(f'<p class="kicker">{escape(heading(doc.section(section.parent).title).upper())}</p>')
    parts.append(f"<h2>{escape(heading(section.title))}</h2>")
    lists = 0
    for block in section.reading_order:
        if isinstance(block, Aside):
            parts.append(_aside(block))
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, NumberedList):
            lists += 1
            parts.append(f'<a name="list-{lists}"></a>')
            if block.lead and block.lead != section.title and not _lead_in_text(section, block):
                parts.append(f'<p class="lead">{_text(block.lead)}</p>')
            parts.append(_numbered_list(section.id, block, cards, c))
        else:
            parts.append(_paragraph(section.id, block, cards))
    if not section.blocks:
        parts.append('<p class="notes">This section has no text of its own; its subsections follow it.</p>')
    if section is doc.sections[-1]:
        parts.append(_references(doc))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _lead_in_text(section: Section, block: NumberedList) -> bool:
    """True when the list's lead sentence is already printed in a paragraph of the section."""
    return any(s.text == block.lead for p in section.paragraphs for s in p.sentences)


def cards_html(items: Iterable[StudyItem]) -> str:
    """A list of items (prompt, then answer) for the "cards from this passage" pop-up."""
    rows = []
    for item in items:
        rows.append(
            f'<p style="margin-bottom: 0.2em;"><b>{_text(item.prompt)}</b></p>'
            f'<p style="margin-top: 0; margin-bottom: 1em;">→ {_text(item.answer)}</p>'
        )
    return "<html><body>" + "".join(rows) + "</body></html>"
