"""An SQLite store that never loses what it acknowledged, and never silently resets.

- WAL journal and ``synchronous=FULL``: a committed transaction survives the process being
  killed (and a power cut); one transaction per user action (``transaction()``).
- The schema version is ``PRAGMA user_version``; ``MIGRATIONS[n]`` takes a store from version
  n to n + 1, inside one transaction, so an older store is brought forward on open.
- Only a file that SQLite reads and finds damaged (not a database, malformed, a failed
  integrity check) or that comes from a newer version is moved aside (``<name>.broken-<time>``,
  with its -wal and -shm) and reported in ``problem``; an empty store takes its place.
- A store that cannot be written (locked by another program past the busy timeout, a full
  disk, a read-only file, folder or medium, a folder that cannot be created) is opened
  read-only: everything in it can be read, ``read_only`` says why changes cannot be saved,
  and every ``transaction()`` raises a StorageError saying so. The file is left as it is.
- A schema that is not the reader's (a negative version, the reader's version without its
  tables, another program's tables) is a StorageError naming the file, which is left as it is
  (a store that can be rebuilt, ``rebuildable``, is set aside and reported instead).
- The checks on open (``quick_check`` reads every page: 25 ms for a catalogue of 50,000
  articles) passed are recorded beside the store (``<name>-checked``, written whole or not at
  all) as the file's identity, size and modification time and its write-ahead log's, with the
  reader's migrations. Opened with ``trust_checked`` (a library search, the search index),
  a store whose record matches is not checked again: any write changes one of them, a file
  put in the store's place is another file, and a record that cannot be read or matches
  nothing is no record. Damage that changes none of them (a disk's own failure) is found when
  the damaged page is read: a library search then forgets the record and opens the store
  again, checked, so that it is set aside and reported as on any open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
import zlib
from collections.abc import Iterator, Sequence

from desktop.records import TYPE_CHECKING
from desktop.storage.aside import aside_path
from desktop.storage.errors import StorageError
from desktop.storage.private import create_private_file, create_private_folder

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "Database",
    "StorageError",
    "create_private_file",
    "create_private_folder",
    "is_damage",
    "timestamp",
    "unwritable_reason",
]

BUSY_TIMEOUT_S = 5.0
"""How long an open or a write waits for another program's lock before saying the store is busy."""
COMPANIONS = ("-wal", "-shm", "-journal")
"""SQLite's files beside a store: moved with it, created owner-only like it."""
CHECKED_SUFFIX = "-checked"
"""Beside a store: the record of its last passed checks (see the module's notes)."""
MAX_RECORD_BYTES = 256

_DAMAGE_CODES = frozenset({11, 26})
"""SQLITE_CORRUPT and SQLITE_NOTADB (with any extended code): SQLite read the file and found it damaged."""
_UNWRITABLE = {
    3: "permission denied",  # SQLITE_PERM
    5: "it is in use by another program (locked)",  # SQLITE_BUSY
    6: "it is in use by another program (locked)",  # SQLITE_LOCKED
    8: "the file or its folder is read-only",  # SQLITE_READONLY
    10: "the disk cannot be written (input/output error)",  # SQLITE_IOERR
    13: "the disk is full",  # SQLITE_FULL
    14: "the file cannot be opened for writing",  # SQLITE_CANTOPEN
    23: "permission denied",  # SQLITE_AUTH
}
"""Failures that say nothing against the file's content: the store is opened read-only, never set aside."""


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite reported the file itself as damaged (not locked, full, read-only or unopenable)."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _DAMAGE_CODES
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def unwritable_reason(error: BaseException) -> str | None:
    """Why the store cannot be written, when ``error`` is about the disk, the file's rights or a lock."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _UNWRITABLE.get(code & 0xFF)
    text = str(error).lower()
    for words, reason in (
        ("locked", _UNWRITABLE[5]), ("disk is full", _UNWRITABLE[13]), ("readonly", _UNWRITABLE[8]),
        ("read-only", _UNWRITABLE[8]), ("unable to open", _UNWRITABLE[14]), ("disk i/o", _UNWRITABLE[10]),
    ):  # fmt: skip
        if words in text:
            return reason
    return None


class SchemaError(Exception):
    """The file is a database, but not one this reader wrote (or its schema is not what its version says)."""


class Database:
    """One SQLite file with a migrated schema."""

    def __init__(
        self,
        path: Path | str,
        migrations: Sequence[str],
        *,
        full_check: bool = True,
        rebuildable: bool = False,
        trust_checked: bool = False,
    ) -> None:
        self.file = os.fspath(path)
        """The store's file as given: what is opened, looked at and checked (``path`` is this as a Path)."""
        self._path: Path | None = None
        self.migrations = tuple(migrations)
        self.full_check = full_check
        """False for a large store that can be rebuilt (the search index): reading every page on
        each start would cost more than it protects, so only its header and schema are read."""
        self.rebuildable = rebuildable
        self.trust_checked = trust_checked
        """The checks are not made again on a file unchanged since they passed (its record matches): for a
        command that must start fast, and the index; the window makes them on every open."""
        """The store holds nothing that cannot be computed again (the search index): a schema that
        is not the reader's is set aside and reported, not refused."""
        self.problem: str | None = None
        """Why the store found at ``path`` was set aside, if it was."""
        self.read_only: str | None = None
        """Why changes cannot be saved, when the store could only be opened for reading."""
        try:
            try:
                create_private_folder(os.path.dirname(self.file) or ".")
            except OSError as error:
                self.connection = self._open_read_only(unwritable_reason(error) or str(error))
            else:
                self.connection = self._open_checked()
            self._identity = _identity(self.file)
        except SchemaError as error:
            raise StorageError(f"{self.path} is not a store of this reader ({error}); it was left as it is") from None
        except (OSError, sqlite3.Error) as error:
            raise StorageError(f"cannot open {self.path}: {error}") from None

    @property
    def path(self) -> Path:
        """The store's file (made when first asked for: a library search opens its stores without ``pathlib``)."""
        if self._path is None:
            from pathlib import Path

            self._path = Path(self.file)
        return self._path

    @property
    def version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def _open_checked(self) -> sqlite3.Connection:
        try:
            mode = os.stat(self.file).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):  # a pipe would stall SQLite's first read forever
            if not self.rebuildable:
                raise StorageError(
                    f"{self.path} is not a regular file (a folder, a pipe or a device); it was left as it is"
                )
            self._set_aside("not a regular file")
            mode = None
        if mode is not None and not os.access(self.file, os.W_OK):  # SQLite would open it quietly read-only
            return self._open_read_only(_UNWRITABLE[8])
        connection: sqlite3.Connection | None = None
        try:
            state = self._state() if mode is not None else None  # before SQLite opens (and so touches) it
            connection = self._connect(journal=False)  # the file is looked at before anything is written to it
            checked = self.trust_checked and state is not None and state == self._read_record()
            reason = None if checked else self._damage(connection)
            if reason is None:
                connection.execute("PRAGMA journal_mode=WAL").fetchone()
                migrated = self._migrated(connection)
                if state is not None and not checked:
                    self._write_record(state)
                return migrated
        except SchemaError as error:
            if connection is not None:
                connection.close()
            if not self.rebuildable:
                raise
            reason = str(error)
        except OSError as error:  # the store's file cannot be created
            return self._open_read_only(unwritable_reason(error) or str(error))
        except sqlite3.DatabaseError as error:
            if connection is not None:
                connection.close()
            if not is_damage(error):
                why = unwritable_reason(error)
                if why is None:
                    raise
                return self._open_read_only(why)
            reason = f"not a database ({error})"
        if connection is not None:
            connection.close()
        self._set_aside(reason or "damaged")
        try:
            return self._migrated(self._connect())
        except sqlite3.DatabaseError as error:
            why = unwritable_reason(error)
            if why is None:
                raise
            return self._open_read_only(why)

    def _connect(self, *, journal: bool = True) -> sqlite3.Connection:
        """The file opened for writing (``journal``: in WAL mode); a new one is created owner-only
        (SQLite gives its -wal, -shm and -journal files the store's own permissions)."""
        create_private_file(self.file)
        connection = sqlite3.connect(self.file, timeout=BUSY_TIMEOUT_S, isolation_level=None)  # explicit transactions
        try:
            if journal:
                connection.execute("PRAGMA journal_mode=WAL").fetchone()
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
        except BaseException:
            connection.close()
            raise
        return connection

    def _open_read_only(self, why: str) -> sqlite3.Connection:
        """The store for reading only, brought to the current schema in memory when it is older.

        ``mode=ro`` first (it sees what another program commits); on read-only media, where
        SQLite cannot create the WAL's shared-memory file, ``immutable=1``. No file at all (or
        none that opens): an empty store in memory. Damage found here is not acted on: the file
        is left for a start that can write.
        """
        self.read_only = f"{self.path.name} is open for reading only: {why}; changes cannot be saved"
        connection: sqlite3.Connection | None = None
        last: sqlite3.Error | None = None
        if self.path.exists():
            from urllib.parse import quote  # here: only a store open for reading only is named by a URI

            uri = "file:" + quote(str(self.path.resolve()))
            for parameters in ("?mode=ro", "?mode=ro&immutable=1"):
                try:
                    connection = sqlite3.connect(uri + parameters, uri=True, timeout=BUSY_TIMEOUT_S,
                                                 isolation_level=None)  # fmt: skip
                    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
                    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    break
                except sqlite3.DatabaseError as error:
                    if connection is not None:
                        connection.close()
                        connection = None
                    if is_damage(error):
                        raise StorageError(
                            f"{self.path} is damaged and cannot be set aside ({why}); it was left as it is"
                        ) from None
                    last = error
                    held = unwritable_reason(error) == _UNWRITABLE[5]
                    if held:  # a writer holds it: immutable would read half a write
                        break
            if connection is None:
                reason = (unwritable_reason(last) if last is not None else None) or why
                raise StorageError(f"cannot open {self.path}: {reason} ({last})")
        else:
            connection = sqlite3.connect(":memory:", isolation_level=None)
            version = 0
        if version > len(self.migrations):
            connection.close()
            raise StorageError(f"{self.path} was written by a newer version of the reader (schema {version})")
        try:
            self._check_schema(connection, version)
        except SchemaError:
            connection.close()
            raise
        if version < len(self.migrations):  # read through a copy in memory, brought forward
            memory = sqlite3.connect(":memory:", isolation_level=None)
            connection.backup(memory)
            connection.close()
            connection = self._migrated(memory)
        return connection

    def _state(self) -> str | None:
        """What the checks' record must match: the file's identity, size and time, its log's, the migrations."""
        parts = [f"{len(self.migrations)}:{zlib.crc32(''.join(self.migrations).encode())}"]
        for path in (self.file, f"{self.file}-wal"):
            try:
                status = os.stat(path)
            except FileNotFoundError:
                parts.append("-")
                continue
            except OSError:
                return None
            parts.append(f"{status.st_dev}:{status.st_ino}:{status.st_size}:{status.st_mtime_ns}")
        return f"{'full' if self.full_check else 'schema'} {' '.join(parts)}"

    def _read_record(self) -> str | None:
        try:
            with open(f"{self.file}{CHECKED_SUFFIX}", "rb") as file:
                data = file.read(MAX_RECORD_BYTES + 1)
        except OSError:
            return None
        try:
            return data.decode("ascii") if len(data) <= MAX_RECORD_BYTES else None
        except UnicodeDecodeError:
            return None

    def _write_record(self, state: str) -> None:
        """The checks passed on the file in this state: written to a new file, then put in place (or not at all)."""
        record = f"{self.file}{CHECKED_SUFFIX}"
        temporary = f"{record}.{os.getpid()}.tmp"
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(descriptor, state.encode("ascii"))
            finally:
                os.close(descriptor)
            os.replace(temporary, record)
        except OSError:  # no record: the checks are made next time
            with contextlib.suppress(OSError):
                os.unlink(temporary)

    def forget_checks(self) -> None:
        """Damage was found in use (the checks were not made on open: the file had not changed since they passed):
        the next open makes them, and sets the file aside."""
        with contextlib.suppress(OSError):
            os.unlink(f"{self.file}{CHECKED_SUFFIX}")

    def _damage(self, connection: sqlite3.Connection) -> str | None:
        check = "PRAGMA quick_check" if self.full_check else "SELECT 'ok' FROM sqlite_master LIMIT 1"
        row = connection.execute(check).fetchone()
        result = row[0] if row else "ok"
        if result != "ok":
            return f"integrity check failed: {result}"
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > len(self.migrations):
            return f"written by a newer version of the reader (schema {version})"
        self._check_schema(connection, version)
        return None

    def _check_schema(self, connection: sqlite3.Connection, version: int) -> None:
        """SchemaError unless the file holds exactly the tables (and columns) its version's migrations make."""
        if version < 0:
            raise SchemaError(f"schema version {version}")
        found = _tables(connection)
        expected = _schema_at(self.migrations, version)
        if found == expected:
            return
        missing = sorted(set(expected) - set(found))
        foreign = sorted(set(found) - set(expected))
        if version == 0 and found:
            raise SchemaError(f"it holds tables of another program: {', '.join(foreign)}")
        if missing:
            raise SchemaError(f"schema {version} without its tables {', '.join(missing)}")
        if foreign:
            raise SchemaError(f"tables of another program: {', '.join(foreign)}")
        changed = sorted(name for name in expected if not expected[name] <= found[name])
        if changed:
            raise SchemaError(f"tables without their columns: {', '.join(changed)}")

    def replace_damaged(self, reason: str) -> None:
        """Set the damaged file aside and go on with an empty store (for a store that can be rebuilt).

        When another connection (a background job's) has already replaced the file this one
        opened, the new file is opened instead: a healthy replacement is never set aside.
        """
        with contextlib.suppress(sqlite3.Error):
            self.connection.close()
        if _identity(self.file) in (self._identity, None):
            self._set_aside(reason)
        self.connection = self._migrated(self._connect())
        self._identity = _identity(self.file)

    def damage_found(self, error: sqlite3.Error) -> str | None:
        """Why the store is damaged, when ``error`` (raised while using it) shows it is; None otherwise.

        An error that says so is enough; any other error that is not about locks, space or
        permissions is checked with ``quick_check`` (a damaged table can raise a generic error).
        """
        if is_damage(error):
            return str(error)
        code = getattr(error, "sqlite_errorcode", None)
        if not isinstance(code, int) or code & 0xFF != 1:  # SQLITE_ERROR only: the rest are not about damage
            return None
        try:
            row = self.connection.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as check_error:
            return str(check_error) if is_damage(check_error) else None
        result = row[0] if row else "ok"
        return None if result == "ok" else f"integrity check failed: {result}"

    def _set_aside(self, reason: str) -> None:
        from pathlib import Path  # here: a store opens without pathlib, and is set aside rarely

        aside = aside_path(self.path, "broken", companions=COMPANIONS)
        for suffix in ("", *COMPANIONS):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                source.replace(Path(f"{aside}{suffix}"))
        self.forget_checks()  # the record vouched for the file set aside
        self.problem = f"{self.path.name} was damaged ({reason}); it is kept as {aside.name}"

    def _migrated(self, connection: sqlite3.Connection) -> sqlite3.Connection:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        for number in range(version, len(self.migrations)):
            connection.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(self.migrations[number]):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number + 1}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        return connection

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action: all of it is written, or none of it (a store open for reading only: a StorageError)."""
        if self.read_only is not None:
            raise StorageError(f"cannot save changes to {self.path}: {self.read_only}", unwritable=self.read_only)
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise StorageError(f"cannot write to {self.path}: {error}", unwritable=unwritable_reason(error)) from None
        try:
            yield self.connection
            self.connection.execute("COMMIT")
        except sqlite3.Error as error:
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")
            damage = self.damage_found(error)
            raise StorageError(
                f"cannot write to {self.path}: {error}", damage=damage, unwritable=unwritable_reason(error)
            ) from None
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.connection.close()


def timestamp() -> str:
    """Now, as the stores write it: UTC, to the second, ISO 8601 (sorts as text)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _statements(script: str) -> list[str]:
    """The statements of a migration, one by one (executescript would commit on its own).

    A trigger's body holds semicolons of its own: pieces are joined until SQLite says the
    statement is complete.
    """
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip().removesuffix(";"))
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip().removesuffix(";"))
    return statements


def _identity(path: Path | str) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode), or None when there is none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _tables(connection: sqlite3.Connection) -> dict[str, set[str]]:
    """Every table (and virtual table) of the store with its columns; SQLite's own tables left out."""
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    ]
    tables: dict[str, set[str]] = {}
    for name in names:
        try:
            rows = connection.execute("SELECT name FROM pragma_table_info(?)", (name,)).fetchall()
        except sqlite3.OperationalError:  # a virtual table of a module this SQLite lacks
            rows = []
        tables[name] = {row[0] for row in rows}
    return tables


_SCHEMAS: dict[tuple[tuple[str, ...], int], dict[str, set[str]]] = {}


def _schema_at(migrations: tuple[str, ...], version: int) -> dict[str, set[str]]:
    """The tables (with their columns) the first ``version`` migrations make, as ``_tables`` reads them."""
    key = (migrations, version)
    if key not in _SCHEMAS:
        connection = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for script in migrations[:version]:
                for statement in _statements(script):
                    connection.execute(statement)
            _SCHEMAS[key] = _tables(connection)
        finally:
            connection.close()
    return _SCHEMAS[key]
