"""A section of a Document as HTML for the reader: footnote links, facts and lists highlighted by how well
they are known and linked to their cards, and what to do at the end of the section.

Links: ``note:N`` (a footnote, only when its text is known), ``cards:ORIGIN`` (the items made from a fact or a
list), ``read:SECTION`` (mark read or unread), ``study:SECTION``, ``next:SECTION``. Anchors: ``list-N`` before
the N-th numbered list of the section, ``end`` before the end of the section.
Every text of the document is escaped: it reaches Qt as text, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from studyapp.core.familiarity import Familiarity
from studyapp.generate.model import StudyItem
from studyapp.services.set_aside import SetAsideCard
from studyapp.text.document import Aside, AsideKind, Document, NumberedList, Paragraph, Section, Sentence, Table
from studyapp.ui.familiarity_colors import highlight
from studyapp.ui.theme import Colors
from studyapp.ui.typography import heading, smarten


@dataclass(frozen=True)
class CardIndex:
    """Which sentences and list leads have cards, per section: ``(section, text) -> origin``; how many cards
    each origin has, and how well it is known."""

    by_text: dict[tuple[str, str], str]
    counts: dict[str, int]
    familiarity: dict[str, Familiarity] = field(default_factory=dict)

    def with_familiarity(self, familiarity: dict[str, Familiarity]) -> CardIndex:
        return CardIndex(self.by_text, self.counts, familiarity)

    def state(self, origin: str) -> Familiarity:
        return self.familiarity.get(origin, Familiarity.NEW)

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
        .f-new {{ background-color: {highlight(Familiarity.NEW)}; }}
        .f-learning {{ background-color: {highlight(Familiarity.LEARNING)}; }}
        .f-known {{ background-color: {highlight(Familiarity.KNOWN)}; }}
        .f-weak {{ background-color: {highlight(Familiarity.WEAK)}; }}
        .end {{ color: {c.muted}; margin-bottom: 0.5em; }}
        a.action {{ color: {c.accent}; font-weight: 600; }}
        .lead {{ font-style: italic; }}
        .abstract {{ color: {c.muted}; font-style: italic; margin-bottom: 1.6em; }}
        .notes {{ color: {c.muted}; font-size: small; }}
        .aside {{ color: {c.muted}; font-size: small; font-style: italic; margin-bottom: 1.1em; }}
        .aside-kind {{ font-style: normal; letter-spacing: 1px; }}
        th {{ font-weight: 600; text-align: left; }}
    """


def _text(text: str) -> str:
    return escape(smarten(text))


def _footnote_links(numbers: tuple[int, ...], notes: frozenset[int]) -> str:
    """Markers linked to their note; a marker whose note text is missing stays a plain number."""
    return "".join(
        f'<a class="note" href="note:{n}"><sup>{n}</sup></a>' if n in notes else f"<sup>{n}</sup>" for n in numbers
    )


def _sentence(section: str, sentence: Sentence, cards: CardIndex, notes: frozenset[int]) -> str:
    text = _text(sentence.text) + _footnote_links(sentence.footnotes, notes)
    origin = cards.by_text.get((section, sentence.text))
    if origin is None:
        return text
    count = cards.counts.get(origin, 0)
    state = cards.state(origin)
    title = f"{count} card{'s' if count != 1 else ''} from this sentence ({state.value})"
    return f'<a href="cards:{escape(origin)}" title="{title}"><span class="f-{state.value}">{text}</span></a>'


def _paragraph(section: str, paragraph: Paragraph, cards: CardIndex, notes: frozenset[int]) -> str:
    return "<p>" + " ".join(_sentence(section, s, cards, notes) for s in paragraph.sentences) + "</p>"


def _numbered_list(section: str, block: NumberedList, cards: CardIndex, c: Colors, notes: frozenset[int]) -> str:
    origin = cards.by_text.get((section, block.lead))
    rows = "".join(
        f'<tr><td align="right" valign="top" style="padding-right: 8px;"><p>{item.number}.</p></td>'
        f'<td valign="top"><p style="margin-bottom: 0.45em;">{_text(item.text)}'
        f"{_footnote_links(item.footnotes, notes)}</p></td></tr>"
        for item in block.items
    )
    rows = f'<table cellspacing="0" cellpadding="0">{rows}</table>'
    more, background = "", c.highlight_list
    if origin is not None:
        count = cards.counts.get(origin, 0)
        background = highlight(cards.state(origin))
        more = (
            f'<p style="margin-bottom: 0;"><a class="more" href="cards:{escape(origin)}">'
            f"{count} card{'s' if count != 1 else ''} from this list ({cards.state(origin).value}) →</a></p>"
        )
    return (
        f'<table width="100%" cellpadding="14" cellspacing="0" bgcolor="{background}" '
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


def _aside(aside: Aside, notes: frozenset[int]) -> str:
    """A caption, an epigraph, a note set in the text...: small and muted, labelled as what it is."""
    label = _ASIDE_LABELS.get(aside.kind)
    if label is None:
        return ""
    kind = f'<span class="aside-kind">{label}</span> ' if label else ""
    return f'<p class="aside">{kind}{_text(aside.text)}{_footnote_links(aside.footnotes, notes)}</p>'


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


@dataclass(frozen=True)
class SectionEnd:
    """What the end of a section offers: its read mark, studying it, the next section."""

    read: bool
    study_label: str | None  # "Study this section (12 new cards)"; None when the section has no cards
    next_id: str | None = None
    next_title: str = ""


def _end_html(section: Section, end: SectionEnd, c: Colors) -> str:
    """The box under a section's text: one action a line (each a link, so Tab and Enter reach it)."""
    target = escape(section.id)
    actions = [
        f'<a class="action" href="read:{target}">{"✓ Read — mark as unread" if end.read else "Mark as read"}</a>'
    ]
    if end.study_label:
        actions.append(f'<a class="action" href="study:{target}">{escape(end.study_label)}</a>')
    if end.next_id:
        actions.append(
            f'<a class="action" href="next:{escape(end.next_id)}">Next: {escape(heading(end.next_title))} →</a>'
        )
    lines = "".join(f'<p style="margin-top: 0.5em; margin-bottom: 0;">{action}</p>' for action in actions)
    return (
        '<a name="end"></a>'
        f'<table width="100%" cellpadding="14" cellspacing="0" bgcolor="{c.base}" style="margin-top: 1.2em;">'
        f'<tr><td><p class="end">End of “{escape(heading(section.title))}”</p>{lines}</td></tr></table>'
    )


def section_html(doc: Document, section: Section, cards: CardIndex, c: Colors, end: SectionEnd | None = None) -> str:
    """The body of one section, with its place in the document above the heading and, given ``end``, what to
    do next below the text."""
    notes = frozenset(note.number for note in doc.footnotes if note.text.strip())
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
            parts.append(_aside(block, notes))
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, NumberedList):
            lists += 1
            parts.append(f'<a name="list-{lists}"></a>')
            if block.lead and block.lead != section.title and not _lead_in_text(section, block):
                parts.append(f'<p class="lead">{_text(block.lead)}</p>')
            parts.append(_numbered_list(section.id, block, cards, c, notes))
        else:
            parts.append(_paragraph(section.id, block, cards, notes))
    if not section.blocks:
        parts.append('<p class="notes">This section has no text of its own; its subsections follow it.</p>')
    if section is doc.sections[-1]:
        parts.append(_references(doc))
    if end is not None:
        parts.append(_end_html(section, end, c))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _lead_in_text(section: Section, block: NumberedList) -> bool:
    """True when the list's lead sentence is already printed in a paragraph of the section."""
    return any(s.text == block.lead for p in section.paragraphs for s in p.sentences)


def cards_html(items: Iterable[StudyItem], set_aside: dict[str, SetAsideCard] | None = None) -> str:
    """A list of items (prompt, then answer) for the "cards from this passage" pop-up; a card set aside says so,
    with a ``restore:CARD`` link to bring it back."""
    rows = []
    for item in items:
        aside = (set_aside or {}).get(item.id)
        status = ""
        if aside is not None:
            state = "suspended" if aside.suspended else "buried until tomorrow"
            status = f' <i>({state})</i> <a class="action" href="restore:{aside.card_id}">Bring back</a>'
        rows.append(
            f'<p style="margin-bottom: 0.2em;"><b>{_text(item.prompt)}</b>{status}</p>'
            f'<p style="margin-top: 0; margin-bottom: 1em;">→ {_text(item.answer)}</p>'
        )
    return "<html><body>" + "".join(rows) + "</body></html>"
