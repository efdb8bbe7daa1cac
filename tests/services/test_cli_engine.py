"""The `import`, `decks`, `stats` and `restore` commands, on a real library folder."""

from __future__ import annotations

import json

from library_samples import DATA

from studyapp.cli import main
from studyapp.services.library import Library


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_decks_and_stats(tmp_path, capsys):
    data = str(tmp_path)
    code, out, _ = _run(capsys, "--data-dir", data, "import", str(DATA / "island_survey.txt"))
    assert code == 0 and "the-island-survey" in out and "new items" in out

    code, out, _ = _run(capsys, "--data-dir", data, "decks", "--json")
    decks = {d["id"]: d for d in json.loads(out)}
    with Library.open(data, read_only=True) as library:
        units = {h.unit: h.state for h in library.card_histories("the-island-survey")}
    ready = sum(1 for state in units.values() if state.queue == 0)  # summaries wait for their members
    # Waiting for their members: the chronology and the whole list (a list of four shows every entry around
    # each gap, so no entry waits on another).
    assert len(units) - ready == 2
    assert decks["the-island-survey"]["new"] == min(20, ready)
    assert decks["the-island-survey"]["due"] == 0
    assert len(decks) == 2  # the bundled deck came with the first start

    code, out, _ = _run(capsys, "decks", "--data-dir", data)
    assert code == 0 and out.splitlines()[0].split()[:5] == ["Deck", "Title", "New", "Learning", "Due"]
    assert any(line.startswith("the-island-survey") for line in out.splitlines())

    code, out, _ = _run(capsys, "--data-dir", data, "stats", "--json")
    payload = json.loads(out)
    assert payload["library"]["total_reviews"] == 0 and len(payload["decks"]) == 2
    code, out, _ = _run(capsys, "--data-dir", data, "stats", "--json", "--deck", "the-island-survey")
    assert set(json.loads(out)["mastery"]) == {"early-visits", "the-great-survey", "afterwards"}

    code, _, err = _run(capsys, "--data-dir", data, "stats", "--deck", "nope")
    assert code == 1 and "No deck 'nope'" in err


def test_decks_reads_while_another_instance_holds_the_library(tmp_path, capsys):
    holder = Library.open(tmp_path, import_bundled=False)
    holder.import_document(DATA / "river_towns.md")
    try:
        code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "decks", "--json")
        assert code == 0 and [d["id"] for d in json.loads(out)] == ["river-towns-of-the-lower-valley"]
        code, _, err = _run(capsys, "--data-dir", str(tmp_path), "import", str(DATA / "island_survey.txt"))
        assert code == 1 and "already open" in err and "Traceback" not in err
    finally:
        holder.close()


def test_damaged_library_message_then_restore(tmp_path, capsys):
    data = str(tmp_path)
    assert _run(capsys, "--data-dir", data, "import", str(DATA / "river_towns.md"))[0] == 0
    (tmp_path / "library.sqlite3").write_bytes(b"\x00garbage" * 512)
    code, _, err = _run(capsys, "--data-dir", data, "decks")
    assert code == 1 and "damaged" in err and "studyapp restore" in err and "Traceback" not in err
    code, out, _ = _run(capsys, "--data-dir", data, "restore", "--list")
    assert code == 0 and "library-" in out
    code, out, _ = _run(capsys, "--data-dir", data, "restore")
    assert code == 0 and "Restored" in out
    code, out, _ = _run(capsys, "--data-dir", data, "decks", "--json")
    assert "river-towns-of-the-lower-valley" in {d["id"] for d in json.loads(out)}
