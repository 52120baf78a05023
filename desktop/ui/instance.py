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
"""

from __future__ import annotations

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

    def claim(self) -> bool:
        """Become the running reader (a dead reader's lock is taken over); False when another one runs."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self._lock.tryLock(0):
            return False
        self.requests.mkdir(exist_ok=True)
        self._watcher = QFileSystemWatcher([str(self.requests)], self)
        self._watcher.directoryChanged.connect(self.take_requests)
        self.take_requests()  # left while no reader ran: a start that gave up, nothing to act on
        return True

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def hand_over(self, path: Path | None) -> bool:
        """Ask the running reader to show itself (and open ``path``); True when it took the request."""
        import uuid  # only a second reader writes a request: the first one starts without it

        self.requests.mkdir(parents=True, exist_ok=True)
        name = f"{uuid.uuid4().hex}.json"
        request = self.requests / name
        partial = self.requests / f".{name}.part"  # the watcher reads *.json only: never a half-written file
        partial.write_text(json.dumps({"open": str(path) if path else None}), encoding="utf-8")
        os.replace(partial, request)
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
        """Act on every request waiting, oldest first, each removed once read."""
        try:
            waiting = sorted(self.requests.glob("*.json"), key=lambda path: path.stat().st_mtime_ns)
        except OSError:
            return
        for request in waiting:
            try:
                # Read on the GUI thread: a pipe or a huge file here must not stall the window.
                data = json.loads(read_regular(request, MAX_REQUEST_BYTES).decode("utf-8"))
                request.unlink()
            except (OSError, ValueError, NotRegularFileError, TooLargeError) as error:
                log.warning("ignoring the start request %s: %s", request.name, error)
                request.unlink(missing_ok=True)
                continue
            target = data.get("open") if isinstance(data, dict) else None
            self.requested.emit(Path(target) if isinstance(target, str) and target else None)
