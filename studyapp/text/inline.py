"""Markdown leftovers cleaned for display: emphasis, links, autolinks, escapes, ``--``.

Footnote markers (``¹``, ``[1]``, ``[^1]``) are left in place: :mod:`studyapp.text.markers` takes them out
once sentences are split.
"""
from __future__ import annotations

import re

# Wiki editors' notes: "[edit]", "[citation needed]", "[dubious – discuss]".
_EDITORIAL = re.compile(r"\[(?:edit|[a-z][a-z ]{1,30} needed|dubious[^\]\n]{0,30}|failed verification|who\?|when\?)\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]*)>")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$&%<>|~\"'])")
_STARS = re.compile(r"\*+(?=\S)|(?<=\S)\*+")
_UNDERSCORE = re.compile(r"(?<![\w\\])_+(?=\S)|(?<=\S)_+(?![\w])")
_BACKTICK = re.compile(r"`+")
_DOUBLE_DASH = re.compile(r"(?<!-)--(?!-)")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_ESCAPED = "\x00"  # stands for an escaped character while emphasis is removed


def clean_inline(text: str) -> str:
    """Return ``text`` as a reader should see it (no ``*``/``_`` emphasis, links as their text, ``\\$`` as ``$``)."""
    if not text:
        return text
    if "[" in text:
        text = _EDITORIAL.sub("", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "](" in text:
        text = _LINK.sub(_link_text, text)
    escaped: list[str] = []
    if "\\" in text:
        def keep(match: re.Match[str]) -> str:
            escaped.append(match.group(1))
            return _ESCAPED
        text = _ESCAPE.sub(keep, text)
    if "*" in text:
        text = _STARS.sub("", text)
    if "_" in text:
        text = _UNDERSCORE.sub("", text)
    if "`" in text:
        text = _BACKTICK.sub("", text)
    if "--" in text:
        text = _DOUBLE_DASH.sub("\u2014", text)
    if escaped:
        parts = text.split(_ESCAPED)
        text = "".join(p + (escaped[i] if i < len(escaped) else "") for i, p in enumerate(parts))
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


def _link_text(match: re.Match[str]) -> str:
    label = match.group(1)
    return label if label.strip() else ""


def is_fully_emphasized(text: str) -> bool:
    """True for a paragraph set in bold or italics as a whole (``**Jane Doe is a historian...**``)."""
    stripped = text.strip()
    return len(stripped) > 4 and stripped[0] in "*_" and stripped[-1] in "*_"
