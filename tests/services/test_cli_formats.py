"""`extract` and `items` print a summary to read, and JSON with --json (the flag used to change nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studyapp import cli

ARTICLE = Path(__file__).parent / "data" / "river_towns.md"


@pytest.mark.parametrize("command", ["extract", "items"])
def test_json_only_with_the_flag(command, capsys):
    assert cli.main([command, str(ARTICLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert cli.main([command, str(ARTICLE)]) == 0
    text = capsys.readouterr().out
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    if command == "items":
        assert text.rstrip().endswith(f"{len(data)} items")
        assert f"{data[0]['kind']}: {data[0]['prompt']}" in text and f"→ {data[0]['answer']}" in text
    else:
        assert data["title"] in text.splitlines()[0]
        assert all(fact["sentence"] in text for fact in data["facts"])


def test_a_reader_that_stops_reading_gets_no_traceback(tmp_path):
    # "studyapp items article.txt | head -1": the pipe closes while items are still being printed
    import subprocess
    import sys

    long_article = tmp_path / "long.md"
    body = ARTICLE.read_text(encoding="utf-8")
    long_article.write_text(body + "\n\n" + "\n\n".join(body.replace("#", "##") for _ in range(60)), encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "studyapp", "items", str(long_article)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as run:
        assert run.stdout is not None and run.stderr is not None
        assert run.stdout.readline()
        run.stdout.close()
        error = run.stderr.read()
        assert run.wait(timeout=120) == 0
    assert b"Traceback" not in error and b"Broken pipe" not in error
