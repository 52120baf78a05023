"""Searching from the window: the controller, the search bar and the results panel.

The controller owns the search index and the state (query, result, current
hit); the widgets only show that state and report what the reader does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.content import Article
from desktop.ui import icons
from desktop.ui.plain_text import as_rich_text

if TYPE_CHECKING:
    from desktop.search import Completion, Hit, SearchIndex, SearchOptions, SearchResult

DEBOUNCE_MS = 150


class SearchController(QObject):
    """Runs searches as the reader types and walks through the hits in document order."""

    resultChanged = Signal(object)
    """A new SearchResult (or None when the search was cleared)."""
    currentChanged = Signal(int)
    """The current hit's number in document order (-1 for none)."""

    def __init__(self, article: Article, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._article = article
        self._query = ""
        self._inflection = True
        self._related = True
        self.result: SearchResult | None = None
        self.hits: list[Hit] = []
        self.current = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)

    @property
    def index(self) -> SearchIndex:
        """Built on first use, so start-up does not pay for it."""
        if self._index is None:
            from desktop.search import SearchIndex  # loaded with the first search, not at start-up

            self._index = SearchIndex.from_article(self._article)
        return self._index

    def set_article(self, article: Article) -> None:
        """Search another article; the current search is cleared."""
        self.clear()
        self._article = article
        self._index = None

    def query(self) -> str:
        return self._query

    def options(self) -> SearchOptions:
        from desktop.search import SearchOptions

        return SearchOptions(inflection=self._inflection, related=self._related)

    def set_options(self, *, inflection: bool, related: bool) -> None:
        """What counts as a match; a search on screen is run again at once."""
        self._inflection, self._related = inflection, related
        if self.result is not None:
            self.search_now()

    def completions(self, prefix: str) -> list[Completion]:
        """The text's words starting with prefix, grouped by word, most used first."""
        return self.index.completions(prefix) if prefix.strip() else []

    def set_query(self, text: str) -> None:
        """Search after the reader pauses typing."""
        self._query = text
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        if not self._query.strip():
            self.clear()
            return
        self.result = self.index.search(self._query, options=self.options())
        self.hits = self.result.in_document_order()
        self.resultChanged.emit(self.result)
        self.select(0 if self.hits else -1)

    def clear(self) -> None:
        self._timer.stop()
        self._query = ""
        self.result = None
        self.hits = []
        self.resultChanged.emit(None)
        self.select(-1)

    def select(self, number: int) -> None:
        self.current = number if 0 <= number < len(self.hits) else -1
        self.currentChanged.emit(self.current)

    def next(self) -> None:
        if self._timer.isActive():
            self.search_now()
        elif self.hits:
            self.select((self.current + 1) % len(self.hits))

    def previous(self) -> None:
        if self._timer.isActive():
            self.search_now()
        elif self.hits:
            self.select((self.current - 1) % len(self.hits))


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
    """Search field, hit counter and previous/next buttons, for the toolbar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = SearchBox(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Мақаладан іздеу…"))
        self.box.setClearButtonEnabled(True)
        self.box.addAction(icons.icon("fa6s.magnifying-glass", "#888888"), QLineEdit.ActionPosition.LeadingPosition)
        self.box.setAccessibleName(self.tr("Іздеу"))
        self.box.setAccessibleDescription(
            self.tr("Сөзді кез келген септікте, орыс пернетақтасымен немесе латын әрпімен жазуға болады")
        )
        self.box.setToolTip(self.box.accessibleDescription())
        self.box.setMinimumWidth(260)
        self.counter = QLabel(self)
        self.counter.setObjectName("searchCounter")
        self.counter.setMinimumWidth(64)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setAccessibleName(self.tr("Табылғандар саны"))
        self.options_button = QToolButton(self)
        self.options_button.setObjectName("searchOptions")
        self.options_button.setIcon(icons.icon("fa6s.sliders", "#888888"))
        self.options_button.setToolTip(self.tr("Іздеу баптаулары"))
        self.options_button.setAccessibleName(self.options_button.toolTip())
        self.options_button.setAutoRaise(True)
        self.options_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.options_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.options_button)
        layout.addWidget(self.counter)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)

    def show_count(self, current: int, total: int, active: bool) -> None:
        if not active:
            self.counter.setText("")
        elif total == 0:
            self.counter.setText("0 / 0")
        else:
            self.counter.setText(f"{current + 1} / {total}")


class WordCompleter(QCompleter):
    """Words of the text under the search box as the reader types: each word once, with its forms and count.

    Filled by the window from the search index (grouped by word, which QCompleter's own
    prefix filtering cannot do), so the popup shows the model as given. The last word of
    the query is completed; choosing an entry replaces it with the word that finds all
    its forms.
    """

    WordRole = Qt.ItemDataRole.UserRole + 1
    FormsRole = Qt.ItemDataRole.UserRole + 2
    MAX_FORMS_SHOWN = 3

    wordChosen = Signal(str)
    """The whole query with its last word replaced by the chosen one."""

    def __init__(self, box: QLineEdit) -> None:
        super().__init__(box)
        self._box = box
        self.words = QStandardItemModel(self)
        self.setModel(self.words)
        self.setWidget(box)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(8)
        self.popup_list.setObjectName("searchCompletions")
        self.popup_list.setStyleSheet("QListView::item { padding: 4px 6px; }")
        self.popup_list.setAccessibleName(self.tr("Мәтіндегі сөздер"))
        self.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]  # the index overload

    @property
    def popup_list(self) -> QAbstractItemView:
        """The popup list (QCompleter always has one once a model is set)."""
        popup = self.popup()
        assert popup is not None
        return popup

    @staticmethod
    def last_word(text: str) -> str:
        return "" if not text or text[-1].isspace() else text.rsplit(maxsplit=1)[-1].lstrip('"«')

    def show_completions(self, entries: list[Completion]) -> None:
        self.words.clear()
        self.popup_list.setFont(self._box.font())
        for entry in entries:
            forms = [form for form in entry.forms if form != entry.word][: self.MAX_FORMS_SHOWN]
            more = "…" if len(entry.forms) - (entry.word in entry.forms) > len(forms) else ""
            label = f"{entry.word}  ·  {entry.occurrences}" + (f"  ·  {', '.join(forms)}{more}" if forms else "")
            item = QStandardItem(label)
            item.setData(entry.word, self.WordRole)
            item.setData(list(entry.forms), self.FormsRole)
            item.setToolTip(as_rich_text(", ".join(entry.forms)))
            item.setEditable(False)
            self.words.appendRow(item)
        if entries:
            self.complete()
        else:
            self.popup_list.hide()

    def _on_activated(self, index: QModelIndex) -> None:
        word = index.data(self.WordRole)
        if not word:
            return
        text = self._box.text()
        typed = self.last_word(text)
        self.wordChosen.emit(text[: len(text) - len(typed)] + word)


class ResultsPanel(QWidget):
    """Hits grouped by section with snippets; an empty state that offers a suggestion."""

    hitActivated = Signal(int)
    """The reader chose a hit (its number in document order)."""
    suggestionChosen = Signal(str)
    """The reader accepted the "did you mean" suggestion."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        from desktop.ui.search_results import ResultsView, SearchResultsModel, SnippetDelegate

        super().__init__(parent)
        self.model = SearchResultsModel(article, self)
        self.view = ResultsView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Іздеу нәтижелері"))
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)

        self._suggestion = ""
        self.suggestion_button = QPushButton(self)
        self.suggestion_button.setObjectName("searchSuggestion")
        self.suggestion_button.setFlat(True)
        self.suggestion_button.setVisible(False)
        self.suggestion_button.clicked.connect(lambda: self.suggestionChosen.emit(self._suggestion))
        self.empty_label = QLabel(self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # it repeats the query
        self.empty_label.setObjectName("searchEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(12, 24, 12, 12)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.suggestion_button)
        layout.addWidget(self.stack)

    def show_result(self, result: SearchResult | None, hits: list[Hit]) -> None:
        self.model.set_hits(hits)
        self.view.expandAll()
        self._suggestion = (result.suggestion if result else None) or ""
        self.suggestion_button.setText(self.tr("Мұны іздеу керек пе: %1?").replace("%1", self._suggestion))
        self.suggestion_button.setVisible(bool(self._suggestion))
        if result is not None and not hits:
            self.empty_label.setText(self.tr("«%1» бойынша ештеңе табылмады.").replace("%1", result.query.strip()))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.view)

    def show_current(self, number: int) -> None:
        index = self.model.index_of_hit(number) if number >= 0 else QModelIndex()
        self.view.setCurrentIndex(index)
        if index.isValid():
            self.view.scrollTo(index)

    def _on_activated(self, index: QModelIndex) -> None:
        from desktop.ui.search_results import SearchResultsModel

        number = index.data(SearchResultsModel.HitNumberRole)
        if number is not None:
            self.hitActivated.emit(number)


def search_shortcuts() -> dict[str, list[QKeySequence]]:
    """Keys of the search actions (next/previous also work from the text)."""
    key = QKeySequence.StandardKey
    return {
        "find": [QKeySequence(key.Find), QKeySequence("Ctrl+F")],
        "next": [QKeySequence(key.FindNext), QKeySequence("F3")],
        "previous": [QKeySequence(key.FindPrevious), QKeySequence("Shift+F3")],
    }
