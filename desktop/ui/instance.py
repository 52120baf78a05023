"""One running reader per data folder: a second start hands its file to the first and exits.

Two processes writing the same notes and library would each see a stale list, so ``oqyrman``
(or ``oqyrman --open FILE``) started while a reader runs raises that reader's window and opens
the file there.

Why not QLocalServer/QLocalSocket: they live in QtNetwork, which the bundle leaves out (it
would take the bundle over its 105 MiB budget; benchmarks/bundle.py). QtCore has what this
needs: ``QLockFile`` says who runs (and notices when that process died: a stale lock is taken
over), and a folder of request files, each written atomically, watched by
``QFileSystemWatcher``, carries the requests. A reader that holds the lock but does not take a
request within ``HANDOVER_TIMEOUT_MS`` (hung, or its PID reused by another program) is treated
as gone: its lock is removed if no live process holds it, and this start goes on.

A data folder that cannot be written (a full disk, a read-only folder, a portable copy on
read-only media) is not another reader: a lock that cannot be written lets this start go on
as the reader (``unwritable`` says why; no hand-over is possible then). A request that cannot
be read (a pipe, a dangling link, a huge file, JSON nested deeper than a request is, bytes that
are not UTF-8) is logged once and removed, or left and skipped when it cannot be removed; it
never stops the requests after it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QFileSystemWatcher, QLockFile, QObject, QThread, Signal

from desktop.content.regular_file import NotRegularFileError, TooLargeError, read_regular

log = logging.getLogger(__name__)

LOCK_FILE = "instance.lock"
REQUESTS = "requests"
HANDOVER_TIMEOUT_MS = 3000
MAX_REQUEST_BYTES = 64 * 1024
"""A request names one file; anything larger is not one of ours."""
MAX_REQUEST_DEPTH = 4
"""A request is one object of strings: deeper nesting is not one of ours (and is refused before
``json.loads``, which would recurse once per level)."""


def json_depth(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest, counted without recursion (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def read_request(path: Path) -> Path | None:
    """The file a request asks to open (None: just show the window); ValueError or OSError when it is not a request."""
    try:
        text = read_regular(path, MAX_REQUEST_BYTES).decode("utf-8")
    except (NotRegularFileError, TooLargeError) as error:
        raise ValueError(f"not a small regular file ({type(error).__name__})") from None
    if json_depth(text) > MAX_REQUEST_DEPTH:
        raise ValueError(f"nested more than {MAX_REQUEST_DEPTH} deep")
    data = json.loads(text)
    target = data.get("open") if isinstance(data, dict) else None
    if isinstance(target, str) and target and "\x00" not in target:
        return Path(target)
    return None


class RunningReader(QObject):
    """The lock of the running reader, and the requests other starts leave for it."""

    requested = Signal(object)
    """Another start asked for the window: a file to open (a Path), or None to just show it."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.requests = folder / REQUESTS
        self._lock = QLockFile(str(folder / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # held as long as the reader runs: stale only when its process died
        self._watcher: QFileSystemWatcher | None = None
        self.unwritable: str | None = None
        """Why the lock could not be written (full disk, read-only folder): this start is the reader all the same."""
        self._refused: set[tuple[str, int]] = set()
        """Requests already logged as unreadable and left (they could not be removed): by name and time."""

    def claim(self) -> bool:
        """Become the running reader (a dead reader's lock is taken over); False when another one runs.

        A lock that cannot be written at all is not another reader: this start goes on.
        """
        from desktop.storage.private import create_private_folder

        try:
            create_private_folder(self.folder)
        except OSError as error:
            return self._unwritable(error.strerror or str(error))
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            return self._unwritable(f"the lock file cannot be written ({self._lock.error().name})")
        try:
            self.requests.mkdir(mode=0o700, exist_ok=True)
        except OSError as error:
            log.warning("no start requests can be taken: %s: %s", self.requests, error.strerror or error)
            return True
        self._watch()
        return True

    def _unwritable(self, reason: str) -> bool:
        self.unwritable = f"{self.folder}: {reason}"
        log.warning("the data folder cannot be written (%s): reading goes on, nothing can be saved", self.unwritable)
        if self.requests.is_dir():
            self._watch()
        return True

    def _watch(self) -> None:
        self._watcher = QFileSystemWatcher([str(self.requests)], self)
        self._watcher.directoryChanged.connect(self.take_requests)
        self.take_requests()  # left while no reader ran: a start that gave up, nothing to act on

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def hand_over(self, path: Path | None) -> bool:
        """Ask the running reader to show itself (and open ``path``); True when it took the request."""
        import uuid  # only a second reader writes a request: the first one starts without it

        name = f"{uuid.uuid4().hex}.json"
        request = self.requests / name
        partial = self.requests / f".{name}.part"  # the watcher reads *.json only: never a half-written file
        try:
            self.requests.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps({"open": str(path) if path else None}), encoding="utf-8")
            os.replace(partial, request)
        except OSError as error:  # a full disk or a read-only folder: nobody can be asked
            log.warning("cannot hand the start over: %s: %s", self.requests, error.strerror or error)
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            return False
        deadline = QDeadlineTimer(HANDOVER_TIMEOUT_MS)
        while request.exists() and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(20)
        if not request.exists():
            return True
        request.unlink(missing_ok=True)
        return False

    def take_over(self) -> bool:
        """After a hand-over nobody took: remove the lock if no live process holds it, and claim it."""
        return self._lock.removeStaleLockFile() and self.claim()

    def take_requests(self, *_changed: object) -> None:
        """Act on every request waiting, oldest first, each removed once read; a bad one never stops the rest."""
        try:
            names = [entry for entry in os.scandir(self.requests) if entry.name.endswith(".json")]
        except OSError:
            return
        waiting: list[tuple[int, str]] = []
        for entry in names:
            try:
                waiting.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.name))
            except OSError:
                continue  # gone since it was listed
        for mtime, name in sorted(waiting):
            if (name, mtime) in self._refused:
                continue
            request = self.requests / name
            try:
                # Read on the GUI thread: a pipe or a huge file here must not stall the window.
                target = read_request(request)
            except (OSError, ValueError, RecursionError) as error:
                self._refuse(request, mtime, error)
                continue
            try:
                request.unlink()
            except OSError as error:
                self._refuse(request, mtime, error)
                continue
            self.requested.emit(target)

    def _refuse(self, request: Path, mtime: int, error: BaseException) -> None:
        """Log a request that cannot be acted on, once, and remove it (or remember it, when it cannot be)."""
        log.warning("ignoring the start request %s: %s", request.name, error)
        try:
            if request.is_dir() and not request.is_symlink():
                request.rmdir()
            else:
                request.unlink(missing_ok=True)
        except OSError:
            self._refused.add((request.name, mtime))
