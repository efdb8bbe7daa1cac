"""File -> Export to Anki...: choose sections, kinds of card and progress; the export runs in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import ExportError
from studyapp.services.exchange import AnkiExportOptions, AnkiExportResult, ExchangeService, check_target
from studyapp.services.library import Library
from studyapp.ui.review_format import KIND_NAMES
from studyapp.ui.typography import heading
from studyapp.ui.widgets import show_error
from studyapp.ui.worker import BackgroundTask, CancelledFn, ProgressFn, run_in_background

VALUE_ROLE = Qt.ItemDataRole.UserRole


def _checked(widget: QListWidget) -> tuple[str, ...] | None:
    """The checked values, or None when every one is checked (= no filter)."""
    values = [
        widget.item(i).data(VALUE_ROLE)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]
    return None if len(values) == widget.count() else tuple(values)


LIST_MAX_HEIGHT = 380  # px: a dozen sections in sight before the list scrolls


class ExportDialog(QDialog):
    """Exports one deck to an ``.apkg``; :attr:`result` is set when the export succeeded."""

    def __init__(self, library: Library, deck_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.deck_id = library, deck_id
        self.result: AnkiExportResult | None = None
        self.last_error = None
        self.was_cancelled = False
        self.task: BackgroundTask | None = None
        title = heading(library.deck(deck_id).title)
        self.setWindowTitle(f"Export to Anki — {title}")
        self.setMinimumWidth(860)
        items = library.items(deck_id)
        by_section: dict[str, int] = {}
        by_kind: dict[str, int] = {}
        for item in items:
            by_section[item.section] = by_section.get(item.section, 0) + 1
            by_kind[item.kind] = by_kind.get(item.kind, 0) + 1

        self.sections = QListWidget()
        self.sections.setWordWrap(True)  # a long title wraps: its card count stays in sight
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setResizeMode(QListWidget.ResizeMode.Adjust)
        for section in library.document(deck_id).sections:
            indent = "      " if section.parent else ""
            entry = QListWidgetItem(f"{indent}{heading(section.title)}  ({by_section.get(section.id, 0)})")
            entry.setData(VALUE_ROLE, section.id)
            entry.setCheckState(Qt.CheckState.Checked)
            self.sections.addItem(entry)
        row = self.sections.fontMetrics().height() + 6
        self.sections.setMinimumHeight(min(LIST_MAX_HEIGHT, (self.sections.count() + 1) * row + 8))
        self.kinds = QListWidget()
        for kind, count in by_kind.items():
            entry = QListWidgetItem(f"{KIND_NAMES.get(kind, kind)}  ({count})")
            entry.setToolTip(kind)
            entry.setData(VALUE_ROLE, kind)
            entry.setCheckState(Qt.CheckState.Checked)
            self.kinds.addItem(entry)
        self.with_progress = QCheckBox("Include my progress (review history and schedule)")
        self.with_progress.setToolTip("In Anki, import with “Import any learning progress” on.")
        default = Path.home() / f"{deck_id}.apkg"
        self.path = QLineEdit(str(default))
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)

        grid = QGridLayout()
        grid.addWidget(QLabel("Sections"), 0, 0)
        grid.addWidget(QLabel("Kinds of card"), 0, 1)
        grid.addWidget(self.sections, 1, 0)
        grid.addWidget(self.kinds, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setProperty("role", "primary")
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(grid, 1)
        layout.addWidget(self.with_progress)
        layout.addWidget(QLabel("Save as"))
        layout.addLayout(where)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export to Anki",
            self.path.text(),
            "Anki package (*.apkg)",
            options=QFileDialog.Option.DontConfirmOverwrite,  # Export asks, knowing what the file is
        )
        if name:
            self.path.setText(name if name.endswith(".apkg") else name + ".apkg")

    def options(self) -> AnkiExportOptions:
        return AnkiExportOptions(
            sections=_checked(self.sections), kinds=_checked(self.kinds), with_progress=self.with_progress.isChecked()
        )

    def target(self) -> Path | None:
        """The file to write, ``.apkg`` added when the name typed has no suffix (None when nothing is typed)."""
        text = self.path.text().strip()
        if not text:
            return None
        out = Path(text).expanduser()
        return out if out.suffix or out.is_dir() else out.with_name(out.name + ".apkg")

    def export(self) -> None:
        options, out = self.options(), self.target()
        if options.sections == () or options.kinds == ():
            self.last_error = show_error(self, "Nothing to export", "Tick at least one section and one kind of card.")
            return
        if out is None:
            self.last_error = show_error(
                self, "Where to save?", "Type a file name under “Save as”, or click Choose… to pick one."
            )
            return
        try:
            replacing = check_target(out, replace=True)
        except ExportError as error:
            self.last_error = show_error(self, "Cannot export there", str(error))
            return
        if replacing and not self._replace_asked(out):
            return
        service = ExchangeService(self.library)
        self.export_button.setEnabled(False)
        self.was_cancelled = False
        finished: list[AnkiExportResult] = []

        def job(progress: ProgressFn, cancelled: CancelledFn) -> AnkiExportResult:
            finished.append(
                service.export_deck_to_anki(
                    self.deck_id, out, options=options, progress=progress, cancel=cancelled, replace=True
                )
            )
            return finished[0]

        def on_cancel() -> None:
            if finished:  # Cancel came after the file was written: the export did happen
                self._exported(finished[0])
            else:
                self._cancelled()

        self.task = run_in_background(
            self, f"Exporting to “{out.name}”…", job, on_done=self._exported, on_error=self._failed, on_cancel=on_cancel
        )

    def _replace_asked(self, out: Path) -> bool:
        """An earlier export is at ``out``: replace it only if the learner says so."""
        box = QMessageBox(QMessageBox.Icon.Question, "Replace the earlier export?", "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"“{out.name}” in {out.parent} already holds an Anki package. Replace it with this export?")
        replace = box.addButton("Replace", QMessageBox.ButtonRole.AcceptRole)
        box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is replace

    def _exported(self, result: AnkiExportResult) -> None:
        self.result = result
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(f"Exported {result.notes} notes to {result.path}.", 8000)
        self.accept()

    def _cancelled(self) -> None:
        """The export stopped and wrote nothing (a file already at the path is as it was): the options stay."""
        self.was_cancelled = True
        self.export_button.setEnabled(True)
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage("Export cancelled: nothing was written.", 8000)

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.last_error = show_error(self, "Export failed", message)
