"""Studying past today's limit of new cards, as Anki's custom study "increase today's new card limit" does,
for one session."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from studyapp.core.session import ReviewSession

if TYPE_CHECKING:
    from studyapp.services.library import Library

EXTRA_NEW = 10


def session_with_more_new(
    library: Library, deck_id: str, *, section: str | None = None, extra: int = EXTRA_NEW, now: datetime
) -> ReviewSession:
    """A review session whose limit of new cards for today is ``extra`` higher (this session only)."""
    session = library.study.start_session(deck_id, section=section, now=now)
    session.allow_more_new(extra, now)
    return session
