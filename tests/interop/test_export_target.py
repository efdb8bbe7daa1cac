"""`export -o` never replaces the article, another kind of file or a device; an Anki package only when asked
(issue 12, finding 8)."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest
from anki_samples import ARTICLE, FIXED_TS, import_apkg

from studyapp.cli import main
from studyapp.errors import ExportError
from studyapp.interop import export_items
from studyapp.services.exchange import ExchangeService, ExportTargetExists, export_file_to_anki


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "canals.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _export(capsys, *argv: str) -> tuple[int, str]:
    code = main(["export", *argv])
    return code, capsys.readouterr().err


def test_the_article_itself_is_never_the_output(article, capsys):
    before = article.read_bytes()
    for extra in ([], ["--force"]):
        code, err = _export(capsys, str(article), "-o", str(article), *extra)
        assert code == 1 and "article" in err and "Traceback" not in err
    link = article.with_name("link.apkg")
    link.symlink_to(article)
    code, err = _export(capsys, str(article), "-o", str(link), "--force")
    assert code == 1 and "article" in err
    assert article.read_bytes() == before and link.is_symlink()


def test_a_file_that_is_not_an_anki_package_is_never_replaced(article, tmp_path, capsys):
    notes = tmp_path / "notes.apkg"
    notes.write_text("my notes, saved under the wrong name", encoding="utf-8")
    for extra in ([], ["--force"]):
        code, err = _export(capsys, str(article), "-o", str(notes), *extra)
        assert code == 1 and "not an Anki package" in err
    assert notes.read_text(encoding="utf-8") == "my notes, saved under the wrong name"


def test_an_anki_package_is_replaced_only_with_force(article, tmp_path, capsys, anki_collection):
    out = tmp_path / "canals.apkg"
    assert _export(capsys, str(article), "-o", str(out))[0] == 0
    before = out.read_bytes()
    code, err = _export(capsys, str(article), "-o", str(out))
    assert code == 1 and "--force" in err and out.read_bytes() == before
    assert _export(capsys, str(article), "-o", str(out), "--force")[0] == 0
    assert zipfile.is_zipfile(out)
    col = anki_collection()
    import_apkg(col, out)
    assert col.note_count() > 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["canals.apkg", "canals.txt"]  # no temporary left


def test_targets_that_are_not_regular_files_are_refused(article, tmp_path, capsys):
    fifo = tmp_path / "pipe.apkg"
    os.mkfifo(fifo)
    targets = [fifo]
    if os.geteuid() == 0:  # a device like /dev/null, made here so that no real device is at risk
        device = tmp_path / "null.apkg"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append(device)
    for target in targets:
        mode = target.lstat().st_mode
        code, err = _export(capsys, str(article), "-o", str(target), "--force")
        assert code == 1 and "not a regular file" in err
        assert target.lstat().st_mode == mode  # still the pipe, still the device


def test_the_services_refuse_an_existing_package_unless_asked_to_replace_it(article, tmp_path, library):
    out = tmp_path / "deck.apkg"
    export_file_to_anki(article, out, timestamp=FIXED_TS)
    with pytest.raises(ExportTargetExists):
        export_file_to_anki(article, out, timestamp=FIXED_TS)
    export_file_to_anki(article, out, timestamp=FIXED_TS, replace=True)
    deck = library.import_document(article).deck_id
    with pytest.raises(ExportTargetExists):
        ExchangeService(library).export_deck_to_anki(deck, out)
    with pytest.raises(ExportError, match="not a regular file"):
        ExchangeService(library).export_deck_to_anki(deck, Path("/dev/null"), replace=True)
    assert Path("/dev/null").is_char_device()
    ExchangeService(library).export_deck_to_anki(deck, out, replace=True)


def test_the_package_is_written_beside_the_target_and_renamed(tmp_path, document, items, monkeypatch):
    out = tmp_path / "deck.apkg"
    seen: list[str] = []
    real_replace = os.replace

    def watching(src, dst):
        seen.append(f"{Path(src).parent == Path(dst).parent}:{Path(dst).name}")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching)
    export_items(document, items, out, timestamp=FIXED_TS)
    assert "True:deck.apkg" in seen
