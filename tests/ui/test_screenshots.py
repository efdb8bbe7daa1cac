"""``studyapp screenshots`` writes a PNG per screen at the promised sizes."""
from __future__ import annotations

from PySide6.QtGui import QImage

from studyapp.ui.screenshots import take_screenshots


def test_screenshots_are_written_at_both_sizes(qtbot, tmp_path):
    written = take_screenshots(tmp_path / "shots", data_dir=tmp_path / "data")
    names = {path.name for path in written}
    for name in ("library", "reader", "review-question", "review-answer", "statistics"):
        assert {f"{name}.png", f"{name}-small.png"} <= names
    assert "settings.png" in names
    large = QImage(str(tmp_path / "shots" / "reader.png"))
    small = QImage(str(tmp_path / "shots" / "reader-small.png"))
    assert (large.width(), large.height()) == (1280, 800)
    assert (small.width(), small.height()) == (800, 560)
    corner, middle = large.pixelColor(5, 5), large.pixelColor(640, 400)
    assert corner != middle or large.pixelColor(700, 300) != corner  # not a blank image
