"""A clear mark around the reading pane and the sidebar while they have the keyboard focus.

The pane has no frame (the text is the page), so Qt's styles mark its focus with nothing but
the 1-pixel caret; the sidebar's mark depends on the style. The ring is a child drawn over the
widget's edge, shown only while the widget has the focus (so scrolling an unfocused view costs
nothing), in the theme's accent colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.lazy_qt import Qt

RING_WIDTH = 2


class FocusRing(QWidget):
    """Draws a ring of RING_WIDTH pixels on the edge of its parent while the parent (or its viewport) has focus."""

    def __init__(self, target: QWidget, color: str) -> None:
        super().__init__(target)
        self.setObjectName("focusRing")
        self._target = target
        self._color = QColor(color)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, QApplication.focusWidget())

    def set_color(self, color: str) -> None:
        self._color = QColor(color)
        self.update()

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        focused = now is not None and (now is self._target or self._target.isAncestorOf(now))
        self.setVisible(focused)
        if focused:
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self._color)
        pen.setWidth(RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()
