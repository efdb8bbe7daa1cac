"""The ``studyapp`` command. Errors go to stderr with a non-zero exit, never a traceback.

Qt is imported only by the sub-commands that open a window (``gui``, ``screenshots``, no command) and by
``test``, which sets its PDF with Qt's writer.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path

from studyapp import logs, paths
from studyapp.errors import StudyappError

log = logging.getLogger(__name__)


def _dump(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_extract(args: argparse.Namespace) -> int:
    from studyapp.extract import find_facts, find_lists
    from studyapp.text import read_document

    doc = read_document(Path(args.path))
    facts, lists = find_facts(doc), find_lists(doc)
    if not args.json:
        titles = {s.id: s.title for s in doc.sections}
        print(doc.title + (f" — {doc.author}" if doc.author else ""))
        print(f"{len(doc.sections)} sections, {len(doc.footnotes)} footnotes, {len(lists)} lists, {len(facts)} facts")
        for lst in lists:
            print(f"\n[{titles.get(lst.section, lst.section)}] {lst.lead}")
            print("\n".join(f"  {n}. {entry.text}" for n, entry in enumerate(lst.items, 1)))
        if facts:
            print()
        for fact in facts:
            print(f"{fact.date.text} ({fact.date.start}/{fact.date.end}): {fact.sentence}")
        return 0
    _dump(
        {
            "title": doc.title,
            "author": doc.author,
            "abstract": doc.abstract,
            "sections": [{"id": s.id, "title": s.title, "level": s.level, "parent": s.parent} for s in doc.sections],
            "footnotes": [{"number": f.number, "text": f.text} for f in doc.footnotes],
            "lists": [
                {"id": lst.id, "section": lst.section, "lead": lst.lead, "items": [i.text for i in lst.items]}
                for lst in lists
            ],
            "facts": [
                {
                    "id": f.id,
                    "section": f.section,
                    "sentence": f.sentence,
                    "context": f.context,
                    "date": {"text": f.date.text, "start": f.date.start, "end": f.date.end},
                    "footnotes": list(f.footnotes),
                    "event": _event_json(f.event),
                }
                for f in facts
            ],
        }
    )
    return 0


def _event_json(event) -> dict | None:
    """The clause a fact's date modifies, as the items show it (None for a sentence left unanalysed)."""
    if event is None:
        return None
    keys = ("role", "clause", "statement", "question", "subject", "leaning", "eventive", "doubt")
    return {key: getattr(event, key) for key in keys}


def cmd_items(args: argparse.Namespace) -> int:
    from studyapp.extract import find_lists
    from studyapp.generate import items_for_document
    from studyapp.generate.sources import made_from
    from studyapp.text import read_document

    doc = read_document(Path(args.path))
    items = items_for_document(doc, keep_all=args.all)
    if not args.json:
        for item in items:
            quality = f"  [{item.quality.score:.2f}: {'; '.join(item.quality.reasons)}]" if item.quality.reasons else ""
            print(f"{item.kind}: {item.prompt}\n  → {item.answer}{quality}")
        print(f"{len(items)} items")
        return 0
    lists = {study_list.id: study_list for study_list in find_lists(doc)}
    out = []
    for item in items:
        row = {
            "id": item.id,
            "kind": item.kind,
            "section": item.section,
            "prompt": item.prompt,
            "answer": item.answer,
            "source": asdict(item.source) | {"text": made_from(item, lists)},  # a list item's source: its list
            "unit": item.memory_unit,
            "quality": {"score": item.quality.score, "reasons": list(item.quality.reasons)},
        }
        if item.reveals:
            row["reveals"] = list(item.reveals)
        if item.choices:
            row["choices"] = list(item.choices)
        if item.order:
            row["order"] = list(item.order)
        out.append(row)
    _dump(out)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from studyapp.app import main as open_window

    return open_window(data_dir=args.data_dir)


def cmd_screenshots(args: argparse.Namespace) -> int:
    from studyapp.ui.screenshots import take_screenshots

    for path in take_screenshots(args.out_dir, data_dir=args.data_dir):
        print(path)
    return 0


def _names(values: list[str] | None) -> tuple[str, ...] | None:
    """``--sections a b`` and ``--sections a,b`` alike."""
    if values is None:
        return None
    return tuple(name for value in values for name in value.split(",") if name.strip())


def cmd_export(args: argparse.Namespace) -> int:
    import os
    import time

    from studyapp.services.exchange import AnkiExportOptions, ExchangeService, export_file_to_anki

    options = AnkiExportOptions(
        sections=_names(args.sections), kinds=_names(args.kinds), with_progress=args.with_progress
    )
    # SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes the stamp; else now, so Anki updates notes.
    stamp = float(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
    source = Path(args.source)
    if source.is_file():
        result = export_file_to_anki(source, Path(args.out), timestamp=stamp, options=options, replace=args.force)
    else:
        from studyapp.services.library import Library

        if source.suffix or os.sep in args.source:
            raise StudyappError(f"No such file: {source}")
        with Library.open(args.data_dir, read_only=True, import_bundled=False) as library:
            result = ExchangeService(library).export_deck_to_anki(
                args.source, Path(args.out), options=options, timestamp=stamp, replace=args.force
            )
    print(
        f"Exported {result.notes} notes (one per fact, list entry, list or chronology; {result.cards} cards) in "
        f"{len(result.decks)} decks to {result.path}."
    )
    if args.with_progress:
        print(
            f"Carried the progress of {result.studied} studied notes ({result.reviews} reviews). In Anki, "
            'import with "Import any learning progress" and "Import deck presets" on (the preset turns on FSRS '
            "and buries a note's other cards until the next day). Anki adds progress only to cards it does "
            "not have yet: cards already in the collection keep their Anki scheduling."
        )
    return 0


def _library_for_reading(args: argparse.Namespace):
    """The library for ``decks`` and ``stats``: never created or filled by them (None when there is none yet);
    read-only when another instance holds it or its disk or file cannot be written (said on stderr)."""
    from studyapp.services.library import Library
    from studyapp.storage.database import DB_NAME
    from studyapp.storage.health import LibraryProblem, Problem
    from studyapp.storage.library_file import refuse_lost

    folder = paths.data_dir(args.data_dir)
    if not (folder / DB_NAME).exists():
        refuse_lost(folder / DB_NAME)  # a library that existed is reported, not shown as empty
        return None
    try:
        return Library.open(folder, import_bundled=False)
    except LibraryProblem as problem:
        if problem.problem not in (Problem.LOCKED, Problem.READ_ONLY):
            raise
        why = "another studyapp holds it" if problem.problem is Problem.LOCKED else "it cannot be written"
        print(f"studyapp: the library is shown read-only ({why}).", file=sys.stderr)
        return Library.open(folder, read_only=True)


def cmd_import(args: argparse.Namespace) -> int:
    from studyapp.services.library import Library

    library = Library.open(args.data_dir)
    try:
        try:
            result = library.import_document(Path(args.path), update=args.update)
        except KeyError:
            known = ", ".join(d.id for d in library.decks()) or "none"
            raise StudyappError(f"No deck {args.update!r} in the library. Decks: {known}.") from None
        clash = _same_title_note(library, Path(args.path), result)
    except BaseException:
        library.close(backup=False)
        raise
    try:
        library.close()
    except StudyappError as error:  # the import is saved: only the backup written on closing failed
        print(
            f"studyapp: the deck was imported and saved, but the backup could not be written: {error}", file=sys.stderr
        )
    if args.json:
        _dump(
            {
                "deck": result.deck_id,
                "title": result.title,
                "added": result.added,
                "kept": result.kept,
                "retired": result.retired,
            }
        )
    else:
        print(
            f"Imported \u201c{result.title}\u201d as deck {result.deck_id}: {result.added} new items, "
            f"{result.kept} kept with their progress, {result.retired} retired."
        )
        if clash:
            print(clash)
    return 0


def _same_title_note(library, path: Path, result) -> str:
    """When the document became a new deck beside one with its title: how to make it an update instead."""
    if result.same_title_as is None:
        return ""
    from studyapp.services import deck_identity

    old = result.same_title_as
    plan = deck_identity.prepare(library, path, target=old).plan
    share = round((result.resemblance or 0) * 100)
    return (
        f"A deck with this title is already in the library ({old}), and this document differs from it ({share}% "
        f"of its sentences in common), so it was added as a new deck. To make it a new version of {old} "
        f"instead, run `studyapp import {path} --update {old}`: it would add {len(plan.added)} cards, keep "
        f"{len(plan.kept)} and retire {len(plan.retired)} (their answers stay in the history)."
    )


def cmd_decks(args: argparse.Namespace) -> int:
    library = _library_for_reading(args)
    decks = []
    if library is not None:
        try:
            decks = library.decks()
        finally:
            library.close(backup=False)
    rows = [
        {
            "id": d.id,
            "title": d.title,
            "new": d.new,
            "learning": d.learning,
            "due": d.due,
            "total": d.total,
            "exam_date": d.exam_date.isoformat() if d.exam_date else None,
            "days_to_exam": d.days_to_exam,
        }
        for d in decks
    ]
    if args.json:
        _dump(rows)
        return 0
    if not rows:
        print("No decks yet: add one with `studyapp import PATH`.")
        return 0
    header = ("Deck", "Title", "New", "Learning", "Due", "Cards", "Exam")
    table = [header] + [
        (
            r["id"],
            r["title"],
            str(r["new"]),
            str(r["learning"]),
            str(r["due"]),
            str(r["total"]),
            f"{r['exam_date']} ({r['days_to_exam']} d)" if r["exam_date"] else "",
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print(
            "  ".join(
                cell.rjust(w) if 2 <= i <= 5 else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="studyapp-empty-") as scratch:
        return _stats(args, scratch)


def _stats(args: argparse.Namespace, scratch: str) -> int:
    """Statistics of the library, or of a throw-away empty one (in ``scratch``) before there is a library."""
    from studyapp.services.library import Library

    library = _library_for_reading(args) or Library.open(scratch, import_bundled=False)
    try:
        if args.deck is None:
            stats = [library.stats.deck(None)] + [library.stats.deck(d.id) for d in library.decks()]
        else:
            try:
                stats = [library.stats.deck(args.deck)]
            except KeyError:
                known = ", ".join(d.id for d in library.decks()) or "none"
                raise StudyappError(f"No deck {args.deck!r} in the library. Decks: {known}.") from None
    finally:
        library.close(backup=False)
    if args.json:
        _dump(
            stats[0].to_json()
            if args.deck
            else {"library": stats[0].to_json(), "decks": [s.to_json() for s in stats[1:]]}
        )
        return 0
    for s in stats:
        retention = "n/a" if s.true_retention is None else f"{s.true_retention:.0%}"
        print(
            f"{s.deck_id or 'All decks'}: {s.total_reviews} reviews ({s.today_reviews} today), "
            f"true retention {retention}, streak {s.streak} d, {s.total_seconds / 60:.0f} min studied, "
            f"due next 7 days {sum(s.due_forecast[:7])}"
        )
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    """The deck's cards as the browser lists them (same filters, search and sort)."""
    import tempfile

    from studyapp.services.browser import BrowseQuery

    with tempfile.TemporaryDirectory(prefix="studyapp-empty-") as scratch:
        from studyapp.services.library import Library

        library = _library_for_reading(args) or Library.open(scratch, import_bundled=False)
        try:
            known = [d.id for d in library.decks()]
            if args.deck != "all" and args.deck not in known:
                raise StudyappError(f"No deck {args.deck!r} in the library. Decks: {', '.join(known) or 'none'}.")
            query = BrowseQuery(
                deck_id=None if args.deck == "all" else args.deck,
                kinds=_names(args.kinds) or (),
                states=_names(args.states) or (),
                search=args.search or "",
                sort=args.sort,
                descending=args.descending,
            )
            try:
                rows = library.browser.rows(query, limit=args.limit)
            except ValueError as error:
                raise StudyappError(str(error)) from None
        finally:
            library.close(backup=False)
    if args.json:
        _dump([row.to_json() for row in rows])
        return 0
    for row in rows:
        print(f"{row.row.kind:12} {row.state:24} {row.row.prompt}\n{'':37}→ {row.row.answer}")
    print(f"{len(rows)} cards")
    return 0


def _questions_of(args: argparse.Namespace, *, types=None):
    """(title, questions) of a quiz drawn from a document file or a library deck (``--seed`` reproduces it)."""
    import os

    from studyapp.services.practice import draw_from_items

    sections = _names(args.sections) or ()
    source = Path(args.deck)
    if source.is_file():
        from studyapp.generate import items_for_document
        from studyapp.text import read_document

        doc = read_document(source)
        known = {s.id for s in doc.sections}
        _check_sections(sections, known)
        questions = draw_from_items(
            items_for_document(doc), count=args.count, seed=args.seed, sections=sections, types=types
        )
        return doc.display_title, questions, {s.id: s.display_title for s in doc.sections}
    if source.suffix or os.sep in args.deck:
        raise StudyappError(f"No such file: {source}")
    library = _library_for_reading(args)
    try:
        practice = library.practice
        try:
            choices = practice.sections(args.deck)
        except KeyError:
            known = ", ".join(d.id for d in library.decks()) or "none"
            raise StudyappError(f"No deck {args.deck!r} in the library. Decks: {known}.") from None
        _check_sections(sections, {s.id for s in choices})
        questions = practice.draw(args.deck, count=args.count, seed=args.seed, sections=sections, types=types)
        title = library.deck(args.deck).title
    finally:
        library.close(backup=False)
    return title, questions, {s.id: s.title for s in choices}


def _check_sections(sections, known) -> None:
    unknown = [s for s in sections if s not in known]
    if unknown:
        raise StudyappError(f"No section {unknown[0]!r} in this document. Sections: {', '.join(sorted(known))}.")


def _quiz_types(values: list[str] | None):
    from studyapp.core.questions import QuestionType

    if not values:
        return None
    names = _names(values)
    try:
        return [QuestionType(name) for name in names]
    except ValueError:
        choices = ", ".join(t.value for t in QuestionType)
        raise StudyappError(f"Unknown question type in {', '.join(names)}; choose from {choices}.") from None


def cmd_quiz(args: argparse.Namespace) -> int:
    from studyapp.core.printable import LETTERS

    if args.count < 1:
        raise StudyappError("--count must be at least 1.")
    title, questions, titles = _questions_of(args, types=_quiz_types(args.types))
    rows = []
    for q in questions:
        row = {
            "number": q.number,
            "type": q.type.value,
            "kind": q.item.kind,
            "item": q.item.id,
            "unit": q.item.memory_unit,
            "section": q.item.section,
            "section_title": titles.get(q.item.section, q.item.source.section_title),
            "prompt": q.instruction,
            "answer": q.item.answer,
            "source": q.item.source.text,
        }
        if q.item.choices:
            row["choices"] = list(q.item.choices)
        if q.entries:
            row["entries"] = list(q.entries)
            row["order"] = list(q.item.order)
        rows.append(row)
    if args.json:
        _dump({"title": title, "seed": args.seed, "count": len(rows), "questions": rows})
        return 0
    print(f"{title}: {len(rows)} questions" + (f" (seed {args.seed})" if args.seed is not None else ""))
    for row in rows:
        print(f"\n{row['number']}. {row['prompt']}")
        for letter, option in zip(LETTERS, row.get("choices") or row.get("entries") or [], strict=False):
            print(f"   {letter}. {option}")
    print("\nAnswers:")
    for row in rows:
        print(f"{row['number']}. {'; '.join(row['order']) if 'order' in row else row['answer']}")
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    from studyapp.core.printable import printable_test

    if args.count < 1:
        raise StudyappError("--count must be at least 1.")
    title, questions, titles = _questions_of(args)
    if not questions:
        raise StudyappError("No questions to print: this deck (or these sections) has no study items.")
    chosen = _names(args.sections) or ()
    scope = "; ".join(titles.get(s, s) for s in chosen) if chosen else "the whole document"
    test = printable_test(title, f"Practice test · {len(questions)} questions · {scope}", questions)
    from studyapp.ui.practice_pdf import write_test_pdf_headless

    out = write_test_pdf_headless(test, Path(args.out))
    print(f"Wrote a practice test of {len(questions)} questions, with its answer key, to {out}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from studyapp.services.library import list_backups, restore_backup

    if args.list:
        backups = list_backups(args.data_dir)
        for b in backups:
            print(f"{b.created:%Y-%m-%d %H:%M:%S} UTC  {b.path}")
        if not backups:
            print("No backups yet.")
        return 0
    if args.start_new:
        from studyapp.services.backups import start_new_library

        start_new_library(args.data_dir)
        print("The lost library was set aside; the next start makes a new, empty one. Its backups are kept.")
        return 0
    used = restore_backup(args.data_dir, args.backup)
    print(f"Restored the library from {used}. The library it replaced is kept beside it.")
    return 0


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from studyapp import desktop

    if args.uninstall:
        removed = desktop.uninstall()
        print("\n".join(f"Removed {path}" for path in removed) or "studyapp was not in the desktop menu.")
        return 0
    files = desktop.install()
    print(f"Added studyapp to the desktop menu: {files.entry} (icon {files.icon}).")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyapp",
        description="Read an article, study the cards made from its dated facts and numbered lists "
        "(FSRS scheduling), export them to Anki. With no command, the desktop app opens.",
    )
    parser.add_argument("--data-dir", help="library folder (default: $STUDYAPP_DATA_DIR or the user-data folder)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("extract", help="print a document's sections, footnotes, lists and dated facts")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="JSON output (default: a summary to read)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("items", help="print the study items generated from a document")
    p.add_argument("--all", action="store_true", help="also the items under the quality bar, with their reasons")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="JSON output, with each item's unit and quality (default: text)")
    p.set_defaults(func=cmd_items)

    p = sub.add_parser("gui", help="open the desktop app (the default when no command is given)")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="library folder to open")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("screenshots", help="save a PNG of each screen (offscreen) into a folder, then exit")
    p.add_argument("out_dir", metavar="DIR", help="folder for the PNG files (created if missing)")
    p.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="library to show (default: a fresh temporary library with the bundled deck)",
    )
    p.set_defaults(func=cmd_screenshots)

    p = sub.add_parser("export", help="export a document file or a library deck to an Anki package (.apkg)")
    p.add_argument("source", metavar="PATH_OR_DECK", help="a document file, or a deck id of the library")
    p.add_argument("-o", "--out", required=True, metavar="OUT.apkg", help="the package to write")
    p.add_argument("--sections", nargs="+", metavar="SECTION", help="section ids to export (default: all)")
    p.add_argument("--kinds", nargs="+", metavar="KIND", help="item kinds to export (default: all)")
    p.add_argument(
        "--with-progress", action="store_true", help="carry review history and scheduling (a library deck only)"
    )
    p.add_argument("--force", action="store_true", help="replace an earlier Anki package at OUT (never any other file)")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="library folder (for a deck id)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="import (or re-import) a document into the library as a deck")
    p.add_argument("path")
    p.add_argument(
        "--update",
        metavar="DECK",
        help="treat the document as a new version of this deck (by default a different document with the "
        "title of a deck becomes a deck of its own)",
    )
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="library folder")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("decks", help="list the library's decks with today's new/learning/due counts")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="library folder")
    p.set_defaults(func=cmd_decks)

    p = sub.add_parser("stats", help="study statistics (reviews per day, retention, forecast, mastery, streak)")
    p.add_argument("--deck", help="one deck id (default: the whole library and each deck)")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="library folder")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("cards", help="list a deck's cards as the browser does (search, filters, sort)")
    p.add_argument("deck", metavar="DECK", help="a deck id of the library, or 'all'")
    p.add_argument("--search", metavar="TEXT", help="words in the prompt, answer or source (the browser's search)")
    p.add_argument("--kinds", nargs="+", metavar="KIND", help="item kinds (default: all)")
    p.add_argument(
        "--states", nargs="+", metavar="STATE", help="new, learning, review, suspended, buried, edited, rejected, own"
    )
    p.add_argument("--sort", default="section", help="column: kind, section, prompt, answer, due, interval, ...")
    p.add_argument("--descending", action="store_true", help="reverse the sort")
    p.add_argument("--limit", type=int, default=1000, help="at most this many cards (default 1000)")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="library folder")
    p.set_defaults(func=cmd_cards)

    p = sub.add_parser("quiz", help="print a reproducible practice quiz drawn from a deck or a document file")
    p.add_argument("deck", metavar="DECK", help="a deck id of the library, or a document file")
    p.add_argument("--sections", nargs="+", metavar="SECTION", help="section ids to draw from (default: all)")
    p.add_argument("--types", nargs="+", metavar="TYPE", help="question types (choice, typed, ordering, ...)")
    p.add_argument("--count", type=int, default=20, help="number of questions (default 20)")
    p.add_argument("--seed", type=int, help="the same seed draws the same quiz")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="library folder")
    p.set_defaults(func=cmd_quiz)

    p = sub.add_parser("test", help="write a printable practice test (PDF: questions, then the answer key)")
    p.add_argument("deck", metavar="DECK", help="a deck id of the library, or a document file")
    p.add_argument("-o", "--out", required=True, metavar="TEST.pdf", help="the PDF to write")
    p.add_argument("--sections", nargs="+", metavar="SECTION", help="section ids to draw from (default: all)")
    p.add_argument("--count", type=int, default=20, help="number of questions (default 20)")
    p.add_argument("--seed", type=int, help="the same seed draws the same test")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="library folder")
    p.set_defaults(func=cmd_test)

    p = sub.add_parser("restore", help="replace the library database with a backup (the newest by default)")
    p.add_argument("backup", nargs="?", help="a backup file (see --list)")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.add_argument(
        "--start-new",
        action="store_true",
        help="in place of a library that is missing or empty, start a new one (the backups are kept)",
    )
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="library folder")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("install-desktop", help="add studyapp to the desktop menu (Linux: a .desktop file and an icon)")
    p.add_argument("--uninstall", action="store_true", help="remove the menu entry and the icon")
    p.set_defaults(func=cmd_install_desktop)

    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from studyapp.app import main as open_window

        return open_window(data_dir=args.data_dir)
    log_file = logs.start(paths.chosen_data_dir(args.data_dir))  # only where a library folder already is
    try:
        return args.func(args)
    except StudyappError as error:
        log.info("%s failed: %s", args.command, error, exc_info=error)
        print(f"studyapp: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # "studyapp items article.txt | head": the reader stopped reading, nothing failed
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (so that the exit's flush stays quiet)
        return 0
    except OSError as error:
        log.error("%s failed", args.command, exc_info=error)
        if _in_library(args, error.filename):
            print(f"studyapp: {_library_problem(args, error)}", file=sys.stderr)
        else:
            print(f"studyapp: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as error:
        log.error("%s failed", args.command, exc_info=error)
        print(f"studyapp: {_library_problem(args, error)}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: told in words, the traceback kept in the log for a report
        log.error("%s failed", args.command, exc_info=error)
        where = f" The details were written to {log_file}." if log_file.exists() else ""
        print(f"studyapp: something went wrong ({type(error).__name__}: {error}).{where}", file=sys.stderr)
        return 1


def _library_problem(args: argparse.Namespace, error: BaseException) -> str:
    """A failure of the library in words that name what happened (full disk, read-only, damaged...)."""
    from studyapp.storage.database import DB_NAME
    from studyapp.storage.health import problem_error

    return str(problem_error(error, paths.data_dir(args.data_dir) / DB_NAME))


def _in_library(args: argparse.Namespace, filename: object) -> bool:

    if not filename:
        return False
    try:
        return Path(str(filename)).resolve().is_relative_to(paths.data_dir(args.data_dir).resolve())
    except OSError:
        return False
