"""File -> Export to Anki... can be cancelled: the progress dialog's Cancel stops the export, nothing is written."""

from __future__ import annotations

import threading

from dialogs import answer
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QPushButton

from studyapp.services.exchange import AnkiExportOptions, ExchangeService


class BusyPool:
    """Keeps every thread of Qt's global pool busy, so a job started now waits until :meth:`release`.

    This lets a test press Cancel at a known point (before the export starts) instead of racing it.
    """

    def __init__(self) -> None:
        self.pool = QThreadPool.globalInstance()
        self.gate, self.started = threading.Event(), threading.Semaphore(0)
        self.count = self.pool.maxThreadCount()
        for _ in range(self.count):
            self.pool.start(self._hold)
        for _ in range(self.count):
            assert self.started.acquire(timeout=5)

    def _hold(self) -> None:
        self.started.release()
        self.gate.wait(30)

    def release(self) -> None:
        self.gate.set()


def _cancel_from_the_progress_dialog(qtbot, dialog) -> None:
    pool = BusyPool()
    try:
        dialog.export()
        qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.dialog_shown, timeout=5000)
        cancel = dialog.task.dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel" and cancel.isVisible()
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finally:
        pool.release()
    qtbot.waitUntil(
        lambda: dialog.was_cancelled or dialog.result is not None or dialog.last_error is not None, timeout=20000
    )


def test_cancelled_export_writes_no_file_and_keeps_the_dialog_open(qtbot, window, library, deck_id, tmp_path):
    from studyapp.ui.export_dialog import ExportDialog

    dialog = ExportDialog(library, deck_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "exports" / "deck.apkg"
    out.parent.mkdir()
    dialog.path.setText(str(out))
    _cancel_from_the_progress_dialog(qtbot, dialog)
    assert dialog.was_cancelled and dialog.result is None and dialog.last_error is None
    assert list(out.parent.iterdir()) == []
    assert dialog.export_button.isEnabled() and dialog.isVisible()
    assert "cancelled" in window.statusBar().currentMessage()

    dialog.export()  # the same dialog can still export
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.last_error is not None, timeout=20000)
    assert dialog.last_error is None and out.exists()


def test_cancelled_export_with_progress_leaves_an_existing_file_untouched(qtbot, window, library, deck_id, tmp_path):
    from studyapp.ui.export_dialog import ExportDialog

    out = tmp_path / "deck.apkg"
    ExchangeService(library).export_deck_to_anki(deck_id, out, options=AnkiExportOptions(kinds=("date-cloze",)))
    earlier = out.read_bytes()  # last week's export
    dialog = ExportDialog(library, deck_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.with_progress.setChecked(True)
    dialog.path.setText(str(out))
    answer(["Replace"])
    _cancel_from_the_progress_dialog(qtbot, dialog)
    assert dialog.was_cancelled and dialog.result is None
    assert out.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".apkg", ".partial", ".tmp"}) == ["deck.apkg"]
