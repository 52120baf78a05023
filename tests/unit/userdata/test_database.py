"""The SQLite store: migrations forward, damage set aside and reported, writes all or nothing."""

import sqlite3

import pytest

from desktop.userdata.annotations import MIGRATIONS, AnnotationStore
from desktop.userdata.database import Database, StorageError


def test_a_new_store_has_the_latest_schema_in_wal_mode(tmp_path):
    database = Database(tmp_path / "notes.sqlite", MIGRATIONS)
    assert database.version == len(MIGRATIONS)
    assert database.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.problem is None


def test_a_store_written_by_the_previous_schema_is_brought_forward_with_its_data(tmp_path):
    path = tmp_path / "notes.sqlite"
    old = Database(path, MIGRATIONS[:1])  # what the first version of the reader wrote
    with old.transaction() as connection:
        connection.execute(
            'INSERT INTO annotations (uuid, article_key, text_hash, kind, passage, start, "end", quote, prefix,'
            " suffix, section_id, color, note, name, created, modified) VALUES"
            " ('a1', 'bundled', 'h', 'highlight', 3, 0, 7, 'Reuters', '', ' агенттігі', 'west', 'green',"
            " 'маңызды', '', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
        )
    old.close()
    store = AnnotationStore(path)
    assert store.database.version == 2
    (annotation,) = store.stored()
    assert (annotation.quote, annotation.note, annotation.color) == ("Reuters", "маңызды", "green")
    assert annotation.style == "highlight"  # the column version 2 added, with its default


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"this is not a database at all" * 100, "not a database"), (b"SQLite format 3\x00" + b"\xff" * 4000, "")],
)
def test_a_damaged_file_is_moved_aside_and_reported_and_a_new_store_starts(tmp_path, content, reason):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    store = AnnotationStore(path)
    assert store.problem and "notes.sqlite was damaged" in store.problem and reason in store.problem
    aside = list(tmp_path.glob("notes.sqlite.broken-*"))
    assert [p.read_bytes() for p in aside if p.name.count("-") == 2 or not p.name.endswith(("-wal", "-shm"))] == [
        content
    ]
    assert store.stored() == [] and store.database.version == len(MIGRATIONS)


def test_a_store_from_a_newer_reader_is_kept_aside_not_overwritten(tmp_path):
    path = tmp_path / "notes.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    store = AnnotationStore(path)
    assert "newer version" in store.problem
    assert len(list(tmp_path.glob("notes.sqlite.broken-*"))) == 1


def test_two_damaged_stores_set_aside_in_the_same_second_are_both_kept(tmp_path, monkeypatch):
    import time

    monkeypatch.setattr(time, "strftime", lambda _pattern: "20261129-021500")
    path = tmp_path / "notes.sqlite"
    damage = [b"first damage " * 300, b"second damage " * 300]
    for content in damage:
        path.write_bytes(content)
        AnnotationStore(path).close()
    stores_aside = [p for p in tmp_path.glob("notes.sqlite.broken-*") if not p.name.endswith(("-wal", "-shm"))]
    assert sorted(p.read_bytes() for p in stores_aside) == damage


def test_an_unwritable_folder_is_a_storage_error_with_the_path(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the data folder should be")
    with pytest.raises(StorageError, match="cannot open"):
        AnnotationStore(blocked / "notes.sqlite")


def test_a_failed_action_leaves_nothing_half_written(tmp_path):
    database = Database(tmp_path / "notes.sqlite", MIGRATIONS)
    with pytest.raises(RuntimeError), database.transaction() as connection:
        connection.execute("CREATE TABLE scratch (x)")
        connection.execute("INSERT INTO scratch VALUES (1)")
        raise RuntimeError("the action failed half-way")
    tables = {row[0] for row in database.connection.execute("SELECT name FROM sqlite_master")}
    assert "scratch" not in tables
