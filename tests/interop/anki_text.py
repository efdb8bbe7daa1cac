"""What a person sees of a rendered Anki card: its text, without the style sheet and tags."""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = {"div", "p", "li", "ol", "ul", "br", "hr"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag in _BLOCKS:
            self.parts.append(" ")
        if tag in {"style", "script"}:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append(" ")
        if tag in {"style", "script"}:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The text a browser would show (whitespace collapsed)."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())


def element_tags(html: str) -> list[str]:
    """Every element name in ``html``, in order."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return parser.tags
