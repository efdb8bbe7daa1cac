"""The log file: details (tracebacks) for a bug report, while the learner reads a plain sentence."""

from __future__ import annotations

import logging

from studyapp import cli, logs


def test_a_failed_command_is_told_in_words_and_logged_with_its_traceback(tmp_path, capsys):
    code = cli.main(["--data-dir", str(tmp_path), "restore"])  # a library folder without any backup
    err = capsys.readouterr().err
    assert code == 1 and "There is no backup to restore" in err and "Traceback" not in err
    log = (tmp_path / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "restore failed" in log and "Traceback" in log and "There is no backup to restore" in log


def test_a_command_on_a_new_folder_makes_no_log(tmp_path, capsys):
    folder = tmp_path / "new"
    assert cli.main(["--data-dir", str(folder), "decks"]) == 0
    assert not folder.exists() or not (folder / logs.LOG_NAME).exists()


def test_the_log_rotates_and_keeps_a_bounded_history(tmp_path):
    path = logs.start(tmp_path)
    assert logs.start(tmp_path) == path  # a second start in the same folder adds no second handler
    logger = logging.getLogger("studyapp.test")
    line = "x" * 1000
    for _ in range(logs.MAX_BYTES * (logs.KEPT + 2) // 1000):
        logger.info(line)
    logs.stop()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [logs.LOG_NAME, *(f"{logs.LOG_NAME}.{n}" for n in range(1, logs.KEPT + 1))]
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in tmp_path.iterdir())
