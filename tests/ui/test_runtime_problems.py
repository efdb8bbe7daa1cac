"""A failure while studying is told for what it is (issue 12, finding 5): a full disk is a full disk, not a
damaged library to restore over."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from fsrs import Rating

from studyapp.ui import unexpected_errors
from tests.storage.disks import fill, small_disk
from tests.storage.safety_samples import fill as fill_deck
from tests.storage.safety_samples import open_library


def test_an_answer_that_meets_a_full_disk_is_told_as_a_full_disk(tmp_path):
    with small_disk(tmp_path / "disk", megabytes=10) as disk:
        folder = disk / "library"
        lib = open_library(folder)
        deck = fill_deck(lib, n=400)
        session = lib.study.start_session(deck)
        filler = fill(disk)
        failure = None
        for _ in range(400):  # the WAL may hold a little room of its own: answer until a write needs more
            session.show_answer()
            try:
                session.rate(Rating.Good, now=lib.now())
            except sqlite3.Error as error:
                failure = error
                break
        if failure is None:
            pytest.skip("every answer fitted in room the WAL already had")
        message = unexpected_errors.user_message(failure, folder / unexpected_errors.LOG_NAME)
        assert "full" in message and "restore" not in message.lower() and "damaged" not in message
        filler.unlink()
        lib.close(backup=False)


def test_a_failed_periodic_backup_is_told_in_a_message_and_stays_in_the_status_bar(window, library, clock, qtbot):
    from datetime import timedelta

    from tests.ui.dialogs import answer

    blocker = library.folder / "backups"
    if blocker.exists():
        shutil.rmtree(blocker)
    blocker.write_text("a file where the backup folder should be")
    clock.advance(timedelta(hours=1))
    library.after_write()  # what an answer does: a backup is due, written in the background, and it fails
    library._background_backup.wait()
    asked = answer([""])
    window.tell_problems()
    qtbot.waitUntil(lambda: not asked.active, timeout=10_000)
    (box,) = asked.boxes
    assert box["title"] == "The backup could not be written"
    assert "not a folder" in box["text"] and "saved in the library" in box["text"]
    assert window.statusBar().currentMessage() == "The backup could not be written."
    assert library.problem() is None  # told once: the next check opens no second box
    blocker.unlink()  # the library's closing backup can be written again
