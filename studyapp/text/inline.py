"""Markdown leftovers cleaned for display: emphasis, links, autolinks, escapes, ``--``; and what a conversion left
where it stripped something: empty brackets ("the OCTOBER CRISIS OF 1962 ()") and doubled separators, or where it
flattened a dash into a hyphen ("Sudan-significantly").

Footnote markers (``¹``, ``[1]``, ``[^1]``) are left in place: :mod:`studyapp.text.markers` takes them out
once sentences are split.
"""

from __future__ import annotations

import html
import re

from studyapp.text.markers import SUPERSCRIPT_DIGITS

# Wiki editors' notes: "[edit]", "[citation needed]", "[dubious – discuss]".
_EDITORIAL = re.compile(
    r"\[(?:edit|[a-z][a-z ]{1,30} needed|dubious[^\]\n]{0,30}|failed verification|who\?|when\?"
    r"|[a-z]{1,2}|(?:note|nb) \d{1,3})\](?!\()"
)  # "[a]", "[note 1]": explanatory-note markers
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]{0,500})?/?>")  # "<em>", "</p>", '<img src="x">'
_HTML_TAG = HTML_TAG
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]*)>")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$&%<>|~\"'])")
# Runs of emphasis characters are found by a plain scan; the callbacks look at their neighbours.
# (Each pattern starts with a literal character, which lets the regex engine skip ahead quickly.)
_STARS = re.compile(r"\*\**")
_UNDERSCORES = re.compile(r"__*")
_BACKTICK = re.compile(r"``*")
# letters of a word set in italics to show an acronym's source: "_P_unjab, _A_fghania, ... Baluchis_tan_" (r103)
_LETTERS_SET_APART = re.compile(r"(?<![\w\\])_([A-Za-z]{1,4})_(?=[a-z])|(?<=[a-z])_([a-z]{1,4})_(?![\w])")
# a word set in italics and its plural's ending after it: "the Anatolian _beylik_s" (blind read r171)
_ITALIC_STEM = re.compile(r"(?<![\w\\])_([A-Za-z][A-Za-z'-]*)_(?=(?:s|es|'s)\b)")
_DASHES = re.compile(r"--+")
# a power written with a caret, as a conversion of a formula leaves it: "m^(−2)·s^(−1)" is "m⁻²·s⁻¹"
_CARET_POWER = re.compile(r"\^\(([−-]?\d+)\)")
_SUPERSCRIPTS = str.maketrans("0123456789−-", SUPERSCRIPT_DIGITS + "⁻⁻")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
# What a conversion leaves where it stripped a pronunciation, an audio link or a foreign name: "the OCTOBER CRISIS
# OF 1962 ()", "( ; )", "[]", "after the French Revolution; ; 26 August". A bracket right after a word ("f()")
# stays.
_EMPTY_BRACKETS = re.compile(r"(?:^|[ \t\u00a0]+)(?:\([\s;,:]*\)|\[[\s;,:]*\])")
_DOUBLED_SEPARATOR = re.compile(r"([;,])(?:[ \t\u00a0]+[;,])+(?=\s)")
_SEPARATOR_AFTER_OPENING = re.compile(r"([(\[])[ \t\u00a0]*[;,][ \t\u00a0]*(?=\S)")
# a dash glued after a semicolon, a conversion's trace of one of them: "hydrogen ions;– hydrogen that could be"
_DASH_AFTER_SEMICOLON = re.compile(r";[\u2013\u2014](?=\s)")
_SEPARATOR_BEFORE_CLOSING = re.compile(r"(?<=\S)[ \t\u00a0]*[;,][ \t\u00a0]*([)\]])")
_ESCAPED = "\x00"  # stands for an escaped character while emphasis is removed
# A dash a conversion turned into a hyphen: "left Sudan-significantly weakened", "the Caliphate-the
# institutionalized leadership". No compound word ends on an article, a relative word or an adverb in "-ly" of
# these endings ("over-the-counter" goes on with a hyphen, "single-family" and "user-friendly" end otherwise).
_LOST_DASH = re.compile(r"(?<=[A-Za-z])-(?=(?:the|thus|which|whose|save|[a-z]+(?:ntly|ally|ously|edly|ively|ssly))\s)")


def clean_inline(text: str) -> str:
    """Return ``text`` as a reader should see it (no ``*``/``_`` emphasis, links as their text, ``\\$`` as ``$``)."""
    if not text:
        return text
    if "&" in text and ";" in text:
        text = html.unescape(text)  # "&amp;", "&nbsp;", "&#8217;" from HTML turned into text
    if "[" in text:
        text = _EDITORIAL.sub("", text)
    if "<" in text:
        text = _HTML_TAG.sub("", _AUTOLINK.sub(r"\1", text))
    if "](" in text:
        text = _LINK.sub(_link_text, text)
    escaped: list[str] = []
    if "\\" in text:

        def keep(match: re.Match[str]) -> str:
            escaped.append(match.group(1))
            return _ESCAPED

        text = _ESCAPE.sub(keep, text)
    if "*" in text:
        text = _STARS.sub(_star_run, text)
    if "_" in text:
        text = _UNDERSCORES.sub(_underscore_run, _LETTERS_SET_APART.sub(_letters, _ITALIC_STEM.sub(r"\1", text)))
    if "`" in text:
        text = _BACKTICK.sub("", text)
    if "^(" in text:
        text = _CARET_POWER.sub(_superscript, text)
    if "--" in text:
        text = _DASHES.sub(_dash_run, text)
    if "-" in text:
        text = _LOST_DASH.sub("\u2014", text)
    if "(" in text or "[" in text or ";" in text or "," in text:
        text = without_stripped_leftovers(text)
    if escaped:
        parts = text.split(_ESCAPED)
        text = "".join(p + (escaped[i] if i < len(escaped) else "") for i, p in enumerate(parts))
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


def without_stripped_leftovers(text: str) -> str:
    """``text`` without the empty brackets and doubled separators a conversion left (see ``_EMPTY_BRACKETS``)."""
    text = _EMPTY_BRACKETS.sub("", text)
    text = _DOUBLED_SEPARATOR.sub(r"\1", text)
    text = _SEPARATOR_AFTER_OPENING.sub(r"\1", text)
    text = _DASH_AFTER_SEMICOLON.sub(";", text)
    return _SEPARATOR_BEFORE_CLOSING.sub(r"\1", text)


def _star_run(match: re.Match[str]) -> str:
    """``*x*`` and ``**x**`` lose their stars; a star between spaces ("3 * 4") stays."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return match.group(0) if before.isspace() and after.isspace() else ""


def _underscore_run(match: re.Match[str]) -> str:
    """``_x_`` loses its underscores; one inside a word or a URL (``snake_case``) stays."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    inside_word = (before.isalnum() or before in "_\\" or before == _ESCAPED) and (after.isalnum() or after == "_")
    if inside_word or (before.isspace() and after.isspace()):
        return match.group(0)
    return ""


def _letters(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


def _superscript(match: re.Match[str]) -> str:
    return match.group(1).translate(_SUPERSCRIPTS)


def _dash_run(match: re.Match[str]) -> str:
    return "\u2014" if len(match.group(0)) == 2 else match.group(0)


def _link_text(match: re.Match[str]) -> str:
    label = match.group(1)
    return label if label.strip() else ""


def is_fully_emphasized(text: str) -> bool:
    """True for a paragraph set in bold or italics as a whole (``**Jane Doe is a historian...**``)."""
    stripped = text.strip()
    return len(stripped) > 4 and stripped[0] in "*_" and stripped[-1] in "*_"
