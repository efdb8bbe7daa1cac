"""Per-deck study settings (desired retention, daily limits, learning steps, day start hour)."""
from __future__ import annotations

from studyapp.core.settings import DeckSettings
from studyapp.services.changes import Changes

__all__ = ["DeckSettings", "SettingsService"]


class SettingsService:
    """Reached as ``library.settings``."""

    def get(self, deck_id: str) -> DeckSettings:
        """The deck's settings (defaults until changed)."""
        raise NotImplementedError

    def set(self, deck_id: str, settings: DeckSettings) -> Changes:
        """Store new settings; ValueError with a plain message for out-of-range values."""
        raise NotImplementedError
