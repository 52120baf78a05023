"""Where the reader keeps its data, found without Qt (the command line must not import it).

The window asks Qt (``QStandardPaths.AppDataLocation``, ``desktop.ui.paths``); the command
line reads and writes the same library and notes, so this gives the same folder by the same
rules, per platform. A test compares the two on every platform CI runs on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import branding

NOTES_FILE = "notes.sqlite"


def _generic_data_dir() -> Path:
    """Qt's GenericDataLocation: the folder every program's data folders are in."""
    if sys.platform == "win32":
        roaming = os.environ.get("APPDATA")
        return Path(roaming) if roaming else Path.home() / "AppData" / "Roaming"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if xdg.startswith("/") else Path.home() / ".local" / "share"  # relative: ignored (XDG)


def data_dir() -> Path:
    """<data folder>/<name>/<name>, e.g. ~/.local/share/Oqyrman/Oqyrman, or beside a portable reader."""
    from desktop.portable import data_root

    portable = data_root()
    if portable is not None:
        return portable
    name = branding.current().data_name
    return _generic_data_dir() / name / name


def notes_path() -> Path:
    return data_dir() / NOTES_FILE
