"""Plain-text articles: Notepad's encodings and line ends, paragraphs, the title line."""

import codecs

import pytest

from desktop.content import ContentError, load_article

TEXT = "Тоқаевтың сапары\r\n\r\nБірінші абзац, екі\r\nжолға бөлінген.\r\n\r\nЕкінші абзац: Ә Ғ Қ Ң Ө Ұ Ү Һ І.\r\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf16.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")),  # Notepad's "Unicode"
        ("utf16be.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
        ("bom.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8")),  # UTF-8 with BOM and CRLF
        ("plain.txt", TEXT.replace("\r\n", "\n").encode("utf-8")),
    ],
)
def test_every_encoding_notepad_writes_gives_the_same_article(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    article = load_article(path)
    assert article.title == "Тоқаевтың сапары"
    assert [p.text for p in article.passages] == [
        "Бірінші абзац, екі жолға бөлінген.",
        "Екінші абзац: Ә Ғ Қ Ң Ө Ұ Ү Һ І.",
    ]
    assert article.source == name


def test_without_blank_lines_each_line_is_a_paragraph_and_a_sentence_is_no_title(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("Бұл бірінші сөйлем.\nЕкінші жол\nҮшінші жол", encoding="utf-8")
    article = load_article(path)
    assert article.title == "lines"
    assert [p.text for p in article.passages] == ["Бұл бірінші сөйлем.", "Екінші жол", "Үшінші жол"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe\x00", "not valid UTF-16"),
        ("Тоқаев".encode("cp1251", "replace") + b"\xc0\xc1", "not UTF-8 or UTF-16 text (line 1)"),
        (b"\n\n  \n", "no readable text"),
    ],
)
def test_undecodable_or_empty_files_are_named_in_the_message(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ContentError) as caught:
        load_article(path)
    assert message in caught.value.message and caught.value.origin == str(path)


def test_other_file_kinds_are_refused_by_name(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ContentError, match=r"cannot read '\.docx' files"):
        load_article(path)
