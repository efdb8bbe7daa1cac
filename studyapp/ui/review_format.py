"""Text shown on the review screen: interval labels, kind captions, the answer and its source as HTML."""

from __future__ import annotations

import re
from datetime import timedelta
from html import escape

from studyapp.generate.model import ORDER_KINDS, Kind, StudyItem, split_topic
from studyapp.ui.theme import Colors
from studyapp.ui.typography import heading, smarten

KIND_CAPTIONS = {
    "date-cloze": "Fill the gap",
    "date-when": "When?",
    "date-what": "What happened?",
    "date-choice": "Choose the date",
    "chronology": "Recall the order",
    "list-item": "Which item?",
    "list-number": "Which number?",
    "list-cloze": "Fill the gap",
    "list-recall": "Recall the list",
    "list-order": "Recall the order",
    "list-choice": "Which belongs?",
}
KIND_NAMES = {
    "date-cloze": "Dates: fill the gap",
    "date-when": "Dates: when did it happen?",
    "date-what": "Dates: what happened then?",
    "date-choice": "Dates: choose the date",
    "chronology": "Dates: order of events",
    "list-item": "Lists: which item?",
    "list-number": "Lists: which number?",
    "list-cloze": "Lists: fill the gap",
    "list-recall": "Lists: recall the whole list",
    "list-order": "Lists: order",
    "list-choice": "Lists: which of these belongs?",
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
    """A time spent as people say it: "45 s", "3 min 20 s", "30 min", "2 h 05 min"."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def caption(item: StudyItem) -> str:
    return KIND_CAPTIONS.get(item.kind, item.kind.replace("-", " ").capitalize())


def _text(text: str) -> str:
    return escape(smarten(text))


def topic_html(topic: str, muted: str = "") -> str:
    """The topic a prompt names first, as a small line of its own above the question."""
    color = f" color:{muted};" if muted else ""
    return f'<span style="font-size:small;{color}">{_text(topic)}</span><br>' if topic else ""


def prompt_html(item: StudyItem, *, first_line_only: bool = False, muted: str = "") -> str:
    """The question, under its topic; line breaks kept (order drills list their entries one per line)."""
    topic, prompt = split_topic(item.prompt)
    lines = prompt.splitlines()[:1] if first_line_only else prompt.splitlines()
    head, entries = lines[:1], lines[1:]
    html = topic_html(topic, muted) + "".join(_text(line) for line in head)
    if entries:
        html += _rows([(line[:1], line[1:].strip()) if line[:1] in "•-*" else ("", line) for line in entries])
    return html


def _rows(rows: list[tuple[str, str]], html: bool = False) -> str:
    """Lines with a hanging mark or number ("•", "3.") so wrapped text lines up (``html``: texts already
    written as rich text)."""
    cells = "".join(
        f'<tr><td align="right" style="padding-right:8px;">{escape(mark)}</td>'
        f"<td>{text if html else _text(text)}</td></tr>"
        for mark, text in rows
    )
    return f'<table cellspacing="0" cellpadding="2" style="margin-top:8px;">{cells}</table>'


def filled_cloze(item: StudyItem) -> str:
    """The plain text of a cloze with its gap filled ("" for other items)."""
    return _CLOZE.sub(r"\1", item.cloze) if item.cloze else ""


def answer_html(item: StudyItem, c: Colors) -> str:
    """The answer: the filled cloze with its gap marked, the order drilled (a chronology's events with their
    dates), a list recalled line by line, or the plain answer."""
    mark = f'<span style="color:{c.accent}; font-weight:600;">\\1</span>'
    if item.cloze:  # laid out as its question is: a list's entries one per line, under its title
        topic, cloze = split_topic(item.cloze)
        head, *entries = cloze.splitlines()
        html = topic_html(topic, c.muted) + _CLOZE.sub(mark, _text(head))
        if entries:
            html += _rows([("", _CLOZE.sub(mark, _text(line))) for line in entries], html=True)
        return html
    if item.kind in ORDER_KINDS and item.order:
        return order_html(item, None, c)
    lines = item.answer.splitlines()
    if len(lines) > 1:
        return _rows([_numbered(line) for line in lines])
    return f'<span style="font-weight:600;">{_text(item.answer)}</span>'


def _numbered(line: str) -> tuple[str, str]:
    number = _NUMBER.match(line)
    return (number.group(1), line[number.end() :]) if number else ("", line)


_NUMBER = re.compile(r"(\d+\.)\s+")


def event_dates(item: StudyItem) -> dict[str, str]:
    """A chronology's events with their dates, read from its answer ("2. The synagogue opened. (1910)").

    Empty for other items, and for an event whose answer line does not carry a date.
    """
    if item.kind != Kind.CHRONOLOGY:
        return {}
    dates: dict[str, str] = {}
    for number, (entry, line) in enumerate(zip(item.order, item.answer.splitlines(), strict=False), 1):
        prefix = f"{number}. {entry} ("
        if line.startswith(prefix) and line.endswith(")"):
            dates[entry] = line[len(prefix) : -1]
    return dates


def order_html(item: StudyItem, arranged: tuple[str, ...] | None, c: Colors) -> str:
    """One list for an order drill once answered. ``arranged``: the learner's order, kept as it was, each entry
    marked right or wrong and numbered with the place it belongs at; None: the right order.
    A chronology's events carry their dates."""
    dates = event_dates(item)
    place = {entry: number for number, entry in enumerate(item.order, 1)}
    rows = []
    for index, entry in enumerate(arranged if arranged is not None else item.order, 1):
        date = dates.get(entry)
        text = _text(entry)
        if date:  # the date first, as on a time line, on one line
            when = escape(smarten(date)).replace(" ", "&nbsp;")
            text = f'<span style="color:{c.accent}; font-weight:600;">{when}</span>&nbsp;— {text}'
        number = place.get(entry, index)
        if arranged is None:
            mark = ""
        elif number == index:
            mark = f'<span style="color:{c.right}; font-weight:700;">✓</span>'
        else:
            mark = f'<span style="color:{c.wrong}; font-weight:700;">✗</span>'
        rows.append(
            f'<tr><td style="padding-right:6px;">{mark}</td>'
            f'<td align="right" style="padding-right:8px; font-weight:600;">{number}.</td><td>{text}</td></tr>'
        )
    return f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>'


def in_place(item: StudyItem, arranged: tuple[str, ...]) -> int:
    """How many entries of an arranged order drill sit at their right place."""
    return sum(1 for index, entry in enumerate(arranged) if index < len(item.order) and item.order[index] == entry)


def source_html(item: StudyItem, c: Colors) -> str:
    """Where the card comes from: the section, the sentence (or list lead), the notes it cites."""
    source = item.source
    notes = "".join(
        f'<p style="margin-top:4px; color:{c.muted};"><sup>{n}</sup>&nbsp;{_text(text)}</p>'
        for n, text in source.footnotes[:3]
    )
    sentence = ""
    if source.text and source.text != filled_cloze(item):
        sentence = f'<p style="font-style:italic; margin-top:0;">{_text(source.text)}</p>'
    return (
        f'<p style="color:{c.muted}; margin-bottom:4px;">From “{escape(heading(source.section_title))}”</p>'
        f"{sentence}{notes}"
    )
