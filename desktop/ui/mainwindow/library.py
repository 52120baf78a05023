"""The library in the window: its page, adding files, the search across it, hits in other articles.

A part of the window with a narrow interface: it is given the window (its dialogs' parent and
status bar), the library's controller, the stacked pages, the reading pane, the annotations, the
search, what is open now and its key; it says by signals which article to show, in which
alphabet, which results list to put in the dock and where to go.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.content import ContentError
from desktop.ui.content_errors import describe
from desktop.ui.lazy_qt import Qt
from desktop.ui.plain_text import as_rich_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QProgressBar, QStackedWidget

    from desktop.library import AddReport, Entry, LibraryResult
    from desktop.search import SearchOptions
    from desktop.ui.annotations import AnnotationsController
    from desktop.ui.library.controller import LibraryController
    from desktop.ui.library.results import LibraryResultsPanel, PlaceInArticle
    from desktop.ui.library.view import LibraryView
    from desktop.ui.mainwindow.files import OpenArticle
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.search.bar import SearchBar
    from desktop.ui.search.controller import SearchController

log = logging.getLogger(__name__)
RESULTS_PAGE = 20
"""Articles of a library search listed at a time; the list reads more as it is scrolled."""

MAX_LISTED_SKIPS = 15
"""Files named one by one in the report of an import; the rest are counted."""
LIBRARY_SEARCH_DELAY_MS = 200


class LibraryPage(QObject):
    """The library page, adding to the library, and searching across it."""

    articleChosen = Signal(object, object, str, object)
    """An article of the library to show (the Article, its Path or None, its key, and of a long book
    what reads the rest: a ``BookOpening``, or None)."""
    latinChosen = Signal(bool)
    """The alphabet the reader chose for the article just opened (remembered per article)."""
    resultsReady = Signal(object)
    """The library's results list (a widget) to show in the results dock."""
    sectionAsked = Signal(str)
    """A hit in a title or a heading: go to that section."""
    pageShown = Signal(bool)
    """The library page was shown (True) or left for the text (False)."""
    fileDropped = Signal(object)
    """One file (its Path) was dropped on the window: it joined the library, and is opened too."""
    told = Signal(str, int)
    """A message for the status bar, read out to screen readers too, with how long it shows in ms."""

    def __init__(
        self,
        window: QMainWindow,
        library: LibraryController,
        pages: QStackedWidget,
        pane: ReadingPane,
        *,
        annotations: AnnotationsController,
        search: SearchController,
        search_bar: SearchBar,
        current: Callable[[], OpenArticle],
        key: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._library = library
        self._pages = pages
        self._pane = pane
        self._annotations = annotations
        self._search = search
        self._bar = search_bar
        self._box = search_bar.box
        self._current = current
        self._key = key
        self._library_view: LibraryView | None = None  # built when first shown
        self._library_results: LibraryResultsPanel | None = None
        self._library_query: tuple[str, SearchOptions] | None = None
        self._library_progress: QProgressBar | None = None  # made after the first paint, with the library
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LIBRARY_SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_library_search)

    @property
    def _window(self) -> QMainWindow:
        """The window is asked as the parent, not kept: a reference back would keep a closed window alive."""
        window = self.parent()
        assert isinstance(window, QMainWindow)
        return window

    @property
    def results(self) -> LibraryResultsPanel | None:
        """The library's results list, once a library search made it."""
        return self._library_results

    @property
    def built_view(self) -> LibraryView | None:
        """The library page, once it was shown."""
        return self._library_view

    def progress_bar(self) -> QProgressBar:
        """The library's progress bar for the status bar (made after the first paint)."""
        from PySide6.QtWidgets import QProgressBar

        bar = QProgressBar(self._window)
        bar.setMaximumWidth(160)
        bar.setTextVisible(False)
        # a screen reader said its value alone, without what it counts
        bar.setAccessibleName(QCoreApplication.translate("MainWindow", "Кітапханаға қосылуда"))
        bar.hide()
        self._library_progress = bar
        return bar

    def search_soon(self) -> None:
        """The query changed: the library is searched after a short pause in typing."""
        self._timer.start()

    def search_again(self) -> None:
        """The scope became the library: search it now, even for the same query."""
        self._library_query = None
        self.run_library_search()

    def stop_search(self) -> None:
        self._timer.stop()

    # -- opening -------------------------------------------------------------------------
    def open_library(self) -> None:
        """After the first paint: the stores, the bundled article, and the files checked in the background."""
        from desktop.ui.resources import bundled_articles

        self._library.open(bundled_articles())
        source = self._current().source
        if source is not None:
            self._library.add_paths([source])

    def tell_library_unavailable(self, problem: str) -> None:
        """The library cannot be used now: said in the status bar (the notes' dialog tells of the folder)."""
        from desktop.ui.content_errors import describe_reason

        log.warning("library: %s", problem)
        told = describe_reason(problem)  # the store's English words, in the interface's language
        self.told.emit(QCoreApplication.translate("MainWindow", "Кітапхана қолжетімсіз: %1").replace("%1", told), 15000)

    def tell_index_rebuilt(self, problem: str) -> None:
        log.warning("library: %s", problem)
        self.told.emit(
            QCoreApplication.translate("MainWindow", "Іздеу индексі зақымдалған: мақалалардан қайта құрылуда"), 15000
        )

    def tell_library_problem(self, problem: str) -> None:
        """A damaged store was set aside: a dialog, so the reader knows where the old file is."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.content_errors import describe_reason

        log.warning("library: %s", problem)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Кітапхана"),
            as_rich_text(
                QCoreApplication.translate(
                    "MainWindow", "Кітапхананы оқу не жазу мүмкін болмады:\n%1\n\nМақаланы оқи беруге болады."
                ).replace("%1", describe_reason(problem))
            ),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("libraryProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the whole program: reading goes on

    # -- the page ------------------------------------------------------------------------
    @property
    def library_view(self) -> LibraryView:
        """The library page; built the first time it is shown."""
        if self._library_view is None:
            from desktop.ui.library.view import LibraryView

            view = LibraryView(self._pages)
            view.setObjectName("libraryView")
            view.articleChosen.connect(self.open_entry)
            view.removeRequested.connect(self.remove_entry)
            view.addFilesRequested.connect(self.add_files_dialog)
            view.addFolderRequested.connect(self.add_folder_dialog)
            view.backRequested.connect(lambda: self.show_library(False))
            self._pages.addWidget(view)
            self._library_view = view
        return self._library_view

    def library_shown(self) -> bool:
        return self._library_view is not None and self._pages.currentWidget() is self._library_view

    def show_library(self, on: bool) -> None:
        """Ctrl+Shift+L: the library page, or back to the text.

        The focus is let go before the page it is on is hidden: Qt would hand it to the next control
        in the chain first (the search's list box), and a screen reader reads out every control it passes.
        """
        self.pageShown.emit(on)
        focused = QApplication.focusWidget()
        if focused is not None and self._pages.isAncestorOf(focused):
            focused.clearFocus()
        if on:
            self._pages.setCurrentWidget(self.library_view)
            self.refresh_library_view()
            self.library_view.focus()
            self._library.prepare_filter()  # while the reader looks: the first letter typed does not wait
        else:
            self._pages.setCurrentIndex(0)
            self._pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_to_text(self) -> None:
        """Esc in the library's results: the text (from the library page too); the search stays."""
        self.show_library(False)

    def refresh_library_view(self) -> None:
        if self._library_view is not None:
            self._library_view.show_library(self._library, self._annotations.counts(), self._key())

    def open_entry(self, entry_id: int) -> bool:
        """Read an article of the library; one whose file is gone or broken is said so and left listed."""
        entry = self._library.entry(entry_id)
        if entry is None:
            return False
        try:
            article, rest = self._library.open_entry(entry)  # a long book as File → Open reads it: a part at a time
        except (ContentError, OSError) as error:
            self._tell_unreadable(entry, error)
            return False
        self.articleChosen.emit(article, Path(entry.path) if entry.path else None, entry.key, rest)
        self.show_library(False)
        return True

    def _tell_unreadable(self, entry: Entry, error: Exception) -> None:
        from desktop.ui.content_errors import describe_os_error, show_problem, technical

        if isinstance(error, ContentError):
            reason, details = describe(error), technical(error)
        else:
            reason, details = describe_os_error(error) if isinstance(error, OSError) else str(error), str(error)
        show_problem(
            self._window,
            QCoreApplication.translate("MainWindow", "Мақаланы ашу мүмкін болмады"),
            f"{entry.title}\n{entry.path or ''}\n\n{reason}",
            details,
        )

    def remove_entry(self, entry_id: int) -> None:
        """Forget an article; its file is never touched, and its notes stay in the notes store."""
        entry = self._library.entry(entry_id)
        if entry is not None and entry.bundled:  # Delete on it did nothing, and said nothing
            self.told.emit(
                QCoreApplication.translate(
                    "MainWindow", "Бағдарламамен бірге келген мақаланы кітапханадан алып тастауға болмайды"
                ),
                5000,
            )
            return
        removed = self._library.remove(entry_id)
        if removed is not None:
            self.told.emit(
                QCoreApplication.translate("MainWindow", "«%1» кітапханадан алынды; файлы орнында қалды").replace(
                    "%1", removed.title
                ),
                5000,
            )

    def apply_article_choices(self) -> None:
        """The alphabet chosen for this article, if one was; it is remembered per article."""
        entry = self._library.entry(self._key())
        if entry is not None and entry.latin is not None and entry.latin != self._current().shown.latin:
            self.latinChosen.emit(entry.latin)

    def record_reading(self) -> None:
        self._library.record_reading(self._key(), self._pane.scroll_fraction() or 0.0)

    def record_script(self) -> None:
        self._library.record_reading(self._key(), self._pane.scroll_fraction() or 0.0, self._current().shown.latin)

    # -- adding --------------------------------------------------------------------------
    def _start_folder(self) -> str:
        source = self._current().source
        return (
            str(source.parent)
            if source
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )

    def add_files_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self._window,
            QCoreApplication.translate("MainWindow", "Кітапханаға қосу"),
            self._start_folder(),
            QCoreApplication.translate("MainWindow", "Мақалалар (*.md *.txt *.html *.htm *.epub);;Барлық файлдар (*)"),
        )
        if paths:
            self.add_to_library([Path(path) for path in paths])

    def add_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self._window, QCoreApplication.translate("MainWindow", "Қалтаны кітапханаға қосу"), self._start_folder()
        )
        if folder:
            self.add_to_library([Path(folder)])

    def add_to_library(self, paths: list[Path]) -> None:
        """Read and index in the background; the status bar shows the progress."""
        self._library.add_paths(paths)

    _library_message = ""
    """The progress line the library's work last put in the status bar."""

    def accept_drag(self, event: QDragMoveEvent) -> None:
        """Files and folders dragged over the window are welcome; anything else is not."""
        event.acceptProposedAction() if dropped_paths(event) else event.ignore()

    def drop(self, event: QDropEvent) -> None:
        """Files and folders dropped on the window join the library; one dropped file is opened too."""
        paths = dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_to_library(paths)
        if len(paths) == 1 and paths[0].is_file():
            QTimer.singleShot(0, lambda: self.fileDropped.emit(paths[0]))

    def show_library_progress(self, done: int, total: int, name: str) -> None:
        bar = self._library_progress
        if bar is None:
            return
        if not name and total == 0 and done == 0:
            bar.hide()
            if self._library_message and self._window.statusBar().currentMessage() == self._library_message:
                self._window.statusBar().clearMessage()  # its own line only: not a "saved" or a warning shown since
            self._library_message = ""
            return
        bar.setRange(0, total)  # total 0: a busy indicator
        bar.setValue(done)
        bar.show()
        if name:
            self._library_message = QCoreApplication.translate("MainWindow", "Кітапханаға қосылуда: %1").replace(
                "%1", name
            )
            self._window.statusBar().showMessage(self._library_message)

    def report_added(self, report: AddReport) -> None:
        """What an import did: a line in the status bar; the files it skipped, with reasons, in a dialog."""
        from PySide6.QtWidgets import QMessageBox

        summary = (
            QCoreApplication.translate("MainWindow", "Кітапханаға қосылды: %1, жаңартылды: %2, өзгермеген: %3")
            .replace("%1", str(len(report.added)))
            .replace("%2", str(len(report.updated)))
            .replace("%3", str(len(report.unchanged)))
        )
        self.told.emit(summary, 8000)
        if not report.skipped:
            return
        from desktop.ui.content_errors import describe_reason

        lines = [f"{path.name}: {describe_reason(reason)}" for path, reason in report.skipped[:MAX_LISTED_SKIPS]]
        more = len(report.skipped) - MAX_LISTED_SKIPS
        if more > 0:
            lines.append(QCoreApplication.translate("MainWindow", "…және тағы %1 файл").replace("%1", str(more)))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MainWindow", "Кейбір файлдар қосылмады"),
            as_rich_text(summary + "\n\n" + "\n".join(lines)),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("librarySkipped")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def on_library_changed(self) -> None:
        self.refresh_library_view()
        if self._library_query is not None:  # a library search on screen: the articles changed under it
            self._library_query = None
            self.run_library_search()

    # -- search across the library -------------------------------------------------------
    def library_results(self) -> LibraryResultsPanel:
        if self._library_results is None:
            from desktop.ui.library.results import LibraryResultsPanel

            panel = LibraryResultsPanel()
            panel.placeChosen.connect(self.go_to_library_hit)
            panel.suggestionChosen.connect(self._box.setText)
            panel.view.backRequested.connect(self.back_to_text)
            panel.moved.connect(lambda number, total: self._bar.show_count(number, total, True))
            self._library_results = panel
        return self._library_results

    def run_library_search(self) -> None:
        """The query over every article; the results list replaces the article's (same dock)."""
        query = self._box.text()
        options = self._search.options()
        if not query.strip():
            self._library_query = None
            return
        if self._library_query == (query, options):
            return  # the same search: the list and its selection stay
        self._library_query = asked = (query, options)
        self._bar.show_count(-1, 0, False)  # the last query's count is not this one's: blank until it is answered
        library = self._library

        def page(offset: int, deliver: Callable[[LibraryResult, dict[int, Entry]], None]) -> None:
            library.search_in_background(query, options, deliver, offset=offset, limit=RESULTS_PAGE)

        def first(result: LibraryResult, entries: dict[int, Entry]) -> None:
            if self._library_query != asked:  # the reader typed on: a newer search is coming
                return
            panel = self.library_results()
            panel.show_result(result, entries, page)
            self.resultsReady.emit(panel)
            if not result.hits:  # else the panel's first hit moved the counter
                self._bar.show_count(-1, 0, True)

        library.search_in_background(query, options, first, limit=RESULTS_PAGE)  # the window stays responsive

    def step_library_hit(self, step: int) -> None:
        """F3 / Enter in the box: the next hit of the library, opened."""
        if self._library_results is None:
            return
        if self._library_results.step(step):  # else once the next page is listed (past the last article listed)
            self._library_results.open_current()

    def go_to_library_hit(self, place: PlaceInArticle) -> None:
        """Open the hit's article (if another) and show the hit, highlighted as the article search does.

        A long book is opened as the library page opens it (its first sections, the rest read after
        the paint): the hit is shown once the whole book is read and its search answered."""
        entry = self._library.entry(place.article)
        if entry is None:
            return
        if entry.key != self._key():
            try:
                article, rest = self._library.open_entry(entry)
            except (ContentError, OSError) as error:
                self._tell_unreadable(entry, error)
                return
            query = self._box.text()
            self.articleChosen.emit(article, Path(entry.path) if entry.path else None, entry.key, rest)
            self.show_library(False)
            self._box.blockSignals(True)
            self._box.setText(query)
            self._box.blockSignals(False)
        waiting = self._search.held  # a book being read (this one, or the one just opened): its hit once it is read
        if waiting:
            self._show_hit_once_answered(place, self._box.text())
        self._search.set_query(self._box.text())
        self._search.search_now()
        if not waiting:
            self._show_hit(place)

    def _show_hit_once_answered(self, place: PlaceInArticle, query: str) -> None:
        """The hit shown when the search of its book, read whole, is answered; not if another article or
        another search came first."""

        def answered(result: object) -> None:
            self._search.resultChanged.disconnect(answered)
            if result is not None and self._search.query() == query:
                self._show_hit(place)

        self._search.resultChanged.connect(answered)

    def _show_hit(self, place: PlaceInArticle) -> None:
        """Go to the hit in the article shown, its search answered."""
        if place.passage < 0:  # in the title or a heading: the article's start, or the heading's section
            self.sectionAsked.emit(place.section or self._current().article.section_ids[0])
            return
        number = next(
            (n for n, hit in enumerate(self._search.hits) if (hit.passage, hit.start) == (place.passage, place.start)),
            -1,
        )
        if number >= 0:
            self._search.select(number)
        else:
            self._pane.scroll_to_passage(place.passage, place.start)


def dropped_paths(event: QDropEvent) -> list[Path]:
    """The local files and folders dragged onto the window."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
