"""`studyapp quiz` and `studyapp test` end to end, on a library deck and on a document file."""

from __future__ import annotations

import json
import subprocess
import sys

import pypdfium2 as pdfium
import pytest

from studyapp.cli import main
from studyapp.paths import bundled_documents
from studyapp.services.library import Library

ARTICLE = bundled_documents()[0]


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    Library.open(folder).close(backup=False)  # first start: the bundled deck is imported
    return folder


def _quiz(capsys, *args):
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_quiz_is_reproducible_with_its_seed(data_dir, capsys):
    deck = ARTICLE.stem
    first = _quiz(capsys, "--data-dir", str(data_dir), "quiz", deck, "--count", "12", "--seed", "4")
    again = _quiz(capsys, "--data-dir", str(data_dir), "quiz", deck, "--count", "12", "--seed", "4")
    other = _quiz(capsys, "--data-dir", str(data_dir), "quiz", deck, "--count", "12", "--seed", "5")
    assert first == again and first["count"] == 12 and first["seed"] == 4
    assert [q["item"] for q in first["questions"]] != [q["item"] for q in other["questions"]]
    units = [q["unit"] for q in first["questions"]]
    assert len(set(units)) == 12
    for q in first["questions"]:
        assert q["prompt"] and q["answer"] and q["source"]
        if q["type"] == "choice":
            assert q["answer"] in q["choices"]
        if q["type"] in ("ordering", "chronology"):
            assert sorted(q["entries"]) == sorted(q["order"])


def test_a_quiz_of_chosen_sections_and_types_from_a_document_file(capsys):
    whole = _quiz(capsys, "quiz", str(ARTICLE), "--count", "200", "--seed", "1")
    sections = sorted({q["section"] for q in whole["questions"]})[:2]
    picked = _quiz(capsys, "quiz", str(ARTICLE), "--sections", *sections, "--types", "choice,typed", "--count", "50")
    assert picked["questions"] and {q["section"] for q in picked["questions"]} <= set(sections)
    assert {q["type"] for q in picked["questions"]} <= {"choice", "typed"}


def test_the_quiz_prints_questions_then_answers_without_json(capsys):
    assert main(["quiz", str(ARTICLE), "--count", "3", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "3 questions (seed 2)" in out and out.index("\n1. ") < out.index("Answers:")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quiz", "no-such-deck"], "No deck 'no-such-deck' in the library"),
        (["quiz", ARTICLE.stem, "--sections", "nowhere"], "No section 'nowhere'"),
        (["quiz", ARTICLE.stem, "--types", "essay"], "Unknown question type"),
        (["quiz", ARTICLE.stem, "--count", "0"], "--count must be at least 1"),
        (["quiz", "missing/file.txt"], "No such file"),
    ],
)
def test_bad_input_gets_a_sentence_not_a_traceback(data_dir, capsys, args, message):
    assert main(["--data-dir", str(data_dir), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_the_test_command_writes_a_pdf_with_its_key(data_dir, tmp_path):
    out = tmp_path / "test.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "--data-dir", str(data_dir), "test", ARTICLE.stem, "-o", str(out),
         "--count", "8", "--seed", "3"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "8 questions" in result.stdout
    pdf = pdfium.PdfDocument(str(out))
    texts = [page.get_textpage().get_text_range() for page in pdf]
    assert len(texts) >= 2 and any(t.lstrip().startswith("Answer key") for t in texts[1:])
    assert "8. " in "".join(texts)
