"""The search bar in the toolbar: the query box, the options button, the counter, previous/next."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.ui import icons
from desktop.ui.lazy_qt import Qt, set_enum_property


class SearchBox(QLineEdit):
    """The query field: Enter/Shift+Enter step through hits, Esc clears."""

    nextRequested = Signal()
    """Enter: go to the next hit."""
    previousRequested = Signal()
    """Shift+Enter: go to the previous hit."""
    escapePressed = Signal()
    """Esc: clear the search and return to the text."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previousRequested.emit()
            else:
                self.nextRequested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """Where to search, the search field, hit counter and previous/next buttons, for the toolbar."""

    scopeChanged = Signal(str)
    """"section", "article" or "library"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QComboBox(self)
        self.scope.setObjectName("searchScope")
        self.scope.setAccessibleName(self.tr("Қайдан іздеу"))
        self.scope.setToolTip(self.tr("Қайдан іздеу: осы бөлімнен, осы мақаладан не бүкіл кітапханадан"))
        set_enum_property(self.scope, "focusPolicy", "TabFocus")
        self.scope_label = QLabel(self.tr("Қайдан іздеу:"), self)  # names the list (read by its value otherwise)
        self.scope_label.setBuddy(self.scope)
        self.scope_label.hide()  # the toolbar has no room; the list's tooltip says it to the eye
        for scope, name in (
            ("section", self.tr("Осы бөлім")),
            ("article", self.tr("Осы мақала")),
            ("library", self.tr("Кітапхана")),
        ):
            self.scope.addItem(name, scope)
        self.scope.setCurrentIndex(1)
        self.scope.currentIndexChanged.connect(lambda _row: self.scopeChanged.emit(self.current_scope()))
        self.box = SearchBox(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Мақаладан іздеу…"))
        self.box.setClearButtonEnabled(True)
        magnifier = self.box.addAction(
            icons.icon("fa6s.magnifying-glass", "#888888"), QLineEdit.ActionPosition.LeadingPosition
        )
        magnifier.setText(self.tr("Іздеу"))  # names its button for screen readers
        self.box.setAccessibleName(self.tr("Іздеу"))
        self.box.setAccessibleDescription(
            self.tr("Сөзді кез келген септікте, орыс пернетақтасымен немесе латын әрпімен жазуға болады")
        )
        self.box.setToolTip(self.box.accessibleDescription())
        self.box.setMinimumWidth(260)
        self.counter = QLabel(self)
        self.counter.setObjectName("searchCounter")
        self.counter.setMinimumWidth(64)
        set_enum_property(self.counter, "alignment", "AlignCenter")
        self.counter.setAccessibleName(self.tr("Табылғандар саны"))
        self.options_button = QToolButton(self)
        self.options_button.setObjectName("searchOptions")
        self.options_button.setIcon(icons.icon("fa6s.sliders", "#888888"))
        self.options_button.setToolTip(self.tr("Іздеу баптаулары"))
        self.options_button.setAccessibleName(self.options_button.toolTip())
        self.options_button.setAutoRaise(True)
        self.options_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        set_enum_property(self.options_button, "focusPolicy", "NoFocus")
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        for button, name, tip in (
            (self.previous_button, "fa6s.chevron-up", self.tr("Алдыңғы нәтиже (Shift+F3)")),
            (self.next_button, "fa6s.chevron-down", self.tr("Келесі нәтиже (F3)")),
        ):
            button.setIcon(icons.icon(name, "#888888"))
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            set_enum_property(button, "focusPolicy", "NoFocus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.scope)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.options_button)
        layout.addWidget(self.counter)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)

    def current_scope(self) -> str:
        return str(self.scope.currentData())

    def set_scope(self, scope: str) -> None:
        """Choose where to search (a scope not offered is ignored); says so by scopeChanged."""
        row = self.scope.findData(scope)
        if row >= 0:
            self.scope.setCurrentIndex(row)
        placeholder = {
            "section": self.tr("Осы бөлімнен іздеу…"),
            "article": self.tr("Мақаладан іздеу…"),
            "library": self.tr("Кітапханадан іздеу…"),
        }
        self.box.setPlaceholderText(placeholder.get(self.current_scope(), ""))

    def show_progress(self, percent: int) -> None:
        """How much of the article is indexed while a search waits for it (the count replaces it)."""
        if percent < 100:
            self.counter.setText(f"{percent}%")
            self.counter.setAccessibleName(self.tr("Мәтін индекстелуде: %1%").replace("%1", str(percent)))

    def show_reading(self, percent: int) -> None:
        """How much of a book is read while a search waits for all of it (its index is built after)."""
        self.counter.setText(f"{percent}%")
        self.counter.setAccessibleName(self.tr("Кітап оқылуда: %1%").replace("%1", str(percent)))

    def show_count(self, current: int, total: int, active: bool) -> None:
        """The counter shows "2 / 9"; its accessible name says it in words, with the numbers."""
        if not active:
            self.counter.setText("")
            self.counter.setAccessibleName(self.tr("Табылғандар саны"))
        elif total == 0:
            self.counter.setText("0 / 0")
            self.counter.setAccessibleName(self.tr("Ештеңе табылмады"))
        else:
            self.counter.setText(f"{current + 1} / {total}")
            self.counter.setAccessibleName(
                self.tr("%1-нәтиже, барлығы %2").replace("%1", str(current + 1)).replace("%2", str(total))
            )
