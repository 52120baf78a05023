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
OWN_RING = "focusRing"
FOLLOWING_RING = "followingFocusRing"


class FocusRing(QWidget):
    """Draws a ring of RING_WIDTH pixels on the edge of its parent while the parent (or its viewport) has focus."""

    def __init__(self, target: QWidget, color: str) -> None:
        super().__init__(target)
        self.setObjectName(OWN_RING)
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


class FollowingFocusRing(QObject):
    """The same ring on whichever field, list box, button or list of a window has the keyboard focus.

    Qt's Fusion style marks their focus in the palette's selection colour, which is chosen for
    text to be read on it and so is hardly seen against the page (under 2:1 in both themes).
    One ring goes to the focused control as its child; a control that has a ring of its own
    (``FocusRing``) is left to it. A ring that went with a deleted control is made anew.
    """

    def __init__(self, window: QWidget, color: str) -> None:
        super().__init__(window)  # the window is asked as the parent, not kept: it would keep a closed one alive
        self._color = color
        self._ring: FocusRing | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def set_color(self, color: str) -> None:
        self._color = color
        ring = self._live_ring()
        if ring is not None:
            ring.set_color(color)

    def _live_ring(self) -> FocusRing | None:
        import shiboken6

        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None  # deleted with the control it was on
        return self._ring

    def _ringed(self, widget: QWidget | None) -> bool:
        from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

        if widget is None or widget.window() is not self.parent():
            return False
        if not isinstance(widget, QLineEdit | QComboBox | QAbstractButton | QAbstractItemView):
            return False
        holder: QWidget | None = widget
        while holder is not None:  # a control with a ring of its own
            if holder.findChild(FocusRing, OWN_RING, Qt.FindChildOption.FindDirectChildrenOnly) is not None:
                return False
            holder = holder.parentWidget()
        return True

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        ring = self._live_ring()
        if not self._ringed(now):
            if ring is not None:
                ring.hide()
            return
        assert now is not None
        if ring is None or ring.parentWidget() is not now:
            if ring is not None:
                ring.deleteLater()
            self._ring = FocusRing(now, self._color)  # shown, as its control has the focus
            self._ring.setObjectName(FOLLOWING_RING)
