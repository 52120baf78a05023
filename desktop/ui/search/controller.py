"""The search controller: owns the index and the state (query, result, current hit).

The widgets only show that state and report what the reader does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from desktop.content import Article
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
        self._section: str | None = None
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

    def set_section(self, section_id: str | None) -> None:
        """Keep only the hits in this section ("this section" scope); None: the whole article."""
        if section_id == self._section:
            return
        self._section = section_id
        if self.result is not None:
            self.search_now()

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
        result = self.index.search(self._query, options=self.options())
        if self._section is not None:
            kept = tuple(hit for hit in result.hits if hit.section_id == self._section)
            from dataclasses import replace  # loaded with the search engine; not at start-up

            result = replace(result, hits=kept, total=len(kept))
        self.result = result
        self.hits = result.in_document_order()
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
