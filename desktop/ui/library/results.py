"""Library search results: a row per article (best first), its hits below with their section and snippet.

A search reads a page of articles; the list asks for the next page when it is scrolled to
its end (``canFetchMore``/``fetchMore``), so every matching article can be reached and none
is read before it is shown. The summary gives the exact totals of the whole library.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.search import Level
from desktop.search.snippets import make_snippet
from desktop.ui.lazy_qt import Qt
from desktop.ui.plain_text import as_rich_text
from desktop.ui.search.results_model import ResultsView, SearchResultsModel, SnippetDelegate

if TYPE_CHECKING:
    from desktop.library import Entry, LibraryHit, LibraryResult


class PlaceInArticle(NamedTuple):
    """Where a library hit is: the article and the characters of one passage."""

    article: int
    passage: int
    """-1 for a hit in the title, the source or a section heading."""
    start: int
    end: int
    section: str = ""
    """The section of a hit in its heading."""


PlaceRole = Qt.ItemDataRole.UserRole + 10
Deliver = Callable[["LibraryResult", "dict[int, Entry]"], None]
NextPage = Callable[[int, Deliver], None]
"""Given how many articles are listed, reads the next page of the same search and hands it (and
its articles' entries) to the function given, later (it is read on a worker thread)."""


class PagedResultsModel(QStandardItemModel):
    """The listed articles; more are fetched from the library as the view reaches the end."""

    def __init__(self, panel: LibraryResultsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.next_page: NextPage | None = None
        self.more = False
        self.fetching = False
        self.search = 0
        """Counts the searches shown: a page that arrives for an earlier one is dropped."""

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return (
            not parent.isValid()
            and self.more
            and not self.fetching
            and self.next_page is not None
            and self.panel.near_end()
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self.canFetchMore(parent):
            self.read_next_page()

    def read_next_page(self) -> bool:
        """Ask for the next page, wherever the list is scrolled (F3 past the last article listed)."""
        if not self.more or self.fetching or self.next_page is None:
            return False
        self.fetching = True
        search = self.search

        def deliver(result: LibraryResult, entries: dict[int, Entry]) -> None:
            if search != self.search:
                return
            self.fetching = False
            self.panel.append_page(result, entries)

        self.next_page(self.rowCount(), deliver)
        return True


class LibraryResultsPanel(QWidget):
    """Hits across the library; Enter or a click opens the article at the hit."""

    placeChosen = Signal(object)
    """A PlaceInArticle the reader chose."""
    suggestionChosen = Signal(str)
    announced = Signal(str)
    """What F3 / Shift+F3 moved to, as a screen reader is told it ("hit 2 of 9: …")."""
    moved = Signal(int, int)
    """F3 / Shift+F3 moved to a hit: its number (from 0) and how many hits there are, for the counter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._found = 0
        """How many hits the search found, read or not yet read."""
        self._step_after_page = False
        """F3 went past the last article listed: the step is taken when the next page is listed."""
        self.model = PagedResultsModel(self)
        self.view = ResultsView(self)
        self.view.setObjectName("libraryResults")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self._header = self.tr("Кітапханадан табылғандар")
        """The hidden header's name, which a screen reader reads (Qt's own would be "1")."""
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(False)  # a title on one line (wrapped, its row showed the first line alone)...
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # ...shortened in its middle: "(hits)" in sight
        self.view.setAccessibleName(self._header)
        self.view.setEditTriggers(ResultsView.EditTrigger.NoEditTriggers)
        self.summary = QLabel(self)
        self.summary.setObjectName("libraryResultsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it repeats the query
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(6, 4, 6, 4)
        self._suggestion = ""
        self.suggestion_button = QPushButton(self)
        self.suggestion_button.setFlat(True)
        self.suggestion_button.hide()
        self.suggestion_button.clicked.connect(lambda: self.suggestionChosen.emit(self._suggestion))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.suggestion_button)
        layout.addWidget(self.view, 1)
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self._related = self.tr("түбірлес сөз")

    def near_end(self) -> bool:
        """Whether the list is shown and scrolled to within a screen of its end (or does not fill its view).

        A tree lays itself out again after every page it is given and asks its model for more each time
        (Qt's QTreeView), so without this a search would read page after page, every matching article of the
        library, with the list at its top.
        """
        bar = self.view.verticalScrollBar()
        return self.view.isVisible() and bar.value() >= bar.maximum() - bar.pageStep()

    def show_result(self, result: LibraryResult, entries: dict[int, Entry], next_page: NextPage | None = None) -> None:
        """The first page of a search; ``next_page`` reads the following ones when the list is scrolled."""
        self._step_after_page = False
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self._header])  # cleared with the rows
        self.model.search += 1
        self.model.fetching = False
        self.model.next_page = next_page
        self.append_page(result, entries)  # expands its articles' rows (expandAll() said each hit's was expanded too)
        self._show_summary(result)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0, self.model.index(0, 0)))
            self.moved.emit(0, self._total(len(self._hit_rows())))

    def append_page(self, result: LibraryResult, entries: dict[int, Entry]) -> None:
        """A page's articles at the end of the list, expanded."""
        self.model.more = result.more and bool(result.page)
        first = self.model.rowCount()
        for article in result.articles:
            entry = entries.get(article)
            hits = [found for found in result.hits if found.article == article]
            if entry is None or not hits:
                continue
            parent = QStandardItem(f"{entry.title} ({result.matches.get(article, len(hits))})")
            parent.setToolTip(as_rich_text(f"{entry.title}\n{entry.source}, {entry.date}"))
            parent.setData(self._place(hits[0]), PlaceRole)
            for found in hits:
                hit = found.hit
                snippet = make_snippet(found.text, hit.start, hit.end)
                label = result.sections.get((article, hit.section_id), "") if found.field == "text" else ""
                related = f" <i>({html.escape(self._related)})</i>" if hit.level is Level.FAMILY else ""
                markup = (
                    (f"<span class='section'>{html.escape(label)} · </span>" if label else "")  # quieter: the delegate
                    + f"{html.escape(snippet.before)}<b>{html.escape(snippet.match)}</b>{html.escape(snippet.after)}"
                    + related
                )
                plain = snippet.plain(("«", "»"))
                child = QStandardItem(f"{label}: {plain}" if label else plain)
                child.setData(markup, SearchResultsModel.SnippetHtmlRole)
                child.setData(self._place(found), PlaceRole)
                child.setToolTip(as_rich_text(found.text))
                parent.appendRow(child)
            self.model.appendRow(parent)
        for row in range(first, self.model.rowCount()):
            self.view.expand(self.model.index(row, 0))
        if self._step_after_page:  # F3 asked for this page: the step it waited for, and its hit opened
            self._step_after_page = False
            if self.step(1):
                self.open_current()

    @staticmethod
    def _place(found: LibraryHit) -> PlaceInArticle:
        hit = found.hit
        return PlaceInArticle(found.article, hit.passage, hit.start, hit.end, hit.section_id)

    def _show_summary(self, result: LibraryResult) -> None:
        articles = result.total_articles
        self._found = result.passages + result.fields  # every passage, title, source and heading that matches
        if not result.hits:
            text = self.tr("Кітапханада «%1» табылмады").replace("%1", result.query)
        else:
            text = self.tr("%1 нәтиже, %2 мақалада").replace("%1", str(self._found)).replace("%2", str(articles))
        self.summary.setText(text)
        self._suggestion = result.suggestion or ""
        self.suggestion_button.setText(self.tr("Мүмкін: %1").replace("%1", self._suggestion))
        self.suggestion_button.setVisible(bool(result.suggestion))
        self._read_out(text + (" " + self.suggestion_button.text() if result.suggestion else ""))

    def _hit_rows(self) -> list[QModelIndex]:
        return [
            self.model.index(child, 0, self.model.index(row, 0))
            for row in range(self.model.rowCount())
            for child in range(self.model.item(row).rowCount())
        ]

    def step(self, step: int) -> bool:
        """Select the next or previous hit (F3 / Shift+F3), across articles; False if it waits for a page.

        Past the last article listed, the next page is read first (the step is taken, and the hit
        opened, once it is listed): going back to the first hit would skip every article not yet listed.
        """
        rows = self._hit_rows()
        if not rows:
            return False
        current = self.view.currentIndex()
        position = next((n for n, index in enumerate(rows) if index == current), -1 if step > 0 else 0)
        if position + step >= len(rows) and (self.model.fetching or self.model.read_next_page()):
            self._step_after_page = True
            return False
        target = (position + step) % len(rows)
        self.view.setCurrentIndex(rows[target])
        self._announce(target, len(rows), str(rows[target].data() or ""))
        return True

    def _total(self, listed: int) -> int:
        """How many hits the counter and the announcements give: the search's count of matching places, or the
        hits listed when more (a passage holding the word twice lists two)."""
        return max(listed, self._found)

    def _announce(self, number: int, loaded: int, text: str) -> None:
        """Read out the hit moved to, as the article's hits are: the caret moving alone says nothing."""
        total = self._total(loaded)
        self.moved.emit(number, total)
        message = (
            self.tr("%1-нәтиже, барлығы %2: %3")
            .replace("%1", str(number + 1))
            .replace("%2", str(total))
            .replace("%3", text)
        )
        self._read_out(message)

    def _read_out(self, message: str) -> None:
        from desktop.ui.accessibility import announce

        announce(self.view, message)
        self.announced.emit(message)

    def open_current(self) -> None:
        self._on_activated(self.view.currentIndex())

    def _on_activated(self, index: QModelIndex) -> None:
        place = index.data(PlaceRole)
        if isinstance(place, PlaceInArticle):
            self.placeChosen.emit(place)
