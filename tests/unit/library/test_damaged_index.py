"""A search index damaged behind an intact header: found when it is used, set aside and rebuilt, never a traceback.

The index is opened without reading every page (``full_check=False``), so damage inside
it shows only when a search, a list or a removal reads the damaged pages. Each test damages
one part of a real index file (the pages of one table, or every page but the header) and
then uses the library as the reader would.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.library import Library, catalogue
from desktop.storage.database import StorageError
from desktop.ui.paths import data_dir
from desktop.userdata.keys import BUNDLED_KEY

PAGE_PARTS = (
    "indexed", "passages", "sqlite_autoindex_words_1", "word_keys", "meta", "passage_words_data", "passage_words_idx",
    "all",
)  # fmt: skip
"""Tables whose root page is damaged; "all": every page after the first (the header) is."""


def damage_index(path: Path, part: str) -> None:
    """Overwrite pages of a closed index file with garbage, leaving its header page intact."""
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        pages = (
            range(2, db.execute("PRAGMA page_count").fetchone()[0] + 1)
            if part == "all"
            else [db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (part,)).fetchone()[0]]
        )
    db.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * page_size : page * page_size] = bytes([0xA5, 0x17]) * (page_size // 2)
    path.write_bytes(bytes(data))


def _library(folder: Path, article) -> Library:
    opened = Library(folder)
    opened.add_bundled(BUNDLED_KEY, lambda: article)
    return opened


@pytest.fixture
def damaged(tmp_path, article, steppe, request) -> Path:
    """A data folder with the bundled article and steppe.txt, whose index is then damaged."""
    folder = tmp_path / "data"
    first = _library(folder, article)
    first.add_file(steppe)
    first.close()
    damage_index(folder / catalogue.INDEX_FILE, request.param)
    return folder


@pytest.mark.parametrize("damaged", PAGE_PARTS, indirect=True)
def test_a_search_on_a_damaged_index_rebuilds_it_and_finds_every_article(damaged, article, steppe):
    library = _library(damaged, article)
    try:
        steppe_id = library.entry(str(steppe.resolve())).id
        assert {hit.article for hit in library.search("даласы").hits} == {steppe_id}
        assert library.search("Ресей").hits
        assert any("library-index.sqlite was damaged" in problem for problem in library.problems)
    finally:
        library.close()
    assert list(damaged.glob("library-index.sqlite.broken-*")), "the damaged file is kept, not deleted"
    with sqlite3.connect(damaged / catalogue.INDEX_FILE) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)


@pytest.mark.parametrize("damaged", PAGE_PARTS, indirect=True)
def test_removing_an_article_from_a_damaged_index_is_whole(damaged, article, steppe):
    library = _library(damaged, article)
    steppe_id = library.entry(str(steppe.resolve())).id
    assert library.remove(steppe_id) is not None
    library.close()
    again = _library(damaged, article)
    try:
        again.refresh()
        assert again.entry(steppe_id) is None
        assert [entry.key for entry in again.entries()] == [BUNDLED_KEY]
        assert again.search("даласы").hits == ()
        assert steppe_id not in again.index.indexed()
        assert again.search("Ресей").hits, "the articles kept are indexed again"
    finally:
        again.close()


@pytest.mark.parametrize("damaged", ["indexed", "all"], indirect=True)
def test_the_command_line_lists_searches_and_removes_with_a_damaged_index(damaged, capsys, tmp_path, article, steppe):
    folder = data_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    damaged.rename(folder)
    for _run in range(2):
        assert main(["library", "list"]) == 0
        assert "2 articles" in capsys.readouterr().out
    assert main(["search", "даласы", "--scope", "library"]) == 0
    assert "Дала туралы" in capsys.readouterr().out
    assert main(["library", "remove", str(steppe.resolve())]) == 0
    capsys.readouterr()
    assert main(["search", "даласы", "--scope", "library"]) == 0
    assert "Дала туралы" not in capsys.readouterr().out


def test_an_index_that_cannot_be_written_leaves_the_catalogue_as_it_was(tmp_path, article, steppe):
    """remove is one transaction across both stores: a locked index rolls the catalogue back too."""
    library = _library(tmp_path / "data", article)
    steppe_id = library.entry(library.add_file(steppe)[0].key).id
    library.index.database.connection.execute("PRAGMA busy_timeout = 0")
    holder = sqlite3.connect(tmp_path / "data" / catalogue.INDEX_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError):
            library.remove(steppe_id)
        assert library.entry(steppe_id) is not None, "the catalogue's deletion was rolled back"
        assert not list((tmp_path / "data").glob("*.broken-*")), "a locked index is not a damaged one"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert {hit.article for hit in library.search("даласы").hits} == {steppe_id}
    library.close()


def test_an_index_already_replaced_by_another_connection_is_not_set_aside_again(tmp_path, article, steppe):
    """The window's connection and a background job's each find the damage; only the damaged file goes aside."""
    folder = tmp_path / "data"
    first = _library(folder, article)
    first.add_file(steppe)
    first.close()
    damage_index(folder / catalogue.INDEX_FILE, "passages")  # read by a search, not on opening
    window, job = _library(folder, article), _library(folder, article)
    try:
        assert (window.index.resets, job.index.resets) == (0, 0)
        assert job.search("даласы").hits  # the job finds the damage first, replaces the file and fills it
        assert window.search("даласы").hits  # the window's connection then finds its own, older file damaged
        assert window.index.resets == 1
    finally:
        window.close()
        job.close()
    aside = [path for path in folder.glob("library-index.sqlite.broken-*") if not path.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1
