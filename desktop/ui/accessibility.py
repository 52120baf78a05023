"""What a screen reader is told beyond the widgets' own names: announcements of what moved or changed.

A status-bar message is seen, not heard; an announcement (Qt 6.8's QAccessibleAnnouncementEvent,
AT-SPI's "announcement" on Linux, UIA notifications on Windows) is read out by screen readers
that support it. Older Qt versions have no such event: there the message stays visual only.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QObject


def announce(source: QObject, message: str, *, assertive: bool = False) -> bool:
    """Ask screen readers to read ``message`` (politely, after what they are saying, unless assertive).

    ``source`` is the object the message is about (the window, or the widget that changed).
    Returns False where this Qt cannot announce.
    """
    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is None or not message:
        return False
    event = event_class(source, message)
    if assertive:
        event.setPoliteness(QtGui.QAccessible.AnnouncementPoliteness.Assertive)
    QtGui.QAccessible.updateAccessibility(event)
    return True
