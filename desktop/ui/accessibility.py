"""What a screen reader is told beyond the widgets' own names: announcements of what moved or changed.

A status-bar message is seen, not heard; an announcement (Qt 6.8's QAccessibleAnnouncementEvent,
AT-SPI's "announcement" on Linux, UIA notifications on Windows) is read out by screen readers
that support it. Older Qt versions have no such event: there the message stays visual only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from desktop.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QLineEdit, QWidget


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


class DockFocus(QObject):
    """A dock opened by its key or menu item takes the focus to its list, which a screen reader then reads;
    hidden with the focus inside, it gives the focus to the text, not to the next control in the chain.

    A dock shown by something else (the results of a search) leaves the focus where it is.
    """

    def __init__(self, dock: QDockWidget, text: QWidget) -> None:
        super().__init__(dock)
        self._dock = dock
        self._text = text
        dock.toggleViewAction().triggered.connect(self._toggled)
        dock.installEventFilter(self)

    def _toggled(self, shown: bool) -> None:
        if shown:
            QTimer.singleShot(0, self, self._focus_list)  # once the dock shows what it holds

    def _focus_list(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        lists = [view for view in self._dock.findChildren(QAbstractItemView) if view.isVisible()]
        if lists:
            lists[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Sent before Qt moves the focus out of a hidden widget: the text takes it first."""
        if watched is self._dock and event.type() == QEvent.Type.Hide and not self._dock.isFloating():
            from PySide6.QtWidgets import QApplication

            focused = QApplication.focusWidget()
            if focused is not None and self._dock.isAncestorOf(focused):
                self._text.setFocus(Qt.FocusReason.OtherFocusReason)
        return False
