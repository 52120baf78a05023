"""Reading a file that cannot stall or flood the reader: a regular file, up to a limit.

A pipe would block the read forever and a device such as ``/dev/zero`` never ends, so what
is not a regular file is refused before it is opened, and again by its open descriptor (a
pipe put in its place between the two cannot block the open, which does not wait). Article
files, notes imports, the settings file and a second start's requests are read through here.
Nothing here imports Qt.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

_READ_ONLY = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
"""How a file is opened: never waiting (a pipe put in its place), bytes as they are (Windows). Worked out once:
a name ``os`` lacks is an error made and dropped, which cost more than the open itself."""


class NotRegularFileError(Exception):
    """A pipe, a device, a socket or a folder."""


class TooLargeError(Exception):
    """More bytes than the limit; ``size`` is the size seen, or None when it grew while read."""

    def __init__(self, size: int | None) -> None:
        super().__init__(size)
        self.size = size


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``limit`` of them.

    Raises NotRegularFileError, TooLargeError, or OSError (missing, unreadable).
    """
    return read_regular_status(path, limit)[0]


def read_regular_status(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """``read_regular``'s bytes and the status of the file they were read from, taken as it was opened (its
    time dates an article: no second ``stat`` of the path)."""
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise NotRegularFileError
    if status.st_size > limit:
        raise TooLargeError(status.st_size)
    descriptor = os.open(path, _READ_ONLY)
    try:  # the descriptor read as it is: a file object around it cost more than reading a short file
        opened = os.fstat(descriptor)
        if not stat.S_ISREG(opened.st_mode):
            raise NotRegularFileError
        data = _read_up_to(descriptor, status.st_size + 1)  # not limit + 1: that allocates the whole limit first
        if len(data) > status.st_size:  # it grew since stat(): read on, still cut off after the limit
            data += _read_up_to(descriptor, limit + 1 - len(data))
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise TooLargeError(None)
    return data, opened


def _read_up_to(descriptor: int, size: int) -> bytes:
    """``size`` bytes, or fewer at the file's end: a read may return fewer than asked (a signal), so it is
    repeated until the file ends, as a file object's ``read`` does."""
    parts = []
    while size > 0:
        part = os.read(descriptor, size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def open_regular(path: Path, limit: int) -> BinaryIO:
    """The regular file at ``path`` (links followed) opened for reading, when it holds at most
    ``limit`` bytes: for a file read a part at a time (an EPUB's members), not whole.

    Raises NotRegularFileError, TooLargeError, or OSError (missing, unreadable).
    """
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise NotRegularFileError
    if status.st_size > limit:
        raise TooLargeError(status.st_size)
    descriptor = os.open(path, _READ_ONLY)
    file = os.fdopen(descriptor, "rb")
    try:
        opened = os.fstat(file.fileno())
        if not stat.S_ISREG(opened.st_mode):
            raise NotRegularFileError
        if opened.st_size > limit:
            raise TooLargeError(opened.st_size)
    except BaseException:
        file.close()
        raise
    return file
