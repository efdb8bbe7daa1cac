"""All repositories over one connection (a connection belongs to the thread that opened it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from studyapp.storage.cards import CardStore
from studyapp.storage.database import open_database
from studyapp.storage.decks import DeckRepository
from studyapp.storage.documents import DocumentRepository
from studyapp.storage.stats import StatsRepository


@dataclass(frozen=True)
class Repositories:
    db: Database
    documents: DocumentRepository
    cards: CardStore
    decks: DeckRepository
    stats: StatsRepository

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, background_checkpoints: bool = False) -> Repositories:
        db = open_database(path, read_only=read_only, background_checkpoints=background_checkpoints)
        return cls(db, DocumentRepository(db), CardStore(db), DeckRepository(db), StatsRepository(db))

    def close(self) -> None:
        self.db.conn.close()
