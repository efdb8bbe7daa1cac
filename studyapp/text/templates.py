"""Wiki templates a conversion left in the text: a note written in place (``{{#tag:ref|...|group="nb"}}``,
``{{efn|...}}``) or any template that runs over several lines. They hold no prose of the article's own, and one
left in its first line becomes the title ("AUGUSTUS (;{{#tag:ref|Classical Latin spelling ...", blind read r80).
Templates of one line without parameters (``{{'}}``, an apostrophe) are read with the inline text."""

from __future__ import annotations

import re

# templates whose text is a note to the article, never its prose
_NOTE_TEMPLATES = re.compile(r"\{\{\s*(?:#tag:ref|efn|refn|sfn|ref|note)\s*\|", re.IGNORECASE)
_MAX_TEMPLATE = 5000  # characters: a longer span is no template but braces the copy left unclosed
_BRACES = re.compile(r"\{\{|\}\}")


def without_templates(text: str) -> str:
    """``text`` without its note templates, its templates that run over several lines, and the tail of a
    template whose opening the copy cut off before its first line ("Patriarch Constantine of Constantinople}}",
    the end of a note on other people of the name, became every item's title: blind read r89, 0 of 23 good)."""
    text = _without_cut_opening(text)
    if "{{" not in text:
        return _without_orphan_tails(text)
    kept: list[str] = []
    position = 0
    start = text.find("{{")
    while start >= 0:
        end = _closing(text, start)
        if end is not None and (_NOTE_TEMPLATES.match(text, start) or "\n" in text[start:end]):
            kept.append(text[position:start])
            position = end
        start = text.find("{{", end if end is not None else start + 2)
    kept.append(text[position:])
    return _without_orphan_tails("".join(kept))


# a line of words that only closes a template its opening line lost: "Federal Republic of Yugoslavia}}" (the tail
# of a "{{Main|...}}" the copy cut), read as a section title (blind read r110); not an infobox's last row
_ORPHAN_TAIL = re.compile(r"^[A-Z][^{}\[\]()|=\n]{0,119}\}\}[ \t]*(?:\n[ \t]*(?=\n)|$)\n?", re.MULTILINE)


def _without_orphan_tails(text: str) -> str:
    return _ORPHAN_TAIL.sub("", text) if "}}" in text else text


def _closing(text: str, start: int) -> int | None:
    """Where the template opened at ``start`` ends (after its ``}}``), nested templates counted; None where it
    does not close within :data:`_MAX_TEMPLATE` characters."""
    depth = 0
    for brace in _BRACES.finditer(text, start, start + _MAX_TEMPLATE):
        depth += 1 if brace[0] == "{{" else -1
        if depth == 0:
            return brace.end()
    return None


def _without_cut_opening(text: str) -> str:
    """``text`` without what stands, at its top, of a template whose opening the copy cut off: everything up to
    the last ``}}`` near the top that closes a template never opened ("Mande", the last row of an infobox's list,
    then its other rows, became the title of every item: blind read r115), unless prose stands before it. The
    rest of that ``}}``'s line stays ("other uses}} GNAEUS POMPEY MAGNUS ... was a military and political
    leader")."""
    depth = 0
    cut = 0
    for brace in _BRACES.finditer(text, 0, _MAX_TEMPLATE):
        depth += 1 if brace[0] == "{{" else -1
        if depth < 0:
            cut, depth = brace.end(), 0
    if not cut or any(_prose(line) for line in text[: text.rfind("\n", 0, cut) + 1].split("\n")):
        return text
    return text[cut:].lstrip(" \t")


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]\d]*\s*$")
_SENTENCE_BREAK = re.compile(r"[a-z\])][.!?](?:\[\d+\])*\s+[A-Z]")  # "the founder of Islam.[4] According to ..."


def _prose(line: str) -> bool:
    """A line of running text: long, with no template's "|" or "=", and a sentence that ends in it."""
    if len(line) <= 150 or "|" in line or "=" in line:
        return False
    return bool(_SENTENCE_END.search(line) or _SENTENCE_BREAK.search(line))
