"""Writing a file all at once or not at all: a temporary file beside it, then a rename.

An export that fails half-way (a full disk, a removed USB stick, a folder given as the
target) must leave an existing file as it was and no partial file behind. Everything is
written to a temporary file in the target's folder (so the final rename stays on one file
system and is atomic), flushed to disk, checked, and only then renamed over the target. A
target that is a symbolic link is written through: the file it points to is replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def check_target(path: Path) -> None:
    """Raise OSError, with a reason a person can read, when path cannot become a file.

    A file marked read-only is refused too: writing it in place would fail, and renaming a
    new file over it (which its folder allows) would quietly undo the protection.
    """
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(path.parent))
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # a new file
    if not stat.S_ISREG(mode):
        # A device, a pipe or a socket: a rename would put a plain file in its place (/dev/null,
        # for root), and writing into it is not an export. Standard output is the default.
        raise OSError(errno.EINVAL, "is not a regular file (a device, a pipe or a socket)", str(path))
    if not mode & 0o222 or not os.access(path, os.W_OK):  # no write bit at all: even root is told
        raise PermissionError(errno.EACCES, "is read-only", str(path))


def check_not_source(target: Path, source: Path | None) -> None:
    """Raise OSError when target is the file the export is made from (or a link to it).

    Writing there would replace the article with an export of itself, which keeps less
    (metadata, the format's own markup): ``cp`` refuses the same way.
    """
    if source is None:
        return
    try:
        same = os.path.samefile(target, source)
    except OSError:  # one of them does not exist: not the same file
        return
    if same:
        raise FileExistsError(errno.EEXIST, "is the article file being read", str(target))


@contextlib.contextmanager
def replacing(path: Path, check: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path``, on any failure it goes.

    ``check`` may inspect the finished temporary file and raise OSError (a PDF that ends
    before its end-of-file marker, say).
    """
    path = Path(path)
    if path.is_symlink():
        # Write through the link, as editors do: the link stays, the file it points to is replaced.
        # Replacing the link itself would turn it into a plain file and leave its target as it was.
        path = Path(os.path.realpath(path))
    check_target(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as file:
            os.fsync(file.fileno())
        if check is not None:
            check(temporary)
        _keep_permissions(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _flush_folder(path.parent)


def _flush_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut, not only the file's bytes (POSIX: the folder is
    flushed; Windows has no folder handle to flush, and NTFS journals the rename)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # the file is in place; only its durability is at stake
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def write_bytes(path: Path, data: bytes) -> None:
    """Write data to path atomically; raises OSError and leaves path untouched on failure."""
    with replacing(path) as temporary, temporary.open("wb") as file:
        file.write(data)
        file.flush()


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def _keep_permissions(target: Path, temporary: Path) -> None:
    """A replaced file keeps its mode; a new one gets the usual mode for new files (umask)."""
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(temporary, mode)
