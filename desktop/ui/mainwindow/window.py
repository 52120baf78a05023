"""The main window: sections sidebar, reading pane, search, status bar; layout and wiring.

The window lays its widgets out and owns parts with small interfaces that do the rest (see
docs/architecture.md): the open article, sections, theme, notes dock, session, files, marking,
library and search. ``wiring.py`` connects their signals, ``actions.py`` and ``menus.py`` make
the actions and menus, ``start.py`` does what waits for the first paint, ``language.py`` a
change of interface language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QListView, QMainWindow, QSplitter, QStackedWidget, QToolBar, QWidget

from desktop.content.shown import ShownArticle
from desktop.ui.annotations import AnnotationsController
from desktop.ui.library.controller import LibraryController
from desktop.ui.mainwindow import wiring
from desktop.ui.mainwindow.actions import FIRST_SCREEN, MainAction, create_actions
from desktop.ui.mainwindow.appearance import Appearance
from desktop.ui.mainwindow.article_view import ArticleView
from desktop.ui.mainwindow.files import Files
from desktop.ui.mainwindow.library import LibraryPage
from desktop.ui.mainwindow.marking import Marking, export_marks
from desktop.ui.mainwindow.menus import create_menu_bar
from desktop.ui.mainwindow.navigation import Navigation
from desktop.ui.mainwindow.notes_dock import NotesDock
from desktop.ui.mainwindow.searching import Searching
from desktop.ui.mainwindow.session import DEFAULT_SIZE, Session
from desktop.ui.paths import NOTES_FILE, data_dir
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.search.bar import SearchBar
from desktop.ui.search.controller import SearchController
from desktop.ui.section_model import SectionListModel

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QAction, QCloseEvent, QDragMoveEvent, QDropEvent, QShowEvent
    from PySide6.QtWidgets import QMenu

    from desktop.content import Article
    from desktop.content.loader import BookOpening
    from desktop.ui.preferences import Preferences
    from desktop.ui.speech.controller import ReadAloud

SIDEBAR_WIDTH = 240
STARTED_WITHOUT_PAINT_MS = 300
"""A shown window whose text has not painted by then (minimised, or showing the library) is
finished all the same: its menus, keys and library do not wait for the text to be seen."""


def _dock(title: str, name: str, window: QMainWindow) -> QDockWidget:
    """A dock the reader can close and move, hidden until the session or the first paint places it."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
    dock.hide()
    return dock


class MainWindow(QMainWindow):
    """One article on screen, with everything needed to move around in it, and the library behind it."""

    startFinished = Signal()
    """The window's start is over: what it leaves until after its first paint was done (or failed)."""
    announced = Signal(str)
    """A message was read out to screen readers (what moved or changed, beyond the focus)."""
    articleWhole = Signal(object)
    """An article opened in the window is shown whole (its file's Path, or None when bundled): a book once read."""
    started = False
    """True once the window has done what it leaves until after its first paint."""
    _read_aloud: ReadAloud | None = None
    recent_menu: QMenu
    """File → Recent files (made with the menus, after the first paint)."""
    bookmarks_menu: QMenu
    """Go → Bookmarks (made with the menus, after the first paint)."""

    def __init__(
        self,
        article: Article,
        preferences: Preferences,
        font_family: str,
        *,
        start_section: str | None = None,
        source: Path | None = None,
        bundled_key: str | None = None,
        data_folder: Path | None = None,
        use_library: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.use_library = use_library
        """False for the quick self-test: the library is not opened at all."""
        self._start_section = start_section
        shown = ShownArticle(article, preferences.latin_script)
        self.section_model = SectionListModel(shown.text, parent=self)
        self.sidebar = QListView(self)
        self.sidebar.setObjectName("sidebar")
        self.reading_pane = ReadingPane(shown.text, font_family, self)
        self.reading_pane.setObjectName("readingPane")
        self.reading_pane.setAccessibleName(self.tr("Мақала мәтіні"))
        self.reading_pane.setAccessibleDescription(article.title)
        self.splitter = QSplitter(parent=self)  # horizontal; by keyword, so no overload names an orientation
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([SIDEBAR_WIDTH, DEFAULT_SIZE[0] - SIDEBAR_WIDTH])
        self.pages = QStackedWidget(self)
        """The reading page (sidebar and text) and, once shown, the library page."""
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        data_folder = data_dir() if data_folder is None else data_folder  # the self-test gives its scratch folder
        self.library = LibraryController(data_folder, self)
        """The library's stores: opened after the first paint, long work in the background."""
        self.setAcceptDrops(True)  # files and folders dropped on the window join the library
        self.search = SearchController(article, self)
        self.search_bar = SearchBar(self)
        self.search_box = self.search_bar.box
        self.search_toolbar = QToolBar(self.tr("Іздеу"), self)
        self.search_toolbar.setObjectName("searchToolbar")
        self.search_toolbar.setMovable(False)
        self.search_toolbar.addWidget(self.search_bar)
        self.addToolBar(self.search_toolbar)  # at the top
        self.results_dock = _dock(self.tr("Іздеу нәтижелері"), "searchResultsDock", self)
        self.notes_dock = _dock(self.tr("Белгілер"), "notesDock", self)
        self.annotations = AnnotationsController(data_folder / NOTES_FILE, self)
        """Highlights and notes: loaded after the first paint, painted under the search's highlights."""
        self.appearance = Appearance(preferences.theme, self.reading_pane, self.section_model)
        """The colour scheme, painted everywhere."""
        theme = self.appearance.theme
        view = self.article_view = ArticleView(
            shown, self.reading_pane, self.section_model, preferences, theme, source=source, bundled_key=bundled_key
        )
        """The open article as written and as shown (Cyrillic or Latin), its file or bundled key."""
        self.setWindowTitle(view.title())  # its icon is the application's, given when the start is over
        self.navigation = Navigation(
            self.sidebar, self.section_model, self.reading_pane, self.statusBar(), lambda: view.shown.text
        )
        """The sections: the sidebar and the text kept in step; the section and progress in the status bar."""
        self.notes = NotesDock(self.notes_dock, self.annotations, self.reading_pane, lambda: view.shown, theme)
        """The list of highlights, notes and bookmarks in its dock."""
        current, key = view.current, view.key
        annotations = self.annotations
        marks = lambda: export_marks(annotations, preferences, view.shown)  # noqa: E731 - holds no window
        self.files = Files(self, preferences, self.reading_pane, current, marks)
        """Opening, exporting and printing articles, and the About box."""
        self.marking = Marking(
            self, self.annotations, self.reading_pane, preferences=preferences, files=self.files, current=current,
            theme=theme,
        )  # fmt: skip
        """Highlights, notes and bookmarks: the floating bar, the context menu, the note dialog."""
        self.library_page = LibraryPage(
            self, self.library, self.pages, self.reading_pane, annotations=self.annotations, search=self.search,
            search_bar=self.search_bar, current=current, key=key,
        )  # fmt: skip
        """The library page, adding to the library, and searching across it."""
        self.named_actions = create_actions(self, FIRST_SCREEN)  # the others, with the menus, after the first paint
        """Every action by its name (``actions.MainAction``); ``action(name)`` gives one."""
        self.searching = Searching(
            self.search, self.search_bar, self.results_dock, sections=self.section_model, pane=self.reading_pane,
            annotations=self.annotations, preferences=preferences, marking=self.marking, library=self.library_page,
            action=self.named_actions.__getitem__, current=current, theme=theme,
        )  # fmt: skip
        """The article's search on screen: hits painted, listed, stepped through, read out; the completer."""
        self.session = Session(preferences, self, self.splitter, self.reading_pane, key)
        """The window's geometry and the place in each article, restored and saved as the reader reads."""
        self.language_actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        create_menu_bar(self)
        self.search_toolbar.addAction(self.action(MainAction.LATIN))
        self.search_toolbar.addAction(self.action(MainAction.LIBRARY))
        view.update_citation()
        wiring.connect(self)
        self.appearance.apply_theme(preferences.theme)
        self.reading_pane.set_font_size(preferences.font_size)
        self.session.restore_window()
        self.navigation.select_in_sidebar(self.reading_pane.current_section())
        self.navigation.update_status()

    def after_first_paint(self) -> None:
        if self.started or self.article_view.holds_start():  # a book's first sections: once it is read
            return
        self.started = True
        try:
            from desktop.ui.mainwindow.start import finish_start

            finish_start(self)
        finally:
            self.startFinished.emit()  # even after a failure (reported by the excepthook): the start is over

    def announce(self, message: str) -> None:
        """Tell a screen reader (where Qt can: see desktop.ui.accessibility)."""
        from desktop.ui.accessibility import announce

        announce(self, message)
        self.announced.emit(message)

    def tell(self, message: str, timeout_ms: int = 4000) -> None:
        """A message in the status bar, also read out to screen readers."""
        self.statusBar().showMessage(message, timeout_ms)
        self.announce(message)

    def action(self, name: MainAction) -> QAction:
        """The window's action of that name (see actions.py)."""
        return self.named_actions[name]

    @property
    def read_aloud(self) -> ReadAloud:
        """Reading aloud (F5): made, with the speech modules, when first asked for."""
        if self._read_aloud is None:
            from desktop.ui.speech.bar import attach

            self._read_aloud = attach(self)
        return self._read_aloud

    def show_word_card(self, place: tuple[int, int] | None = None) -> None:
        """Ctrl+I: what the word under the caret (or selected, or at a shown place) is made of."""
        from desktop.ui.word_card import show_word_card

        show_word_card(self, place)

    @property
    def article(self) -> Article:
        """The article as written (search runs on it; ``article_view`` has it as shown)."""
        return self.article_view.article

    @property
    def display(self) -> Article:
        return self.article_view.shown.text

    @property
    def latin(self) -> bool:
        return self.article_view.shown.latin

    def article_key(self) -> str:
        """Names the open article in the settings, the notes and the library."""
        return self.article_view.key()

    def load_annotations(self) -> None:
        self.annotations.load(self.article_key(), self.article)

    def show_article(
        self, article: Article, source: Path | None, bundled_key: str | None = None, rest: BookOpening | None = None
    ) -> None:
        """Replace the article on screen, keeping the place in the one being left; a book still being read is let go.

        ``bundled_key`` names a bundled article (``source`` None); the first one by default. With
        ``rest``, the article is a book's first sections: the rest is read as at the start
        (``book_opening.show``), and what needs the whole book waits for it.
        """
        from desktop.ui.mainwindow.book_opening import show

        show(self, article, source, bundled_key, rest)

    def set_latin_script(self, latin: bool) -> None:
        """Show the article in the Latin or the Cyrillic alphabet, staying at the same place."""
        section = self.reading_pane.current_section()
        if not self.article_view.set_latin(latin):
            return
        self.action(MainAction.LATIN).setChecked(latin)
        self.navigation.select_in_sidebar(section)
        self.searching.show_result(self.search.result)
        self.searching.show_current(self.search.current, scroll=False)
        self.library_page.record_script()

    def restore_reading_position(self) -> None:
        """After the first layout: the requested section (once), else where the reader left off."""
        self.session.restore_place(self._start_section, self.article.section_ids)
        self._start_section = None

    def save_state(self) -> None:
        held = self.session.hold  # a book's first sections: a place in them is not its place in the book
        self.session.save(self.appearance.theme(), self.latin)
        if not held:
            self.library_page.record_reading()

    def dragEnterEvent(self, event: QDragMoveEvent) -> None:  # and every move after it
        self.library_page.accept_drag(event)

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event: QDropEvent) -> None:
        self.library_page.drop(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started:
            QTimer.singleShot(STARTED_WITHOUT_PAINT_MS, self, self.after_first_paint)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        self.library.close()  # after the last reading position was written; waits for work in progress
