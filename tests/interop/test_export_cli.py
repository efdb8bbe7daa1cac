"""`studyapp export` end to end: a document file read, turned into items, written, imported by the real Anki."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC
from pathlib import Path

import pytest
from anki_samples import ARTICLE, import_apkg
from anki_text import visible_text

from studyapp.cli import main
from studyapp.generate import items_for_document
from studyapp.paths import bundled_documents
from studyapp.text import read_document


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "canals.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_export_of_a_document_file_imports_every_item(article, tmp_path, anki_collection, capsys):
    out = tmp_path / "canals.apkg"
    assert main(["export", str(article), "-o", str(out)]) == 0
    items = items_for_document(read_document(article))
    units = {i.memory_unit for i in items}
    assert f"Exported {len(units)} notes (one per fact, list entry, list or chronology; {len(items)} cards)" in (
        capsys.readouterr().out
    )
    col = anki_collection()
    import_apkg(col, out)
    assert len(items) > len(units) > 5
    assert (col.note_count(), col.card_count()) == (len(units), len(items))
    decks = {d.name for d in col.decks.all_names_and_ids()}
    title = read_document(article).display_title
    assert any(name.startswith(f"{title}::") for name in decks)
    assert not any(part.isupper() for name in decks for part in name.split("::"))  # headings as the app shows them
    texts = " ".join(visible_text(col.get_card(c).answer()) for c in col.find_cards(""))
    assert "1761" in texts and "Harbour log & ledger, p. 7." in texts


def test_sections_and_kinds_options(article, tmp_path, anki_collection):
    doc = read_document(article)
    first = doc.sections[0].id
    out = tmp_path / "part.apkg"
    assert main(["export", str(article), "-o", str(out), "--sections", first, "--kinds", "date-when,date-cloze"]) == 0
    expected = [
        i
        for i in items_for_document(doc)
        if i.kind in {"date-when", "date-cloze"} and (i.section == first or doc.section(i.section).parent == first)
    ]
    col = anki_collection()
    import_apkg(col, out)
    assert (col.note_count(), col.card_count()) == (len({i.memory_unit for i in expected}), len(expected))
    assert col.card_count() > col.note_count() > 0


def test_bundled_document_exports_and_imports(tmp_path, anki_collection):
    source = bundled_documents()[0]
    out = tmp_path / "bundled.apkg"
    assert main(["export", str(source), "-o", str(out)]) == 0
    col = anki_collection()
    import_apkg(col, out)
    items = items_for_document(read_document(source))
    assert (col.note_count(), col.card_count()) == (len({i.memory_unit for i in items}), len(items))


def test_missing_output_folder_is_a_message_and_exit_code(article, tmp_path, capsys):
    out = tmp_path / "nowhere" / "x.apkg"
    assert main(["export", str(article), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("studyapp: Cannot export to") and "does not exist" in err
    assert "Traceback" not in err


def test_missing_source_is_a_message(tmp_path, capsys):
    assert main(["export", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.apkg")]) == 1
    assert "No such file" in capsys.readouterr().err


def test_progress_needs_a_library_deck(article, tmp_path, capsys):
    assert main(["export", str(article), "-o", str(tmp_path / "x.apkg"), "--with-progress"]) == 1
    assert "export a deck id" in capsys.readouterr().err


def _unprivileged(command: list[str]) -> list[str]:
    """Root writes into read-only folders; without the file-permission capabilities it cannot."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a folder read-only for this process")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", *command]


def test_read_only_output_folder_is_a_message_and_exit_code(article):
    scratch = Path(tempfile.mkdtemp(prefix="studyapp-ro-"))
    locked = scratch / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = subprocess.run(
            _unprivileged([sys.executable, "-m", "studyapp", "export", str(article), "-o", str(locked / "x.apkg")]),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).resolve().parents[2],
        )
    finally:
        locked.chmod(0o755)
        shutil.rmtree(scratch)
    assert result.returncode == 1, result.stderr
    assert "is not writable" in result.stderr and "Permission denied" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_library_deck_by_id(article, tmp_path, anki_collection, capsys):
    from studyapp.services.library import Library

    data = tmp_path / "data"
    with Library.open(data, import_bundled=False) as library:
        deck_id = library.import_document(article).deck_id
        count = library.deck(deck_id).total
    out = tmp_path / "deck.apkg"
    assert main(["export", deck_id, "-o", str(out), "--data-dir", str(data)]) == 0
    col = anki_collection()
    import_apkg(col, out)
    assert col.note_count() == count
    assert main(["--data-dir", str(data), "export", "no-such-deck", "-o", str(out)]) == 1
    assert f"No deck 'no-such-deck' in the library. Decks: {deck_id}." in capsys.readouterr().err


def test_a_library_deck_with_progress(article, tmp_path, anki_collection, capsys):
    from datetime import datetime, timedelta

    from fsrs import Rating

    from studyapp.services.library import Library

    data = tmp_path / "data"
    now = datetime(2025, 5, 5, 9, 0, tzinfo=UTC)  # in the past: Anki refuses future reviews
    with Library.open(data, import_bundled=False, clock=lambda: now, fuzzing=False) as library:
        deck_id = library.import_document(article).deck_id
        session = library.study.start_session(deck_id, now=now)
        for step in range(3):
            session.show_answer()
            session.rate(Rating.Easy, now=now + timedelta(minutes=step), duration_ms=2000)
    out = tmp_path / "progress.apkg"
    assert main(["export", deck_id, "-o", str(out), "--data-dir", str(data), "--with-progress"]) == 0
    assert "Carried the progress of 3 studied notes (3 reviews)" in capsys.readouterr().out
    col = anki_collection()
    import_apkg(col, out, with_scheduling=True)
    assert col.db.scalar("select count() from revlog") == 3
    assert col.db.scalar("select count() from cards where type = 2") == 3


def test_reexport_after_a_typo_fix_in_the_article_updates_notes_in_place(tmp_path, anki_collection, monkeypatch):
    article = tmp_path / "canals.txt"
    article.write_text(ARTICLE.replace("the town grew around it", "teh town grew around it"), encoding="utf-8")
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    assert main(["export", str(article), "-o", str(first)]) == 0
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(time.time()) + 60))  # the later export is the newer one
    assert main(["export", str(article), "-o", str(second)]) == 0
    col = anki_collection()
    import_apkg(col, first)
    notes_before = col.note_count()
    assert col.find_notes('"teh town"')
    log = import_apkg(col, second)
    assert len(log.log.new) == 0 and col.note_count() == notes_before
    assert not col.find_notes('"teh town"') and col.find_notes('"the town grew"')
