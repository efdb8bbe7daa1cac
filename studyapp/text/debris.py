"""Debris of the source inside running text: what a paragraph holds that is no study material.

Copies of wiki pages keep the ends of image captions (``... in July 1997.]] The next sentence``), template and
infobox fields (``|picture_width = 160 |``), category lines and ``[TABLE]`` where a table was dropped; site
sources keep Liquid tags (``{% include image.html caption="..." %}``); reports set notes in the running text
("... targets." Note: Islamic names ...); papers carry figure labels, copyright and licence lines. Each is cut
out of the paragraph as a :class:`Piece` of its own kind; what remains is the prose.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from studyapp.text.document import AsideKind
from studyapp.text.inline import HTML_TAG
from studyapp.text.sentences import split_sentences

_CAPTION_END = re.compile(r"\]\](?!\])")
# A caption cut from its start usually begins after a sentence end, in lower case ("... action. helicopter hovers")
_LOWER_START = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[a-z\u00e0-\u00ff])")
_MAX_CAPTION_SENTENCES = 2
_IMAGE_EXTENSION = r"(?:jpe?g|png|gif|svg|tiff?|webp)"
_IMAGE_FILE = re.compile(rf"(?<!\S)\S+\.{_IMAGE_EXTENSION}\b", re.IGNORECASE)
# an image's file name left bare in the text ("Liverpool_Blitz_D_5983.jpg During the summer of 1940"), even glued to
# the next sentence ("..._letter_G.pngAt first, Gauss")
_BARE_IMAGE_FILE = re.compile(rf"(?<!\S)[^\s\[\]|]+?\.(?i:{_IMAGE_EXTENSION})(?=[\s\]|]|[A-Z]|$)")
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".svg", ".tif", ".webp")
# ... or a gallery's line, a file name and its caption with no brackets: "File:Hus.jpg|Painting of Jan Hus (1883)."
_FILE_LINK = re.compile(
    rf"\[\[(?:File|Image):[^|\]]*|(?<![\w|])thumb\||(?<![\w\[:])(?:File|Image):[^|\]\n]*\.{_IMAGE_EXTENSION}(?=\|)",
    re.IGNORECASE,
)
# ... or a gallery's entries run together on one line: "Bosmal City Centar.jpg|Bosmal City Center Towers, erected
# 2001 Sarajevo Twist Tower.jpg|Avaz Twist Tower, erected 2008" (blind read r152)
_GALLERY_ENTRY = re.compile(rf"\.{_IMAGE_EXTENSION}\|", re.IGNORECASE)
_LINK_OPTION = re.compile(
    r"^(?:thumb(?:nail)?|frameless|frame|border|upright(?:=[\d.]+)?|left|right|center|none|\d+x?\d*px)$"
)
_LIQUID_FIELD = re.compile(
    r"\b(caption|description|text|title|alt|quote|citation)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|\u201c([^\u201d]*)\u201d)",
    re.IGNORECASE,
)
_FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)
_CAPTION_FIELDS = ("caption", "description", "text", "title", "alt")
_TEMPLATE = re.compile(r"\{\{[^{}]{0,200}\}\}")
_FIELDS = re.compile(r"(?:^|\|)\s*[A-Za-z_][\w ]{0,30}?\s*=")
_CATEGORY = re.compile(r"(?:^|\s)Category:\S")
_DROPPED_TABLE = re.compile(r"^\[(?:TABLE|table|Table)\]$")
_FIGURE_LABEL = re.compile(
    r"^(?:Figure|Fig\.|Table|Map|Plate|Chart|Graph|Photo|Image|Box)\s+\d{1,3}(?:[.-]\d{1,3})*[a-z]?"
    r"(?:\s*[.:\u2013\u2014-]\s*|\s*$)",
    re.IGNORECASE,
)
_MAX_LABELLED_CAPTION = 400
_LICENCE = re.compile(
    r"\u00a9|\(c\)\s*\d{4}|\bcopyright\s+(?:\(c\)|\d{4})|all rights reserved|creative commons|\bCC[- ]BY\b"
    r"|\bISSN:?\s*\d{4}-\d{3}[\dX]|\bDOI:?\s*10\.\d{4}",
    re.IGNORECASE,
)
_MAX_LICENCE = 300
_LICENCE_WORDS = ("(c)", "copyright", "all rights", "creative commons", "cc-by", "cc by", "issn", "doi")
_LABEL_STARTS = frozenset("FfTtMmPpCcGgIiBb")
_MAX_REFERENCE = 600
_MIN_PROSE_AFTER_MARKUP = 6
_MIN_CITATION_MARKS = 2
_DOCUMENT_CODE = re.compile(r"^(?:[A-Z]{2,6}\s?\(\d{4}\)\s?\d{1,5}|[A-Z]{2,6}-\d{2}-\d{2,5}[A-Z]?\b)")
_CITATION_MARKS = re.compile(
    r"\(\d{4}[a-z]?\)|\b(?:19|20)\d{2}\.\s|\bpp?\.\s?\d|\b[Vv]ol\.\s?\d|\bdoi\b|\bISBN\b|\bRetrieved\b|\bAccessed\b"
    r"|\(eds?\.\)|\bUniversity Press\b|\bet al\.|https?://|^[A-Z][\w'\u2019-]+, (?:[A-Z]\.\s?)+[,(]"
)
_INLINE_NOTE = re.compile(r"(?<=[.!?\"'\u201d\u2019)])\s+Note:\s+(?=[A-Z\"\u201c])")
_NOTE_START = re.compile(r"^Note:\s+(?=[A-Z\"\u201c])")
# a paragraph's closing label naming the source it draws on ("... surrendered to the Allied. Source: 1")
_SOURCE_LABEL = re.compile(r"(?<=[.!?\"'\u201d\u2019)])\s+Sources?:\s*\[?\d{1,3}(?:\s*[,;\u2013-]\s*\d{1,3})*\]?$")


@dataclass(frozen=True)
class Piece:
    """A part of a paragraph: prose (``kind`` None) or debris of a kind."""

    kind: AsideKind | None
    text: str


def split_debris(text: str) -> list[Piece]:
    """Cut the debris out of one paragraph's text; the pieces in reading order, empty ones left out."""
    if _link_options(text):
        return [Piece(AsideKind.MARKUP, text)]  # "upright=1.7" left alone on its line by an image link (r63)
    if _plain(text):
        return [Piece(None, text)]
    leading = _leading_markup(text)
    if leading is not None:
        return [Piece(AsideKind.MARKUP, leading), *split_debris(text[len(leading) :].strip())]
    kind = block_kind(text)
    if kind is not None:
        return [Piece(kind, _shown(kind, text))]
    if "[TABLE]" in text:  # where the copy dropped a table inside a paragraph
        parts = text.split("[TABLE]")
        cut = [p for part in parts[:-1] for p in (*split_debris(part), Piece(AsideKind.TABLE, "[TABLE]"))]
        return [p for p in (*cut, *split_debris(parts[-1])) if p.text.strip()]
    pieces: list[Piece] = []
    for piece in _liquid_pieces(text):
        if piece.kind is not None:
            pieces.append(piece)
            continue
        for part in _caption_pieces(piece.text):
            for bare in _file_name_pieces(part) if part.kind is None else [part]:
                pieces.extend(_note_pieces(bare) if bare.kind is None else [bare])
    return [p for p in pieces if p.text.strip()]


def _link_options(text: str) -> bool:
    """A line that holds only an image link's options ("upright=1.7", "thumb|left")."""
    if len(text) > _MAX_LINK_OPTIONS:
        return False  # (asked of every paragraph: the long ones, nearly all, stop here)
    parts = [part.strip() for part in text.strip().split("|")]
    return all(_LINK_OPTION.match(part) for part in parts) and any(
        part.startswith(("upright", "thumb", "frame")) or part.endswith("px") for part in parts
    )


_MAX_LINK_OPTIONS = 60


def _file_name_pieces(piece: Piece) -> list[Piece]:
    """Image file names left bare in prose cut out of it."""
    pieces: list[Piece] = []
    position = 0
    for found in _BARE_IMAGE_FILE.finditer(piece.text):
        pieces.append(Piece(None, piece.text[position : found.start()]))
        pieces.append(Piece(AsideKind.MARKUP, found.group()))
        position = found.end()
    pieces.append(Piece(None, piece.text[position:].lstrip() if position else piece.text))
    return pieces


def _plain(text: str) -> bool:
    """A quick test: no character or word that any debris needs (most paragraphs pass it)."""
    if (
        "]]" in text
        or "{" in text
        or "|" in text
        or "Note:" in text
        or "Source" in text
        or "Category:" in text
        or "[TABLE]" in text
        or text.startswith(("<", "["))
    ):
        return False
    if any(extension in text or extension.upper() in text for extension in _IMAGE_EXTENSIONS):
        return False
    head = text[:_MAX_LICENCE]
    lowered = head.lower()
    if "\u00a9" in head or any(word in lowered for word in _LICENCE_WORDS):
        return _LICENCE.search(head) is None and not _FIGURE_LABEL.match(text)
    return head[:1] not in _LABEL_STARTS or not _FIGURE_LABEL.match(text)


def block_kind(text: str) -> AsideKind | None:
    """The kind of a whole block that is debris (a category line, infobox fields, a licence line), else None."""
    stripped = text.strip()
    if _DROPPED_TABLE.match(stripped):
        return AsideKind.TABLE
    if stripped.startswith(("{{", "}}", "{|", "|}")) or stripped.endswith(("}}", "|}")):
        return AsideKind.MARKUP
    if (stripped.startswith("|") and "=" in stripped) or (len(_FIELDS.findall(stripped)) >= 2 and "|" in stripped):
        return AsideKind.MARKUP
    if stripped.startswith("Category:") or len(_CATEGORY.findall(stripped)) >= 2:
        return AsideKind.MARKUP
    if _FIGURE_LABEL.match(stripped) and len(stripped) <= _MAX_LABELLED_CAPTION:
        return AsideKind.CAPTION
    if len(_GALLERY_ENTRY.findall(stripped)) >= 2:
        return AsideKind.CAPTION
    if len(stripped) <= _MAX_LICENCE and _LICENCE.search(stripped):
        return AsideKind.LICENCE
    if _NOTE_START.match(stripped):
        return AsideKind.NOTE
    if _whole_tag(stripped):
        return _liquid_aside(stripped).kind
    if stripped.startswith("<") and HTML_TAG.match(stripped):
        return _html_kind(stripped)
    return None


def _html_kind(text: str) -> AsideKind | None:
    """A block of HTML: a figure's caption, or markup with no text (an image, an embedded video)."""
    if "<figcaption" in text.lower():
        return AsideKind.CAPTION
    return AsideKind.MARKUP if not HTML_TAG.sub("", text).strip() else None


def _leading_markup(text: str) -> str | None:
    """Infobox fields or a template on top of the prose of the same paragraph ("|picture_width = 160 | The
    Council met ..."): the markup, when prose of a sentence or more follows it."""
    stripped = text.lstrip()
    if stripped.startswith("|") and "=" in stripped:
        end = stripped.rfind("|") + 1
    elif stripped.startswith("{{") and "}}" in stripped:
        end = stripped.rfind("}}") + 2
    else:
        return None
    rest = stripped[end:].strip()
    if len(rest.split()) < _MIN_PROSE_AFTER_MARKUP or "=" in rest.split(".", 1)[0]:
        return None
    return text[: len(text) - len(stripped) + end]


def looks_like_reference(text: str) -> bool:
    """True for an entry of a list of sources: a document code ("COM(2012) 149 – ...;", "GAO-01-1168T"), or an
    author and year with the marks of a citation (pages, volume, publisher, DOI, "Retrieved")."""
    head = text[:_MAX_REFERENCE]
    if _DOCUMENT_CODE.match(head):
        return True
    return len(text) <= _MAX_REFERENCE and len(_CITATION_MARKS.findall(head)) >= _MIN_CITATION_MARKS


def is_figure_label(text: str) -> bool:
    """True for a figure label alone ("Figure 1.1", "Fig. 3:"): its caption follows it."""
    match = _FIGURE_LABEL.match(text.strip())
    return match is not None and match.end() == len(text.strip())


def _shown(kind: AsideKind, text: str) -> str:
    stripped = text.strip()
    if kind is AsideKind.NOTE:
        return _NOTE_START.sub("", stripped)
    if _whole_tag(stripped):
        return _liquid_aside(stripped).text
    if kind is AsideKind.CAPTION and stripped.startswith("<"):
        caption = _FIGCAPTION.search(stripped)
        return HTML_TAG.sub("", caption.group(1) if caption else stripped).strip()
    return stripped


def _liquid_pieces(text: str) -> list[Piece]:
    """Liquid tags cut out: an include with a caption is a caption, one with a quote an epigraph; any other
    tag is markup. Inline templates (``{{'}}``) give their character or nothing."""
    if "{" not in text:
        return [Piece(None, text)]
    pieces: list[Piece] = []
    position = 0
    for start, end in _liquid_tags(text):
        pieces.append(Piece(None, text[position:start]))
        pieces.append(_liquid_aside(text[start:end]))
        position = end
    rest = _TEMPLATE.sub(_template_text, text[position:])
    pieces.append(Piece(None, rest))
    return pieces


def _whole_tag(text: str) -> bool:
    return text.startswith("{%") and text.find("%}") == len(text) - 2


def _liquid_tags(text: str) -> Iterator[tuple[int, int]]:
    """Where the Liquid tags (``{% ... %}``) of ``text`` start and end, in one pass (an unclosed ``{%`` costs
    nothing more)."""
    position = 0
    while (start := text.find("{%", position)) >= 0:
        end = text.find("%}", start + 2)
        if end < 0:
            return
        yield text.rfind("{%", start, end), end + 2
        position = end + 2


def _liquid_aside(tag: str) -> Piece:
    """``{% include image.html url="x.jpg" caption="A map" %}`` -> a caption "A map"."""
    fields: dict[str, str] = {}
    for match in _LIQUID_FIELD.finditer(tag):
        value = next(v for v in match.groups()[1:] if v is not None)
        fields.setdefault(match.group(1).lower(), html.unescape(value).strip())
    for name in _CAPTION_FIELDS:
        if fields.get(name):
            return Piece(AsideKind.CAPTION, fields[name])
    if fields.get("quote"):
        citation = fields.get("citation", "")
        return Piece(AsideKind.EPIGRAPH, f"{fields['quote']} \u2014 {citation}" if citation else fields["quote"])
    return Piece(AsideKind.MARKUP, tag)


def _template_text(match: re.Match[str]) -> str:
    """``{{'}}`` (a wiki apostrophe) is an apostrophe; any other inline template (``{{ site.url }}``) is
    dropped."""
    inner = match.group(0)[2:-2]
    return inner if inner in ("'", "-", "\u2013", "\u2014") else ""


def _caption_pieces(text: str) -> list[Piece]:
    """Ends of image captions (``...]]``) and file links (``[[File:x.jpg|thumb|A caption]]``) cut out."""
    if "]]" not in text and "|" not in text:
        return [Piece(None, text)]
    pieces: list[Piece] = []
    position = 0  # the text before it is done
    link = _FILE_LINK.search(text)
    for end in _CAPTION_END.finditer(text):
        if end.start() < position:
            continue
        if link is not None and link.start() < position:
            link = _FILE_LINK.search(text, position)
        if link is not None and link.start() < end.start():
            fields = [f for f in text[link.start() : end.start()].split("|")[1:] if not _LINK_OPTION.match(f.strip())]
            pieces.append(Piece(None, text[position : link.start()]))
            pieces.append(Piece(AsideKind.CAPTION, fields[-1].strip() if fields else ""))
            position = end.end()
            continue
        before = text[position : end.start()]
        if "[[" in before or not before.strip() or (before[-1:].isspace() and not _IMAGE_FILE.search(before)):
            # a balanced wiki link, or a stray "]]" after the text (not one closing a bare file name's caption,
            # "Sarychev_Peak.jpg Volcano erupts June 12, 2009. ]]"): drop the brackets, keep the words
            pieces.append(Piece(None, before.replace("[[", "").rstrip() + " "))
        else:
            start = _caption_start(before)
            pieces.append(Piece(None, before[:start]))
            pieces.append(Piece(AsideKind.CAPTION, before[start:].strip().strip("'").strip()))
        position = end.end()
    if link is not None and link.start() < position:
        link = _FILE_LINK.search(text, position)
    if link is not None:  # a file link that the text never closes
        fields = [f for f in text[link.start() :].split("|")[1:] if not _LINK_OPTION.match(f.strip())]
        pieces.append(Piece(None, text[position : link.start()]))
        pieces.append(Piece(AsideKind.CAPTION, fields[-1].strip() if fields else ""))
        return _merged(pieces)
    pieces.append(Piece(None, text[position:]))
    return _merged(pieces)


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring prose pieces joined into one (a stray "]]" leaves the prose around it whole)."""
    out: list[Piece] = []
    for piece in pieces:
        if out and piece.kind is None and out[-1].kind is None:
            out[-1] = Piece(None, out[-1].text + piece.text)
        else:
            out.append(piece)
    return out


def _caption_start(before: str) -> int:
    """Where a caption that ends at ``]]`` begins: after the last sentence end followed by a lower-case word,
    else at the paragraph's start when that is a short caption, else at the last sentence."""
    files = list(_IMAGE_FILE.finditer(before))
    if files:  # "... civic nationalism.[33] Young_Daphne_du_Maurier.jpg, perhaps the best known supporter ...]]"
        return files[-1].start()
    starts = list(_LOWER_START.finditer(before))
    if starts:
        return starts[-1].end()
    sentences = split_sentences(before)
    if len(sentences) <= _MAX_CAPTION_SENTENCES:
        return 0
    return before.rfind(sentences[-1])


def _note_pieces(piece: Piece) -> list[Piece]:
    """A note set in the running text ("... targets." Note: Islamic names ...) runs to the paragraph's end; so does
    a label naming the paragraph's source ("Source: 1")."""
    label = _SOURCE_LABEL.search(piece.text) if "Source" in piece.text else None
    if label is not None:
        return [Piece(None, piece.text[: label.start()]), Piece(AsideKind.REFERENCE, label.group().strip())]
    if "Note:" not in piece.text:
        return [piece]
    match = _INLINE_NOTE.search(piece.text)
    if match is None:
        return [piece]
    return [Piece(None, piece.text[: match.start()]), Piece(AsideKind.NOTE, piece.text[match.end() :].strip())]
