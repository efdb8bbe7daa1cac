"""Importing a different document with a deck's title asks what it is, listing what an update would change
(issue 12, finding 6)."""

from __future__ import annotations

from dialogs import answer

from tests.services.test_deck_identity import AMERICAN, EUROPEAN


def _import(qtbot, screen, path, rows):
    screen.import_path(path)
    qtbot.waitUntil(lambda: screen.table.rowCount() == rows, timeout=20000)


def test_the_learner_sees_what_an_update_would_change_and_may_keep_both(qtbot, window, library, tmp_path):
    screen = window.library_screen
    us, europe = tmp_path / "us.md", tmp_path / "europe.md"
    us.write_text(AMERICAN, encoding="utf-8")
    europe.write_text(EUROPEAN, encoding="utf-8")
    _import(qtbot, screen, us, 2)  # beside the bundled deck
    before = [i.id for i in library.items("reconstruction")]
    asked = answer(["Add as a new deck"])
    _import(qtbot, screen, europe, 3)
    box = asked.boxes[0]
    assert "already in your library" in box["text"] and "would add" in box["info"] and "retire" in box["info"]
    assert any(b.startswith("Update") for b in box["buttons"])
    assert [i.id for i in library.items("reconstruction")] == before

    asked = answer(["Update"])
    screen.import_path(europe)
    qtbot.waitUntil(lambda: [i.id for i in library.items("reconstruction")] != before, timeout=20000)
    assert asked.boxes and asked.boxes[0]["title"] == "A deck with this title exists"
    assert screen.table.rowCount() == 3  # updated in place: no fourth deck
    assert "Marshall Plan" in " ".join(i.source.text for i in library.items("reconstruction"))
