"""Asked when an imported document shares its title with a deck but is a different document: add it as a
deck of its own (the default), or treat it as a new version of that deck, seeing first what that would add,
keep and retire."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from studyapp.services.deck_identity import PreparedImport
from studyapp.ui.typography import heading, smarten

SHOWN_PER_LIST = 40  # prompts listed per kind of change; the counts are always complete


def ask_update(parent: QWidget, prepared: PreparedImport, existing_title: str) -> bool | None:
    """True: update the existing deck; False: add a deck of its own; None: cancel the import."""
    plan = prepared.plan
    assert plan is not None
    title = heading(existing_title)
    box = QMessageBox(QMessageBox.Icon.Question, "A deck with this title exists", "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        f"“{title}” is already in your library, and “{prepared.source_name}” is a different document "
        f"({round(prepared.resemblance * 100)}% of that deck's sentences are in it). It will be added as a deck "
        "of its own."
    )
    box.setInformativeText(
        f"Or make it a new version of “{title}”: that would add {len(plan.added)} cards, keep "
        f"{len(plan.kept)} with their progress and retire {len(plan.retired)} (their answers stay in the history)."
    )
    box.setDetailedText(
        "\n\n".join(
            _listing(name, items)
            for name, items in (("Added", plan.added), ("Kept", plan.kept), ("Retired", plan.retired))
        )
    )
    new = box.addButton("Add as a new deck", QMessageBox.ButtonRole.AcceptRole)
    update = box.addButton(f"Update “{title}”", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(new)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is update else False if clicked is new else None


def _listing(name: str, items) -> str:
    lines = [f"{name} ({len(items)})"]
    lines += [f"  • {smarten(item.prompt.splitlines()[0])}" for item in items[:SHOWN_PER_LIST]]
    if len(items) > SHOWN_PER_LIST:
        lines.append(f"  … and {len(items) - SHOWN_PER_LIST} more")
    return "\n".join(lines)
