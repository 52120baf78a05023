"""Folders and files readable by their owner alone, created so whatever the umask.

Only ``os`` and ``pathlib``: the settings are read through here before the window's first
paint, where importing the stores (sqlite3, datetime) would cost.
"""

from __future__ import annotations

import os
from pathlib import Path


def create_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by their owner alone (0700); existing ones stay."""
    missing: list[Path] = []
    current = Path(folder)
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
    if not Path(folder).is_dir():
        raise NotADirectoryError(20, "not a folder", str(folder))


def create_private_file(path: Path) -> None:
    """An empty file readable by its owner alone (0600), when there is none (SQLite reads it as a new store)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(descriptor)
