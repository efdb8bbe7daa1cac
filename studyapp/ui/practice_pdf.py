"""A printable practice test as a PDF, with Qt's own writer: the questions, then the answer key on a page
of its own. Every piece of article text reaches the page escaped."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from studyapp.core.printable import PrintableTest, PrintedQuestion
from studyapp.ui.typography import heading, smarten

RESOLUTION = 300  # dots per inch of the PDF's layout
MARGIN_MM = 18
# Inline styles in px: Qt's rich text ignores margins given in pt.
_QUESTION = "margin-top:14px; margin-bottom:4px;"
_HINT = "color:#555555; font-style:italic;"
_OPTION = "margin-left:28px; margin-top:2px; margin-bottom:2px;"
_LINE = "margin-left:28px; margin-top:14px; margin-bottom:0; color:#888888;"
_MUTED = "color:#555555;"


def _text(text: str) -> str:
    return escape(smarten(text)).replace("\n", "<br/>")


def _question(q: PrintedQuestion) -> str:
    hint = f' <span style="{_HINT}">{escape(q.instruction)}</span>' if q.instruction else ""
    html = f'<p style="{_QUESTION}"><b>{q.number}.</b> {_text(q.text)}{hint}</p>'
    html += "".join(f'<p style="{_OPTION}">{_text(option)}</p>' for option in q.options)
    html += "".join(f'<p style="{_LINE}">{"_" * 64}</p>' for _ in range(q.answer_lines))
    return html


def practice_test_html(test: PrintableTest) -> str:
    """The whole test as HTML: header, questions, then the key after a page break."""
    questions = "".join(_question(q) for q in test.questions)
    key = "".join(
        f'<p style="margin-top:6px; margin-bottom:6px;"><b>{k.number}.</b> '
        f"{escape(k.letters) + ' — ' if k.letters else ''}{_text(k.answer)} "
        f'<span style="{_MUTED} font-size:9pt;">({escape(heading(k.source))})</span></p>'
        for k in test.key
    )
    title = escape(heading(test.title))
    return (
        f'<html><body><h1 style="font-size:18pt; margin-bottom:3px;">{title}</h1>'
        f'<p style="{_MUTED} margin-bottom:12px;">{escape(test.subtitle)}</p>'
        "<p>Name: ______________________________ &nbsp;&nbsp; Date: ______________</p>"
        f"{questions}"
        '<h1 style="font-size:18pt; margin-bottom:3px; page-break-before:always;">Answer key</h1>'
        f'<p style="{_MUTED} margin-bottom:12px;">{title}</p>{key}</body></html>'
    )


def write_test_pdf(test: PrintableTest, path: Path) -> Path:
    """Write ``test`` to ``path`` as an A4 PDF (needs a QGuiApplication)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
        )
    )
    writer.setTitle(f"{test.title} — practice test")
    writer.setCreator("studyapp")
    document = QTextDocument()
    font = QFont("DejaVu Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setHtml(practice_test_html(test))
    document.print_(writer)  # lays the text out on the writer's pages (points scaled to its resolution)
    return path


def write_test_pdf_headless(test: PrintableTest, path: Path) -> Path:
    """:func:`write_test_pdf` from the command line: a GUI application is made if there is none (offscreen
    when no display is at hand)."""
    if QGuiApplication.instance() is None:
        if not (os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([])  # noqa: F841 (kept alive while writing)
        return write_test_pdf(test, path)
    return write_test_pdf(test, path)
