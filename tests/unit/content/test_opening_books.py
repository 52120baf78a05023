"""A book opened in two steps: its first screen before the window paints, the rest after.

The whole book must be exactly the book ``load_article`` reads (its text's hash keys the
reader's notes), whatever is read first; errors and notices come when their document is read.
"""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from desktop.content import ContentError, load_article, loader
from desktop.content.loader import FIRST_SCREEN_TEXT, open_article
from desktop.content.model import Figure, NoteRef, Paragraph, Section, Verse
from desktop.userdata.annotations import text_hash
from tests.helpers.books import BOOKS, book, chapter, from_folder, long_book, png, write
from tests.helpers.opening import refused_late_as_whole

LONG_BOOK_HASH = "daaafea3ed2fcc96e1fcd45a8e0ba6842ad14d900a09d455a8b17cc3df3105f6"
"""The text's hash of ``long_book`` (30 chapters and their endnotes) as the reader read it whole
before books were opened in two steps: the notes made on it are found by it."""
DAMAGED_BOOK_HASH = "70d30f3d9dabc127550b8642084e1f3dc4396541ba464719c31285e04752d969"
"""The same for the book whose 20th chapter is not well-formed and whose 25th is missing."""


def test_a_long_book_shows_its_first_sections_and_the_rest_is_the_book_read_whole(tmp_path):
    path = long_book(tmp_path / "кітап.epub")
    first, rest = open_article(path)
    assert rest is not None
    whole = rest.article()
    assert whole == load_article(path)
    assert text_hash(whole) == LONG_BOOK_HASH
    assert 0 < len(first.sections) < len(whole.sections)
    assert [without_refs(section) for section in first.sections] == [
        without_refs(section) for section in whole.sections[: len(first.sections)]
    ]  # a reference to a note not read yet is text in the first sections (below)
    assert first.passages == whole.passages[: len(first.passages)]
    assert sum(len(passage.text) for passage in first.passages) >= FIRST_SCREEN_TEXT
    assert (first.title, first.source, first.iso_date) == (whole.title, whole.source, whole.iso_date) == (
        "Ұзын кітап", "кітап.epub", "2024-05-17",
    )  # fmt: skip


def test_the_rest_is_read_a_document_at_a_time_with_its_progress(tmp_path):
    _first, rest = open_article(long_book(tmp_path / "кітап.epub"))
    assert rest is not None
    steps, progress = 0, [rest.progress]
    while not rest.read_more(0.0):  # no time at all: one document a step
        steps += 1
        progress.append(rest.progress)
    assert rest.done and rest.progress == 1.0
    assert steps > 10
    assert progress == sorted(progress) and 0 < progress[0] < 1


def test_a_footnote_whose_note_is_not_read_yet_is_text_until_the_book_is_whole(tmp_path):
    first, rest = open_article(long_book(tmp_path / "кітап.epub"))
    assert rest is not None
    first_refs = [b.refs for s in first.sections for b in s.blocks if isinstance(b, Paragraph) and b.refs]
    assert first_refs == []  # the endnotes are in the book's last document
    whole_refs = [b.refs for s in rest.article().sections for b in s.blocks if isinstance(b, Paragraph) and b.refs]
    assert whole_refs[0] == (NoteRef(8, 11, "OEBPS/notes.xhtml#n1"),)


def test_documents_without_a_heading_go_on_with_the_last_section_shown(tmp_path):
    chapters = {"c0.xhtml": chapter("<h1>Жалғыз тарау</h1>")}
    chapters |= {f"c{n}.xhtml": chapter(f"<p>{n} {'сөз ' * 1000}</p><ul><li>{n}-тармақ</li></ul>") for n in range(1, 9)}
    first, rest = open_article(book(tmp_path / "кітап.epub", chapters))
    assert rest is not None
    whole = rest.article()
    assert len(first.sections) == len(whole.sections) == 1
    shown, read = first.sections[0], whole.sections[0]
    assert 0 < len(shown.blocks) < len(read.blocks)
    assert read.blocks[: len(shown.blocks)] == shown.blocks
    assert first.passages == whole.passages[: len(first.passages)]


def test_the_first_sections_are_those_of_the_whole_book_when_no_note_is_further_on(tmp_path):
    chapters = {f"c{n}.xhtml": chapter(f"<h1>{n}-тарау</h1>" + f"<p>{n} {'сөз ' * 2000}</p>") for n in range(9)}
    first, rest = open_article(book(tmp_path / "кітап.epub", chapters))
    assert rest is not None
    whole = rest.article()
    assert 0 < len(first.sections) < len(whole.sections)
    assert first.sections == whole.sections[: len(first.sections)]


def without_refs(section: Section) -> Section:
    return section._replace(
        blocks=tuple(b._replace(refs=()) if isinstance(b, Paragraph | Verse) else b for b in section.blocks)
    )


def test_a_damaged_late_chapter_is_named_when_it_is_read_and_the_book_is_the_same(tmp_path):
    path = long_book(tmp_path / "кітап.epub", broken=20, missing=25)
    first, rest = open_article(path)
    assert rest is not None and first.notices == ()
    whole = rest.article()
    assert whole == load_article(path)
    assert (
        whole.notices
        == load_article(path).notices
        == (
            "OEBPS/c20.xhtml is not well-formed XHTML (line 2: mismatched tag): read leniently",
            "it names OEBPS/c25.xhtml, which is not in the archive: skipped",
        )
    )
    assert text_hash(whole) == DAMAGED_BOOK_HASH


def test_a_book_whose_text_passes_the_limit_late_is_refused_as_before_when_that_is_read(tmp_path, monkeypatch):
    path = long_book(tmp_path / "кітап.epub")
    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 60 * 1024)
    assert refused_late_as_whole(path).code == "text_too_large"
    _first, rest = open_article(path)
    assert rest is not None
    with pytest.raises(ContentError):
        rest.article()
    with pytest.raises(ValueError, match="closed"):
        rest.read_more(1.0)


def test_a_short_book_is_read_whole_at_once(tmp_path):
    path = book(tmp_path / "short.epub", {"a.xhtml": chapter("<h1>Бір</h1><p>Қысқа.</p>")})
    article, rest = open_article(path)
    assert rest is None
    assert article == load_article(path)


def test_other_formats_are_read_whole(tmp_path):
    path = tmp_path / "мақала.txt"
    path.write_text("Тақырып\n\nМәтін.", encoding="utf-8")
    assert open_article(path) == (load_article(path), None)


def test_a_book_closed_before_it_is_read_lets_its_file_go(tmp_path, monkeypatch):
    opened: list[io.BufferedReader] = []
    real_open = loader.open_regular

    def remember(path: Path, limit: int) -> io.BufferedReader:
        file = real_open(path, limit)
        opened.append(file)  # type: ignore[arg-type]
        return file  # type: ignore[return-value]

    monkeypatch.setattr(loader, "open_regular", remember)
    _first, rest = open_article(long_book(tmp_path / "кітап.epub"))
    assert rest is not None and not opened[0].closed
    rest.close()
    assert opened[0].closed
    with pytest.raises(ValueError, match="closed"):
        rest.read_more(1.0)


def test_a_book_is_not_read_whole_into_memory_its_pictures_are_read_when_shown(tmp_path, monkeypatch):
    picture = png(600, 600, (10, 20, 30)) + b"\0" * (2 * 1024 * 1024)  # stored: as large in the archive
    path = write(
        tmp_path / "суретті.epub",
        {
            "OEBPS/content.opf": (
                '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/>'
                '<manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/>'
                '<item id="p" href="p.png" media-type="image/png"/></manifest>'
                '<spine><itemref idref="c"/></spine></package>'
            ),
            "OEBPS/c.xhtml": chapter('<p>Мәтін.</p><figure><img src="p.png" alt="Сурет"/></figure>'),
            "OEBPS/p.png": picture,
        },
    )
    read: list[int] = []
    real_read = io.BufferedReader.read

    class Counting(io.BufferedReader):
        def read(self, size: int | None = -1, /) -> bytes:
            data = real_read(self, size)
            read.append(len(data))
            return data

    monkeypatch.setattr(loader, "open_regular", lambda p, _limit: Counting(io.FileIO(p)))
    article = load_article(path)
    assert 0 < sum(read) < 64 * 1024 < len(picture)
    figure = next(b for s in article.sections for b in s.blocks if isinstance(b, Figure))
    assert article.images is not None
    assert article.images.read(figure.image) == picture  # from the file, when the pane shows it


@pytest.mark.parametrize("name", sorted(folder.name for folder in BOOKS.iterdir() if folder.is_dir()))
def test_each_book_of_ours_read_in_small_pieces_after_its_first_screen_is_the_book_read_whole(
    name, tmp_path, monkeypatch
):
    path = from_folder(name, tmp_path / f"{name}.epub")
    monkeypatch.setattr(loader, "FIRST_SCREEN_TEXT", 1)  # the first document with text before the paint
    monkeypatch.setattr(loader, "READ_PIECE", 7)  # the rest of each chapter a few characters at a time
    whole = load_article(path)
    first, rest = open_article(path)
    if rest is None:
        assert first == whole and first.notices == whole.notices
        return
    read = rest.article()
    assert read == whole and read.notices == whole.notices
    assert text_hash(read) == text_hash(whole)
    assert [p.text for p in first.passages] == [p.text for p in whole.passages[: len(first.passages)]]


def test_a_long_chapter_is_read_over_several_slices(tmp_path):
    long_chapter = chapter("<h1>Ұзын тарау</h1>" + "<p>Сөз сөз сөз.</p>" * 20_000)
    path = book(
        tmp_path / "кітап.epub",
        {"a.xhtml": chapter("<h1>Бас</h1>" + "<p>Кіріспе.</p>" * 2000), "b.xhtml": long_chapter},
    )
    _first, rest = open_article(path)
    assert rest is not None
    slices = 1
    while not rest.read_more(0.0):  # no time at all: one piece a slice
        slices += 1
    assert slices >= len(long_chapter) // loader.READ_PIECE  # 380 thousand characters, 64 thousand a piece
    assert rest.article() == load_article(path)


def test_a_book_of_one_long_chapter_paints_from_its_first_pieces(tmp_path):
    path = book(tmp_path / "кітап.epub", {"a.xhtml": chapter("<h1>Тарау</h1>" + "<p>Сөз сөз сөз.</p>" * 20_000)})
    first, rest = open_article(path)
    assert rest is not None
    whole = rest.article()
    assert FIRST_SCREEN_TEXT <= sum(len(p.text) for p in first.passages) < 8 * FIRST_SCREEN_TEXT
    assert len(first.sections) == len(whole.sections) == 1
    assert whole.sections[0].blocks[: len(first.sections[0].blocks)] == first.sections[0].blocks
    assert whole == load_article(path)


def test_a_book_given_as_an_open_file_alone_reads_its_pictures_only_from_its_path(tmp_path):
    from desktop.content.formats import epub

    path = long_book(tmp_path / "кітап.epub")
    with path.open("rb") as file:
        alone = epub.read_epub(file)
    with path.open("rb") as file:
        named = epub.read_epub(file, pictures=path)
    assert alone.images is not None and named.images is not None
    assert alone.images.head("OEBPS/images/figure.png") is None  # never a guess at where it came from
    assert named.images.head("OEBPS/images/figure.png", 8) == b"\x89PNG\r\n\x1a\n"


def _long_text(path: Path, paragraphs: int = 2000, tail: bytes = b"") -> Path:
    lines = [f"{number}-абзац: {'сөз ' * 30}".strip() for number in range(paragraphs)]
    path.write_bytes(("Ұзақ мәтін\r\n\r\n" + "\r\n\r\n".join(lines)).encode() + tail)
    return path


def test_a_long_text_shows_its_first_paragraphs_and_the_rest_is_the_text_read_whole(tmp_path):
    path = _long_text(tmp_path / "кітап.txt")
    first, rest = open_article(path)
    assert rest is not None
    whole = load_article(path)
    shown = [passage.text for passage in first.passages]
    assert FIRST_SCREEN_TEXT <= sum(map(len, shown)) < sum(len(p.text) for p in whole.passages) // 4
    assert shown == [passage.text for passage in whole.passages[: len(shown)]]  # the whole book's start
    assert first.title == whole.title == "Ұзақ мәтін"
    steps = 1
    while not rest.read_more(0.0):  # a piece at a time
        steps += 1
    assert steps > 3 and rest.article() == whole


def test_a_text_whose_bytes_go_bad_late_is_refused_as_before_when_they_are_read(tmp_path):
    path = _long_text(tmp_path / "кітап.txt", tail=b"\r\n\r\n\xff\xfe")
    assert "not UTF-8 or UTF-16 text" in str(refused_late_as_whole(path))


def test_a_long_utf16_text_that_does_not_decode_is_refused_as_it_is_read_whole(tmp_path):
    """A UTF-16 text is decoded whole before any of it is shown: refused at once, with load_article's words."""
    path = tmp_path / "кітап.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + ("Ұзақ сөз. " * 20_000).encode("utf-16-le") + b"\0")  # an odd byte
    with pytest.raises(ContentError) as whole:
        load_article(path)
    with pytest.raises(ContentError) as opened:
        open_article(path)
    assert opened.value.code == whole.value.code == "bad_text" and str(opened.value) == str(whole.value)
