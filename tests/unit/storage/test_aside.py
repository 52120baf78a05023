"""Setting a damaged file aside never replaces one set aside before."""

import time

from desktop.storage.aside import aside_path


def test_the_name_says_what_and_when(tmp_path, monkeypatch):
    monkeypatch.setattr(time, "strftime", lambda _pattern: "20261129-021500")
    assert aside_path(tmp_path / "notes.sqlite", "broken").name == "notes.sqlite.broken-20261129-021500"


def test_a_second_file_set_aside_in_the_same_second_gets_its_own_name(tmp_path, monkeypatch):
    monkeypatch.setattr(time, "strftime", lambda _pattern: "20261129-021500")
    first = aside_path(tmp_path / "settings.ini", "corrupt")
    first.write_text("first", encoding="utf-8")
    second = aside_path(tmp_path / "settings.ini", "corrupt")
    assert second.name == "settings.ini.corrupt-20261129-021500-2"
    second.write_text("second", encoding="utf-8")
    assert aside_path(tmp_path / "settings.ini", "corrupt").name.endswith("-3")


def test_a_companion_file_alone_takes_the_name_too(tmp_path, monkeypatch):
    """SQLite's -wal is moved with its store: a name whose -wal exists is taken."""
    monkeypatch.setattr(time, "strftime", lambda _pattern: "20261129-021500")
    (tmp_path / "notes.sqlite.broken-20261129-021500-wal").write_bytes(b"log")
    taken = aside_path(tmp_path / "notes.sqlite", "broken", companions=("-wal", "-shm"))
    assert taken.name == "notes.sqlite.broken-20261129-021500-2"


def test_the_stores_older_import_paths_still_work():
    """The shared storage moved from desktop.userdata to desktop.storage; code that imports the old names runs."""
    from desktop.storage import aside, database, errors
    from desktop.userdata import aside as old_aside
    from desktop.userdata import database as old_database
    from desktop.userdata import errors as old_errors

    assert old_database.Database is database.Database and old_database.StorageError is errors.StorageError
    assert old_errors.StorageError is errors.StorageError and old_aside.aside_path is aside.aside_path
