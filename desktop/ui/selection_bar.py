"""The small bar that floats over selected text or a clicked highlight: colours, underline, note, copy, delete.

It is what Foliate and Readest show: marking a passage takes one click instead of a menu. The
bar is a child of the reading pane's viewport (so it scrolls away with the text and never
steals the window's focus); it hides on Esc, a scroll or a click elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from desktop.ui import icons
from desktop.ui.lazy_qt import Qt

SWATCH = 18
MARGIN = 6


def swatch(color: str) -> QIcon:
    """A round sample of a highlight colour, with a thin outline so a pale one shows on any theme."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, SWATCH - 2, SWATCH - 2)
    painter.end()
    return QIcon(pixmap)


class SelectionBar(QFrame):
    """Buttons for what a reader does with the words they just selected (or the highlight they clicked)."""

    colorChosen = Signal(str)
    underlineChosen = Signal()
    noteRequested = Signal()
    copyRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, names: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # The theme's window colour and a rounded outline, so the bar stands apart from the text under it.
        self.setStyleSheet(
            "#selectionBar { background: palette(window); border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        self.color_buttons: dict[str, QToolButton] = {}
        for color, name in names.items():
            button = self._button(name)
            button.clicked.connect(lambda _=False, c=color: self.colorChosen.emit(c))
            self.color_buttons[color] = button
            layout.addWidget(button)
        self.underline_button = self._button(self.tr("Астын сызу"), "fa6s.underline")
        self.note_button = self._button(self.tr("Ескертпе…"), "fa6s.note-sticky")
        self.copy_button = self._button(self.tr("Дереккөзімен көшіру"), "fa6s.copy")
        self.delete_button = self._button(self.tr("Белгіні өшіру"), "fa6s.trash-can")
        self.underline_button.clicked.connect(self.underlineChosen)
        self.note_button.clicked.connect(self.noteRequested)
        self.copy_button.clicked.connect(self.copyRequested)
        self.delete_button.clicked.connect(self.deleteRequested)
        for button in (self.underline_button, self.note_button, self.copy_button, self.delete_button):
            layout.addWidget(button)
        self.hide()

    def _button(self, tip: str, icon_name: str | None = None) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setIconSize(QSize(SWATCH, SWATCH))
        if icon_name:
            button.setIcon(icons.icon(icon_name, "#888888"))
        return button

    def set_colors(self, colors: dict[str, str]) -> None:
        """The swatches in the theme's highlight colours (what the highlight will look like)."""
        for color, button in self.color_buttons.items():
            button.setIcon(swatch(colors[color]))

    def show_at(self, words: QRect, *, on_highlight: bool) -> None:
        """Float just above the words (below them when there is no room), inside the visible text."""
        self.delete_button.setVisible(on_highlight)
        self.adjustSize()
        parent = self.parentWidget()
        area = parent.rect() if parent is not None else words
        x = min(max(MARGIN, words.center().x() - self.width() // 2), max(MARGIN, area.width() - self.width() - MARGIN))
        y = words.top() - self.height() - MARGIN
        if y < MARGIN:
            y = words.bottom() + MARGIN
        self.move(QPoint(x, min(y, max(MARGIN, area.height() - self.height() - MARGIN))))
        self.show()
        self.raise_()
