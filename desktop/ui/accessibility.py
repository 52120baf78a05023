"""What a screen reader is told beyond the widgets' own names: announcements of what moved or changed.

A status-bar message is seen, not heard; an announcement (Qt 6.8's QAccessibleAnnouncementEvent,
AT-SPI's "announcement" on Linux, UIA notifications on Windows) is read out by screen readers
that support it. Older Qt versions have no such event: there the message stays visual only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QObject

from desktop.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QLineEdit


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


def name_line_edit_buttons(edit: QLineEdit) -> None:
    """Name the buttons Qt puts inside a line edit: its clear button has no text of its own."""
    from PySide6.QtWidgets import QToolButton

    name = QCoreApplication.translate("Accessibility", "Тазарту")
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and not action.text():
            action.setText(name)  # the button shows its icon only; the text names it, the tip shows it
            action.setToolTip(name)


def name_dock_buttons(dock: QDockWidget) -> None:
    """The close and float buttons of a dock say which dock they close ("Close" twice says nothing)."""
    from PySide6.QtWidgets import QAbstractButton

    for button in dock.findChildren(QAbstractButton, options=Qt.FindChildOption.FindDirectChildrenOnly):
        own = button.accessibleName() or button.toolTip()
        if own and not own.endswith(dock.windowTitle()):
            button.setAccessibleName(f"{own}: {dock.windowTitle()}")
