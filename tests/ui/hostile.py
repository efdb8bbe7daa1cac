"""A hostile article, and every piece of text the app's widgets show, for the tests of issue 12, finding 1.

Article text reaches Qt as titles, headings, list items, notes, tooltips, window titles and message boxes.
Qt reads a string as rich text when the widget is set to it, or (labels and tooltips left on their default)
when the string merely looks like markup: an article title such as ``A History of <img src=file:///dev/zero>``
then makes Qt read that file until memory runs out. :func:`surfaces` collects what every visible widget
shows and whether Qt takes it as markup; :func:`problems` says where article markup became elements.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtGui import Qt as QtText
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

BIDI_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067"  # embeddings, overrides, LRI/RLI (FSI/PDI are ours)


def store_hostile(library, article: Path, src: str) -> str:
    """Import ``article`` (the hostile Markdown) as a deck whose title and section titles keep their markup.

    The reader drops the tags it meets in an article's text, so markup never reaches a screen that way; the
    deck is stored with its titles as written, as a reader that kept them would store them, to check that
    every screen still shows them as text. Returns the deck id."""
    import html
    from dataclasses import replace

    from studyapp.generate import items_for_document
    from studyapp.text import read_document

    text = article.read_text(encoding="utf-8")
    doc = read_document(article)
    headings = [html.unescape(line.lstrip("# ").strip()) for line in text.splitlines() if line.startswith("## ")]
    sections = tuple(
        replace(section, title=headings[n]) if n < len(headings) else section for n, section in enumerate(doc.sections)
    )
    title = text.splitlines()[0].lstrip("# ").strip()
    doc = replace(doc, title=title, sections=sections)
    library.store_document(doc, source_name=article.name, source_text=text, items=items_for_document(doc))
    return doc.id


def hostile_markdown(src: str) -> str:
    """An article whose every title, heading, list entry and note is hostile (``src``: the image to point at).

    The sentences are real history (the Hanseatic League) with markup, scripts, ``javascript:`` links and
    bidi overrides worked in; each hostile string carries a tag the app never writes itself (``img``,
    ``u``, ``font``, ``script``), so markup that became elements is always found.
    """
    return f"""# A History of <img src={src}> the <u>Hanseatic</u> League \u202egnp.exe

By <a href="javascript:alert(1)">Mallory</a> <font color=red>Pwn</font>

A short history of a trading alliance, with <script>alert(1)</script> in its abstract.

## Beginnings <img src={src}> &lt;u&gt;underlined&lt;/u&gt;

Merchants of <a href="javascript:alert('x')">Lübeck</a> and <u>Hamburg</u> agreed in 1241 to protect the road \
between the two towns.[^1] The alliance grew in 1259 as other towns <img src={src}> joined it.

## Decline \u202e of the <font size=72>League</font>

The League lost its privileges in London in 1598. The last formal diet met in 1669, with only nine towns \
present.

The reasons for the decline can be listed as follows:

1. the rise of <img src={src}> territorial states;
2. the shift of trade to <a href="javascript:void(0)">the Atlantic</a> and <u>beyond</u>;
3. competition from \u202eDutch shipping\u202c after 1600.

[^1]: See <img src={src}> and <a href=javascript:alert(1)>the <u>charter</u></a> of 1241.
"""


@dataclass(frozen=True)
class Surface:
    where: str  # widget class and object
    text: str
    rich: bool  # Qt reads the text as markup


def _rich_label(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == QtText.TextFormat.RichText or (
        fmt == QtText.TextFormat.AutoText and QtText.mightBeRichText(label.text())
    )


def _tip(where: str, tip: str) -> Surface | None:
    return Surface(where + " (tooltip)", tip, QtText.mightBeRichText(tip)) if tip else None


def surfaces(roots: list[QWidget] | None = None) -> list[Surface]:
    """Every text the visible top-level widgets (or ``roots``) and their children show, with how Qt reads it."""
    found: list[Surface | None] = []
    tops = roots or [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for top in tops:
        found.append(Surface(f"{type(top).__name__} (window title)", top.windowTitle(), False))
        for widget in [top, *top.findChildren(QWidget)]:
            where = f"{type(widget).__name__} {widget.objectName()}".strip()
            found.append(_tip(where, widget.toolTip()))
            for action in widget.actions():
                found.append(_tip(f"{where} action", action.toolTip()))
            if isinstance(widget, QLabel):
                found.append(Surface(where, widget.text(), _rich_label(widget)))
            elif isinstance(widget, QMessageBox):
                rich = widget.textFormat() == QtText.TextFormat.RichText or (
                    widget.textFormat() == QtText.TextFormat.AutoText and QtText.mightBeRichText(widget.text())
                )
                found.append(Surface(where, widget.text(), rich))
            elif isinstance(widget, QAbstractButton):
                found.append(Surface(where, widget.text(), False))
            elif isinstance(widget, QTextEdit):
                found.append(Surface(where, widget.document().toHtml(), True))
            elif isinstance(widget, QTreeWidget):
                stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
                while stack:
                    item = stack.pop()
                    stack += [item.child(i) for i in range(item.childCount())]
                    for column in range(widget.columnCount()):
                        found.append(Surface(where, item.text(column), False))
                        found.append(_tip(where, item.toolTip(column)))
            elif isinstance(widget, QTableWidget):
                for row in range(widget.rowCount()):
                    for column in range(widget.columnCount()):
                        item = widget.item(row, column)
                        if item is not None:
                            found.append(Surface(where, item.text(), False))
                            found.append(_tip(where, item.toolTip()))
            elif isinstance(widget, QListWidget):
                for row in range(widget.count()):
                    found.append(Surface(where, widget.item(row).text(), False))
                    found.append(_tip(where, widget.item(row).toolTip()))
    return [s for s in found if s is not None and s.text]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.found.append((tag, dict(attrs)))


FOREIGN = {"img", "u", "font", "script", "iframe", "object"}  # elements the app never writes itself
SAFE_LINKS = ("note:", "cards:", "read:", "study:", "next:", "http://", "https://", "#")  # the reader's own links


def shown_text(surface: Surface) -> str:
    """What a person reads on the surface."""
    if not surface.rich:
        return surface.text
    document = QTextDocument()
    document.setHtml(surface.text)
    return document.toPlainText()


def problems(found: list[Surface]) -> list[str]:
    """Where article markup became elements, a link could run script, or a bidi override reached the screen."""
    wrong = []
    for surface in found:
        if surface.rich:
            parser = _Elements()
            parser.feed(surface.text)
            for tag, attrs in parser.found:
                href = attrs.get("href") or ""
                if tag in FOREIGN or (tag == "a" and href and not href.startswith(SAFE_LINKS)):
                    wrong.append(f"{surface.where}: <{tag} {attrs}> in {surface.text[:200]!r}")
        text = shown_text(surface)
        if any(ch in text for ch in BIDI_OVERRIDES):
            wrong.append(f"{surface.where}: a bidi override in {text[:120]!r}")
    return wrong
