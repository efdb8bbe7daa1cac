"""Screenshots of the cards hardest to lay out: a long chronology answered, a choice card, an order drill and a
whole list answered, at 800x560 and 1280x800, light and dark (part of ``studyapp screenshots``).

They are taken in a scratch library of the bundled deck of their own, through the real review session: cards
before the wanted one are buried on the way, then brought back.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from fsrs import Rating
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from studyapp.generate.model import Kind, StudyItem
from studyapp.services.sample_study import learn_units

SIZES = ((QSize(1280, 800), ""), (QSize(800, 560), "-small"))
MAX_WALK = 600  # cards buried on the way to the wanted one, at most
_WAITING = frozenset({Kind.LIST_RECALL, Kind.LIST_ORDER, Kind.CHRONOLOGY})  # asked once their members are known


def review_card_shots(out: Path, app: QApplication) -> list[Path]:
    """Write ``review-<card>[-small][-dark].png`` for each card shown; returns the files."""
    from studyapp.app import build_window
    from studyapp.ui import theme

    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="studyapp-cards-") as scratch:
        window = build_window(scratch, fuzzing=False)
        try:
            library = window.library
            deck_id = library.decks()[0].id
            cards = _cards_to_show(library.items(deck_id))
            window.show()
            for size, suffix_size in SIZES:  # a deck not started: reading comes first
                window.resize(size)
                window.show_screen("library")
                written.append(_save(window, out / f"library-start-reading{suffix_size}.png", app))
            written += _session_end_shots(window, deck_id, app, out)
            library.settings.set(deck_id, replace(library.settings.get(deck_id), new_per_day=10_000))
            previous = os.environ.get(theme.THEME_ENV)
            for scheme in ("light", "dark"):
                os.environ[theme.THEME_ENV] = scheme
                window.apply_theme()
                suffix_theme = "-dark" if scheme == "dark" else ""
                for size, suffix_size in SIZES:
                    window.resize(size)
                    for name, (item, answer) in cards.items():
                        if _show(window, deck_id, item, app):
                            answer(window.review_screen)
                            path = out / f"review-{name}{suffix_size}{suffix_theme}.png"
                            written.append(_save(window, path, app))
            if previous is None:
                os.environ.pop(theme.THEME_ENV, None)
            else:
                os.environ[theme.THEME_ENV] = previous
            window.apply_theme()
            written += _set_aside_shots(window, deck_id, out, app)
        finally:
            window.close()
            window.library.close()
            window.deleteLater()
            _settle(app)
    return written


def _cards_to_show(items: list[StudyItem]) -> dict[str, tuple[StudyItem, Callable]]:
    """The longest chronology and list order (the hardest to fit), a choice card and a whole list: recalled, or
    shown around the first gap of a list too long to recall."""
    cards: dict[str, tuple[StudyItem, Callable]] = {}

    def longest(kind: Kind) -> StudyItem | None:
        found = [item for item in items if item.kind == kind]
        return max(found, key=lambda item: len(item.answer)) if found else None

    chronology = longest(Kind.CHRONOLOGY)
    learnt = set(chronology.reveals) if chronology else set()  # studied on past days to bring the drill up

    def late(kind: Kind) -> StudyItem | None:
        """The last of its kind: far from the first section, whose cards the session-end shots study."""
        return next((item for item in reversed(items) if item.kind == kind and item.memory_unit not in learnt), None)

    order_drill = longest(Kind.LIST_ORDER)
    first_gap = next((item for item in items if item.kind == Kind.LIST_CLOZE), None)  # before its list's others
    # An article whose lists have no meaningful order has no order drill: its chronology is the drill shown.
    drills = (
        (("order-question", order_drill, lambda review: None), ("order-answer", order_drill, _arrange_partly))
        if order_drill
        else (("chronology-question", chronology, lambda review: None),)
    )
    wanted = (
        ("chronology-answer", chronology, _arrange_partly),
        ("choice-question", late(Kind.DATE_CHOICE), lambda review: None),
        ("choice-answer", late(Kind.DATE_CHOICE), _pick_wrong),
        *drills,
        ("list-answer", longest(Kind.LIST_RECALL) or first_gap, lambda review: review.show_answer()),
    )
    for name, item, answer in wanted:
        if item is not None:
            cards[name] = (item, answer)
    return cards


def _show(window, deck_id: str, item: StudyItem, app: QApplication) -> bool:
    """Start a session on the item's section and bury cards until the item's unit comes up, then ask it by the
    item; the buried cards are brought back first. A whole list or chronology, which waits until its members
    are known, has them learnt on the days before. False when the session never gets to it."""
    library = window.library
    if item.reveals and item.kind in _WAITING:
        learn_units(library, deck_id, frozenset(item.reveals), before=library.now())
    library.set_aside.restore(card.card_id for card in library.set_aside.cards(deck_id))
    window.study(deck_id, item.section)
    review = window.review_screen
    for _ in range(MAX_WALK):
        current = review.session.current
        if current is None:
            return False
        if current.unit == item.memory_unit:
            if current.item.id != item.id:
                review.session.ask_as(item.id)
                review.render()
            window.statusBar().clearMessage()  # not "Card buried" from the way here
            _settle(app)
            return True
        review.bury()
    return False


def _session_end_shots(window, deck_id: str, app: QApplication, out: Path) -> list[Path]:
    """The end of a session over the first section, today's new cards done: the next steps offered."""
    library = window.library
    library.settings.set(deck_id, replace(library.settings.get(deck_id), new_per_day=3))
    first = library.document(deck_id).sections[0].id
    library.reading.set_read(deck_id, first)
    window.read(deck_id)
    window.study(deck_id, first)
    review = window.review_screen
    for _ in range(20):  # Easy on each: the cards graduate and the session ends with the limit
        if review.finished:
            break
        item = review.session.current.item
        if review.current_is_choice():
            review.pick_choice(item.choices.index(item.answer) + 1)
        elif review.card_view.arranging:
            review.check_order()
        else:
            review.show_answer()
        review.rate(Rating.Easy)
    written = []
    for size, suffix in SIZES:
        window.resize(size)
        written.append(_save(window, out / f"review-session-end{suffix}.png", app))
    return written


def _set_aside_shots(window, deck_id: str, out: Path, app: QApplication) -> list[Path]:
    """The library and the reader with cards set aside (those buried on the way, one suspended), and the list
    of them."""
    from studyapp.ui.set_aside_dialog import SetAsideDialog

    window.study(deck_id)
    window.review_screen.suspend()
    window.statusBar().clearMessage()
    written = []
    for size, suffix in SIZES:
        window.resize(size)
        window.show_screen("library")
        written.append(_save(window, out / f"library-set-aside{suffix}.png", app))
        window.read(deck_id)
        written.append(_save(window, out / f"reader-set-aside{suffix}.png", app))
    dialog = SetAsideDialog(window.library, deck_id, parent=window)
    dialog.show()
    written.append(_save(dialog, out / "set-aside.png", app))
    dialog.reject()
    dialog.deleteLater()
    return written


def _arrange_partly(review) -> None:
    """Put the right first entry at the top, leave the rest as shown, check: some right, some wrong."""
    entries = review.order_list.entries()
    right_first = review.session.current.item.order[0]
    review.order_list.setCurrentRow(entries.index(right_first))
    for _ in range(entries.index(right_first)):
        review.order_list.move_current(-1)
    review.check_order()


def _pick_wrong(review) -> None:
    item = review.session.current.item
    review.pick_choice(next(n for n, choice in enumerate(item.choices, 1) if choice != item.answer))


def _settle(app: QApplication, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget, path: Path, app: QApplication) -> Path:
    _settle(app)
    widget.grab().save(str(path))
    return path
