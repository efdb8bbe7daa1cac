"""Sound, LaTeX and MathJax syntax in an article stays text in Anki (issue 12, finding 9).

Anki plays ``[sound:...]``, renders ``[latex]``, ``[$]`` and ``[$$]`` as images and has MathJax typeset
``\\(...\\)`` and ``\\[...\\]``: an article that writes them (an essay about TeX, a note quoting Anki syntax)
must show them as written, checked here by rendering every card in the real Anki library.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from anki_samples import FIXED_TS, import_apkg
from anki_text import visible_text

from studyapp.interop.anki_fields import text_html
from studyapp.services.exchange import export_file_to_anki

# Written as a plain-text article would carry it: a backslash doubled where the reader would otherwise take it
# as an escape, so the document holds \(e^{i\pi} + 1 = 0\) itself.
ARTICLE = r"""Typesetting Mathematics

THE TEX YEARS

In 1978 Donald Knuth released TeX, in which \\(e^{i\pi} + 1 = 0\\) is set inline and \\[\int_0^1 x\,dx\\] on a \
line of its own. In 1985 LaTeX wrapped TeX in macros such as [latex]\frac{1}{2}[/latex], written [$]x^2[/$] or \
[$$]y^2[/$$] in card templates. In 1998 a tutorial showed $$a^2 + b^2 = c^2$$ between double dollars. In 2006 an \
Anki deck played its audio with [sound:knuth_interview.mp3] and read aloud with [anki:tts lang=en_US]TeX[/anki:tts].

The reasons for TeX's success are usually listed as follows:

1. output that does not change between versions, written [sound:stable.mp3];
2. mathematics as in \\(\LaTeX\\);
3. a free licence.
""".replace("\\\n", "")

LIVE = ("[sound:", "[latex]", "[$]", "[$$]", "[anki:tts")


class _TextNodes(HTMLParser):
    """The text nodes a browser builds from the HTML: MathJax looks for its delimiters inside each one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.nodes: list[str] = []

    def handle_data(self, data: str) -> None:
        self.nodes.append(data)


def _text_nodes(html: str) -> list[str]:
    parser = _TextNodes()
    parser.feed(html)
    parser.close()
    return parser.nodes


def test_sound_latex_and_mathjax_in_the_article_stay_text_in_anki(tmp_path, anki_collection):
    source = tmp_path / "typesetting.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "typesetting.apkg"
    export_file_to_anki(source, out, timestamp=FIXED_TS)
    col = anki_collection()
    import_apkg(col, out)
    seen = []
    cards = col.find_cards("")
    assert len(cards) > 5
    for card_id in cards:
        card = col.get_card(card_id)
        output = card.render_output(reload=True)
        assert output.question_av_tags == [] and output.answer_av_tags == []  # nothing to play
        for html in (output.question_text, output.answer_text):
            assert "class=latex" not in html and "[anki:play" not in html  # no LaTeX image, no audio
            for node in _text_nodes(html):
                assert not re.search(r"\\[()\[\]]", node), node  # no MathJax delimiter in one text node
            seen.append(visible_text(html))
    shown = " ".join(seen)
    for written in ("[sound:knuth_interview.mp3]", "[latex]", "[$$]y^2", "$$a^2", "TeX"):
        assert written in shown  # shown as the article wrote it
    assert r"\(e^{i\pi} + 1 = 0\)" in shown and r"\(\LaTeX\)" in shown


def test_field_text_disarms_every_media_and_math_syntax():
    for text in ("[sound:x.mp3]", "[latex]x[/latex]", "[$]x[/$]", "[$$]x[/$$]", "[anki:tts]x[/anki:tts]"):
        assert not any(live in text_html(text) for live in LIVE)
    for text in (r"\(x\)", r"\[x\]", "$$x$$"):
        html = text_html(text)
        assert all(not re.search(r"\\[()\[\]]|\$\$", node) for node in _text_nodes(html))
        assert visible_text(html) == text
