"""Keys a learner presses on the review screen, shared by the UI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt


def reveal_answer(qtbot, review) -> None:
    """Show the answer as a learner would: a choice card is answered with 1, any other with Space."""
    qtbot.keyClick(review, Qt.Key.Key_1 if review.current_is_choice() else Qt.Key.Key_Space)


def bring_up(window, deck_id: str, wanted, *, section: str | None = None):
    """Study ``section`` (the item's own section when ``wanted`` is a StudyItem) burying cards until a unit with
    the wanted way of asking comes up, then ask it that way: ``wanted`` is an item, a kind, or a predicate on
    items. Returns the review screen."""
    from studyapp.generate.model import StudyItem
    from studyapp.services.sample_study import learn_units

    if isinstance(wanted, StudyItem):
        section = section or wanted.section
        match = lambda item: item.id == wanted.id  # noqa: E731
    elif isinstance(wanted, str):
        match = lambda item: item.kind == wanted  # noqa: E731
    else:
        match = wanted
    waits = ("list-recall", "list-order", "chronology")  # a whole list or chronology waits for its members
    if isinstance(wanted, StudyItem) and wanted.kind in waits and wanted.reveals:
        learn_units(window.library, deck_id, frozenset(wanted.reveals), before=window.library.now())
    window.study(deck_id, section)
    review = window.review_screen
    for _ in range(600):
        session = review.session
        current = session.current
        assert current is not None, "the session ended before the wanted card"
        way = next((w for w in current.ways if match(window.library.repos().cards.item(w.item_id))), None)
        if way is not None:
            if way.item_id != current.item.id:
                session.ask_as(way.item_id)
                review.render()
            return review
        review.bury()
    raise AssertionError("the wanted card never came up")


def allow_new_cards(library, deck_id: str, count: int = 10_000) -> None:
    """Lift the deck's daily limit of new cards (cards deep in the article come up)."""
    from dataclasses import replace

    library.settings.set(deck_id, replace(library.settings.get(deck_id), new_per_day=count))
