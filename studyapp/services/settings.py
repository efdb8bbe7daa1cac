"""Per-deck study settings (desired retention, daily limits, learning steps, day start hour)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyapp.core.settings import DeckSettings
from studyapp.services.changes import Changes

if TYPE_CHECKING:
    from studyapp.services.library import Library

__all__ = ["DeckSettings", "SettingsService"]


class SettingsService:
    """Reached as ``library.settings``."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def get(self, deck_id: str) -> DeckSettings:
        """The deck's settings (defaults until changed)."""
        return self._lib.repos().decks.settings(deck_id)

    def set(self, deck_id: str, settings: DeckSettings) -> Changes:
        """Store new settings; ValueError with a plain message for out-of-range values."""
        self._lib._writable()
        self._lib.repos().documents.document(deck_id)
        self._lib.repos().decks.set_settings(deck_id, settings.validated())
        return Changes(decks=frozenset({deck_id}), settings=frozenset({deck_id}))
