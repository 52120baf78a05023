"""Ctrl+C while the window starts is held, not raised.

Python's default Ctrl+C raises ``KeyboardInterrupt`` wherever the interpreter happens to be:
in the middle of importing PySide6 (shiboken then aborts the process), or inside a Qt slot,
where the exception is logged and the event loop goes on, so the reader never quits. So
``run_gui`` holds it from its first line: it is only noted, and the window's quitter
(``desktop.ui.signals.SignalQuitter``, set up just after the first paint) closes the window
at once if it was, saving as any close does. A second Ctrl+C while held ends the process at
once, as a terminal user who presses it twice expects: nothing the start writes can be torn
by that (the stores are SQLite transactions, files are replaced atomically). SIGTERM and
SIGHUP keep their default until the quitter takes them: they end the process without a
traceback, and before the text is on screen there is no reading position to save.

Nothing here imports Qt: ``desktop.cli`` calls it before Qt is loaded.
"""

from __future__ import annotations

import os
import signal

QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)  # SIGHUP does not exist on Windows
HELD_SIGNALS = (signal.SIGINT,)
EXIT_INTERRUPTED = 130  # what a shell reports for a program ended by Ctrl+C (128 + SIGINT)


class _Held:
    def __init__(self) -> None:
        self.signal: int | None = None
        """The signal noted while held."""
        self.previous: dict[int, object] = {}
        """The handlers before ``hold``, put back by ``release``."""


_held = _Held()


def _note(number: int, _frame: object) -> None:
    if _held.signal is not None:
        os._exit(EXIT_INTERRUPTED)  # pressed twice: quit now, as asked
    _held.signal = number


def hold() -> None:
    """From now on Ctrl+C is noted (see ``pending``) instead of raising ``KeyboardInterrupt``."""
    if _held.previous:
        return
    _held.signal = None
    _held.previous = {number: signal.signal(number, _note) for number in HELD_SIGNALS}


def pending() -> int | None:
    """The signal noted since ``hold``, if any; taking it clears it."""
    number, _held.signal = _held.signal, None
    return number


def release() -> None:
    """Put back the handlers ``hold`` replaced (for a caller that goes on after the window)."""
    for number, handler in _held.previous.items():
        signal.signal(number, handler)  # type: ignore[arg-type]
    _held.previous = {}
    _held.signal = None
