"""Display typography: headings written in capitals shown in title case, straight quotes and ``--`` made proper.

Every piece of article text on its way to the screen passes here, so this is also where invisible bidi
controls are dropped: an embedding or override (U+202A-U+202E) or an isolate (U+2066-U+2069) in a title would
reverse the title, and the app's own words after it ("· 12 cards"), to spoof what the learner reads. A title
in a right-to-left script is isolated instead, so it never reorders the words around it.
"""

from __future__ import annotations

import re
import unicodedata

from studyapp.text.titles import display_title

_DOUBLE_OPEN = re.compile(r'(^|[\s(\[{—–-])"')
_SINGLE_OPEN = re.compile(r"(^|[\s(\[{—–-])'")
_NUMBER_RANGE = re.compile(r"(?<=\d)-(?=\d)")
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def heading(title: str) -> str:
    """A title ready to show: title case if written in capitals, proper quotes and dashes; isolated when it is
    written right to left (so it never reorders the app's words around it)."""
    shown = smarten(display_title(title))
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in shown):
        return f"{FIRST_STRONG_ISOLATE}{shown}{POP_ISOLATE}"
    return shown


def smarten(text: str) -> str:
    """Curly quotes and dashes for display (``--`` -> em dash, ``1918-1920`` -> en dash).

    Already-typeset text passes unchanged; bidi embedding, override and isolate controls are dropped.
    """
    if _BIDI_CONTROLS.search(text):
        text = _BIDI_CONTROLS.sub("", text)
    text = text.replace("---", "—").replace("--", "—")
    text = _NUMBER_RANGE.sub("–", text)
    text = _DOUBLE_OPEN.sub(r"\1“", text).replace('"', "”")
    text = _SINGLE_OPEN.sub(r"\1‘", text).replace("'", "’")
    return text
