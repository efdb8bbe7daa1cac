"""Field text and deck naming rules, on their own."""

from __future__ import annotations

import pytest

from studyapp.interop.anki_decks import deck_id_for, deck_name_part
from studyapp.interop.anki_fields import filled_html, footnotes_html, text_html


def test_text_is_escaped_and_braces_become_references():
    assert text_html('<a href="x">{{c1::y}}</a> & z\nnext') == (
        '&lt;a href="x"&gt;&#123;&#123;c1::y&#125;&#125;&lt;/a&gt; &amp; z<br>next'
    )


def test_the_gap_holding_the_answer_is_the_one_filled_in():
    assert filled_html("In {{c1::1800}} and {{c1::1850}}, <b>", "1850") == (
        'In &#123;&#123;c1::1800&#125;&#125; and <span class="cloze">1850</span>, &lt;b&gt;'
    )
    assert filled_html("In {{c3::1850}}.", "other") == 'In <span class="cloze">1850</span>.'


def test_markup_inside_the_gap_is_text():
    assert filled_html("Route {{c1::<i>north</i>::south}} road", "<i>north</i>::south") == (
        'Route <span class="cloze">&lt;i&gt;north&lt;/i&gt;::south</span> road'
    )


def test_text_without_a_gap_is_refused():
    with pytest.raises(ValueError):
        filled_html("no gap here", "x")


def test_footnotes_keep_their_numbers():
    assert footnotes_html(()) == ""
    assert footnotes_html(((7, "A & B"),)) == '<ol><li value="7">A &amp; B</li></ol>'


def test_deck_ids_are_stable_distinct_and_in_genankis_range():
    a, b = deck_id_for("doc"), deck_id_for("doc", "section")
    assert a == deck_id_for("doc") and a != b and a != deck_id_for("other")
    assert all(1 << 30 <= value < 1 << 31 for value in (a, b))


def test_deck_name_parts_cannot_open_levels():
    assert deck_name_part("A :: B:::C") == "A: B: C"
    assert deck_name_part("  ") == "Untitled"
