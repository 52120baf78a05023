"""The user-data error the window catches: in its own module so catching it does not import sqlite3."""

from __future__ import annotations


class StorageError(Exception):
    """The store cannot be read or written (read-only folder, full disk…): a clear message."""
