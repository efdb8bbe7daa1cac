"""The .apkg as the real Anki sees it: imported with the `anki` package into fresh collections.

One note per unit of memory (the samples hold four: facts f1, f2, f3 and the railways chronology), one card
per item (seven).
"""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import pytest
from anki_samples import FIXED_TS, edited, import_apkg, make_document
from anki_text import element_tags, visible_text

from studyapp.errors import ExportError
from studyapp.interop import export_items
from studyapp.interop.anki_models import FIELDS, MODEL_ID, MODEL_NAME, TEMPLATES
from studyapp.interop.anki_notes import note_guid

TITLE = "Rivers & Trade: {{A}} Survey"
EXPECTED_DECK = {
    "f1-cloze": f"{TITLE}::Early Ports",
    "f1-when": f"{TITLE}::Early Ports",
    "f2-cloze": f"{TITLE}::Early Ports::Harbour Law: Customs",
    "f2-what": f"{TITLE}::Early Ports::Harbour Law: Customs",
    "f2-choice": f"{TITLE}::Early Ports::Harbour Law: Customs",
    "rail-order": f"{TITLE}::Railways",
    "f3-when": f"{TITLE}::Railways",
}


def _cards_by_item(col, document, items):
    """Anki's cards by the item each asks: the note is the item's unit, the card's template its kind."""
    by_card = {(note_guid(document.id, i.memory_unit), i.kind): i.id for i in items}
    out = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        out.setdefault(by_card[card.note().guid, TEMPLATES[card.ord].kind], []).append(card)
    return out


@pytest.fixture
def imported(tmp_path, document, items, anki_collection):
    out = tmp_path / "deck.apkg"
    export_items(document, items, out, timestamp=FIXED_TS)
    col = anki_collection()
    import_apkg(col, out)
    return col, _cards_by_item(col, document, items)


def test_one_note_per_unit_and_one_card_per_item_in_the_section_decks(imported, items):
    col, cards = imported
    assert col.note_count() == len({i.memory_unit for i in items}) == 4
    assert col.card_count() == len(items) == 7
    assert {item_id: [col.decks.name(c.did) for c in cs] for item_id, cs in cards.items()} == {
        item_id: [deck] for item_id, deck in EXPECTED_DECK.items()
    }
    assert {name for name, _ in ((d.name, d.id) for d in col.decks.all_names_and_ids())} >= {
        TITLE,
        f"{TITLE}::Early Ports",
        f"{TITLE}::Railways",
    }
    f2 = cards["f2-cloze"][0].note()
    assert {c.id for c in f2.cards()} == {cards[i][0].id for i in ("f2-cloze", "f2-what", "f2-choice")}


def test_the_unit_note_type_has_its_fixed_id_fields_and_a_template_per_kind(imported):
    col, cards = imported
    assert {cs[0].note().note_type()["name"] for cs in cards.values()} == {MODEL_NAME}
    model = col.models.by_name(MODEL_NAME)
    assert model["id"] == MODEL_ID and [f["name"] for f in model["flds"]] == list(FIELDS)
    assert [t["name"] for t in model["tmpls"]] == [t.name for t in TEMPLATES]
    assert TEMPLATES[0].kind == "date-choice"  # recognition first: Anki introduces a note's cards in this order
    assert ".card.nightMode" in model["css"] and ".night_mode .card" in model["css"]
    assert {cards[i][0].template()["name"] for i in ("f1-cloze", "f1-when")} == {"Date cloze", "When"}


def test_rendered_question_and_answer_show_prompt_answer_source_and_footnotes(imported):
    _, cards = imported
    when = cards["f1-when"][0]
    assert "When did the port open?" in visible_text(when.question())
    assert "1821" not in visible_text(when.question())
    answer = visible_text(when.answer())
    assert "1821" in answer and "Early Ports" in answer and "The port opened in 1821." in answer
    assert "City archive, box 4 & 5." in answer

    cloze = cards["f1-cloze"][0]
    assert "The port opened in [...]." in visible_text(cloze.question())
    assert "The port opened in 1821." in visible_text(cloze.answer())

    choice = cards["f2-choice"][0]
    question = visible_text(choice.question())
    assert all(option in question for option in ("1820", "1850", "1870 {{c1::}}", "1901 & later"))
    assert element_tags(choice.question()).count("li") == 4

    order = cards["rail-order"][0]
    assert "Rails came" in visible_text(order.question())
    assert "The port opened Rails came" in visible_text(order.answer())


def test_markup_braces_and_separators_from_the_article_come_through_as_text(imported):
    _, cards = imported
    what = cards["f2-what"][0]
    assert "What happened in 1850 :: {{y}}?" in visible_text(what.question())
    answer_html = what.answer()
    assert "A law <b>passed</b> & more" in visible_text(answer_html)
    assert "A law <script>alert(1)</script> passed in 1850 {{c2::x}} & more." in visible_text(answer_html)
    assert "script" not in element_tags(answer_html) and "b" not in element_tags(answer_html)


def test_only_the_generated_gap_of_a_cloze_is_a_gap(imported):
    _, cards = imported
    assert len(cards["f2-cloze"]) == 1  # the sentence's own "{{c2::x}}" made no second card
    card = cards["f2-cloze"][0]
    assert "A law <script>alert(1)</script> passed in [...] {{c2::x}} & more." in visible_text(card.question())
    assert "passed in 1850 {{c2::x}} & more." in visible_text(card.answer())
    assert "script" not in element_tags(card.question())


def test_new_cards_come_in_article_order_and_carry_section_and_kind_tags(imported, items):
    _, cards = imported
    position = {i.id: i.position for i in items}
    by_due = sorted(cards, key=lambda item_id: cards[item_id][0].due)
    assert [position[i] for i in by_due] == sorted(position[i] for i in by_due)
    assert cards["f2-choice"][0].due > cards["f1-when"][0].due
    assert sorted(cards["f2-choice"][0].note().tags) == [
        "kind::date-choice",
        "kind::date-cloze",
        "kind::date-what",
        "section::harbour-law",
    ]


def test_reexport_after_a_typo_fix_updates_the_note_without_a_duplicate(tmp_path, document, items, anki_collection):
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    export_items(document, items, first, timestamp=FIXED_TS)
    fixed_source = dataclasses.replace(items[1].source, text="The port opened in 1821 (typo fixed).")
    fixed = edited(edited(items, "f1-cloze", source=fixed_source), "f1-when", source=fixed_source)
    export_items(
        document, edited(fixed, "f1-when", prompt="When did the port first open?"), second, timestamp=FIXED_TS + 3600
    )
    col = anki_collection()
    import_apkg(col, first)
    log = import_apkg(col, second)
    assert col.note_count() == 4
    assert len(log.log.new) == 0
    card = _cards_by_item(col, document, items)["f1-when"][0]
    assert "When did the port first open?" in visible_text(card.question())
    assert "(typo fixed)" in visible_text(card.answer())


def test_importing_the_same_file_twice_adds_nothing(tmp_path, document, items, anki_collection):
    out = tmp_path / "deck.apkg"
    export_items(document, items, out, timestamp=FIXED_TS)
    col = anki_collection()
    import_apkg(col, out)
    again = import_apkg(col, out)
    assert len(again.log.new) == 0 and col.note_count() == 4 and col.card_count() == len(items)


def test_same_items_and_timestamp_give_identical_bytes(tmp_path, document, items):
    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_items(document, items, a, timestamp=FIXED_TS)
    export_items(document, items, b, timestamp=FIXED_TS)
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as archive:
        assert {i.filename: i.date_time for i in archive.infolist()} == {
            "collection.anki2": (2026, 5, 28, 20, 26, 40),
            "media": (2026, 5, 28, 20, 26, 40),
        }
    export_items(document, items, b, timestamp=FIXED_TS + 1)
    assert a.read_bytes() != b.read_bytes()


def test_chosen_sections_bring_their_subsections_and_chosen_kinds_filter(tmp_path, document, items, anki_collection):
    out = tmp_path / "part.apkg"
    summary = export_items(
        document, items, out, timestamp=FIXED_TS, sections=["early-ports"], kinds=["date-cloze", "date-choice"]
    )
    assert (summary.notes, summary.cards) == (2, 3)  # units f1 and f2, asked three ways
    col = anki_collection()
    import_apkg(col, out)
    cards = _cards_by_item(col, document, items)
    assert sorted(cards) == ["f1-cloze", "f2-choice", "f2-cloze"]
    assert f"{TITLE}::Railways" not in {d.name for d in col.decks.all_names_and_ids()}


def test_unknown_section_or_kind_or_empty_selection_is_a_clear_error(tmp_path, document, items):
    with pytest.raises(ExportError, match=r"No section 'nowhere'.*Sections: early-ports"):
        export_items(document, items, tmp_path / "x.apkg", timestamp=FIXED_TS, sections=["nowhere"])
    with pytest.raises(ExportError, match="Unknown item kind 'poems'"):
        export_items(document, items, tmp_path / "x.apkg", timestamp=FIXED_TS, kinds=["poems"])
    with pytest.raises(ExportError, match="Nothing to export"):
        export_items(
            document, items, tmp_path / "x.apkg", timestamp=FIXED_TS, sections=["railways"], kinds=["list-order"]
        )
    assert not (tmp_path / "x.apkg").exists()


def test_missing_folder_or_folder_as_target_is_a_clear_error(tmp_path, document, items):
    with pytest.raises(ExportError, match="does not exist"):
        export_items(document, items, tmp_path / "no" / "such" / "x.apkg", timestamp=FIXED_TS)
    with pytest.raises(ExportError, match="it is a folder"):
        export_items(document, items, tmp_path, timestamp=FIXED_TS)
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="is not a folder"):
        export_items(document, items, tmp_path / "file" / "x.apkg", timestamp=FIXED_TS)


def test_a_title_with_deck_separators_stays_one_deck_level(tmp_path, items, anki_collection):
    document = make_document(title="Ports :: Rails  &  <Canals>")
    out = tmp_path / "deck.apkg"
    export_items(document, items, out, timestamp=FIXED_TS)
    col = anki_collection()
    import_apkg(col, out)
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert "Ports: Rails & <Canals>::Railways" in names
    assert not any(name.startswith("Ports::") for name in names)


def test_a_gap_holding_a_separator_shows_whole_in_anki(tmp_path, document, items, anki_collection):
    gap_item = dataclasses.replace(
        items[0],
        id="sep-cloze",
        kind="list-cloze",
        prompt="Order: [...] & more",
        answer="Ports::Rails {{x}}",
        cloze="Order: {{c1::Ports::Rails {{x}}}} & more",
        position=9,
    )
    out = tmp_path / "sep.apkg"
    export_items(document, [gap_item], out, timestamp=FIXED_TS)
    col = anki_collection()
    import_apkg(col, out)
    (cid,) = col.find_cards("")
    card = col.get_card(cid)
    assert "Order: [...] & more" in visible_text(card.question())
    assert "Order: Ports::Rails {{x}} & more" in visible_text(card.answer())


def test_a_new_way_of_asking_a_unit_adds_a_card_to_its_note(tmp_path, document, items, anki_collection):
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    export_items(document, [i for i in items if i.id != "f1-when"], first, timestamp=FIXED_TS)
    export_items(document, items, second, timestamp=FIXED_TS + 3600)
    col = anki_collection()
    import_apkg(col, first)
    assert (col.note_count(), col.card_count()) == (4, 6)
    import_apkg(col, second)
    assert (col.note_count(), col.card_count()) == (4, 7)  # the note updated in place gained its When card
    assert "When did the port open?" in visible_text(_cards_by_item(col, document, items)["f1-when"][0].question())


def test_a_plain_package_cannot_set_sibling_burying(imported):
    """genanki writes one preset, "Default" (id 1), which Anki never lets a package overwrite, so a plain export
    leaves the learner's own preset in charge; the export with progress brings a preset that buries."""
    col, cards = imported
    preset = col.decks.config_dict_for_deck_id(cards["f2-choice"][0].did)
    assert preset["id"] == 1 and not preset["new"]["bury"]


PER_ITEM_EXPORT = Path(__file__).parent / "data" / "per_item_export.apkg"
OLD_NOTE_TYPES = 'note:"studyapp Cloze" or note:"studyapp Question" or note:"studyapp Choice" or note:"studyapp Order"'


def test_unit_notes_arrive_beside_an_earlier_per_item_export_whose_progress_stays(
    tmp_path, document, items, anki_collection
):
    """The release before units wrote a note per item (note types "studyapp Cloze", "Question", "Choice",
    "Order"; a GUID per item): ``data/per_item_export.apkg`` is its export of these samples. A unit note has
    another GUID and note type, so importing a new export adds the unit notes beside the old ones and leaves
    the old notes and their Anki progress as they were; the learner may suspend or delete the old notes (the
    search above finds them)."""
    from anki.cards import Card as AnkiCard
    from anki.scheduler.v3 import CardAnswer

    col = anki_collection()
    import_apkg(col, PER_ITEM_EXPORT)
    assert col.note_count() == len(items) == 7
    col.decks.select(col.decks.id_for_name(TITLE))
    queued = col.sched.get_queued_cards().cards[0]
    studied = AnkiCard(col, backend_card=queued.card)
    studied.start_timer()
    col.sched.answer_card(col.sched.build_answer(card=studied, states=queued.states, rating=CardAnswer.GOOD))

    out = tmp_path / "units.apkg"
    export_items(document, items, out, timestamp=FIXED_TS + 86_400)
    log = import_apkg(col, out)
    assert len(log.log.new) == 4 and col.note_count() == 7 + 4
    assert len(col.find_notes(OLD_NOTE_TYPES)) == 7
    assert len(col.find_notes(f'note:"{MODEL_NAME}"')) == 4
    assert col.get_card(studied.id).reps == 1  # the old card's progress is untouched
    assert col.db.scalar("select count() from revlog") == 1
