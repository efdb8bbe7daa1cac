"""The browser's sorts read an index in order: no query of a page builds a temporary B-tree (a sort of every
row), whatever the column, direction or filter; only a search with few matches sorts them."""

from __future__ import annotations

import pytest

from studyapp.storage.browse import COLUMNS, BrowseQuery, BrowseRepository
from studyapp.storage.database import DB_NAME, open_database


@pytest.fixture
def browse(tmp_path):
    db = open_database(tmp_path / DB_NAME)
    yield BrowseRepository(db.conn)
    db.conn.close()


def _plan(browse, query, after=None) -> list[str]:
    sql, args = browse.sql(query, after=after)
    return [row[3] for row in browse.conn.execute(f"EXPLAIN QUERY PLAN {sql}", args)]


@pytest.mark.parametrize("column", COLUMNS)
def test_every_sort_walks_an_index(browse, column):
    key = (0,) * 3 if column in ("kind", "state") else (0, 0)
    for query in (
        BrowseQuery(sort=column),
        BrowseQuery(sort=column, descending=True),
        BrowseQuery(deck_id="d", kinds=("date-cloze",), states=("review", "edited"), sort=column),
    ):
        for after in (None, key):
            plan = _plan(browse, query, after)
            assert not any("TEMP B-TREE" in step for step in plan), (column, plan)
            assert plan[0].split()[2:4] == ["USING", "INDEX"], (column, plan)  # the outer loop walks the index
