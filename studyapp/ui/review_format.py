"""Text shown on the review screen: interval labels, kind captions, the answer and its source as HTML."""
from __future__ import annotations

import re
from datetime import timedelta
from html import escape

from studyapp.generate.model import ORDER_KINDS, StudyItem
from studyapp.ui.theme import Colors

KIND_CAPTIONS = {
    "date-cloze": "Fill the gap", "date-when": "When?", "date-what": "What happened?",
    "date-choice": "Choose the date", "chronology": "Recall the order", "list-item": "Which item?",
    "list-number": "Which number?", "list-cloze": "Fill the gap", "list-recall": "Recall the list",
    "list-order": "Recall the order",
}
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")


def interval_text(delta: timedelta) -> str:
    """A short, Anki-like interval: "<1 min", "10 min", "5 h", "3 d", "2.1 mo", "1.3 y"."""
    seconds = delta.total_seconds()
    if seconds < 60:
        return "<1 min"
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    if seconds < 86_400:
        return f"{round(seconds / 3600)} h"
    days = seconds / 86_400
    if days < 30:
        return f"{round(days)} d"
    if days < 365:
        return f"{days / 30.4:.1f} mo"
    return f"{days / 365.25:.1f} y"


def duration_text(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def caption(item: StudyItem) -> str:
    return KIND_CAPTIONS.get(item.kind, item.kind.replace("-", " ").capitalize())


def prompt_html(item: StudyItem) -> str:
    """The question; line breaks kept (order drills list their entries one per line)."""
    return "<br>".join(escape(line) for line in item.prompt.splitlines())


def answer_html(item: StudyItem, c: Colors) -> str:
    """The answer: the filled cloze with its gap marked, the order drilled, or the plain answer."""
    mark = f'<span style="color:{c.accent}; font-weight:600;">\\1</span>'
    if item.cloze:
        return _CLOZE.sub(mark, escape(item.cloze))
    if item.kind in ORDER_KINDS and item.order:
        return "<br>".join(f"{n}.&nbsp;{escape(entry)}" for n, entry in enumerate(item.order, 1))
    return f'<span style="font-weight:600;">{escape(item.answer)}</span>'


def source_html(item: StudyItem, c: Colors) -> str:
    """Where the card comes from: the section, the sentence (or list lead), the notes it cites."""
    source = item.source
    notes = "".join(f'<p style="margin-top:4px; color:{c.muted};"><sup>{n}</sup>&nbsp;{escape(text)}</p>'
                    for n, text in source.footnotes[:3])
    return (f'<p style="color:{c.muted}; margin-bottom:4px;">From <b>{escape(source.section_title)}</b></p>'
            f'<p style="font-style:italic; margin-top:0;">{escape(source.text)}</p>{notes}')
