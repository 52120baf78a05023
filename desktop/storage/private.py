"""Folders and files readable by their owner alone, created so whatever the umask.

Only ``os``: the settings are read through here before the window's first paint, where
importing the stores (sqlite3, datetime) would cost, and a library search opens its stores
without ``pathlib`` (docs/benchmarks.md).
"""

from __future__ import annotations

import os

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def create_private_folder(folder: Path | str) -> None:
    """Create ``folder`` and any missing parents readable by their owner alone (0700); existing ones stay."""
    missing: list[str] = []
    current = os.fspath(folder) or "."
    while not os.path.exists(current) and current != (os.path.dirname(current) or "."):
        missing.append(current)
        current = os.path.dirname(current) or "."
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
    if not os.path.isdir(os.fspath(folder) or "."):
        raise NotADirectoryError(20, "not a folder", str(folder))


def create_private_file(path: Path | str) -> None:
    """An empty file readable by its owner alone (0600), when there is none (SQLite reads it as a new store)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(descriptor)
