"""Real full and read-only file systems for tests: a small tmpfs, mounted where the system allows it.

Root ignores file permissions, so a folder made read-only with chmod proves nothing when the
tests run as root; a read-only mount and a full one hold for everyone. Where mounting is not
permitted (not root, a container without the right), the test is skipped.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*arguments: str) -> None:
    done = subprocess.run(["mount", *arguments], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise OSError(done.stderr.strip() or f"mount {' '.join(arguments)} failed")


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str = "1m") -> Iterator[Path]:
    """``folder`` as a tmpfs of ``size`` bytes (skips the test where mounting is not permitted)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    except (OSError, FileNotFoundError) as error:
        pytest.skip(f"cannot mount a tmpfs here: {error}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def remount_read_only(folder: Path) -> None:
    _mount("-o", "remount,ro", str(folder))


def fill(folder: Path) -> None:
    """Write into ``folder`` until its file system is full."""
    with contextlib.suppress(OSError), open(folder / "filler", "wb") as filler:  # closing it may fail too
        while True:
            filler.write(b"\0" * 65536)
            filler.flush()
