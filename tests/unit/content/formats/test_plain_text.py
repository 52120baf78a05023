"""Plain-text articles: Notepad's encodings and line ends, paragraphs, the title line."""

import codecs
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.content import ContentError, load_article
from desktop.content.formats import plain_text

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
        (b"\0" * 8, "not UTF-8 or UTF-16 text (line 1)"),  # a file never written: binary, not a title of NULs
        (b"\r\n\n" + b"\0" * 100_000 + b"\n", "not UTF-8 or UTF-16 text (line 3)"),
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


# -- read a piece at a time ------------------------------------------------------------------------
def _paragraphs_by_the_rule(text: str) -> tuple[str, list[str]]:
    """The format's rule, on the whole text at once: line ends made LF, a short first line that does
    not end a sentence is the title, the rest cut at blank lines (or at each line end without one)."""
    import re

    from desktop.content.formats.build import clean

    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    title = "файл"
    lines = text.split("\n")
    first = next((number for number, line in enumerate(lines) if line.strip()), None)
    if first is not None and len(lines[first].strip()) <= 120 and not lines[first].strip().endswith(tuple(".!?,;:")):
        title = clean(lines[first])
        text = "\n".join(lines[first + 1 :])
    body = text.strip("\n")
    blank = re.compile(r"\n[ \t]*\n")
    blocks = blank.split(body) if blank.search(body) else body.split("\n")
    return title, [clean(block) for block in blocks if clean(block)]


def _read_in_pieces(data: bytes, size: int, piece_bytes: int = 3) -> tuple[str, list[str]]:
    """Paragraphs of about ``size`` characters at a time, from pieces of ``piece_bytes`` bytes decoded at a time
    (3: they end anywhere, in a letter, between CR and LF)."""
    reader = plain_text.TextReader(data, "файл", piece_bytes=piece_bytes)
    while reader.read_piece(size):
        pass
    article = reader.builder.build(reader.title, dt.date(2025, 1, 1), "x")
    return reader.title, [block.text for section in article.sections for block in section.blocks]


TEXTS = st.lists(
    st.sampled_from(["\n", "\r", "\r\n", "\r\n\r\n", "\n \n", " ", "\t", "а", "қ", "Ә", ".", "\u00a0", "\u2028"]),
    max_size=30,
).map("".join)


@given(
    text=TEXTS,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    size=st.integers(1, 9),
    piece_bytes=st.integers(1, 5),
)
@settings(max_examples=600, deadline=None)
def test_a_text_read_a_piece_at_a_time_is_cut_as_the_rule_says(text, encoding, size, piece_bytes):
    expected = _paragraphs_by_the_rule(text)
    assert _read_in_pieces(text.encode(encoding), size, piece_bytes) == expected
    assert plain_text.read_text(text.encode(encoding), "файл")[0] == expected[0]


@given(
    text=TEXTS,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    first=st.integers(0, 9),
    piece_bytes=st.sampled_from([1, 3, 5, plain_text.PIECE_BYTES]),
)
@settings(max_examples=600, deadline=None)
def test_a_text_read_to_its_end_at_once_is_cut_as_the_rule_says(text, encoding, first, piece_bytes):
    """``read_rest`` of a text decoded whole (one split) and of one still being decoded (a piece at a
    time), from its start or after a first piece of ``first`` characters was read."""
    reader = plain_text.TextReader(text.encode(encoding), "файл", piece_bytes=piece_bytes)
    if first:
        reader.read_piece(first)
    reader.read_rest()
    assert not reader.read_piece(1)
    article = reader.builder.build(reader.title, dt.date(2025, 1, 1), "x")
    paragraphs = [block.text for section in article.sections for block in section.blocks]
    assert (reader.title, paragraphs) == _paragraphs_by_the_rule(text)


def test_a_long_text_without_blank_lines_is_cut_at_every_line_end():
    lines = [f"{number}-жол сөз." for number in range(200)]
    _title, paragraphs = _read_in_pieces("\n".join(lines).encode(), 10, piece_bytes=16)
    assert paragraphs == lines


def test_bytes_that_are_not_utf8_late_in_a_text_are_named_as_reading_it_whole_names_them():
    data = ("Абзац.\n\n" * 50).encode() + b"\xff\xfe bad\n"
    with pytest.raises(plain_text.TextFormatError) as whole:
        plain_text.decode(data)
    reader = plain_text.TextReader(data, "файл", piece_bytes=16)
    assert reader.read_piece(10)  # the first paragraphs are read before the bad bytes are reached
    with pytest.raises(plain_text.TextFormatError) as in_pieces:
        while reader.read_piece(10):
            pass
    assert str(in_pieces.value) == str(whole.value) == "not UTF-8 or UTF-16 text (line 101)"


def test_a_long_file_of_nul_bytes_is_refused_before_any_of_it_is_shown(tmp_path):
    from desktop.content.loader import open_article

    path = tmp_path / "zeros.txt"
    path.write_bytes(b"\0" * 200_000)
    with pytest.raises(ContentError, match=r"not UTF-8 or UTF-16 text \(line 1\)"):
        open_article(path)


def test_a_nul_among_words_is_a_damaged_text_still_read():
    title, builder = plain_text.read_text("Тақырып\n\nсөз\0сөз\n".encode(), "x")
    assert builder.has_text() and title == "Тақырып"


# -- a text of one piece, decoded whole at once -------------------------------------------------
def _outcome(data: bytes, piece_bytes: int, size: int) -> object:
    """The title and paragraphs a reader gives, read ``size`` characters at a time; or the error it raises."""
    try:
        return _read_in_pieces(data, size, piece_bytes)
    except plain_text.TextFormatError as error:
        return "refused", str(error)


ONE_PIECE_TEXTS = st.lists(
    st.sampled_from(["\n", "\r", "\r\n", "\n\n", "\n \n", " ", "\t", "\0", "а", "қ", "Ә", "Ә", ".", "\u0301", "\u2028"])
    | st.sampled_from(["Тақырып\n\n", "Ұзын абзац сөз сөз сөз сөз сөз.\n"]),
    max_size=40,
).map("".join)


@given(
    text=ONE_PIECE_TEXTS,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    more=st.integers(-3, 3),
    size=st.integers(1, 9),
    bad=st.sampled_from([b"", b"\xff", b"\xd2", b"\0\0"]),
)
@settings(max_examples=800, deadline=None)
def test_a_text_of_one_piece_decoded_at_once_is_what_a_piece_at_a_time_reads(text, encoding, more, size, bad):
    """Around the piece's size (``more`` bytes either side): the same title, paragraphs and refusals as
    reading it a byte at a time, NUL bytes, bad bytes at its end, byte-order marks and line ends of every kind."""
    data = text.encode(encoding) + bad
    begins = 3 if data.startswith(codecs.BOM_UTF8) else 0
    piece_bytes = max(1, len(data) - begins + more)
    outcome = _outcome(data, piece_bytes, size)
    assert outcome == _outcome(data, 1, size)
    if outcome[0] == "refused":  # bytes that are not text, or a UTF-8 file of NUL bytes and white space alone
        assert bad in (b"\xff", b"\xd2") or (encoding != "utf-16" and not (text + bad.decode()).strip("\0 \t\r\n"))
    elif not bad:
        assert outcome == _paragraphs_by_the_rule(text)
