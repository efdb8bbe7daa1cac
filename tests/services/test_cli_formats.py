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
