"""Colours, fonts and the style sheet: light or dark, following the system's colour scheme."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from studyapp.paths import resource

READING_FAMILIES = (
    "Charter",
    "Iowan Old Style",
    "Georgia",
    "Literata",
    "Source Serif 4",
    "Source Serif Pro",
    "Noto Serif",
    "PT Serif",
    "Cambria",
    "DejaVu Serif",
    "Liberation Serif",
    "Times New Roman",
)
UI_FAMILIES = (
    "Inter",
    "Segoe UI",
    "SF Pro Text",
    ".AppleSystemUIFont",
    "Cantarell",
    "Noto Sans",
    "Ubuntu",
    "DejaVu Sans",
    "Liberation Sans",
    "Arial",
)


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    paper: str
    text: str
    muted: str
    line: str
    hover: str
    accent: str
    accent_hover: str
    accent_soft: str
    accent_text: str
    on_accent: str
    highlight_fact: str
    highlight_list: str
    new: str
    learning: str
    due: str
    right: str
    right_soft: str
    wrong: str
    wrong_soft: str


LIGHT = Colors(
    window="#f3f0ea",
    base="#fbfaf7",
    paper="#fffdf8",
    text="#25282b",
    muted="#5f656b",
    line="#ddd7cc",
    hover="#e9e4da",
    accent="#2f5d62",
    accent_hover="#3b7077",
    accent_soft="#d6e6e4",
    accent_text="#1e3f43",
    on_accent="#ffffff",
    highlight_fact="#f6ecd2",
    highlight_list="#e3eef0",
    new="#2a62b8",
    learning="#b5541d",
    due="#2f7d3b",
    right="#2f7d3b",
    right_soft="#dff0e0",
    wrong="#b23a3a",
    wrong_soft="#f6dede",
)
DARK = Colors(
    window="#1e2124",
    base="#25292d",
    paper="#222528",
    text="#e5e2dc",
    muted="#a3a7ab",
    line="#3a3f44",
    hover="#30353a",
    accent="#7fb7be",
    accent_hover="#93c6cc",
    accent_soft="#2e4a4d",
    accent_text="#d5eef0",
    on_accent="#10282b",
    highlight_fact="#3d3624",
    highlight_list="#263b40",
    new="#7fb0ff",
    learning="#f0a06b",
    due="#7fcf8a",
    right="#7fcf8a",
    right_soft="#23402a",
    wrong="#f08c8c",
    wrong_soft="#4a2727",
)


THEME_ENV = "STUDYAPP_THEME"
_system_palette_dark: bool | None = None


def is_dark() -> bool:
    """True when the system asks for a dark scheme (or, lacking that, when its palette is dark).

    ``$STUDYAPP_THEME`` set to ``dark`` or ``light`` overrides the system.
    """
    forced = os.environ.get(THEME_ENV, "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    _remember_system_palette()
    return bool(_system_palette_dark)


def _remember_system_palette() -> None:
    """Note once whether the system palette is dark, before our own palette replaces it."""
    global _system_palette_dark
    if _system_palette_dark is None:
        _system_palette_dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colors() -> Colors:
    return DARK if is_dark() else LIGHT


def first_family(candidates: tuple[str, ...]) -> str:
    """The first of ``candidates`` installed here (fallback: the first, so Qt substitutes sensibly)."""
    installed = set(QFontDatabase.families())
    return next((name for name in candidates if name in installed), candidates[0])


def reading_font(point_size: float = 13.0) -> QFont:
    font = QFont(first_family(READING_FAMILIES))
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font


def ui_font() -> QFont:
    font = QFont(QApplication.font())
    if font.family() in {"Sans Serif", "Helvetica"}:
        font.setFamily(first_family(UI_FAMILIES))
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    return font


def _palette(c: Colors) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Mid: c.line,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return p


def style_sheet(c: Colors) -> str:
    qss = resource("styles/app.qss").read_text(encoding="utf-8")
    # Longest names first so "@accent_soft" is not eaten by "@accent".
    for f in sorted(fields(c), key=lambda f: -len(f.name)):
        qss = qss.replace("@" + f.name, getattr(c, f.name))
    return qss


def apply(app: QApplication) -> Colors:
    """Style ``app`` for the current scheme; returns the colours in use."""
    _remember_system_palette()
    c = colors()
    app.setStyle("Fusion")
    app.setFont(ui_font())
    app.setPalette(_palette(c))
    app.setStyleSheet(style_sheet(c))
    return c
