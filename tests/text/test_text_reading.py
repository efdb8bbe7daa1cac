"""Files that are not readable documents give a clear DocumentError, never a traceback."""

import os

import pytest

from studyapp.errors import DocumentError
from studyapp.text import MAX_BYTES, parse_document, read_document


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  \n"])
def test_empty_or_blank_file(tmp_path, data):
    with pytest.raises(DocumentError, match="empty"):
        read_document(write(tmp_path, "blank.txt", data))


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="no file"):
        read_document(tmp_path / "nope.txt")


def test_folder_is_not_a_document(tmp_path):
    with pytest.raises(DocumentError, match="folder"):
        read_document(tmp_path)


def test_binary_with_nul_bytes(tmp_path):
    data = bytes(range(256)) * 40
    with pytest.raises(DocumentError, match="binary"):
        read_document(write(tmp_path, "blob.txt", data))


def test_binary_with_many_control_bytes_but_no_nul(tmp_path):
    data = b"Title\n\n" + bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 65]) * 500
    with pytest.raises(DocumentError, match="binary"):
        read_document(write(tmp_path, "blob.txt", data))


def test_pdf_is_named(tmp_path):
    with pytest.raises(DocumentError, match="PDF"):
        read_document(write(tmp_path, "paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(DocumentError, match="too large"):
        read_document(path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", b"Hello.")
    path.chmod(0)
    with pytest.raises(DocumentError, match="cannot be read"):
        read_document(path)


def test_utf16_with_bom(tmp_path):
    path = write(tmp_path, "wide.txt", "HEADING ONE\n\nSome text in 1999.\n".encode("utf-16"))
    doc = read_document(path)
    assert doc.title == "HEADING ONE"
    assert doc.sections[0].paragraphs[0].text == "Some text in 1999."


def test_bytes_outside_cp1252_fall_back_to_latin1(tmp_path):
    doc = read_document(write(tmp_path, "odd.txt", b"Caf\xe9 \x81 ok.\n"))
    assert doc.sections[0].paragraphs[0].text == "Caf\u00e9 \u0081 ok."


def test_markdown_extension_and_file_stem(tmp_path):
    doc = read_document(write(tmp_path, "my_notes.md", b"Just one line of text, no title.\n"))
    assert doc.id == "my-notes"
    assert doc.title == "My notes"
    assert doc.sections[0].title == "Text"


def test_parse_document_refuses_blank_text():
    with pytest.raises(DocumentError, match="empty"):
        parse_document(" \n \r\n", name="x")


def test_text_without_letters_gives_a_sensible_document():
    doc = parse_document("1234 5678\n\n----\n\n...\n", name="digits")
    assert doc.id == "digits"
    assert len(doc.sections) == 1


def test_a_list_that_never_ends():
    items = "\n".join(f"{n}. Item number {n};" for n in range(1, 20001))
    doc = parse_document("ENDLESS\n\nHere are the items:\n\n" + items + "\n", name="endless")
    (lst,) = [b for s in doc.sections for b in s.blocks if hasattr(b, "items")]
    assert len(lst.items) == 20000
    assert lst.items[-1].number == 20000 and lst.items[-1].text == "Item number 20000"
    assert lst.lead == "Here are the items:"


def test_a_paragraph_that_never_ends():
    text = "TITLE\n\n" + "\n\n".join("word " * 50 for _ in range(4000)) + "\n"
    doc = parse_document(text, name="long")
    assert len(doc.sections) == 1
    assert len(doc.sections[0].paragraphs) == 1  # no sentence ends, so the page breaks all join


def test_utf8_with_stray_cp1252_bytes_keeps_both(tmp_path):
    data = "Caf\u00e9 in Z\u00fcrich, ".encode("utf-8") + b"a \x93quoted\x94 word.\n"
    doc = read_document(write(tmp_path, "mixed.txt", data))
    assert doc.sections[0].paragraphs[0].text == "Caf\u00e9 in Z\u00fcrich, a \u201cquoted\u201d word."
