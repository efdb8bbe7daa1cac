"""Study use cases: start a review session, suspend or bury a card."""
from __future__ import annotations

from datetime import datetime

from studyapp.core.session import ReviewSession
from studyapp.services.changes import Changes


class StudyService:
    """Reached as ``library.study``."""

    def start_session(self, deck_id: str, *, section: str | None = None, now: datetime | None = None) -> ReviewSession:
        """A review session over a deck, or over one section and its subsections.

        Buried cards whose day is over come back first; with an exam set, the bring-forward plan is
        refreshed once a day. ``now`` defaults to the library's clock.
        """
        raise NotImplementedError

    def suspend(self, card_id: int, *, suspended: bool = True) -> Changes:
        """Take a card out of every queue until unsuspended (its FSRS state is kept)."""
        raise NotImplementedError

    def bury(self, card_id: int) -> Changes:
        """Hide a card until the next study day."""
        raise NotImplementedError
