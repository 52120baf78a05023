"""Moved to ``desktop.storage.errors``; kept so older imports work (it imports no sqlite3 either)."""

from desktop.storage.errors import StorageError

__all__ = ["StorageError"]
