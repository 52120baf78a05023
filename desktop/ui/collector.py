"""Cyclic garbage is collected on the GUI thread only.

Python's collector runs in whichever thread allocates past its threshold. When that is a
worker thread (the article's search index is built on one, speech runs on another), the
garbage it finds can hold Qt objects: a closed dialog's wrappers, a lambda connected to a
signal. Destroying them disconnects signals, which takes Qt's connection lock and then
waits for Python's lock, while the GUI thread holds Python's lock and waits for Qt's in its
own ``connect()``: both wait for ever. So once the application exists, Python's automatic
collections stay off (``gc_pause.hand_over``) and a timer on the GUI thread collects each
generation when the allocation counts say Python itself would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from desktop import gc_pause

INTERVAL_MS = 250
"""How often the counts are looked at: cyclic garbage made meanwhile waits at most this long."""


class GuiThreadCollector(QObject):
    """Does Python's automatic collections, on the thread that owns it (the GUI thread)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gui-thread-collector")
        self._thresholds = gc.get_threshold()
        gc_pause.hand_over()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count is over its threshold; returns it, or -1."""
        if gc_pause.paused() or gc_pause.held():
            return -1  # the window's start, or an index being built: collected (and frozen) when it ends
        gc.disable()  # in case something switched them back on
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if self._thresholds[generation] and counts[generation] > self._thresholds[generation]:
                due = generation
            else:
                break
        if due >= 0:
            gc.collect(due)
        return due


def install(app: QObject) -> GuiThreadCollector:
    """The application's collector, made once (tests and the window make the application again)."""
    existing = app.findChild(GuiThreadCollector, "gui-thread-collector")
    return existing if isinstance(existing, GuiThreadCollector) else GuiThreadCollector(app)
