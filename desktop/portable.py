"""Portable mode: run from a USB stick, keep everything beside the program, nothing in the profile.

A file named ``portable`` beside the frozen executable turns it on. Settings, notes and logs
then live in ``OqyrmanData/`` beside it, and on Linux the XDG variables point there too, so
neither Qt nor fontconfig writes to the user's home (Windows keeps no cache of its own).
"""

from __future__ import annotations

import os
import sys

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

MARKER = "portable"
DATA_FOLDER = "OqyrmanData"


def executable_dir() -> Path | None:
    """The folder of the frozen program; None when running from source (and ``pathlib`` is not imported)."""
    if not getattr(sys, "frozen", False):
        return None
    from pathlib import Path

    return Path(sys.executable).resolve().parent


def data_root() -> Path | None:
    """Where a portable reader keeps everything, or None when it is installed normally."""
    folder = executable_dir()
    if folder is None or not (folder / MARKER).is_file():
        return None
    return folder / DATA_FOLDER


def enter_portable_mode() -> Path | None:
    """Before Qt starts: point the per-user folders into the portable data folder."""
    root = data_root()
    if root is None:
        return None
    for variable, name in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        os.environ[variable] = str(root / name)
    return root
