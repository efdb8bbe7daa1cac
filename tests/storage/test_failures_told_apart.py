"""A full disk, a read-only medium, a file-size limit and damage are told apart, each with the fix that fits
(issue 12, finding 5; read commands on a read-only library, finding 14)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from disks import fill, read_only_file, remount, small_disk
from safety_samples import ROOT, answer, open_library
from safety_samples import fill as fill_deck

from studyapp.cli import main
from studyapp.storage.database import DB_NAME

ARTICLE = ROOT / "tests" / "services" / "data" / "island_survey.txt"


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _no_restore_offered(err: str) -> None:
    assert "restore" not in err.lower() and "damaged" not in err.lower() and "Traceback" not in err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_disk_is_a_full_disk_not_damage(tmp_path, capsys):
    with small_disk(tmp_path / "disk", megabytes=12) as disk:
        folder = disk / "library"
        lib = open_library(folder)
        deck = fill_deck(lib)
        answer(lib, deck, 5)
        lib.close()
        filler = fill(disk)
        code, _, err = _run(capsys, "--data-dir", str(folder), "import", str(ARTICLE))
        assert code == 1 and "full" in err
        _no_restore_offered(err)
        filler.unlink()
        lib = open_library(folder)  # nothing lost, and it works again once there is space
        try:
            assert lib.stats.deck(deck).total_reviews == 5
        finally:
            lib.close(backup=False)
        assert _run(capsys, "--data-dir", str(folder), "import", str(ARTICLE))[0] == 0


def test_a_file_size_limit_is_named_with_the_limit_to_raise(tmp_path):
    lib = open_library(tmp_path)
    fill_deck(lib, n=50)
    lib.close()
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (16384, resource.RLIM_INFINITY))\n"
        "from studyapp.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path), "import", str(ARTICLE)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 1 and "file-size limit" in done.stderr and "ulimit" in done.stderr
    _no_restore_offered(done.stderr)


def test_a_read_only_medium_is_named_and_read_commands_still_work(tmp_path, capsys):
    with small_disk(tmp_path / "disk") as disk:
        folder = disk / "library"
        lib = open_library(folder)
        deck = fill_deck(lib)
        answer(lib, deck, 4)
        lib.close()
        remount(disk, read_only=True)
        try:
            code, _, err = _run(capsys, "--data-dir", str(folder), "import", str(ARTICLE))
            assert code == 1 and "read-only" in err and "cannot be written" in err
            _no_restore_offered(err)
            code, out, err = _run(capsys, "--data-dir", str(folder), "decks", "--json")
            assert code == 0 and [d["id"] for d in json.loads(out)] == [deck] and "read-only" in err
            code, out, _ = _run(capsys, "--data-dir", str(folder), "stats", "--json")
            assert code == 0 and json.loads(out)["library"]["total_reviews"] == 4
        finally:
            remount(disk, read_only=False)


def test_a_read_only_library_file_is_named_and_left_untouched(tmp_path, capsys):
    lib = open_library(tmp_path)
    deck = fill_deck(lib)
    lib.close()
    db = tmp_path / DB_NAME
    before = _digest(db)
    with read_only_file(db):
        code, _, err = _run(capsys, "--data-dir", str(tmp_path), "import", str(ARTICLE))
        assert code == 1 and "cannot be written" in err
        _no_restore_offered(err)
        code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "decks", "--json")
        assert code == 0 and [d["id"] for d in json.loads(out)] == [deck]
    assert _digest(db) == before


def test_decks_on_a_new_folder_writes_nothing(tmp_path, capsys):
    folder = tmp_path / "new"
    code, out, _ = _run(capsys, "--data-dir", str(folder), "decks")
    assert code == 0 and "No decks yet" in out
    assert not (folder / DB_NAME).exists()
    code, out, _ = _run(capsys, "--data-dir", str(folder), "stats", "--json")
    assert code == 0 and json.loads(out)["library"]["total_reviews"] == 0
    assert not (folder / DB_NAME).exists()


def test_import_succeeds_with_exit_0_when_only_the_closing_backup_fails(tmp_path, capsys):
    data = str(tmp_path)
    assert _run(capsys, "--data-dir", data, "import", str(ARTICLE))[0] == 0
    backups = tmp_path / "backups"
    for old in backups.iterdir():
        old.unlink()
    backups.rmdir()
    backups.write_text("a file where the backup folder should be")
    code, out, err = _run(
        capsys, "--data-dir", data, "import", str(ROOT / "tests" / "services" / "data" / "river_towns.md")
    )
    assert code == 0 and "Imported" in out
    assert "backup" in err.lower()
    lib = open_library(tmp_path)
    try:
        assert "river-towns-of-the-lower-valley" in {d.id for d in lib.decks()}
    finally:
        lib.close(backup=False)


@pytest.fixture(autouse=True)
def _no_leftover_mounts():
    yield
