"""Moved to ``desktop.storage.database`` (shared by the notes and the library); kept so older imports work."""

from desktop.storage.database import (
    BUSY_TIMEOUT_S,
    Database,
    SchemaError,
    StorageError,
    create_private_file,
    create_private_folder,
    is_damage,
    timestamp,
)

__all__ = [
    "BUSY_TIMEOUT_S",
    "Database",
    "SchemaError",
    "StorageError",
    "create_private_file",
    "create_private_folder",
    "is_damage",
    "timestamp",
]
