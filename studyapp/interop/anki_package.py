"""Write a document's study items as an ``.apkg`` that Anki imports: decks per section, one note per unit of
memory with a card per item.

The package is reproducible: the same items and the same ``timestamp`` give the same bytes (genanki's own
``write_to_file`` stamps the zip entries with the clock, so the zip is written here).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
import time
import zipfile
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import genanki

from studyapp.core.units import by_unit
from studyapp.errors import ExportCancelled, ExportError
from studyapp.generate.model import KINDS, StudyItem
from studyapp.interop.anki_decks import DeckSpec, deck_tree
from studyapp.interop.anki_fields import text_html
from studyapp.interop.anki_notes import note_for
from studyapp.text.document import Document

Cancel = Callable[[], bool]
POLL_EVERY = 256  # notes (or note and card ids) between two looks at the cancel flag: cheap, still prompt


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    notes: int  # one per unit of memory
    cards: int  # one per item (a card per way of asking a unit)
    decks: tuple[str, ...]  # deck names, the document's deck first


def select_items(
    doc: Document,
    items: Sequence[StudyItem],
    *,
    sections: Collection[str] | None = None,
    kinds: Collection[str] | None = None,
) -> list[StudyItem]:
    """The items of the chosen sections (a section brings its subsections) and kinds, in article order.

    Raises:
        ExportError: a section or kind that does not exist, or nothing left to export.
    """
    chosen_sections: set[str] | None = None
    if sections is not None:
        wanted = set(sections)
        unknown = sorted(wanted - {s.id for s in doc.sections})
        if unknown:
            raise ExportError(
                f'No section {", ".join(map(repr, unknown))} in "{doc.title}". '
                f"Sections: {', '.join(s.id for s in doc.sections)}."
            )
        chosen_sections = wanted | {s.id for s in doc.sections if s.parent in wanted}
    if kinds is not None:
        unknown = sorted(set(kinds) - set(KINDS))
        if unknown:
            raise ExportError(f"Unknown item kind {', '.join(map(repr, unknown))}. Kinds: {', '.join(KINDS)}.")
    picked = [
        i
        for i in items
        if (chosen_sections is None or i.section in chosen_sections) and (kinds is None or i.kind in kinds)
    ]
    if not picked:
        raise ExportError(f'Nothing to export from "{doc.title}" with the chosen sections and kinds.')
    return sorted(picked, key=lambda i: i.position)


def raise_if_cancelled(cancel: Cancel | None) -> None:
    """Stop the export when the learner asked to.

    Raises:
        ExportCancelled: ``cancel`` is given and returns True.
    """
    if cancel is not None and cancel():
        raise ExportCancelled("Export cancelled.")


def build_package(doc: Document, items: Sequence[StudyItem], *, cancel: Cancel | None = None) -> genanki.Package:
    """A genanki package with the document's deck tree holding one note per unit of memory, a card per kind of
    item the unit has.

    Raises:
        ExportCancelled: ``cancel`` returned True (looked at every few hundred notes).
    """
    trees = deck_tree(doc, {i.section for i in items})
    decks: dict[str | None, genanki.Deck] = {
        spec.section: genanki.Deck(spec.deck_id, spec.name, description=_description(doc, spec)) for spec in trees
    }
    for n, (unit, group) in enumerate(by_unit(items).items()):
        if n % POLL_EVERY == 0:
            raise_if_cancelled(cancel)
        deck = decks.get(group[0].section, decks[None])
        deck.add_note(note_for(unit, group, document_id=doc.id))
    return genanki.Package(list(decks.values()))


def _description(doc: Document, spec: DeckSpec) -> str:
    if spec.section is not None:
        return ""
    lines = [f"<b>{text_html(doc.title)}</b>"]
    if doc.author:
        lines.append(f"by {text_html(doc.author)}")
    if doc.abstract:
        lines.append(f"<p>{text_html(doc.abstract)}</p>")
    return "<br>".join(lines[:2]) + "".join(lines[2:])


def is_anki_package(path: Path) -> bool:
    """``path`` is a zip holding an Anki collection (what an earlier export wrote)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile):
        return False
    return bool(names & {"collection.anki2", "collection.anki21", "collection.anki21b"})


def check_output(path: Path, *, source: Path | None = None) -> None:
    """Fail early, with a message the user can act on, when ``path`` cannot or must not be written.

    Only a new file or an earlier Anki package is ever replaced: never the article being exported (``source``),
    never another kind of file, never a device or a pipe (as root, replacing ``/dev/null`` would succeed).

    Raises:
        ExportError: the folder is missing, is not a folder, or is not writable; ``path`` is a folder, the
            article itself, not a regular file, or a file that is not an Anki package.
    """
    folder = path.parent
    if not folder.exists():
        raise ExportError(f"Cannot export to {path}: the folder {folder} does not exist.")
    if not folder.is_dir():
        raise ExportError(f"Cannot export to {path}: {folder} is not a folder.")
    if path.is_dir():
        raise ExportError(f"Cannot export to {path}: it is a folder; give a file name such as deck.apkg.")
    if os.path.lexists(path):
        if source is not None and _same_file(path, source):
            raise ExportError(f"Cannot export to {path}: it is the article being exported; give another name.")
        if not _regular(path):
            raise ExportError(f"Cannot export to {path}: it is not a regular file (a device, a pipe...).")
        if not is_anki_package(path):
            raise ExportError(
                f"Cannot export to {path}: the file there is not an Anki package, and studyapp replaces only its "
                "own exports. Give another name."
            )
    try:
        probe = tempfile.NamedTemporaryFile(  # noqa: SIM115 (a probe, closed at once)
            dir=folder, prefix=".studyapp-", suffix=".tmp", delete=True
        )
    except OSError as error:
        raise ExportError(
            f"Cannot export to {path}: the folder {folder} is not writable ({error.strerror or error})."
        ) from error
    probe.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return not os.path.lexists(path)  # a dangling link: written as a new file beside it


def replace_target(partial: Path, path: Path) -> None:
    """Rename a finished ``partial`` (written beside ``path``) over ``path``, after a last look at what is
    there now: a device or a pipe put there meanwhile is never replaced.

    Raises:
        ExportError: ``path`` has become something other than a regular file.
    """
    if os.path.lexists(path) and not _regular(path):
        partial.unlink(missing_ok=True)
        raise ExportError(f"Cannot export to {path}: it is not a regular file (a device, a pipe...).")
    os.replace(partial, path)


def output_path(path: Path) -> Path:
    """Where to write for ``path``: the file a symbolic link points to (the link itself stays)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_package(package: genanki.Package, path: Path, *, timestamp: float, cancel: Cancel | None = None) -> None:
    """Write ``package`` to ``path`` (atomically), byte-identical for the same package and timestamp.

    A cancelled write leaves ``path`` as it was: the package is built in a scratch folder and replaces
    ``path`` only once complete.

    Raises:
        ExportError: the file cannot be written. ExportCancelled: ``cancel`` returned True.
    """
    path = output_path(Path(path))
    check_output(path)
    with tempfile.TemporaryDirectory(prefix="studyapp-apkg-") as scratch:
        db_path = Path(scratch) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            ids = count(int(timestamp * 1000))
            package.write_to_db(conn.cursor(), timestamp, ids if cancel is None else _polling(ids, cancel))
            conn.commit()
        finally:
            conn.close()
        raise_if_cancelled(cancel)
        _zip_to(path, db_path, timestamp)


def _polling(ids: Iterator[int], cancel: Cancel) -> Iterator[int]:
    """``ids`` unchanged, looking at ``cancel`` every few hundred: genanki draws one id per note and per card,
    so this is the one hook inside its single ``write_to_db`` loop."""
    for n, value in enumerate(ids):
        if n % POLL_EVERY == 0:
            raise_if_cancelled(cancel)
        yield value


def _zip_to(path: Path, db_path: Path, timestamp: float) -> None:
    stamp = time.gmtime(max(timestamp, 315532800))[:6]  # zip dates start in 1980
    partial = path.with_name(f".{path.name}.partial")
    try:
        # Level 1: most of deflate's gain on a SQLite file (about 10x smaller) for a fraction of its time.
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            entry = zipfile.ZipInfo("collection.anki2", date_time=stamp)
            archive.writestr(entry, db_path.read_bytes(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
            media = zipfile.ZipInfo("media", date_time=stamp)
            archive.writestr(media, "{}", compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
        replace_target(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ExportError(f"Cannot write {path}: {error.strerror or error}.") from error


def export_items(
    doc: Document,
    items: Sequence[StudyItem],
    path: Path,
    *,
    timestamp: float,
    sections: Collection[str] | None = None,
    kinds: Collection[str] | None = None,
    cancel: Cancel | None = None,
) -> ExportSummary:
    """Select, build and write: the whole export of a document's items to an ``.apkg``.

    Args:
        timestamp: seconds since the epoch stamped on notes, cards and zip entries. Anki updates an
            existing note from a package only when the package's note is newer, so pass the current time
            for a real export and a fixed one for reproducible builds.
        cancel: polled between notes; when it returns True the export stops with :class:`ExportCancelled`
            and ``path`` is left as it was (no file, or the earlier file byte for byte).
    """
    check_output(Path(path))
    picked = select_items(doc, items, sections=sections, kinds=kinds)
    package = build_package(doc, picked, cancel=cancel)
    write_package(package, Path(path), timestamp=timestamp, cancel=cancel)
    units = by_unit(picked)
    cards = sum(len({item.kind for item in group}) for group in units.values())
    return ExportSummary(Path(path), len(units), cards, tuple(d.name for d in package.decks))
