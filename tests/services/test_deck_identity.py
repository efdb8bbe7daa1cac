"""A deck is not known by its title alone (issue 12, finding 6): a different document with the same title
becomes a deck of its own, and the learner may choose to treat it as a new version of the old one."""

from __future__ import annotations

from fsrs import Rating

from studyapp.cli import main
from studyapp.services import deck_identity

# Two real histories that share a title.
AMERICAN = """# Reconstruction

A short history of the United States in the years after the Civil War.

## Beginnings

The Freedmen's Bureau was created by Congress in March 1865. The Thirteenth Amendment, which abolished slavery, \
was ratified in December 1865.

## Radical Reconstruction

Congress passed the first Reconstruction Act in March 1867. The Fourteenth Amendment was ratified in July 1868, and \
the Fifteenth Amendment followed in February 1870.

## The End

The Compromise of 1877 withdrew the last federal troops from the South.
"""

EUROPEAN = """# Reconstruction

How Western Europe rebuilt its economies after the Second World War.

## Aid

President Truman signed the Marshall Plan into law in April 1948. The Organisation for European Economic \
Co-operation was founded in Paris in April 1948.

## Integration

The European Coal and Steel Community was set up by the Treaty of Paris in 1951. Six countries signed the Treaty \
of Rome in March 1957.
"""


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _study(library, deck, clock, count):
    session = library.study.start_session(deck)
    for _ in range(count):
        session.show_answer()
        session.rate(Rating.Good, now=clock.now)


def _snapshot(library, deck):
    repos = library.repos()
    return (
        repos.documents.document(deck),
        [i.id for i in library.items(deck)],
        repos.db.execute("SELECT count(*) FROM reviews WHERE deck_id = ?", [deck]).fetchone()[0],
    )


def test_a_different_document_with_the_same_title_becomes_a_new_deck(library, clock, tmp_path):
    first = library.import_document(_write(tmp_path, "us.md", AMERICAN))
    _study(library, first.deck_id, clock, 4)
    before = _snapshot(library, first.deck_id)
    second = library.import_document(_write(tmp_path, "europe.md", EUROPEAN))
    assert second.deck_id != first.deck_id
    assert second.same_title_as == first.deck_id and second.resemblance < 0.5
    assert (second.kept, second.retired) == (0, 0) and second.added > 0
    assert _snapshot(library, first.deck_id) == before  # the old deck, its text and its answers untouched
    titles = [d.title for d in library.decks()]
    assert len(titles) == 2 and len(set(titles)) == 2  # told apart in the library
    assert library.document(second.deck_id).id == second.deck_id
    assert "Marshall Plan" in " ".join(i.source.text for i in library.items(second.deck_id))


def test_an_edited_version_of_the_same_document_still_updates_its_deck(library, tmp_path):
    first = library.import_document(_write(tmp_path, "us.md", AMERICAN))
    edited = AMERICAN.replace("withdrew the last federal troops", "withdrew the remaining federal troops")
    again = library.import_document(_write(tmp_path, "us.md", edited))
    assert again.deck_id == first.deck_id and again.same_title_as is None and again.kept > 0


def test_the_learner_may_treat_it_as_an_update_after_seeing_what_would_change(library, clock, tmp_path):
    first = library.import_document(_write(tmp_path, "us.md", AMERICAN))
    _study(library, first.deck_id, clock, 3)
    path = _write(tmp_path, "europe.md", EUROPEAN)
    prepared = deck_identity.prepare(library, path)
    plan = prepared.plan
    assert prepared.existing == first.deck_id and not prepared.same_document
    assert plan is not None and len(plan.retired) == len(library.items(first.deck_id)) and plan.kept == ()
    assert {i.id for i in plan.added} and all("Marshall" in i.source.text or i.source.text for i in plan.added)
    result = deck_identity.store(library, prepared, as_update=True)
    assert result.deck_id == first.deck_id and result.retired == len(plan.retired) and result.added == len(plan.added)
    reviews = library.repos().db.execute("SELECT count(*) FROM reviews WHERE deck_id = ?", [first.deck_id])
    assert reviews.fetchone()[0] == 3  # the answers stay in the history


def test_on_the_command_line_a_flag_makes_it_an_update(tmp_path, capsys):
    data = str(tmp_path / "data")
    us, europe = _write(tmp_path, "us.md", AMERICAN), _write(tmp_path, "europe.md", EUROPEAN)
    assert main(["--data-dir", data, "import", str(us)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "import", str(europe)]) == 0
    out = capsys.readouterr().out
    assert "new deck" in out and "--update reconstruction" in out and "would add" in out and "retire" in out
    assert main(["--data-dir", data, "import", str(europe), "--update", "reconstruction"]) == 0
    out = capsys.readouterr().out
    assert "as deck reconstruction" in out and "retired" in out
