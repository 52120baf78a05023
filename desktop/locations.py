"""Where the reader keeps its data, found without Qt (the command line must not import it).

The window asks Qt (``QStandardPaths.AppDataLocation``, ``desktop.ui.paths``); the command
line reads and writes the same library and notes, so this gives the same folder by the same
rules, per platform. A test compares the two on every platform CI runs on.
"""

from __future__ import annotations

import os
import sys

from desktop import branding
from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

NOTES_FILE = "notes.sqlite"


def _generic_data_dir() -> str:
    """Qt's GenericDataLocation: the folder every program's data folders are in."""
    if sys.platform == "win32":
        roaming = os.environ.get("APPDATA")
        return roaming if roaming else os.path.join(_home(), "AppData", "Roaming")
    if sys.platform == "darwin":
        return os.path.join(_home(), "Library", "Application Support")
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return xdg if xdg.startswith("/") else os.path.join(_home(), ".local", "share")  # relative: ignored (XDG)


def _home() -> str:
    """The user's home folder, as ``Path.home()`` finds it (and with its error when there is none)."""
    home = os.path.expanduser("~")
    if home.startswith("~"):
        raise RuntimeError("Could not determine home directory.")
    return home


def data_folder() -> str:
    """``data_dir()`` as text, found without ``pathlib`` (a library search opens its stores without it)."""
    from desktop.portable import data_root

    portable = data_root()
    if portable is not None:
        return str(portable)
    name = branding.current().data_name
    return os.path.join(_generic_data_dir(), name, name)


def data_dir() -> Path:
    """<data folder>/<name>/<name>, e.g. ~/.local/share/Oqyrman/Oqyrman, or beside a portable reader."""
    from pathlib import Path

    return Path(data_folder())


def notes_path() -> Path:
    return data_dir() / NOTES_FILE
