"""The export dialog asks before replacing an earlier package and never replaces any other file
(issue 12, finding 8)."""

from __future__ import annotations

from dialogs import answer

from studyapp.services.exchange import AnkiExportOptions, ExchangeService


def _dialog(qtbot, window, library, deck_id, out):
    from studyapp.ui.export_dialog import ExportDialog

    dialog = ExportDialog(library, deck_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(out))
    return dialog


def test_an_earlier_package_is_replaced_only_after_asking(qtbot, window, library, deck_id, tmp_path):
    out = tmp_path / "deck.apkg"
    ExchangeService(library).export_deck_to_anki(deck_id, out, options=AnkiExportOptions(kinds=("date-cloze",)))
    before = out.read_bytes()
    dialog = _dialog(qtbot, window, library, deck_id, out)
    asked = answer(["Cancel"])
    dialog.export()
    assert asked.boxes and "Replace" in asked.boxes[0]["buttons"] and "deck.apkg" in asked.texts[0]
    assert dialog.task is None and out.read_bytes() == before
    asked = answer(["Replace"])
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.last_error is not None, timeout=20000)
    assert dialog.last_error is None and out.read_bytes() != before


def test_a_file_that_is_not_a_package_is_refused_without_a_question(qtbot, window, library, deck_id, tmp_path):
    out = tmp_path / "thesis.apkg"
    out.write_text("two years of notes", encoding="utf-8")
    dialog = _dialog(qtbot, window, library, deck_id, out)
    dialog.export()
    assert dialog.task is None and dialog.last_error is not None
    assert "not an Anki package" in dialog.last_error.text()
    assert out.read_text(encoding="utf-8") == "two years of notes"
    dialog.last_error.close()
