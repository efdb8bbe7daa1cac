"""A one-section article made of given sentences, and its items: the fault-class tests of the blind reads."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from studyapp.generate import StudyItem, items_for_document
from studyapp.text import Document, parse_document


def article(*sentences: str, title: str = "Enver Hoxha", section: str = "HISTORY") -> Document:
    return parse_document(f"{title}\n\n{section}\n\n" + " ".join(sentences) + "\n", name="article.txt")


def article_items(
    *sentences: str, title: str = "Enver Hoxha", section: str = "HISTORY", keep_all: bool = False
) -> list[StudyItem]:
    return items_for_document(article(*sentences, title=title, section=section), keep_all=keep_all)


def kinds_of(items: list[StudyItem], answer: str) -> set[str]:
    """The kinds of the items whose answer is ``answer``."""
    return {str(i.kind) for i in items if i.answer == answer}


def answered(items: list[StudyItem], answer: str) -> list[StudyItem]:
    """The items whose answer is ``answer``."""
    return [i for i in items if i.answer == answer]


def led_article_items(title: str, lead: str, *paragraphs: str) -> list[StudyItem]:
    """The items of an article with an opening paragraph (what it is about) and one "History" section."""
    body = "\n\n".join(paragraphs)
    return items_for_document(parse_document(f"{title}\n\n{lead}\n\nHistory\n\n{body}\n", name="article.txt"))


_ENCYCLOPEDIA = Path(__file__).parents[1] / "data" / "encyclopedia"


@cache
def encyclopedia_items(article: str) -> tuple[StudyItem, ...]:
    """The items of a development article of ``tests/data/encyclopedia`` (made once per test run)."""
    path = _ENCYCLOPEDIA / article
    return tuple(items_for_document(parse_document(path.read_text(encoding="utf-8"), name=path.stem)))
