"""What a problem with a file carries besides its English words: the system error's name, and a
damaged archive told by what is wrong with it (the window and the command line word them in their
language from these; desktop/ui/content_errors.py)."""

import os

import pytest

from desktop.content import ContentError, load_article
from tests.helpers import books


def _problem(path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        load_article(path)
    return caught.value


def test_a_missing_file_names_its_system_error(tmp_path):
    problem = _problem(tmp_path / "жоқ.txt")
    assert problem.code == "unreadable"
    assert problem.params == {"reason": os.strerror(2), "errno": "ENOENT"}
    assert str(problem).endswith(f"cannot read file: {os.strerror(2)}")  # the command line's English, as before


@pytest.mark.parametrize("cut", [5, 40, 400])
def test_a_book_cut_short_is_told_so_not_called_no_zip_archive(tmp_path, cut):
    whole = books.book(tmp_path / "кітап.epub", {"c1.xhtml": books.chapter("<p>Сәлем</p>" * 40)}).read_bytes()
    cut_short = tmp_path / "жартысы.epub"
    cut_short.write_bytes(whole[:-cut])
    problem = _problem(cut_short)
    assert problem.params["reason"] == "the archive is cut off: its end, with the list of its files, is missing"


def test_a_damaged_directory_keeps_the_archive_readers_words_as_its_detail(tmp_path):
    whole = books.book(tmp_path / "кітап.epub", {"c1.xhtml": books.chapter("<p>Сәлем</p>")}).read_bytes()
    directory = whole.rfind(b"PK\x01\x02")
    damaged = tmp_path / "зақымды.epub"
    damaged.write_bytes(whole[:directory] + b"XX" + whole[directory + 2 :])
    assert _problem(damaged).params["reason"] == "its ZIP directory is damaged (Bad magic number for central directory)"


def test_a_file_that_is_no_archive_at_all_is_still_told_so(tmp_path):
    not_a_book = tmp_path / "мәтін.epub"
    not_a_book.write_text("Сәлем, әлем", encoding="utf-8")
    assert _problem(not_a_book).params["reason"] == "not a ZIP archive, as an EPUB is"
