"""The results panel: hits grouped by section, an empty state, the "did you mean" button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from desktop.content import Article
    from desktop.search import Hit, SearchResult


class ResultsPanel(QWidget):
    """Hits grouped by section with snippets; an empty state that offers a suggestion."""

    hitActivated = Signal(int)
    """The reader chose a hit (its number in document order)."""
    suggestionChosen = Signal(str)
    notesChosen = Signal()
    """The reader wants the notes that hold the query (shown in the notes panel)."""
    """The reader accepted the "did you mean" suggestion."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        from desktop.ui.search.results_model import ResultsView, SearchResultsModel, SnippetDelegate

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
        self.notes_button = QPushButton(self)
        self.notes_button.setObjectName("searchInNotes")
        self.notes_button.setFlat(True)
        self.notes_button.setVisible(False)
        self.notes_button.clicked.connect(self.notesChosen.emit)
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
        layout.addWidget(self.notes_button)
        layout.addWidget(self.stack)

    def show_notes_found(self, count: int) -> None:
        """Apart from the article's hits: how many of the reader's notes hold the query."""
        self.notes_button.setText(self.tr("Ескертпелерде де бар: %1").replace("%1", str(count)))
        self.notes_button.setVisible(count > 0)

    def show_result(self, result: SearchResult | None, hits: list[Hit]) -> None:
        self.model.set_hits(hits)
        for row in range(self.model.rowCount()):  # not expandAll(): it says every hit's row is expanded too
            self.view.expand(self.model.index(row, 0))
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
        from desktop.ui.search.results_model import SearchResultsModel

        number = index.data(SearchResultsModel.HitNumberRole)
        if number is not None:
            self.hitActivated.emit(number)
