"""Checking a learner's response to an item: a choice, an order, or a typed answer.

A correct response suggests Good, a wrong one Again; the learner may override the suggestion.
"""

from __future__ import annotations

import re
import unicodedata

from fsrs import Rating

from studyapp.generate.model import StudyItem


def is_correct(item: StudyItem, response: str | tuple[str, ...] | list[str]) -> bool:
    """Choice items: the chosen option is the answer. Order items: the entries in the right order.
    Any other item: the typed text equals the answer, ignoring case, accents, punctuation and spacing."""
    if item.order and not isinstance(response, str):
        return tuple(response) == item.order
    if item.choices and isinstance(response, str):
        return response == item.answer or normalize(response) == normalize(item.answer)
    if isinstance(response, str):
        return normalize(response) == normalize(item.answer) and bool(normalize(response))
    return False


def suggested_rating(correct: bool) -> Rating:
    return Rating.Good if correct else Rating.Again


def normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())
