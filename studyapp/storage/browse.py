"""The card browser's rows: every item of a deck (or of all decks) with its unit's schedule, filtered, searched
(FTS5 over prompt, answer and source) and sorted by any column, a page at a time.

Each sort reads an index in order (see :mod:`studyapp.storage.learner_schema`): the join is written so that
the table holding the sorted column is the outer loop (``CROSS JOIN`` fixes SQLite's join order), and a page
stops the scan once it is full, so no sort builds a temporary B-tree over 100,000 rows. A search starts from
the FTS5 matches instead and sorts only those.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, NamedTuple

from studyapp.core.cards import Queue

COLUMNS = (
    "kind",
    "section",
    "prompt",
    "answer",
    "due",
    "interval",
    "stability",
    "difficulty",
    "reviews",
    "lapses",
    "state",
)
STATES = ("new", "learning", "review", "suspended", "buried", "edited", "rejected", "own")

# column -> (the sort key's expressions, each matching an index; True when the key is the card's, so cards drive
# the join). NULLs (a new card's stability) are read as -1: a key compares with the key of the page before.
_SORTS: dict[str, tuple[tuple[str, ...], bool]] = {
    "kind": (("i.kind", "i.position", "i.rowid"), False),
    "section": (("i.position", "i.rowid"), False),
    "prompt": (("i.prompt", "i.rowid"), False),
    "answer": (("i.answer", "i.rowid"), False),
    "due": (("c.due", "c.id"), True),
    "interval": (("coalesce(c.due - c.last_review, -1)", "c.id"), True),
    "stability": (("coalesce(c.stability, -1)", "c.id"), True),
    "difficulty": (("coalesce(c.difficulty, -1)", "c.id"), True),
    "reviews": (("c.reps", "c.id"), True),
    "lapses": (("c.lapses", "c.id"), True),
    "state": (("c.queue", "c.due", "c.id"), True),
}
_MANY_MATCHES = 2000  # from this many search matches, the sort's index is walked and matches looked up
_STATE_SQL = {
    "new": f"c.queue IN ({Queue.NEW.value}, {Queue.WAITING.value})",
    "learning": f"c.queue = {Queue.LEARNING.value}",
    "review": f"c.queue = {Queue.REVIEW.value}",
    "suspended": f"c.queue = {Queue.SUSPENDED.value}",
    "buried": f"c.queue = {Queue.BURIED.value}",
    "edited": "i.id IN (SELECT item_id FROM card_edits)",
    "rejected": "i.id IN (SELECT item_id FROM rejections)",
    "own": "i.id IN (SELECT item_id FROM own_cards)",
}
_SELECT = (
    "SELECT i.id, i.deck_id, i.kind, i.section, i.prompt, i.answer, c.id, c.due, c.last_review, c.stability, "
    "c.difficulty, c.reps, c.lapses, c.queue, "
    "(SELECT source_changed FROM card_edits e WHERE e.item_id = i.id), "
    "(SELECT reason FROM rejections r WHERE r.item_id = i.id), "
    "EXISTS (SELECT 1 FROM own_cards o WHERE o.item_id = i.id)"
)


@dataclass(frozen=True)
class BrowseQuery:
    """Which rows, in what order.

    Attributes:
        deck_id: one deck, or None for every deck.
        sections, kinds: only these (all when empty).
        states: rows in any of these (:data:`STATES`; all when empty).
        search: words that must all appear in the prompt, answer or source (the last may be a word's start).
        sort: one of :data:`COLUMNS`; ``descending`` reverses it.
    """

    deck_id: str | None = None
    sections: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    search: str = ""
    sort: str = "section"
    descending: bool = False


PageKey = tuple[Any, ...]


class BrowseRow(NamedTuple):
    """One item and its unit's schedule (times in epoch microseconds)."""

    item_id: str
    deck_id: str
    kind: str
    section: str
    prompt: str
    answer: str
    card_id: int
    due_us: int
    last_review_us: int | None
    stability: float | None
    difficulty: float | None
    reviews: int
    lapses: int
    queue: int
    edited: bool
    source_changed: bool
    rejected: str | None
    own: bool
    key: PageKey  # where the row stands in its sort: the next page starts after the last row's key


class ReviewLine(NamedTuple):
    reviewed_us: int
    rating: int
    duration_ms: int | None
    item_id: str | None
    stability: float | None
    due_us: int


def match_expression(text: str) -> str:
    """An FTS5 query for the words of ``text`` (each quoted, so no word is read as an operator; the last one
    also matches longer words, as the learner may still be typing it)."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' + ("*" if n == len(words) - 1 else "") for n, w in enumerate(words))


def _row(row: tuple[Any, ...]) -> BrowseRow:
    """A result row of :data:`_SELECT` followed by the sort key's values."""
    changed, rejected, own = row[14], row[15], row[16]
    return BrowseRow(
        item_id=row[0],
        deck_id=row[1],
        kind=row[2],
        section=row[3],
        prompt=row[4],
        answer=row[5],
        card_id=row[6],
        due_us=row[7],
        last_review_us=row[8],
        stability=row[9],
        difficulty=row[10],
        reviews=row[11],
        lapses=row[12],
        queue=row[13],
        edited=changed is not None,
        source_changed=bool(changed),
        rejected=rejected,
        own=bool(own),
        key=tuple(row[17:]),
    )


def _marks(values: tuple[str, ...]) -> str:
    return ",".join("?" * len(values))


class BrowseRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def sql(self, query: BrowseQuery, *, after: PageKey | None = None) -> tuple[str, list[object]]:
        """The statement for a page of ``query`` after the row whose key is ``after`` (LIMIT follows)."""
        keys, by_card = self._check(query)
        where, args = self._filters(query, sorted_scan=True)
        if query.search.strip() and self._few_matches(query.search):
            source = (
                "(SELECT rowid AS hit FROM items_fts WHERE items_fts MATCH ?) f CROSS JOIN items i ON i.rowid = f.hit "
                "JOIN cards c ON c.deck_id = i.deck_id AND c.unit = i.unit"
            )
            args.insert(0, match_expression(query.search))
        elif by_card:
            source = "cards c CROSS JOIN items i ON i.deck_id = c.deck_id AND i.unit = c.unit"
        else:
            source = "items i CROSS JOIN cards c ON c.deck_id = i.deck_id AND c.unit = i.unit"
        if query.search.strip() and not source.startswith("(SELECT"):  # many matches: a filter of the sorted scan
            where.append("+i.rowid IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            args.append(match_expression(query.search))
        direction, beyond = ("DESC", "<") if query.descending else ("ASC", ">")
        if after is not None:
            where.append(f"({', '.join(keys)}) {beyond} ({', '.join('?' * len(keys))})")
            args += list(after)
        order = ", ".join(f"{key} {direction}" for key in keys)
        if by_card:
            order += ", i.position, i.rowid"  # a card's items together, in article order
        return (
            f"{_SELECT}, {', '.join(keys)} FROM {source} WHERE {' AND '.join(where)} ORDER BY {order}",
            args,
        )

    def rows(self, query: BrowseQuery, *, after: PageKey | None = None, limit: int = 200) -> list[BrowseRow]:
        """A page of about ``limit`` rows after ``after`` (a card's items are never split between pages)."""
        sql, args = self.sql(query, after=after)
        cursor = self.conn.execute(sql, args)
        found = [_row(row) for row in cursor.fetchmany(limit)]
        if found and len(found) == limit and _SORTS[query.sort][1]:
            last = found[-1].card_id
            for row in cursor:
                if row[6] != last:
                    break
                found.append(_row(row))
        cursor.close()
        return found

    def count(self, query: BrowseQuery) -> int:
        """How many rows ``query`` keeps (the cards are joined only when a state asks for them)."""
        self._check(query)
        where, args = self._filters(query, sorted_scan=False)
        source = "items i"
        if query.states:
            source += " JOIN cards c ON c.deck_id = i.deck_id AND c.unit = i.unit"
        if query.search.strip():
            where.append("i.rowid IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            args.append(match_expression(query.search))
        return int(self.conn.execute(f"SELECT count(*) FROM {source} WHERE {' AND '.join(where)}", args).fetchone()[0])

    def _check(self, query: BrowseQuery) -> tuple[tuple[str, ...], bool]:
        if query.sort not in _SORTS:
            raise ValueError(f"Unknown column {query.sort!r}; columns: {', '.join(COLUMNS)}.")
        unknown = set(query.states) - set(STATES)
        if unknown:
            raise ValueError(f"Unknown state {sorted(unknown)[0]!r}; states: {', '.join(STATES)}.")
        return _SORTS[query.sort]

    @staticmethod
    def _filters(query: BrowseQuery, *, sorted_scan: bool) -> tuple[list[str], list[object]]:
        """The filters of ``query``; in a sorted scan they are read while the sort's index is walked ("+"
        keeps SQLite from choosing their index instead and sorting everything)."""
        plus = "+" if sorted_scan else ""
        where, args = ["i.retired_us IS NULL"], list[object]()
        if query.deck_id is not None:
            where.append(f"{plus}i.deck_id = ?")
            args.append(query.deck_id)
        if query.sections:
            where.append(f"{plus}i.section IN ({_marks(query.sections)})")
            args += query.sections
        if query.kinds:
            where.append(f"{plus}i.kind IN ({_marks(query.kinds)})")
            args += query.kinds
        if query.states:
            where.append("(" + " OR ".join(_STATE_SQL[s] for s in query.states) + ")")
        return where, args

    def _few_matches(self, search: str) -> bool:
        """Whether a search matches few rows: then its matches are read first and sorted."""
        found = self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH ? LIMIT ?)",
            [match_expression(search), _MANY_MATCHES],
        ).fetchone()[0]
        return bool(found < _MANY_MATCHES)

    def history(self, card_id: int) -> list[ReviewLine]:
        """A card's answers, oldest first."""
        rows = self.conn.execute(
            "SELECT reviewed, rating, duration_ms, item_id, stability, due FROM reviews WHERE card_id = ? "
            "ORDER BY reviewed",
            [card_id],
        )
        return [ReviewLine(*row) for row in rows]

    def sections(self, deck_id: str) -> list[tuple[str, str]]:
        """(id, title) of a deck's sections, in document order."""
        rows = self.conn.execute("SELECT id, title FROM sections WHERE deck_id = ? ORDER BY position", [deck_id])
        return [(str(a), str(b)) for a, b in rows]

    def section_titles(self, deck_ids: set[str]) -> dict[tuple[str, str], str]:
        titles: dict[tuple[str, str], str] = {}
        for deck_id in deck_ids:
            for section_id, title in self.sections(deck_id):
                titles[(deck_id, section_id)] = title
        return titles
