"""Per-deck study settings (desired retention, daily limits, learning steps, day start hour)."""

from __future__ import annotations

from studyapp.core.settings import DeckSettings
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection

__all__ = ["DeckSettings", "SettingsService"]


class SettingsService:
    """Reached as ``library.settings``."""

    def __init__(self, connection: LibraryConnection) -> None:
        self._connection = connection

    def get(self, deck_id: str) -> DeckSettings:
        """The deck's settings (defaults until changed)."""
        with self._connection.reading() as repos:
            return repos.decks.settings(deck_id)

    def set(self, deck_id: str, settings: DeckSettings) -> Changes:
        """Store new settings; ValueError with a plain message for out-of-range values."""
        with self._connection.writing() as repos:
            repos.documents.document(deck_id)
            repos.decks.set_settings(deck_id, settings.validated())
        return Changes(decks=frozenset({deck_id}), settings=frozenset({deck_id}))
