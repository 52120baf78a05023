"""The user's own folders, listed, and a throw-away home put in their place for a test run.

Imported by tests/conftest.py before anything else: nothing imported after it (Qt, the
reader, fontconfig, subprocesses the tests start) can find the user's real folders.
Only the standard library here, for the same reason.
"""

from __future__ import annotations

import atexit
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

Listing = dict[str, tuple[int, int, int]]
"""Every file and folder under some folders: path -> (kind and permissions, size, time changed)."""

XDG_FOLDERS = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
}
WINDOWS_FOLDERS = {"APPDATA": "AppData/Roaming", "LOCALAPPDATA": "AppData/Local"}


REAL_FOLDERS_VARIABLE = "OQYRMAN_TESTS_REAL_USER_FOLDERS"
"""The user's real folders, named for the processes started after the override (pytest-xdist's
workers among them), which inherit the throw-away home."""


def real_user_folders() -> tuple[Path, ...]:
    """Where the reader and Qt keep a user's settings, data and caches, read before any override."""
    named = os.environ.get(REAL_FOLDERS_VARIABLE)
    if named is not None:
        return tuple(Path(folder) for folder in named.split(os.pathsep) if folder)
    home = Path.home()
    folders = [
        Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache"),
        Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share"),
        Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config"),
    ]
    if sys.platform == "darwin":
        folders += [
            home / "Library" / "Preferences",
            home / "Library" / "Application Support",
            home / "Library" / "Caches",
        ]
    for variable in WINDOWS_FOLDERS:
        if os.environ.get(variable):
            folders.append(Path(os.environ[variable]))
    unique = tuple(dict.fromkeys(folders))
    os.environ[REAL_FOLDERS_VARIABLE] = os.pathsep.join(str(folder) for folder in unique)
    return unique


def listing(folders: tuple[Path, ...]) -> Listing:
    """Each entry's kind, size and change time; walked without following links (no recursion)."""
    found: Listing = {}
    pending = [folder for folder in folders if folder.is_dir()]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # unreadable: listed as its parent saw it
        for entry in entries:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            found[entry.path] = (info.st_mode, info.st_size, info.st_mtime_ns)
            if stat.S_ISDIR(info.st_mode):
                pending.append(Path(entry.path))
    return found


def changes(before: Listing, after: Listing) -> list[str]:
    """What differs, one line per path."""
    lines = [f"added {path}" for path in sorted(after.keys() - before.keys())]
    lines += [f"removed {path}" for path in sorted(before.keys() - after.keys())]
    lines += [f"changed {path}" for path in sorted(before.keys() & after.keys()) if before[path] != after[path]]
    return lines


def use_throwaway_home() -> Path:
    """HOME and every per-user folder (XDG on Linux, Library on macOS, AppData on Windows) in a new
    temporary folder, removed when the process ends; subprocesses inherit it."""
    home = Path(tempfile.mkdtemp(prefix="oqyrman-tests-home-"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    os.environ["HOME"] = os.environ["USERPROFILE"] = str(home)
    for variable, relative in {**XDG_FOLDERS, **WINDOWS_FOLDERS}.items():
        folder = home / relative
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[variable] = str(folder)
    runtime = home / "runtime"  # Qt wants it private to the user
    runtime.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    return home
