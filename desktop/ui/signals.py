"""Quitting cleanly on SIGTERM, SIGHUP and Ctrl+C: the window closes (and saves) as if asked to.

Python runs a signal handler only when the interpreter gets control back, which a Qt event
loop may not give it for a long time. So each handled signal also writes a byte to a socket
(``signal.set_wakeup_fd``) that a QSocketNotifier watches: Qt wakes up at once and closes
the window, which saves the reading position and settings, then quits. A signal that came
while the window started was held (``desktop.quit_signals``) and is acted on as soon as the
quitter exists.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from desktop import quit_signals

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)

QUIT_SIGNALS = quit_signals.QUIT_SIGNALS


class SignalQuitter(QObject):
    """Calls ``close`` once when one of QUIT_SIGNALS arrives; restores the old handlers on ``stop``."""

    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._received: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._on_signal) for number in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)
        if (held := quit_signals.pending()) is not None:
            self._received = held
            QTimer.singleShot(0, self, self._wake)

    def _on_signal(self, number: int, _frame) -> None:
        self._received = number

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # nothing to read: woken for another reason
            self._reader.recv(64)
        if self._received is not None:
            log.info("quitting on %s", signal.Signals(self._received).name)
            self._received = None
            self._close()

    def stop(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()
