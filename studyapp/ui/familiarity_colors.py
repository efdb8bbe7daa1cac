"""The colours of a passage's familiarity (new, learning, known, weak) in the reader, and their legend."""

from __future__ import annotations

from html import escape

from studyapp.core.familiarity import Familiarity
from studyapp.ui import theme

# Soft backgrounds behind text, in the hues of the library's counts (new blue, learning orange) and of right
# and wrong (known green, weak red).
LIGHT = {
    Familiarity.NEW: "#e3ebf7",
    Familiarity.LEARNING: "#f8e5d0",
    Familiarity.KNOWN: "#dcefdc",
    Familiarity.WEAK: "#f6d9d9",
}
DARK = {
    Familiarity.NEW: "#243449",
    Familiarity.LEARNING: "#4a3520",
    Familiarity.KNOWN: "#21402a",
    Familiarity.WEAK: "#4d2626",
}
NAMES = {
    Familiarity.NEW: ("New", "not studied yet"),
    Familiarity.LEARNING: ("Learning", "being learned"),
    Familiarity.KNOWN: ("Known", "likely recalled now"),
    Familiarity.WEAK: ("Weak", "forgotten lately, or fading"),
}


def highlight(familiarity: Familiarity) -> str:
    return (DARK if theme.is_dark() else LIGHT)[familiarity]


def legend_html() -> str:
    """One line: a swatch and a word for each familiarity (fixed words only)."""
    parts = [
        f'<span style="background-color:{highlight(f)};">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{escape(name)}'
        for f, (name, _meaning) in NAMES.items()
    ]
    return "&nbsp;&nbsp; ".join(parts)


def legend_tooltip() -> str:
    return "Highlights show how well you know each passage:\n" + "\n".join(
        f"{name}: {meaning}" for name, meaning in NAMES.values()
    )
