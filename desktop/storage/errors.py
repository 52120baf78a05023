"""The user-data error the window catches: in its own module so catching it does not import sqlite3."""

from __future__ import annotations


class StorageError(Exception):
    """The store cannot be read or written (read-only folder, full disk…): a clear message."""

    def __init__(self, message: str, *, damage: str | None = None, unwritable: str | None = None) -> None:
        super().__init__(message)
        self.damage = damage
        """Why the store's file is damaged, when SQLite found it so (None: locked, full, read-only…)."""
        self.unwritable = unwritable
        """Why it cannot be written, when that is all (locked, full, read-only): reading still works."""
