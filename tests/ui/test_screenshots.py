"""``studyapp screenshots`` writes a PNG per screen at the promised sizes."""

from __future__ import annotations

from PySide6.QtGui import QImage

from studyapp.services.library import Library
from studyapp.ui.screenshots import answer_sample_cards, take_screenshots


def test_screenshots_are_written_at_both_sizes(qtbot, tmp_path):
    written = take_screenshots(tmp_path / "shots", data_dir=tmp_path / "data")
    names = {path.name for path in written}
    for name in ("library", "reader", "review-question", "review-answer", "statistics", "quiz", "exam-report",
                 "timeline", "lists", "browser"):  # fmt: skip
        assert {f"{name}.png", f"{name}-small.png"} <= names
    assert {"settings.png", "editor.png"} <= names
    cards = ("chronology-answer", "choice-question", "choice-answer", "chronology-question", "list-answer")
    for card in cards:  # the hardest cards to lay out, at both sizes, light and dark
        assert {f"review-{card}{size}{scheme}.png" for size in ("", "-small") for scheme in ("", "-dark")} <= names
    assert not {f"review-order-{side}.png" for side in ("question", "answer")} & names  # its lists have no order
    pictures: dict[bytes, list[str]] = {}  # (a given library, never studied, looks as one about to start reading)
    for path in (path for path in written if path.name.startswith("review-")):
        pictures.setdefault(path.read_bytes(), []).append(path.name)
    assert [names for names in pictures.values() if len(names) > 1] == []  # no screen shown twice
    assert {"reader-end.png", "library-start-reading-small.png", "library-set-aside.png", "set-aside.png"} <= names
    chronology = QImage(str(tmp_path / "shots" / "review-chronology-answer-small.png"))
    assert (chronology.width(), chronology.height()) == (800, 560)
    large = QImage(str(tmp_path / "shots" / "reader.png"))
    small = QImage(str(tmp_path / "shots" / "reader-small.png"))
    assert (large.width(), large.height()) == (1280, 800)
    assert (small.width(), small.height()) == (800, 560)
    corner, middle = large.pixelColor(5, 5), large.pixelColor(640, 400)
    assert corner != middle or large.pixelColor(700, 300) != corner  # not a blank image
    with Library.open(tmp_path / "data", read_only=True) as library:  # a given library is never studied
        assert library.stats.deck(None).total_reviews == 0
        assert library.repos().db.execute("SELECT count(*) FROM mock_exams").fetchone()[0] == 0


def test_a_scratch_library_is_studied_on_past_days_so_the_statistics_have_data(qtbot, library, deck_id, clock):
    from studyapp.ui.statistics_screen import StatisticsScreen

    answer_sample_cards(library)
    stats = library.stats.deck(deck_id)
    today = clock.now.date()
    assert len(stats.reviews_per_day) >= 5 and all(d.day < today for d in stats.reviews_per_day)
    assert stats.true_retention_30d is not None and sum(stats.due_forecast) > 0
    screen = StatisticsScreen(library)
    qtbot.addWidget(screen)
    screen.show_deck(deck_id)
    assert int(screen.figures["total"].value.text()) == stats.total_reviews > 0
    assert "nothing studied" not in screen.subtitle.text()


def test_a_scratch_library_gets_an_exam_so_the_prediction_shows(qtbot, library, deck_id):
    from studyapp.ui.screenshots import set_sample_exam
    from studyapp.ui.statistics_screen import StatisticsScreen

    answer_sample_cards(library)
    set_sample_exam(library)
    assert library.exam.get(deck_id) is not None
    screen = StatisticsScreen(library)
    qtbot.addWidget(screen)
    screen.show_deck(deck_id)
    assert "No exam date set" not in screen.exam.text() and "%" in screen.exam.text()
