"""Anki export: study items as an ``.apkg`` (genanki), optionally carrying review history (the ``anki`` package).

Public API:
    export_items(doc, items, path, *, timestamp, sections=None, kinds=None, cancel=None) -> ExportSummary
    add_progress(package, out, progress, *, document_id, deck_name, scheduler, cancel=None) -> ProgressSummary
    ``cancel() -> bool`` is polled every few hundred notes; True raises ``studyapp.errors.ExportCancelled``
    and leaves the output path as it was.
    CardProgress(unit, card, logs, suspended, last_kind): one unit's memory, carried by its note's card of that kind
"""

from studyapp.interop.anki_package import ExportSummary, check_output, export_items, select_items
from studyapp.interop.anki_progress import ProgressSummary, add_progress
from studyapp.interop.anki_schedule import CardProgress

__all__ = [
    "CardProgress",
    "ExportSummary",
    "ProgressSummary",
    "add_progress",
    "check_output",
    "export_items",
    "select_items",
]
