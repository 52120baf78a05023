"""An SQLite store that never loses what it acknowledged, and never silently resets.

- WAL journal and ``synchronous=FULL``: a committed transaction survives the process being
  killed (and a power cut); one transaction per user action (``transaction()``).
- The schema version is ``PRAGMA user_version``; ``MIGRATIONS[n]`` takes a store from version
  n to n + 1, inside one transaction, so an older store is brought forward on open.
- A file that is not a database, fails its integrity check or comes from a newer version is
  moved aside (``<name>.broken-<time>``, with its -wal and -shm) and reported in ``problem``;
  an empty store takes its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop.userdata.aside import aside_path
from desktop.userdata.errors import StorageError

__all__ = ["Database", "StorageError", "is_damage", "timestamp"]

_DAMAGE_CODES = frozenset({11, 26})
"""SQLITE_CORRUPT and SQLITE_NOTADB (with any extended code): SQLite read the file and found it damaged."""


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite reported the file itself as damaged (not locked, full, read-only or unopenable)."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _DAMAGE_CODES
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


class Database:
    """One SQLite file with a migrated schema."""

    def __init__(self, path: Path | str, migrations: Sequence[str], *, full_check: bool = True) -> None:
        self.path = Path(path)
        self.migrations = tuple(migrations)
        self.full_check = full_check
        """False for a large store that can be rebuilt (the search index): reading every page on
        each start would cost more than it protects, so only its header and schema are read."""
        self.problem: str | None = None
        """Why the store found at ``path`` was set aside, if it was."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = self._open_checked()
        except (OSError, sqlite3.Error) as error:
            raise StorageError(f"cannot open {self.path}: {error}") from None

    @property
    def version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def _open_checked(self) -> sqlite3.Connection:
        try:
            connection = self._connect()
            reason = self._damage(connection)
        except sqlite3.DatabaseError as error:
            reason, connection = f"not a database ({error})", None
        if reason is None and connection is not None:
            return self._migrated(connection)
        if connection is not None:
            connection.close()
        self._set_aside(reason or "damaged")
        return self._migrated(self._connect())

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, isolation_level=None)  # transactions are explicit
        connection.execute("PRAGMA journal_mode=WAL").fetchone()
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        return connection

    def _damage(self, connection: sqlite3.Connection) -> str | None:
        check = "PRAGMA quick_check" if self.full_check else "SELECT 'ok' FROM sqlite_master LIMIT 1"
        row = connection.execute(check).fetchone()
        result = row[0] if row else "ok"
        if result != "ok":
            return f"integrity check failed: {result}"
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > len(self.migrations):
            return f"written by a newer version of the reader (schema {version})"
        return None

    def replace_damaged(self, reason: str) -> None:
        """Set the damaged file aside and go on with an empty store (for a store that can be rebuilt)."""
        with contextlib.suppress(sqlite3.Error):
            self.connection.close()
        self._set_aside(reason)
        self.connection = self._migrated(self._connect())

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
        aside = aside_path(self.path, "broken", companions=("-wal", "-shm"))
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                source.replace(Path(f"{aside}{suffix}"))
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
        """One user action: all of it is written, or none of it."""
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise StorageError(f"cannot write to {self.path}: {error}") from None
        try:
            yield self.connection
            self.connection.execute("COMMIT")
        except sqlite3.Error as error:
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")
            damage = self.damage_found(error)
            raise StorageError(f"cannot write to {self.path}: {error}", damage=damage) from None
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
