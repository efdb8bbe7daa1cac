"""Cancelling an export: it stops where it is, writes no file, and leaves a file already at the path untouched.

Each test first counts how often a full export looks at the flag, then cancels at every one of those looks.
"""

from __future__ import annotations

import dataclasses

import pytest
from anki_samples import ARTICLE, FIXED_TS, import_apkg
from fsrs import Card, Scheduler

from studyapp.errors import ExportCancelled
from studyapp.interop import CardProgress, add_progress, export_items
from studyapp.interop.anki_package import POLL_EVERY
from studyapp.services.exchange import AnkiExportOptions, ExchangeService, export_file_to_anki
from studyapp.services.library import Library


class CancelAfter:
    """A cancel flag that turns True once it has been asked ``polls`` times."""

    def __init__(self, polls: float) -> None:
        self.polls, self.calls = polls, 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.calls > self.polls


def polls_of_a_full_run(run) -> int:
    flag = CancelAfter(float("inf"))
    run(flag)
    return flag.calls


def leftovers(folder, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_cancel_after_the_first_poll_writes_nothing(tmp_path, document, items):
    out = tmp_path / "deck.apkg"
    flag = CancelAfter(1)
    with pytest.raises(ExportCancelled, match="Export cancelled"):
        export_items(document, items, out, timestamp=FIXED_TS, cancel=flag)
    assert flag.calls == 2
    assert not out.exists()
    assert leftovers(tmp_path, set()) == []


def test_cancel_at_any_poll_leaves_an_existing_file_byte_identical(tmp_path, document, items):
    out = tmp_path / "deck.apkg"
    export_items(document, items[:3], out, timestamp=FIXED_TS - 86_400)  # last week's export of fewer notes
    before = out.read_bytes()
    total = polls_of_a_full_run(
        lambda flag: export_items(document, items, tmp_path / "probe.apkg", timestamp=FIXED_TS, cancel=flag)
    )
    (tmp_path / "probe.apkg").unlink()
    assert total >= 2  # while building the notes and while genanki writes them
    for polls in range(total):
        with pytest.raises(ExportCancelled):
            export_items(document, items, out, timestamp=FIXED_TS, cancel=CancelAfter(polls))
        assert out.read_bytes() == before, f"cancelled at poll {polls + 1}"
        assert leftovers(tmp_path, {"deck.apkg"}) == []


def test_a_long_export_stops_between_notes_and_a_flag_that_stays_false_changes_nothing(tmp_path, document, items):
    many = [  # each its own unit: a note of one card
        dataclasses.replace(items[n % len(items)], id=f"{items[n % len(items)].id}-{n}", unit=f"u{n}", position=n)
        for n in range(5 * POLL_EVERY)
    ]
    flag = CancelAfter(1)
    with pytest.raises(ExportCancelled):
        export_items(document, many, tmp_path / "cancelled.apkg", timestamp=FIXED_TS, cancel=flag)
    assert flag.calls == 2  # the second look, a few hundred notes in, stopped it
    assert not (tmp_path / "cancelled.apkg").exists()

    plain, polled = tmp_path / "plain.apkg", tmp_path / "polled.apkg"
    export_items(document, many, plain, timestamp=FIXED_TS)
    never = CancelAfter(float("inf"))
    export_items(document, many, polled, timestamp=FIXED_TS, cancel=never)
    assert polled.read_bytes() == plain.read_bytes()
    ids_drawn = 2 * len(many)  # genanki draws one id per note and one per card
    assert never.calls <= (len(many) + ids_drawn) // POLL_EVERY + 4  # cheap: not once per note


@pytest.fixture
def progress() -> list[CardProgress]:
    return [CardProgress(f"f{n}", Card(card_id=n), (), suspended=True) for n in (1, 2)]


def test_add_progress_cancelled_at_any_poll_keeps_the_existing_file(
    tmp_path, document, items, progress, anki_collection
):
    plain, out = tmp_path / "plain.apkg", tmp_path / "progress.apkg"
    export_items(document, items, plain, timestamp=FIXED_TS)
    scheduler = Scheduler(enable_fuzzing=False)

    def run(flag, path=out):
        return add_progress(
            plain, path, progress, document_id=document.id, deck_name=document.title, scheduler=scheduler, cancel=flag
        )

    with pytest.raises(ExportCancelled):
        run(CancelAfter(1))
    assert not out.exists()
    total = polls_of_a_full_run(lambda flag: run(flag, tmp_path / "probe.apkg"))
    (tmp_path / "probe.apkg").unlink()
    out.write_bytes(b"an earlier export the learner keeps")
    for polls in range(total):
        with pytest.raises(ExportCancelled):
            run(CancelAfter(polls))
        assert out.read_bytes() == b"an earlier export the learner keeps", f"cancelled at poll {polls + 1}"
        assert leftovers(tmp_path, {"plain.apkg", "progress.apkg"}) == []
    run(None)
    col = anki_collection()
    import_apkg(col, out, with_scheduling=True)
    assert col.card_count() == len(items)  # the flag did not get in the way of a real export


@pytest.fixture
def library(tmp_path):
    source = tmp_path / "canals.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    lib = Library.open(tmp_path / "data", import_bundled=False, fuzzing=False)
    deck_id = lib.import_document(source).deck_id
    yield lib, deck_id
    lib.close()


@pytest.mark.parametrize("with_progress", [False, True])
def test_the_exchange_service_passes_the_flag_down(library, tmp_path, with_progress):
    lib, deck_id = library
    out = tmp_path / "out" / "deck.apkg"
    out.parent.mkdir()
    service = ExchangeService(lib)
    options = AnkiExportOptions(with_progress=with_progress)
    total = polls_of_a_full_run(
        lambda flag: service.export_deck_to_anki(
            deck_id, out.with_name("probe.apkg"), options=options, timestamp=FIXED_TS, cancel=flag
        )
    )
    out.with_name("probe.apkg").unlink()
    assert total >= (4 if with_progress else 2)
    for polls in range(total):
        with pytest.raises(ExportCancelled):
            service.export_deck_to_anki(deck_id, out, options=options, timestamp=FIXED_TS, cancel=CancelAfter(polls))
        assert list(out.parent.iterdir()) == []


def test_a_file_export_cancelled_writes_nothing(tmp_path):
    source = tmp_path / "canals.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "canals.apkg"
    with pytest.raises(ExportCancelled):
        export_file_to_anki(source, out, timestamp=FIXED_TS, cancel=CancelAfter(1))
    assert not out.exists()
    assert leftovers(tmp_path, {"canals.txt"}) == []
