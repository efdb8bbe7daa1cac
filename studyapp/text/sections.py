"""Raw blocks -> study sections: levels, parents, ids, the abstract, and what is no study section."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from studyapp.text.blocks import RawAside, RawBlock, RawHeading, RawParagraph
from studyapp.text.content import aside_text, paragraph, section_blocks
from studyapp.text.document import Aside, AsideKind, Paragraph, Section
from studyapp.text.headings import ends_sentence
from studyapp.text.inline import clean_inline, is_fully_emphasized
from studyapp.text.markers import MarkerStyle, extract_markers
from studyapp.text.notes import NOTES_TITLES, is_back_matter_title, is_reference_title
from studyapp.text.slugs import UniqueSlugs

INTRO_TITLE = "Introduction"
NO_HEADING_TITLE = "Text"
_ABSTRACT_TITLES = frozenset({"abstract", "summary"})
_PROSE_WORDS = 12
_FRONT_LABEL_WORDS = 12
_RANKS = {"caps": 0, "strong": 1, "title": 2, "plain": 2, "emphasis": 3, "runin": 3}
_BIO_NAME_WORDS = 5
_MIN_WIDE_GAPS = 2
_ONE_LOOK = 0.8  # headings look alike when this many share one look (a title in italics aside)
_NUMBERING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")
# "3 Recommendations" leads a list under it as "Recommendations"
_HEADING_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\S)")
_ABSTRACT_LABEL = re.compile(r"^\W*(?:abstract|summary)\W*\s*", re.IGNORECASE)
# Non-study text that belongs to the document as a whole, wherever the page layout put it.
_DOCUMENT_KINDS = frozenset({AsideKind.PAGE, AsideKind.LICENCE, AsideKind.FRONT_MATTER})


@dataclass
class _Group:
    title: str
    level: int
    content: list[RawBlock] = field(default_factory=list)


@dataclass(frozen=True)
class Body:
    sections: tuple[Section, ...]
    abstract: str | None
    trailing: tuple[Paragraph, ...]
    asides: tuple[Aside, ...]  # page furniture, licence lines and front matter found among the blocks


def build_body(
    blocks: list[RawBlock], *, title: str, has_author: bool, style: MarkerStyle, back: list[RawParagraph]
) -> Body:
    """Group blocks under their headings.

    Text before the first heading is the abstract when an author line or an "Abstract" label announces
    it, otherwise an "Introduction" section; a text without headings is one section named after its title.
    Back matter ("See also", "About the Author", to the end) and a bold/italic paragraph closing the body
    (an author's bio) go to ``trailing``.
    """
    asides = [
        Aside(b.kind, aside_text(b.text, style))
        for b in blocks
        if isinstance(b, RawAside) and b.kind in _DOCUMENT_KINDS
    ]
    blocks = [b for b in blocks if not (isinstance(b, RawAside) and b.kind in _DOCUMENT_KINDS)]
    front, groups = _group(blocks, style, title)
    front = [b for b in front if not _front_label(b)]
    if not groups:
        groups, front = [_Group(title or NO_HEADING_TITLE, 1, front)], []
    abstract: str | None = None
    trailing: list[Paragraph] = []
    kept: list[_Group] = []
    in_back_matter = references = False
    for group in groups:
        key = group.title.lower().strip(" :.")
        if key in _ABSTRACT_TITLES and abstract is None and not kept:
            abstract = " ".join(_text(b, style) for b in group.content if isinstance(b, RawParagraph)) or None
        elif (
            is_back_matter_title(key)
            or key in NOTES_TITLES
            or (in_back_matter and (not _has_prose(group.content) or _bio(group)))
        ):
            if in_back_matter and not _bio(group):  # a heading-like line under "See also" is a link
                trailing.append(paragraph(group.title, style))
            references = (in_back_matter and references) or is_reference_title(key)
            in_back_matter = True
            for b in group.content:
                if isinstance(b, RawParagraph) and references:
                    asides.append(Aside(AsideKind.REFERENCE, aside_text(b.text, style)))
                elif isinstance(b, RawParagraph):
                    trailing.append(paragraph(b.text, style))
        else:
            in_back_matter = False
            kept.append(group)
    first = front[0] if front else None
    if isinstance(first, RawParagraph) and abstract is None:
        if has_author:
            abstract, front = _text(first, style), front[1:]
        elif _ABSTRACT_LABEL.match(first.text):
            abstract, front = _ABSTRACT_LABEL.sub("", _text(first, style), count=1), front[1:]
    if front:
        kept.insert(0, _Group(INTRO_TITLE if kept else title or NO_HEADING_TITLE, 1, front))
    if not kept:  # nothing but back matter: still one (empty) section to show
        kept.append(_Group(title or NO_HEADING_TITLE, 1, []))
    if kept:
        content = kept[-1].content
        bio: list[Paragraph] = []
        while content and isinstance(last := content[-1], RawParagraph) and is_fully_emphasized(last.text):
            content.pop()
            bio.insert(0, paragraph(last.text, style))
        trailing = bio + trailing
    trailing.extend(paragraph(b.text, style) for b in back)
    return Body(_sections(kept, style), abstract, tuple(trailing), tuple(asides))


def _bio(group: _Group) -> bool:
    """A group after the back matter that tells who someone is: "Jane Roe" over "Jane Roe is a historian ..."."""
    first = next((b for b in group.content if isinstance(b, RawParagraph)), None)
    return first is not None and len(group.title.split()) <= _BIO_NAME_WORDS and first.text.startswith(group.title)


def _group(blocks: list[RawBlock], style: MarkerStyle, doc_title: str) -> tuple[list[RawBlock], list[_Group]]:
    blocks = [b for i, b in enumerate(blocks) if not _title_repeated(blocks, i, doc_title)]
    levels = heading_levels([b for b in blocks if isinstance(b, RawHeading) and not _set_apart(b.text)])
    front: list[RawBlock] = []
    groups: list[_Group] = []
    for block in blocks:
        if isinstance(block, RawHeading):
            title = clean_inline(extract_markers(block.text, style.labels)[0])
            groups.append(_Group(title, levels.get(id(block), 1)))
        elif groups:
            groups[-1].content.append(block)
        else:
            front.append(block)
    return front, groups


def _title_repeated(blocks: list[RawBlock], i: int, doc_title: str) -> bool:
    """A heading with nothing under it that repeats the document's title (a chapter's title over its first
    section): no section of its own."""
    block = blocks[i]
    if not isinstance(block, RawHeading) or not doc_title:
        return False
    nxt = next((blocks[j] for j in range(i + 1, len(blocks)) if not isinstance(blocks[j], RawAside)), None)
    if nxt is not None and not isinstance(nxt, RawHeading):
        return False
    heading, title = _words(block.text), _words(doc_title)
    return bool(heading) and title[-len(heading) :] == heading


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", clean_inline(text).lower())


def heading_levels(headings: list[RawHeading]) -> dict[int, int]:
    """Level 1 or 2 for each heading (by ``id``).

    Markdown: the shallowest level used is 1, deeper ones 2. Plain text: a numbered heading takes its
    level from its number ("2" -> 1, "2.1" -> 2); otherwise the most prominent look used is level 1 and
    the others 2 (ALL-CAPS over bold over Title-Case or plain over italics). Headings that all look alike
    take their level from the blank lines before them, when the text sets some apart by two or more and
    others by one (as plain-text copies of encyclopedia articles do).
    """
    base = min((h.md_level for h in headings if h.kind == "md"), default=1)
    plain = [h for h in headings if h.kind != "md" and not _NUMBERING.match(h.text)]
    top_rank = min((_RANKS[h.kind] for h in plain), default=0)
    ranks = Counter(_RANKS[h.kind] for h in plain)
    by_blanks = bool(ranks) and max(ranks.values()) >= _ONE_LOOK * len(plain) and _blank_levels(plain)
    levels: dict[int, int] = {}
    for h in headings:
        numbering = _NUMBERING.match(h.text) if h.kind != "md" else None
        if h.kind == "md":
            levels[id(h)] = 1 if h.md_level == base else 2
        elif numbering:  # "2 Background", "2.1 Early Years"
            levels[id(h)] = 1 if numbering.group(1).count(".") == 0 else 2
        elif by_blanks:
            levels[id(h)] = 1 if h.blanks >= 2 else 2
        else:
            levels[id(h)] = 1 if _RANKS[h.kind] == top_rank else 2
    return levels


def _blank_levels(headings: list[RawHeading]) -> bool:
    """True when the blank lines before the headings tell two levels: two or more before some, one before
    others."""
    wide = sum(1 for h in headings if h.blanks >= 2)
    return wide >= _MIN_WIDE_GAPS and any(h.blanks == 1 for h in headings)


def _front_label(block: RawBlock) -> bool:
    """A short unfinished line above the body ("From Wikipedia, the free encyclopedia", "Policy Paper No. 31",
    a dateline): front matter about the document, nothing to study."""
    return (
        isinstance(block, RawParagraph)
        and not block.closed
        and not ends_sentence(block.text)
        and len(block.text.split()) < _FRONT_LABEL_WORDS
    )


def _has_prose(content: list[RawBlock]) -> bool:
    """True when a group holds a real paragraph, not just link titles."""
    return any(isinstance(b, RawParagraph) and len(b.text.split()) >= _PROSE_WORDS for b in content)


def _set_apart(heading: str) -> bool:
    """An "Abstract" or back-matter heading: no study section, so it sets no level for the others."""
    key = clean_inline(heading).lower().strip(" :.")
    return key in _ABSTRACT_TITLES or key in NOTES_TITLES or is_back_matter_title(key)


def _sections(groups: list[_Group], style: MarkerStyle) -> tuple[Section, ...]:
    slugs = UniqueSlugs()
    sections: list[Section] = []
    parent: str | None = None
    for group in groups:
        section_id = slugs.make(group.title)  # (from the title as written: ids stay as they were)
        blocks, asides = section_blocks(group.content, _HEADING_NUMBER.sub("", group.title), style)
        title = _with_its_dash(group.title)
        if group.level == 1 or parent is None:  # a subsection before any section counts as a section
            parent = section_id
            sections.append(Section(section_id, title, 1, None, blocks, asides))
        else:
            sections.append(Section(section_id, title, 2, parent, blocks, asides))
    return tuple(sections)


# a span of years whose dash the copy lost: "Treaty of Rome (195792)", "Lisbon Treaty (2007present)" (blind read r97)
_DASHLESS_SPAN = re.compile(r"(?<=\()(1\d{3}|20\d{2})(1\d{3}|20\d{2}|\d{2}|present)(?=\))")


def _with_its_dash(title: str) -> str:
    """``title`` with the dash put back between two years (or a year and "present") the copy wrote as one word."""

    def mended(match: re.Match[str]) -> str:
        first, last = match.group(1), match.group(2)
        if last != "present" and int(last) <= int(first[4 - len(last) :]):
            return match.group(0)
        return f"{first}–{last}"

    return _DASHLESS_SPAN.sub(mended, title)


def _text(block: RawParagraph, style: MarkerStyle) -> str:
    return paragraph(block.text, style).text
