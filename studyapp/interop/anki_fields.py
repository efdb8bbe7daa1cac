r"""Plain text made safe for Anki fields: never markup, never script, never template, cloze or media syntax.

``html.escape`` alone is not enough for Anki: a field holding ``{{c1::x}}`` becomes a gap in a cloze note,
and a ``{{`` could be mistaken for template syntax by tools that re-render fields. Braces are therefore
written as character references, which Anki's renderer shows as the braces themselves. The same goes for
``[``: Anki plays ``[sound:...]`` and ``[anki:tts]``, and renders ``[latex]``, ``[$]`` and ``[$$]`` as images.
MathJax works on the page's text after references are decoded, so its delimiters ``\(``, ``\)``, ``\[``,
``\]`` (and ``$$``, which some set-ups use) are split by an empty element: the text reads the same, no
formula is typeset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_CLOZE_GAP = re.compile(r"\{\{c(\d+)::(.*?)\}\}", re.DOTALL)
_GAP_OPEN = re.compile(r"\{\{c\d+::")
_MATH_OPEN = re.compile(r"\\(?=[()]|&#91;|\])")  # a backslash before ( ) [ ] (``[`` already escaped)


def text_html(text: str) -> str:
    """``text`` as HTML that displays exactly that text (line breaks kept).

    The same as ``html.escape(text, quote=False)`` plus braces, ``[``, math delimiters and line breaks, in
    one pass of replaces (exports run this on every field of thousands of notes).
    """
    escaped = (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("[", "&#91;")
    )
    if "\\" in escaped:
        escaped = _MATH_OPEN.sub(r"\\<span></span>", escaped)
    if "$$" in escaped:
        escaped = escaped.replace("$$", "$<span></span>$")
    if "\n" in escaped:
        escaped = escaped.replace("\r\n", "\n").replace("\n", "<br>")
    return escaped


def filled_html(cloze: str, answer: str = "") -> str:
    """The answer side of a gap: the text with its gap (``{{cN::answer}}``) filled in and marked.

    The gap is the one holding ``answer`` (else the first one); anything else that looks like cloze syntax is
    the article's own text and is escaped like the rest.

    Raises:
        ValueError: ``cloze`` has no gap.
    """
    span = _gap_holding(cloze, answer) if answer else None
    if span is None:
        first = _CLOZE_GAP.search(cloze)
        if first is None:
            raise ValueError(f"no cloze gap in {cloze!r}")
        span = (first.start(), first.end(), first.group(2))
    start, end, inside = span
    return text_html(cloze[:start]) + f'<span class="cloze">{text_html(inside)}</span>' + text_html(cloze[end:])


def _gap_holding(cloze: str, answer: str) -> tuple[int, int, str] | None:
    for opening in _GAP_OPEN.finditer(cloze):
        if cloze.startswith(answer + "}}", opening.end()):
            return opening.start(), opening.end() + len(answer) + 2, answer
    return None


def list_html(entries: Iterable[str], *, css_class: str) -> str:
    """An ordered HTML list of plain-text entries."""
    rows = "".join(f"<li>{text_html(e)}</li>" for e in entries)
    return f'<ol class="{css_class}">{rows}</ol>'


@lru_cache(maxsize=4096)  # the items of one fact or list share their source
def source_html(section_title: str, sentence: str) -> str:
    """The Source field: the section's title, then the sentence (or list lead) the item comes from."""
    return (
        f'<div class="source-section">{text_html(section_title)}</div>'
        f'<div class="source-text">{text_html(sentence)}</div>'
    )


@lru_cache(maxsize=4096)
def footnotes_html(notes: tuple[tuple[int, str], ...]) -> str:
    """The Footnotes field: the cited notes with their numbers, or "" when the source cites none."""
    if not notes:
        return ""
    rows = "".join(f'<li value="{int(number)}">{text_html(text)}</li>' for number, text in notes)
    return f"<ol>{rows}</ol>"
