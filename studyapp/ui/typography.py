"""Display typography: headings written in capitals shown in title case, straight quotes and ``--`` made proper."""

from __future__ import annotations

import re

from studyapp.text.titles import display_title

_DOUBLE_OPEN = re.compile(r'(^|[\s(\[{—–-])"')
_SINGLE_OPEN = re.compile(r"(^|[\s(\[{—–-])'")
_NUMBER_RANGE = re.compile(r"(?<=\d)-(?=\d)")


def heading(title: str) -> str:
    """A title ready to show: title case if written in capitals, proper quotes and dashes."""
    return smarten(display_title(title))


def smarten(text: str) -> str:
    """Curly quotes and dashes for display (``--`` -> em dash, ``1918-1920`` -> en dash).

    Already-typeset text passes unchanged.
    """
    text = text.replace("---", "—").replace("--", "—")
    text = _NUMBER_RANGE.sub("–", text)
    text = _DOUBLE_OPEN.sub(r"\1“", text).replace('"', "”")
    text = _SINGLE_OPEN.sub(r"\1‘", text).replace("'", "’")
    return text
