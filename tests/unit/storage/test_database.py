"""The SQLite store: migrations forward, damage set aside and reported, writes all or nothing."""

import os
import sqlite3

import pytest

from desktop.storage.database import Database, StorageError
from desktop.userdata.annotations import MIGRATIONS, AnnotationStore


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


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The names of the stores whose pages and schema were checked on open."""
    made: list[str] = []
    real = Database._damage

    def counted(self, connection):
        made.append(self.path.name)
        return real(self, connection)

    monkeypatch.setattr(Database, "_damage", counted)
    return made


def _open(path) -> None:
    Database(path, MIGRATIONS, trust_checked=True).close()


def test_a_store_is_checked_again_only_when_it_may_have_changed_since_its_checks_passed(tmp_path, checks):
    path = tmp_path / "notes.sqlite"
    _open(path)  # made
    _open(path)  # checked as its first start left it
    _open(path)
    _open(path)
    assert checks == ["notes.sqlite"] * 2, "then known unchanged"
    AnnotationStore(path).close()  # the window's stores are checked on every open
    assert len(checks) == 3
    with sqlite3.connect(path) as other:  # another program writes
        other.execute("PRAGMA user_version = 2")
    other.close()
    _open(path)
    assert len(checks) == 4
    (tmp_path / "notes.sqlite-checked").write_bytes(b"\xff" * 10_000)  # a record not ours is no record
    _open(path)
    assert len(checks) == 5


def test_damage_written_into_a_checked_store_is_found_on_open_and_set_aside(tmp_path, checks):
    path = tmp_path / "notes.sqlite"
    _open(path)
    _open(path)
    size = path.stat().st_size
    with open(path, "r+b") as file:  # the same file, the same size, its pages overwritten
        file.seek(size // 2)
        file.write(b"\xff" * (size - size // 2))
    store = Database(path, MIGRATIONS, trust_checked=True)
    assert store.problem and "notes.sqlite was damaged" in store.problem
    assert not (tmp_path / "notes.sqlite-checked").exists(), "it vouched for the file set aside"


def test_a_checked_stores_record_does_not_vouch_for_a_damaged_file_put_in_its_place(tmp_path, checks):
    path = tmp_path / "notes.sqlite"
    _open(path)
    _open(path)
    record = (tmp_path / "notes.sqlite-checked").read_bytes()
    damaged = tmp_path / "copy.sqlite"
    damaged.write_bytes(path.read_bytes()[:4096] + b"\xff" * (path.stat().st_size - 4096))
    status = path.stat()
    os.utime(damaged, ns=(status.st_atime_ns, status.st_mtime_ns))  # same size and time: another file
    damaged.replace(path)
    (tmp_path / "notes.sqlite-checked").write_bytes(record)
    store = Database(path, MIGRATIONS, trust_checked=True)
    assert store.problem and "notes.sqlite was damaged" in store.problem


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


def test_a_folder_that_cannot_be_made_opens_an_empty_store_for_reading_and_refuses_writes(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the data folder should be")
    store = AnnotationStore(blocked / "notes.sqlite")
    assert store.stored() == [] and store.problem is None
    assert "notes.sqlite is open for reading only" in store.database.read_only
    with pytest.raises(StorageError, match=f"cannot save changes to {blocked / 'notes.sqlite'}"):
        store.merge([])
    assert blocked.read_text() == "a file where the data folder should be"


def test_a_failed_action_leaves_nothing_half_written(tmp_path):
    database = Database(tmp_path / "notes.sqlite", MIGRATIONS)
    with pytest.raises(RuntimeError), database.transaction() as connection:
        connection.execute("CREATE TABLE scratch (x)")
        connection.execute("INSERT INTO scratch VALUES (1)")
        raise RuntimeError("the action failed half-way")
    tables = {row[0] for row in database.connection.execute("SELECT name FROM sqlite_master")}
    assert "scratch" not in tables


def _odd_store(path, case: str) -> None:
    with sqlite3.connect(path) as connection:
        if case == "negative version":
            connection.execute("PRAGMA user_version = -3")
        elif case == "current version without tables":
            connection.execute("PRAGMA user_version = 2")
        elif case == "another program's tables":
            connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
            connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
        elif case == "a foreign table beside the reader's":
            for statement in MIGRATIONS[0].split(";"):
                connection.execute(statement)
            connection.execute("PRAGMA user_version = 1")
            connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        elif case == "a table without its columns":
            connection.execute("CREATE TABLE annotations (id INTEGER PRIMARY KEY)")
            connection.execute("PRAGMA user_version = 2")
    connection.close()


ODD = (
    "negative version", "current version without tables", "another program's tables",
    "a foreign table beside the reader's", "a table without its columns",
)  # fmt: skip


@pytest.mark.parametrize("case", ODD)
def test_a_schema_that_is_not_the_readers_is_a_clear_error_and_left_as_it_is(tmp_path, case):
    path = tmp_path / "notes.sqlite"
    _odd_store(path, case)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="is not a store of this reader") as raised:
        AnnotationStore(path)
    assert str(path) in str(raised.value) and "left as it is" in str(raised.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.broken-*"))


@pytest.mark.parametrize("case", ODD)
def test_the_command_line_names_an_odd_store_in_one_line(tmp_path, capsys, case):
    from desktop.cli import main
    from desktop.ui.paths import notes_path

    path = notes_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    _odd_store(path, case)
    assert main(["notes", "list"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("oqyrman: error: ") and "is not a store of this reader" in error
    assert "Traceback" not in error and error.count("\n") == 1


@pytest.mark.parametrize("case", ["negative version", "another program's tables"])
def test_an_odd_search_index_is_set_aside_and_rebuilt(tmp_path, case):
    from desktop.library.index import LibraryIndex

    path = tmp_path / "library-index.sqlite"
    _odd_store(path, case)
    index = LibraryIndex(path)
    assert index.problem and "library-index.sqlite was damaged" in index.problem
    assert index.size() == (0, 0)
    index.close()


def _modes(folder) -> dict[str, int]:
    return {path.name: path.stat().st_mode & 0o777 for path in sorted(folder.iterdir())}


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o000])
def test_stores_and_their_folders_are_created_readable_by_their_owner_alone(tmp_path, umask):
    from desktop.library import Library

    previous = os.umask(umask)
    try:
        data = tmp_path / "share" / "Oqyrman" / "Oqyrman"
        store = AnnotationStore(data / "notes.sqlite")
        library = Library(data)
        assert {"notes.sqlite-wal", "notes.sqlite-shm"} <= set(_modes(data)), "open stores have their WAL files"
        modes = _modes(data)
        store.close()
        library.close()
        Library(data).close()  # checked again as the first open left them: the checks are recorded
        records = {name: mode for name, mode in _modes(data).items() if name.endswith("-checked")}
        (data / "notes.sqlite").write_bytes(b"damaged " * 500)
        AnnotationStore(data / "notes.sqlite").close()  # a new store in the damaged one's place
    finally:
        os.umask(previous)
    assert set(modes.values()) == {0o600}
    assert {"notes.sqlite", "library.sqlite", "library-index.sqlite"} <= set(modes)
    assert records == {"library.sqlite-checked": 0o600, "library-index.sqlite-checked": 0o600}
    assert (data / "notes.sqlite").stat().st_mode & 0o777 == 0o600
    for folder in (data, data.parent, data.parent.parent):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


@pytest.mark.parametrize("kind", ["pipe", "folder", "link to /dev/zero"])
def test_a_store_that_is_not_a_regular_file_is_refused_without_reading_it(tmp_path, kind):
    from tests.helpers.pipes import without_blocking_on

    path = tmp_path / "notes.sqlite"
    if kind == "pipe":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero")
    with pytest.raises(StorageError, match="is not a regular file") as raised:
        without_blocking_on(path, lambda: AnnotationStore(path)) if kind == "pipe" else AnnotationStore(path)
    assert "left as it is" in str(raised.value)
    assert os.path.lexists(path) and not list(tmp_path.glob("*.broken-*"))


def test_a_search_index_that_is_a_pipe_is_set_aside_and_rebuilt(tmp_path):
    from desktop.library.index import LibraryIndex
    from tests.helpers.pipes import without_blocking_on

    path = tmp_path / "library-index.sqlite"
    os.mkfifo(path)

    def open_and_look() -> tuple[str | None, tuple[int, int]]:
        index = LibraryIndex(path)
        try:
            return index.problem, index.size()
        finally:
            index.close()

    problem, size = without_blocking_on(path, open_and_look)
    assert problem and "not a regular file" in problem and size == (0, 0)
