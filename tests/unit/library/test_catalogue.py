"""The library's catalogue: adding, updating, removing articles and keeping the index in step."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop.content import ContentError
from desktop.library import Library, catalogue, index
from desktop.userdata.keys import BUNDLED_KEY
from tests.unit.library.conftest import write_text_article


def test_the_bundled_article_is_the_first_entry_and_cannot_be_removed(library, article):
    [entry] = library.entries()
    assert (entry.key, entry.bundled, entry.title, entry.source, entry.date) == (
        BUNDLED_KEY, True, article.title, "BAQ.KZ", "2025-11-15",
    )  # fmt: skip
    assert library.remove(entry.id) is None
    assert [e.key for e in library.entries()] == [BUNDLED_KEY]


def test_an_added_file_is_listed_with_its_metadata_and_found_by_search(library, steppe):
    entry, outcome = library.add_file(steppe)
    assert outcome == "added"
    assert (entry.title, entry.path, entry.words, entry.bundled, entry.missing) == (
        "Дала туралы", str(steppe.resolve()), 7 + 6, False, False,
    )  # fmt: skip
    hits = library.search("дала").hits
    assert {hit.article for hit in hits} == {entry.id}
    assert [(hit.field, hit.hit.match) for hit in hits] == [("title", "Дала"), ("text", "даласы"), ("text", "далада")]


def test_removing_an_article_forgets_it_but_never_touches_the_file(library, steppe):
    before = steppe.read_bytes()
    entry, _ = library.add_file(steppe)
    assert library.remove(entry.id) == entry
    assert library.entry(entry.id) is None
    assert library.search("даласы").hits == ()
    assert steppe.read_bytes() == before
    db = library.index.database.connection
    assert db.execute("SELECT count(*) FROM passages WHERE id >> 32 = ?", (entry.id,)).fetchone()[0] == 0
    (number,) = db.execute("SELECT id FROM words WHERE word = 'даласы'").fetchone()
    token = str(number)
    assert db.execute("SELECT count(*) FROM passage_words WHERE passage_words MATCH ?", (token,)).fetchone()[0] == 0


def test_a_folder_is_read_recursively_and_what_is_skipped_is_said_with_the_reason(library, tmp_path):
    folder = tmp_path / "collection"
    write_text_article(folder / "a.txt", "Бірінші", "Мәтін бар.")
    write_text_article(folder / "inner" / "b.txt", "Екінші", "Тағы мәтін.")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "broken.md").write_text("+++\ntitle = \n", encoding="utf-8")
    write_text_article(folder / ".hidden" / "c.txt", "Жасырын", "Оқылмайды.")
    report = library.add_paths([folder])
    assert sorted(path.name for path in report.added) == ["a.txt", "b.txt"]
    reasons = {path.name: reason for path, reason in report.skipped}
    assert set(reasons) == {"photo.jpg", "empty.txt", "broken.md"}
    assert reasons["photo.jpg"] == "not an article file (.jpg)"
    assert "no readable text" in reasons["empty.txt"]
    assert reasons["broken.md"].startswith("line ")
    assert len(library.entries()) == 3


def test_adding_an_unchanged_file_again_does_not_read_it(library, steppe, monkeypatch):
    library.add_file(steppe)

    def must_not_read(path):
        raise AssertionError(f"read {path}")

    monkeypatch.setattr(catalogue, "load_article", must_not_read)
    _entry, outcome = library.add_file(steppe)
    assert outcome == "unchanged"


def test_refresh_reads_only_the_files_that_changed(library, tmp_path, monkeypatch):
    paths = [write_text_article(tmp_path / f"{n}.txt", f"Мақала {n}", f"Сөз{n} мәтін.") for n in range(3)]
    library.add_paths(paths)
    write_text_article(paths[1], "Мақала 1", "Мүлде басқа мәтін.")
    os.utime(paths[1], ns=(1, 1))  # a different time as well as a different size
    read = []
    real_load = catalogue.load_article
    monkeypatch.setattr(catalogue, "load_article", lambda path: read.append(path) or real_load(path))
    changed = library.refresh()
    assert [entry.path for entry in changed] == [str(paths[1].resolve())]
    assert read == [str(paths[1].resolve())]
    changed_id = changed[0].id
    assert changed_id in library.search("басқа").articles
    assert changed_id not in library.search("сөз1").articles  # the old text is gone from the index


def test_a_missing_file_is_kept_marked_and_left_out_of_search_until_it_returns(library, steppe, tmp_path):
    entry, _ = library.add_file(steppe)
    moved = tmp_path / "elsewhere.txt"
    steppe.rename(moved)
    library.refresh()
    assert library.entry(entry.id).missing
    assert library.search("даласы").hits == ()
    moved.rename(steppe)
    library.refresh()
    assert not library.entry(entry.id).missing
    assert library.search("даласы").hits


def test_a_file_that_cannot_be_read_raises_the_content_error(library, tmp_path):
    bad = tmp_path / "bad.epub"
    bad.write_bytes(b"not a zip")
    try:
        library.add_file(bad)
    except ContentError as error:
        assert "EPUB" in error.message
    else:
        raise AssertionError("a broken EPUB was added")
    assert len(library.entries()) == 1


def test_reading_progress_and_alphabet_are_kept_per_article(library, steppe):
    entry, _ = library.add_file(steppe)
    library.record_reading(str(steppe.resolve()), 0.4, latin=True)
    library.record_reading(BUNDLED_KEY, 1.7)
    assert (library.entry(entry.id).progress, library.entry(entry.id).latin) == (0.4, True)
    bundled = library.entry(BUNDLED_KEY)
    assert (bundled.progress, bundled.latin) == (1.0, None)
    assert bundled.last_read is not None


def test_the_catalogue_survives_reopening(tmp_path, article, steppe):
    first = Library(tmp_path / "data")
    first.add_bundled(BUNDLED_KEY, lambda: article)
    first.add_file(steppe)
    first.close()
    again = Library(tmp_path / "data")
    assert [entry.title for entry in again.entries()] == [article.title, "Дала туралы"]
    again.close()


def test_a_damaged_index_is_set_aside_and_rebuilt_from_the_articles(tmp_path, article, steppe):
    data = tmp_path / "data"
    first = Library(data)
    first.add_bundled(BUNDLED_KEY, lambda: article)
    first.add_file(steppe)
    first.close()
    (data / catalogue.INDEX_FILE).write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        (data / f"{catalogue.INDEX_FILE}{suffix}").unlink(missing_ok=True)
    again = Library(data)
    assert any("library-index.sqlite was damaged" in problem for problem in again.problems)
    assert list(data.glob("library-index.sqlite.broken-*"))
    again.add_bundled(BUNDLED_KEY, lambda: article)
    again.refresh()
    assert {hit.article for hit in again.search("даласы").hits} == {again.entry(str(steppe.resolve())).id}
    assert again.search("Ресей").hits
    again.close()


def test_a_damaged_catalogue_is_set_aside_and_reported_never_silently_reset(tmp_path, article):
    data = tmp_path / "data"
    data.mkdir()
    (data / catalogue.CATALOGUE_FILE).write_bytes(b"not a database at all" * 100)
    opened = Library(data)
    assert any("library.sqlite was damaged" in problem for problem in opened.problems)
    assert list(data.glob("library.sqlite.broken-*"))
    opened.close()


def test_an_index_written_by_another_analyser_is_rebuilt(tmp_path, article, steppe, monkeypatch):
    data = tmp_path / "data"
    first = Library(data)
    first.add_bundled(BUNDLED_KEY, lambda: article)
    first.add_file(steppe)
    first.close()
    with sqlite3.connect(data / catalogue.INDEX_FILE) as db:
        db.execute("UPDATE meta SET value = 'an older analyser' WHERE name = 'format'")
        db.execute("DELETE FROM word_keys")  # an old analyser's keys: даласы is found by no stem
        db.execute("INSERT INTO word_keys SELECT 'wнәрсе', id FROM words")
    again = Library(data)
    assert again.index.stale
    again.add_bundled(BUNDLED_KEY, lambda: article)
    again.refresh()
    assert not again.index.stale
    assert again.search("далада").hits and not again.search("нәрсе").hits
    assert again.index.size()[0] == 2
    again.close()


def test_reopening_a_library_reads_no_article_file(tmp_path, article, monkeypatch):
    data = tmp_path / "data"
    first = Library(data)
    first.add_bundled(BUNDLED_KEY, lambda: article)
    first.add_paths([write_text_article(tmp_path / f"{n}.txt", f"Мақала {n}", "Мәтін.") for n in range(5)])
    first.close()
    monkeypatch.setattr(catalogue, "load_article", lambda path: (_ for _ in ()).throw(AssertionError(path)))
    monkeypatch.setattr(index.LibraryIndex, "put", lambda *args: (_ for _ in ()).throw(AssertionError("indexed")))
    again = Library(data)
    again.add_bundled(BUNDLED_KEY, lambda: article)
    assert again.refresh() == []
    assert len(again.entries()) == 6
    again.close()


def test_a_folder_import_stops_after_its_limits_and_says_so(library, tmp_path, monkeypatch):
    """A whole disk dropped by mistake: at most so many articles read, so many files looked at."""
    folder = tmp_path / "disk"
    for number in range(4):
        write_text_article(folder / f"{number}.txt", f"Мақала {number}", "Мәтін бар.")
    monkeypatch.setattr(catalogue, "MAX_FOLDER_FILES", 2)
    report = library.add_paths([folder])
    assert [path.name for path in report.added] == ["0.txt", "1.txt"]
    assert report.skipped == [(folder / "2.txt", "more than 2 files: the rest were not read")]

    photos = tmp_path / "photos"
    photos.mkdir()
    for number in range(6):
        (photos / f"{number}.jpg").write_bytes(b"\xff\xd8\xff")
    monkeypatch.setattr(catalogue, "MAX_FOLDER_ENTRIES", 3)
    report = library.add_paths([photos])
    assert len(report.skipped) == 4 and report.skipped[-1] == (
        photos / "3.jpg",
        "more than 3 files in the folder: the rest were not looked at",
    )


_ADD_AS_READER = """
import json, os, sys
from pathlib import Path
from desktop.library import Library
from desktop.content import load_article
import desktop.content.formats.epub, desktop.content.formats.web_page  # noqa: F401 - read before giving up root
import desktop.userdata.annotations  # noqa: F401 - what storing an article imports (its text's hash)
load_article(Path(sys.argv[3]) / "a.txt")  # the rest of what reading a file imports
user = int(sys.argv[1])
if user >= 0:
    os.setgid(user); os.setuid(user)
library = Library(Path(sys.argv[2]))
report = library.add_paths([Path(sys.argv[3])])
print(json.dumps({"added": sorted(p.name for p in report.added),
                  "skipped": {p.name: reason for p, reason in report.skipped}}))
"""


def test_a_subfolder_that_cannot_be_read_is_named_and_the_rest_added(tmp_path_factory):
    import json
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    from tests.helpers.paths import ROOT

    shared = Path(tempfile.mkdtemp(prefix="oqyrman-test-"))  # pytest's folders are its owner's alone
    try:
        shared.chmod(0o755)
        folder = shared / "in"
        write_text_article(folder / "a.txt", "Бір", "Мәтін.")
        write_text_article(folder / "locked" / "b.txt", "Екі", "Мәтін.")
        write_text_article(folder / "z" / "c.txt", "Үш", "Мәтін.")
        (shared / "data").mkdir()
        user = -1
        if os.geteuid() == 0:  # root reads any folder: the import runs as nobody
            user = 65534
            for path in [shared, *shared.rglob("*")]:
                os.chown(path, user, user)
        (folder / "locked").chmod(0)
        done = subprocess.run(
            [sys.executable, "-c", _ADD_AS_READER, str(user), str(shared / "data"), str(folder)],
            capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        result = json.loads(done.stdout)
        assert result["added"] == ["a.txt", "c.txt"]
        assert result["skipped"]["locked"].startswith("the folder cannot be read: Permission denied")
    finally:
        (shared / "in" / "locked").chmod(0o700)
        shutil.rmtree(shared)


OLD_INDEX_ROWS = {
    1: "INSERT INTO passages VALUES (1, 2, 0, 'p', 'Ескі мәтін.', 'ескі мәтін', x'00')",
    2: "INSERT INTO passages VALUES (8589934592, '', 'Ескі мәтін.', x'0000000000000000')",
    3: "INSERT INTO passages VALUES (8589934592, '', 'Ескі мәтін.', x'0000000000000000')",
}
"""A passage as each earlier index schema stored it (1: keys per occurrence; 2: fields and body in one FTS5 table;
3: fields and articles in FTS5 tables of their own, with each document's size)."""


@pytest.mark.parametrize("version", sorted(OLD_INDEX_ROWS))
def test_an_index_of_an_earlier_schema_is_emptied_and_filled_again_and_the_catalogue_kept(
    tmp_path, article, steppe, version
):
    """The index is derived data: migrating it drops the old tables; the catalogue is the reader's and stays."""
    data = tmp_path / "data"
    first = Library(data)
    first.add_bundled(BUNDLED_KEY, lambda: article)
    first.add_file(steppe)
    first.record_reading(BUNDLED_KEY, 0.5)
    first.close()
    (data / catalogue.INDEX_FILE).unlink()
    with sqlite3.connect(data / catalogue.INDEX_FILE) as db:  # what an earlier version wrote
        for script in index.MIGRATIONS[:version]:
            for statement in script.split(";"):
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {version}")
        db.execute(f"INSERT OR REPLACE INTO meta VALUES ('format', '{version}/0.1.0')")
        db.execute("INSERT INTO indexed VALUES (1, 'an old hash'), (2, 'another')")
        db.execute(OLD_INDEX_ROWS[version])
    db.close()
    again = Library(data)
    try:
        assert again.problems == []
        assert again.index.database.version == len(index.MIGRATIONS)
        again.add_bundled(BUNDLED_KEY, lambda: article)
        again.refresh()
        assert [entry.key for entry in again.entries()] == [BUNDLED_KEY, str(steppe.resolve())]
        assert again.entry(BUNDLED_KEY).progress == 0.5
        assert again.search("даласы").total_articles == 1
        texts = again.index.database.connection.execute("SELECT text FROM passages").fetchall()
        assert ("Ескі мәтін.",) not in texts, "nothing of the old index is read"
        tables = {name for (name,) in again.index.database.connection.execute("SELECT name FROM sqlite_master")}
        assert {"passage_words", "field_words", "article_words"} <= tables
        assert not {name for name in tables if name.endswith("_docsize")}, "no document sizes are written"
    finally:
        again.close()


def test_a_folder_import_keys_each_file_by_its_resolved_path_through_links(library, tmp_path):
    real = tmp_path / "real"
    write_text_article(real / "a.txt", "Дала", "Кең дала.")
    write_text_article(tmp_path / "elsewhere" / "b.txt", "Тау", "Биік тау.")
    os.symlink(real, tmp_path / "linked")
    os.symlink(tmp_path / "elsewhere" / "b.txt", real / "c.txt")
    report = library.add_paths([tmp_path / "linked"])
    keys = sorted(entry.key for entry in library.entries() if not entry.bundled)
    assert len(report.added) == 2
    assert keys == sorted([str((real / "a.txt").resolve()), str((tmp_path / "elsewhere" / "b.txt").resolve())])


@pytest.mark.parametrize(
    ("name", "not_text"),
    [("мақала.txt", False), ("plain.txt", False), ("bad\udc80.txt", True), ("bad\udcff name.md", True),
     ("\ud800 not a byte.txt", False), ("ok\udc7f.txt", False)],
)  # fmt: skip
def test_a_name_is_not_text_when_it_holds_a_byte_that_is_not_utf8(name, not_text):
    """Python keeps such bytes as the lone surrogates U+DC80 to U+DCFF, and only those."""
    assert catalogue._not_text(Path("/folder") / name) is not_text


def test_a_file_is_resolved_as_path_resolve_resolves_it_its_folder_once(tmp_path, monkeypatch):
    """Through a linked folder, a relative name, ``..`` and a file that is itself a link: the text of
    ``Path.resolve()``, each folder resolved once for all its files."""
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("a", encoding="utf-8")
    (real / "b.txt").write_text("b", encoding="utf-8")
    os.symlink(real, tmp_path / "linked")
    os.symlink(real / "b.txt", real / "c.txt")
    monkeypatch.chdir(tmp_path)
    paths = [
        tmp_path / "linked" / "a.txt", Path("linked") / "b.txt", Path("linked/../real/a.txt"),
        tmp_path / "linked" / "c.txt", Path("real") / "..",
    ]  # fmt: skip
    folders: dict[str, str] = {}
    assert [catalogue._resolved(path, folders) for path in paths] == [str(path.resolve()) for path in paths]
    assert folders == {str(tmp_path / "linked"): str(real), "linked": str(real), "linked/../real": str(real)}
