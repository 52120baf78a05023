"""The article's search in the window: the query, the hits on the text and in the results dock, the completer.

A part of the window with a narrow interface: it is given the window (as the parent of what it
builds), the search, its bar, the results dock, the sections list, the reading pane, the
annotations, the preferences, the marking and library parts, the window's actions, what is open
now and the theme; it says by signals what to show in the status bar, what to read out, and when
the notes matching the search were asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from desktop.ui import themes
from desktop.ui.lazy_qt import Qt
from desktop.ui.mainwindow.actions import MainAction

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QWidget

    from desktop.search import Hit, SearchResult
    from desktop.ui.annotations import AnnotationsController
    from desktop.ui.mainwindow.files import OpenArticle
    from desktop.ui.mainwindow.library import LibraryPage
    from desktop.ui.mainwindow.marking import Marking
    from desktop.ui.preferences import Preferences
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.search.bar import SearchBar
    from desktop.ui.search.completer import WordCompleter
    from desktop.ui.search.controller import SearchController
    from desktop.ui.search.results_panel import ResultsPanel
    from desktop.ui.section_model import SectionListModel
    from desktop.ui.themes import Theme


class Searching(QObject):
    """The article's search as the reader sees it: hits painted, listed, stepped through and read out."""

    told = Signal(str, int)
    """A short message for the status bar (and screen readers), with how long it shows in ms."""
    announced = Signal(str)
    """A message read out to screen readers (the hit moved to)."""
    notesAsked = Signal()
    """The reader asked for the notes that match the search."""

    def __init__(
        self,
        search: SearchController,
        search_bar: SearchBar,
        dock: QDockWidget,
        *,
        sections: SectionListModel,
        pane: ReadingPane,
        annotations: AnnotationsController,
        preferences: Preferences,
        marking: Marking,
        library: LibraryPage,
        action: Callable[[MainAction], QAction],
        current: Callable[[], OpenArticle],
        theme: Callable[[], Theme],
    ) -> None:
        super().__init__(dock)
        self._search = search
        self._bar = search_bar
        self._box = search_bar.box
        self._dock = dock
        self._stack = QStackedWidget(dock)
        """The dock shows the article's results or the library's, one at a time."""
        dock.setWidget(self._stack)
        self._sections = sections
        self._pane = pane
        self._annotations = annotations
        self._preferences = preferences
        self._marking = marking
        self._library = library
        self._action = action
        self._current = current
        self._theme = theme
        self._results_panel: ResultsPanel | None = None  # built on the first search
        self._told_waiting = False
        """Whether the search waiting for the index was read out (once, until its answer is)."""
        self._completer: WordCompleter | None = None  # built when the reader first types
        self._shown_hits: list[Hit] = []  # the search's hits, with offsets into the displayed text
        self._painted: tuple[list[Hit], list[tuple[int, int, int]]] = ([], [])  # those hits' ranges, made once
        search.set_options(inflection=not preferences.search_form_only, related=preferences.search_related)
        search_bar.set_scope(preferences.search_scope)  # as the reader left them
        if search_bar.current_scope() == "section":
            search.set_section(pane.current_section())

    def tell(self, message: str, timeout_ms: int = 4000) -> None:
        self.told.emit(message, timeout_ms)

    def article_changed(self) -> None:
        """Another article (or alphabet) is shown: its results list is made anew when next needed."""
        if self._results_panel is not None:
            self._results_panel.deleteLater()
            self._results_panel = None
        if not self.searching_library():
            self._dock.hide()

    def displayed_hits(self) -> list[Hit]:
        """The search hits with offsets into the displayed text (Latin or Cyrillic)."""
        return self._current().shown.shown_hits(self._search.hits)

    @property
    def results_panel(self) -> ResultsPanel:
        """The results list; created on first use so start-up does not pay for it."""
        if self._results_panel is None:
            from desktop.ui.search.results_panel import ResultsPanel

            self._results_panel = ResultsPanel(self._current().shown.text, self._stack)
            self._stack.addWidget(self._results_panel)
            self._results_panel.hitActivated.connect(self.choose_hit)
            self._results_panel.suggestionChosen.connect(self._search_for)
            self._results_panel.notesChosen.connect(self.notesAsked)
            self._results_panel.view.backRequested.connect(self.back_to_text)
        return self._results_panel

    def show_results_widget(self, widget: QWidget) -> None:
        """Show this results list (the article's or the library's) in the dock."""
        if self._stack.indexOf(widget) < 0:
            self._stack.addWidget(widget)
        self._stack.setCurrentWidget(widget)
        self._dock.show()

    def searching_library(self) -> bool:
        return self._bar.current_scope() == "library"

    def set_search_scope(self, scope: str) -> None:
        """This section, this article or the whole library; the search on screen is run again there."""
        self._preferences.search_scope = scope
        self._bar.set_scope(scope)
        self._search.set_section(self._pane.current_section() if scope == "section" else None)
        if scope == "library":
            self._library.search_again()
        else:
            self._library.stop_search()
            self.show_result(self._search.result)
            self.show_current(self._search.current, scroll=False)

    def on_query_changed(self, text: str) -> None:
        if self._bar.current_scope() == "section":
            self._search.set_section(self._pane.current_section())
        self._search.set_query(text)  # the open article's hits are highlighted in every scope
        if self.searching_library():
            self._library.search_soon()

    def next_hit(self) -> None:
        if self.searching_library():
            self._library.step_library_hit(1)
        else:
            self._search.next()
            self._announce_hit()

    def previous_hit(self) -> None:
        if self.searching_library():
            self._library.step_library_hit(-1)
        else:
            self._search.previous()
            self._announce_hit()

    def choose_hit(self, number: int) -> None:
        """A hit chosen in the results list: shown, with the caret on it, and read out."""
        self._search.select(number)
        self._announce_hit()

    def _announce_hit(self) -> None:
        number, hits = self._search.current, self._shown_hits
        result = self._search.result
        if not hits and result is not None and result.query.strip() and result.query == self._box.text():
            self._announce_result(result)  # Enter or F3 with nothing found: said again, not a silent key
            return
        if not 0 <= number < len(hits):
            return
        hit = hits[number]
        text = self._current().shown.text.passages[hit.passage].text
        words = [*text[: hit.start].split()[-4:], text[hit.start : hit.end], *text[hit.end :].split()[:4]]
        self.announced.emit(
            QCoreApplication.translate("MainWindow", "%1-нәтиже, барлығы %2: %3")
            .replace("%1", str(number + 1))
            .replace("%2", str(len(hits)))
            .replace("%3", " ".join(words))
        )

    def focus_search(self) -> None:
        self._box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._box.selectAll()

    def back_to_text(self) -> None:
        """Esc in the results list: the text, its caret at the hit reached (the search stays)."""
        self._pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_search(self) -> None:
        self._box.clear()
        self._search.clear()
        self._pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_dock_visibility(self, visible: bool) -> None:
        if visible and self._stack.currentWidget() is None:
            self._stack.setCurrentWidget(self.results_panel)  # built now, so an empty dock never shows

    def _search_for(self, text: str) -> None:
        self._box.setText(text)
        self._search.search_now()

    @property
    def completer(self) -> WordCompleter:
        """The word list under the search box; created on first use so start-up does not pay for it."""
        if self._completer is None:
            from desktop.ui.search.completer import WordCompleter

            self._completer = WordCompleter(self._box)
            self._completer.wordChosen.connect(self._search_for)
        return self._completer

    def complete_when_ready(self) -> None:
        """The words offered for what was typed while the article was being indexed."""
        if self._box.hasFocus() and self._box.text():
            self.complete_word(self._box.text())

    def complete_word(self, text: str) -> None:
        """Offer the text's words that start with the word being typed."""
        from desktop.ui.search.completer import WordCompleter

        typed = WordCompleter.last_word(text)
        self.completer.show_completions(self._search.completions(typed) if len(typed) >= 2 else [])

    def apply_search_options(self, _checked: bool = False) -> None:
        """Search as the options say (and remember them): related words, this form only; a change is told."""
        form_only = self._action(MainAction.FORM_ONLY).isChecked()
        related = self._action(MainAction.RELATED)
        related.setEnabled(not form_only)
        if form_only != self._preferences.search_form_only:
            self.tell(
                QCoreApplication.translate("MainWindow", "Тек осы тұлғасы ізделеді")
                if form_only
                else QCoreApplication.translate("MainWindow", "Сөздің барлық тұлғалары ізделеді")
            )
        elif related.isChecked() != self._preferences.search_related:
            on = related.isChecked()
            self.tell(
                QCoreApplication.translate("MainWindow", "Түбірлес сөздер де ізделеді")
                if on
                else QCoreApplication.translate("MainWindow", "Түбірлес сөздер ізделмейді")
            )
        self._preferences.search_related = related.isChecked()
        self._preferences.search_form_only = form_only
        self._search.set_options(inflection=not form_only, related=related.isChecked())

    def tell_waiting(self, percent: int) -> None:
        """A search waits for the text's index (or the rest of a book): read out once; its answer follows."""
        if percent < 100 and not self._told_waiting:
            self._told_waiting = True
            self.announced.emit(
                QCoreApplication.translate("MainWindow", "Мәтін индекстелуде: іздеу дайын болғанда жауап береді")
            )

    def _announce_result(self, result: SearchResult) -> None:
        """What a search found, read out once it is answered: the counter and the list are seen, not heard."""
        query = result.query.strip()
        if self._shown_hits:
            message = (
                QCoreApplication.translate("MainWindow", "«%1»: %2 нәтиже")
                .replace("%1", query)
                .replace("%2", str(len(self._shown_hits)))
            )
        else:
            message = QCoreApplication.translate("MainWindow", "«%1» бойынша ештеңе табылмады.").replace("%1", query)
        if result.suggestion:
            message += " " + QCoreApplication.translate("MainWindow", "Мұны іздеу керек пе: %1?").replace(
                "%1", result.suggestion
            )
        self.announced.emit(message)

    def show_result(self, result: SearchResult | None) -> None:
        active = result is not None
        self._told_waiting = False
        self._sections.set_hit_counts(result.counts_by_section() if result is not None else None)
        self._shown_hits = self.displayed_hits()
        if self.searching_library():  # the dock lists the library's hits; the text shows this article's
            if not self._box.text().strip():
                self._dock.hide()
            self.paint()
            return
        if result is not None:
            self._announce_result(result)
        if active or self._results_panel is not None:
            self.results_panel.show_result(result, self._shown_hits)
            self.results_panel.show_notes_found(len(self._annotations.matching(result.query)) if result else 0)
            self._stack.setCurrentWidget(self.results_panel)
        self._dock.setVisible(active)
        self.paint()

    def show_current(self, number: int, scroll: bool = True) -> None:
        self.paint()
        if self._results_panel is not None:
            self._results_panel.show_current(number)
        if not self.searching_library():
            self._bar.show_count(number, len(self._search.hits), self._search.result is not None)
        if number >= 0 and scroll:
            hit = self._shown_hits[number]
            self._pane.caret_to_passage(hit.passage, hit.start)
            self._pane.scroll_to_passage(hit.passage, hit.start)

    def paint(self) -> None:
        self._marking.paint_marks()
        hits, ranges = self._painted
        if hits is not self._shown_hits:  # painted again for each hit reached: a book's hits are tens of thousands
            ranges = [(hit.passage, hit.start, hit.end) for hit in self._shown_hits]
            self._painted = (self._shown_hits, ranges)
        current = self._search.current if self._search.current >= 0 else None
        self._pane.set_highlights(ranges, current, themes.colors_for(self._theme()))
