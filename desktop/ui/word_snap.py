"""Selecting whole words with the mouse, and the word card on a double-click.

Dragging across words selects whole words, as e-readers do, so highlights and notes made from a
selection start and end on word boundaries; Alt+drag selects exact characters. Watches the
reading pane's viewport: the pane's own handler moves the selection, then it is widened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QObject, QTimer

from desktop.ui.lazy_qt import Qt
from desktop.ui.word_bounds import snap_to_words

if TYPE_CHECKING:
    from desktop.ui.mainwindow.window import MainWindow


class WordGestures(QObject):
    """Installed on the reading pane's viewport after the first paint."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pane = window.reading_pane
        self._press: int | None = None  # document position where the drag started
        self._exact = False  # Alt held at the press: characters, not words
        self._double_clicked = False

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:
        kind = event.type()
        if kind == QtCore.QEvent.Type.MouseButtonPress and isinstance(event, QtGui.QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton:
                self._press = self._pane.cursorForPosition(event.position().toPoint()).position()
                self._exact = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            return False
        if kind == QtCore.QEvent.Type.MouseMove and isinstance(event, QtGui.QMouseEvent):
            if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
                return False
            self._pane.mouseMoveEvent(event)  # the pane's own selecting and scrolling, then the words
            if not self._exact and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.snap()
            return True
        if kind == QtCore.QEvent.Type.MouseButtonDblClick:
            self._double_clicked = True
            return False
        if kind == QtCore.QEvent.Type.MouseButtonRelease:
            self._press = None
            if self._double_clicked:
                self._double_clicked = False
                QTimer.singleShot(0, self._window.show_word_card)  # after the pane selected the word
        return False

    def snap(self) -> None:
        """Widen the pane's selection to whole words within the passage each end is in."""
        pane = self._pane
        cursor = pane.textCursor()
        if not cursor.hasSelection():
            return
        anchor, position = cursor.anchor(), cursor.position()
        low, high = sorted((anchor, position))
        document = pane.document()
        first, last = document.findBlock(low), document.findBlock(high)
        new_low = first.position() + snap_to_words(first.text(), low - first.position(), len(first.text()))[0]
        new_high = last.position() + snap_to_words(last.text(), 0, high - last.position())[1]
        if (new_low, new_high) == (low, high):
            return
        snapped = QtGui.QTextCursor(document)
        if anchor <= position:
            snapped.setPosition(new_low)
            snapped.setPosition(new_high, QtGui.QTextCursor.MoveMode.KeepAnchor)
        else:
            snapped.setPosition(new_high)
            snapped.setPosition(new_low, QtGui.QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(snapped)


def install(window: MainWindow) -> WordGestures:
    gestures = WordGestures(window)
    window.reading_pane.viewport().installEventFilter(gestures)
    return gestures


__all__ = ["WordGestures", "install"]
