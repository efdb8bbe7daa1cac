"""Items are stored compactly (issue 12, finding 14): a long article no longer makes a library many times its size."""

from __future__ import annotations

import sqlite3

from safety_samples import open_library

from studyapp.paths import bundled_documents
from studyapp.storage.items import item_from_row, item_to_json, item_to_row


def test_items_take_well_under_half_the_room_of_their_json_and_read_back_equal(tmp_path):
    lib = open_library(tmp_path)
    deck = lib.import_document(bundled_documents()[0]).deck_id
    items = lib.items(deck)
    lib.close(backup=False)
    conn = sqlite3.connect(tmp_path / "library.sqlite3")
    stored = sum(conn.execute("SELECT sum(length(data)) FROM items").fetchone())
    conn.close()
    as_json = sum(len(item_to_json(i).encode()) for i in items)
    assert stored < 0.5 * as_json
    assert [item_from_row(item_to_row(i)) for i in items] == items
    assert item_from_row(item_to_json(items[0])) == items[0]  # rows written as JSON text before still read
