"""The gap of a cloze: where a date stands in a text, the text with the date gapped, a context masked."""

from __future__ import annotations

GAP = "[...]"


def locate(text: str, date_text: str, near: int = 0) -> tuple[int, int] | None:
    """Where ``date_text`` stands in ``text``: the copy nearest to offset ``near``, or None."""
    if not date_text:
        return None
    best = None
    start = text.find(date_text)
    while start >= 0:
        if best is None or abs(start - near) < abs(best - near):
            best = start
        start = text.find(date_text, start + 1)
    if best is None and text[: len(date_text)].lower() == date_text.lower():
        return 0, len(date_text)  # "between 1939 and 1941" opening a clause cut from its sentence: "Between ..."
    return None if best is None else (best, best + len(date_text))


def gapped(text: str, where: tuple[int, int], fill: str = GAP) -> str:
    """``text`` with the date at ``where`` replaced by ``fill`` (other copies of the same text gapped too)."""
    date_text = text[where[0] : where[1]]
    head, tail = text[: where[0]], text[where[1] :]
    if fill == GAP:
        return f"{head}{fill}{tail}".replace(date_text, GAP)
    return f"{mask(head, date_text)}{fill}{mask(tail, date_text)}"


def mask(text: str, date_text: str) -> str:
    """``text`` with every copy of ``date_text`` gapped (a context must not give the answer away)."""
    return text.replace(date_text, GAP) if date_text and date_text in text else text
