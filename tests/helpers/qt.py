"""Driving and reading Qt widgets in tests."""

from __future__ import annotations


def type_text(widget, text: str) -> None:
    """Type any Unicode text as key events (QTest.keyClicks only handles ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def displayed(text: str) -> str:
    """What Qt shows for a label, tooltip or message text: rich text rendered, plain text as is."""
    from PySide6.QtGui import Qt, QTextDocumentFragment  # QtGui's Qt namespace holds mightBeRichText

    return QTextDocumentFragment.fromHtml(text).toPlainText() if Qt.mightBeRichText(text) else text


def search_for(window, qtbot, text: str) -> None:
    """Type a query into the window's search box and wait until its own result is shown."""
    window.search_box.setFocus()
    window.search_box.clear()
    type_text(window.search_box, text)
    qtbot.waitUntil(lambda: window.search.result is not None and window.search.result.query == text, timeout=3000)


def problems_told(window) -> list[str]:
    """The file problems the window has said, oldest first: each box's title and text as shown
    (desktop.ui.content_errors.show_problem opens them, with the technical detail under Show Details)."""
    from PySide6.QtWidgets import QMessageBox

    boxes = window.findChildren(QMessageBox, "fileProblem")
    return [f"{box.windowTitle()}: {displayed(box.text())}" for box in boxes]
