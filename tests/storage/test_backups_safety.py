"""Backups that protect and restores that cannot destroy (issue 12, findings 2, 3, 4 and 10)."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from safety_samples import (
    ROOT,
    Clock,
    answer,
    answers_left_in_the_wal,
    damage_table,
    fill,
    open_library,
    stored_answers,
)

from studyapp.errors import LibraryError
from studyapp.services.backups import list_backups, restore_backup
from studyapp.storage import backups
from studyapp.storage.database import DB_NAME
from studyapp.storage.health import LibraryProblem, Problem


def _backups_that_open(folder):
    good = []
    for b in list_backups(folder):
        conn = sqlite3.connect(f"{b.path.as_uri()}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok":
                good.append(b)
        except sqlite3.DatabaseError:
            pass
        finally:
            conn.close()
    return good


# -- finding 2: a library that existed and is now missing or empty is a loud event ------------------------------
@pytest.mark.parametrize("loss", ["emptied", "deleted"])
def test_a_lost_library_is_reported_with_its_newest_backup_and_never_silently_recreated(tmp_path, loss):
    clock = Clock()
    lib = open_library(tmp_path, clock)
    deck = fill(lib)
    answer(lib, deck, 5, clock)
    lib.close()  # writes a backup
    written = list_backups(tmp_path)
    db = tmp_path / DB_NAME
    if loss == "emptied":
        db.write_bytes(b"")
    else:
        db.unlink()
    with pytest.raises(LibraryProblem) as raised:
        open_library(tmp_path, clock)
    assert raised.value.problem is Problem.MISSING
    message = str(raised.value)
    assert ("empty" if loss == "emptied" else "missing") in message
    assert "01 May 2026" in message or "2026-05-01" in message  # the newest backup, by its date
    assert "studyapp restore" in message
    assert (db.stat().st_size == 0) if loss == "emptied" else not db.exists()  # nothing made in its place
    assert list_backups(tmp_path) == written  # and no backup of an empty library written
    restore_backup(tmp_path)
    lib = open_library(tmp_path, clock)
    try:
        assert [d.id for d in lib.decks()] == [deck]
        assert lib.stats.deck(deck).total_reviews == 5
    finally:
        lib.close(backup=False)


def test_a_lost_library_whose_backups_were_deleted_too_is_still_reported(tmp_path):
    lib = open_library(tmp_path)
    fill(lib)
    lib.close(backup=False)
    (tmp_path / DB_NAME).unlink()
    with pytest.raises(LibraryProblem, match="missing") as raised:
        open_library(tmp_path)
    assert raised.value.problem is Problem.MISSING


def test_a_new_folder_still_starts_a_new_library_without_a_word(tmp_path):
    open_library(tmp_path / "new").close(backup=False)
    assert (tmp_path / "new" / DB_NAME).stat().st_size > 0


# -- finding 3: restore is atomic and keeps the replaced library whole --------------------------------------------
def test_a_restore_that_fails_mid_copy_leaves_the_library_as_it_was(tmp_path):
    clock = Clock()
    lib = open_library(tmp_path, clock)
    deck = fill(lib, n=3000)
    answer(lib, deck, 20, clock)
    lib.close()
    before = stored_answers(tmp_path / DB_NAME)
    size = (tmp_path / DB_NAME).stat().st_size
    # The copy stops half-way (a file-size limit stands for a full disk or a kill at that moment).
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({size // 2}, resource.RLIM_INFINITY))\n"
        "from studyapp.services.backups import restore_backup\n"
        "try:\n    restore_backup(sys.argv[1])\nexcept Exception as error:\n    print(type(error).__name__)\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False
    )
    assert stored_answers(tmp_path / DB_NAME) == before
    lib = open_library(tmp_path, clock)
    try:
        assert lib.stats.deck(deck).total_reviews == 20
    finally:
        lib.close(backup=False)


def test_restore_keeps_the_replaced_library_with_its_wal(tmp_path):
    clock = Clock()
    lib = open_library(tmp_path, clock)
    deck = fill(lib)
    lib.close()  # the backup: no answers yet
    in_wal = answers_left_in_the_wal(tmp_path, deck, 6)
    restore_backup(tmp_path)
    assert stored_answers(tmp_path / DB_NAME) == set()
    (kept,) = [p for p in tmp_path.iterdir() if ".replaced-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert stored_answers(kept) == set(in_wal)  # the kept copy opens with the answers that were in its WAL


def test_a_restore_interrupted_after_it_began_replacing_is_finished_at_the_next_start(tmp_path):
    clock = Clock()
    lib = open_library(tmp_path, clock)
    deck = fill(lib)
    answer(lib, deck, 4, clock)
    lib.close()
    lib = open_library(tmp_path, clock)
    answer(lib, deck, 3, clock)
    lib.close(backup=False)
    from studyapp.storage import restore

    chosen = list_backups(tmp_path)[0].path
    restore.stage(tmp_path / DB_NAME, chosen)  # verified copy beside the library, and the intent recorded
    restore.begin(tmp_path / DB_NAME, stamp="20260501-100000")
    os.replace(tmp_path / DB_NAME, tmp_path / f"{DB_NAME}.replaced-20260501-100000")  # killed right after this
    lib = open_library(tmp_path, clock)
    try:
        assert lib.stats.deck(deck).total_reviews == 4
    finally:
        lib.close(backup=False)
    assert not list(tmp_path.glob("*.restoring")) and not (tmp_path / restore.PENDING).exists()


# -- finding 4: backups verified when written, kept by age, checked on open -----------------------------------------
def test_a_damaged_library_is_never_backed_up_and_the_good_backups_survive_many_sessions(tmp_path):
    clock = Clock()
    lib = open_library(tmp_path, clock)
    deck = fill(lib, n=2000)
    answer(lib, deck, 30, clock)
    lib.close()
    good = list_backups(tmp_path)
    damage_table(tmp_path / DB_NAME, "cards")
    for _ in range(12):  # twelve sessions on the damaged library
        clock.advance(hours=1)
        try:
            lib = open_library(tmp_path, clock)
        except LibraryError as error:
            assert "damaged" in str(error)
            continue
        with pytest.raises(LibraryError, match="damaged"):
            lib.close()
    assert _backups_that_open(tmp_path) == good


def test_a_backup_copy_that_fails_its_check_is_not_kept(tmp_path):
    clock = Clock()
    lib = open_library(tmp_path, clock)
    fill(lib, n=2000)
    lib.close()
    damage_table(tmp_path / DB_NAME, "cards")
    conn = sqlite3.connect(tmp_path / DB_NAME)
    with pytest.raises(LibraryProblem) as raised:
        backups.write_backup(conn, tmp_path, now=clock.advance(hours=1))
    conn.close()
    assert raised.value.problem is Problem.DAMAGED
    assert len(list_backups(tmp_path)) == 1 and not list((tmp_path / "backups").glob("*.partial"))


def test_backups_are_kept_by_age_as_well_as_by_count():
    now = datetime(2027, 6, 30, 20, 0, tzinfo=UTC)
    made = [backups.BackupFile(Path_(f"b{n}"), now - timedelta(hours=6 * n)) for n in range(4 * 400)]
    kept = backups.to_keep(made, tz=UTC)
    ages = sorted((now - b.created).days for b in made if b.path in kept)
    assert len(kept) <= backups.KEEP_RECENT + backups.KEEP_DAILY + backups.KEEP_WEEKLY + backups.KEEP_MONTHLY
    assert ages[-1] >= 8 * 30  # monthly backups reach back about nine months
    days = {(now - b.created).days for b in made if b.path in kept}
    assert set(range(12)) <= days  # one a day for the last twelve days
    assert made[0].path in kept


def test_ten_sessions_in_an_hour_do_not_prune_yesterdays_backups(tmp_path):
    clock = Clock()
    lib = open_library(tmp_path, clock)
    fill(lib)
    lib.close()
    yesterday = list_backups(tmp_path)[0]
    clock.advance(days=1)
    for _ in range(15):
        clock.advance(minutes=3)
        open_library(tmp_path, clock).close()
    assert yesterday in list_backups(tmp_path)


def test_a_damaged_table_found_by_a_backup_is_reported_at_the_next_open(tmp_path):
    clock = Clock()
    lib = open_library(tmp_path, clock)
    deck = fill(lib, n=2000)
    answer(lib, deck, 3, clock)
    lib.close()
    damage_table(tmp_path / DB_NAME, "reviews")  # a table the library screen does not read on start
    lib = open_library(tmp_path, clock)
    with pytest.raises(LibraryError, match="damaged"):
        lib.close()
    with pytest.raises(LibraryProblem) as raised:
        open_library(tmp_path, clock)
    assert raised.value.problem is Problem.DAMAGED


def test_the_library_is_checked_in_the_background_once_a_week(tmp_path):
    clock = Clock()
    lib = open_library(tmp_path, clock)
    deck = fill(lib, n=2000)
    answer(lib, deck, 3, clock)
    lib.close(backup=False)
    damage_table(tmp_path / DB_NAME, "reviews")
    lib = open_library(tmp_path, clock)  # checked less than a week ago: not again
    assert lib.watch.check is None and lib.problem() is None
    lib.close(backup=False)
    clock.advance(days=8)
    lib = open_library(tmp_path, clock)
    assert lib.watch.check is not None and lib.watch.check.wait(30)
    found = lib.problem()
    assert found is not None and found.problem is Problem.DAMAGED and lib.problem() is None  # told once
    lib.close(backup=False)
    with pytest.raises(LibraryProblem) as raised:  # and the next start checks before writing
        open_library(tmp_path, clock)
    assert raised.value.problem is Problem.DAMAGED


# -- finding 10: stale partial backups are cleaned at start ------------------------------------------------------------
def test_stale_partial_backups_are_removed_at_start(tmp_path):
    lib = open_library(tmp_path)
    fill(lib)
    lib.close()
    stale = tmp_path / "backups" / "library-20260101-000000-000000.partial"
    stale.write_bytes(b"\0" * 1_000_000)
    open_library(tmp_path).close(backup=False)
    assert not stale.exists()
    assert len(list_backups(tmp_path)) == 1


Path_ = __import__("pathlib").Path
del resource
