"""Study done on a learner's behalf, in a scratch library: screenshots and screen tests need cards that only
weeks of study bring up (a whole list or a chronology waits until its members are known)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from fsrs import Rating

if TYPE_CHECKING:
    from studyapp.services.library import Library


def learn_units(library: Library, deck_id: str, units: set[str] | frozenset[str], *, before: datetime) -> None:
    """Answer each of ``units`` Easy once, through real review sessions on the days before ``before`` (one
    session a day, burying the other cards; a unit set aside by another card's answer comes up a day later)."""
    wanted = set(units)
    for days_back in range(30, 0, -1):
        if not wanted:
            return
        now = before - timedelta(days=days_back)
        session = library.study.start_session(deck_id, now=now)
        while wanted and session.current is not None:
            if session.current.unit in wanted:
                wanted.discard(session.current.unit)
                session.show_answer()
                session.rate(Rating.Easy, now=now)
            else:
                session.bury_current(now)
