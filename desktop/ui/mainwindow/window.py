"""The main window: sections sidebar, reading pane, search, status bar; layout and wiring.

What the window does is split by role: ``actions`` (every action, from a registry),
``menus`` (their places), and parts the window owns: ``session`` (restore and save),
``files`` (open, export, print, about), ``marking`` (highlights, notes, bookmarks),
``library`` (its page, adding to it, searching across it) and ``searching`` (the article's
search on screen). The
article as shown (Cyrillic or Latin) is ``desktop.content.shown.ShownArticle``. This module
lays the widgets out and wires every signal in ``_connect``; content, search and rendering
live in their own packages.
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6 import QtWidgets
from PySide6.QtCore import QModelIndex, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop import branding
from desktop.content.export import citation
from desktop.content.shown import ShownArticle
from desktop.ui import themes, translations
from desktop.ui.annotations import AnnotationsController
from desktop.ui.lazy_qt import Qt, set_enum_property
from desktop.ui.library.controller import LibraryController
from desktop.ui.mainwindow.actions import (
    FIRST_SCREEN,
    MainAction,
    attach_shortcuts,
    create_actions,
    create_language_actions,
    create_theme_actions,
)
from desktop.ui.mainwindow.files import Files, OpenArticle
from desktop.ui.mainwindow.library import LibraryPage, dropped_paths
from desktop.ui.mainwindow.marking import Marking
from desktop.ui.mainwindow.menus import create_menu_bar, fill_menus
from desktop.ui.mainwindow.searching import Searching
from desktop.ui.mainwindow.session import DEFAULT_SIZE, Session
from desktop.ui.paths import NOTES_FILE
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.resources import app_icon, first_bundled_key
from desktop.ui.search.bar import SearchBar
from desktop.ui.search.controller import SearchController
from desktop.ui.section_model import SectionListModel
from desktop.ui.themes import Theme
from desktop.userdata.keys import article_key

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QShowEvent

    from desktop.content import Article
    from desktop.content.export import ExportMark
    from desktop.ui.focus_ring import FocusRing
    from desktop.ui.notes_panel import NotesPanel
    from desktop.ui.preferences import Preferences
    from desktop.ui.speech.controller import ReadAloud

log = logging.getLogger(__name__)

SIDEBAR_WIDTH = 240
POSITION_SAVE_DELAY_MS = 1000
"""How long after scrolling stops the reading position is written (a crash loses at most this)."""
STARTED_WITHOUT_PAINT_MS = 300
"""A shown window whose text has not painted by then (minimised, or showing the library) is
finished all the same: its menus, keys and library do not wait for the text to be seen."""


P = ParamSpec("P")
R = TypeVar("R")


def _weakly(method: Callable[P, R]) -> Callable[P, R]:
    """A window's method for a part to call, without a reference that would keep a closed window alive."""
    ref = weakref.WeakMethod(method)

    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        bound = ref()
        assert bound is not None, "the window is gone"
        return bound(*args, **kwargs)

    return call


class MainWindow(QMainWindow):
    """One article on screen, with everything needed to move around in it, and the library behind it."""

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
        self.article = article
        """The article as written (search runs on it)."""
        self.source = source
        """The file the article came from; None for an article bundled with the app."""
        self.bundled_key = bundled_key or first_bundled_key()
        """Which bundled article it is, when ``source`` is None (a branded build ships several)."""
        self.preferences = preferences
        self.shown = ShownArticle(article, preferences.latin_script)
        """The article as shown (in the Latin alphabet when the reader chose it), and the offsets between them."""
        self._theme = preferences.theme
        self._update_title()  # its icon is the application's, given when the start is over

        self.section_model = SectionListModel(self.display, parent=self)
        self.sidebar = QListView(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.section_model)
        self.sidebar.setAccessibleName(self.tr("Бөлімдер"))
        self.sidebar.setAccessibleDescription(self.tr("Мақала бөлімдерінің тізімі; таңдалған бөлімге өтеді"))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setWordWrap(False)
        self.sidebar.setSpacing(2)

        self.reading_pane = ReadingPane(self.display, font_family, self)
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
        if data_folder is None:  # where the library and the notes live; the self-test gives its scratch folder
            from desktop.ui.paths import data_dir

            data_folder = data_dir()
        self.library = LibraryController(data_folder, self)
        """The library's stores: opened after the first paint, long work in the background."""
        self._use_library = use_library
        """False for the quick self-test: the library is not opened at all."""
        self.setAcceptDrops(True)  # files and folders dropped on the window join the library

        self.search = SearchController(article, self)
        self.search_bar = SearchBar(self)
        self.search_box = self.search_bar.box
        self.search_toolbar = QToolBar(self.tr("Іздеу"), self)
        self.search_toolbar.setObjectName("searchToolbar")
        self.search_toolbar.setMovable(False)
        self.search_toolbar.addWidget(self.search_bar)
        self.addToolBar(self.search_toolbar)  # at the top
        self.results_dock = QDockWidget(self.tr("Іздеу нәтижелері"), self)
        self.results_dock.setObjectName("searchResultsDock")
        self.results_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.results_dock.hide()

        self.notes_dock = QDockWidget(self.tr("Белгілер"), self)
        self.notes_dock.setObjectName("notesDock")
        self._notes_panel: NotesPanel | None = None  # built when first shown
        self.notes_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.notes_dock.hide()  # both docks are placed by the session's restore_window(), or after the first paint

        self.progress_label = QLabel(self)
        self.section_label = QLabel(self)
        set_enum_property(self.section_label, "textFormat", "PlainText")  # a heading may hold "<b>" as text
        self.statusBar().addWidget(self.section_label, 1)
        self.statusBar().addPermanentWidget(self.progress_label)
        # Qt hides the label for a message but shows it again whenever the bar lays itself out
        # anew (a permanent widget shown or added), drawing the message over it: hide it ourselves.
        self.statusBar().messageChanged.connect(lambda message: self.section_label.setVisible(not message))

        self.annotations = AnnotationsController(data_folder / NOTES_FILE, self)
        """Highlights and notes: loaded after the first paint, painted under the search's highlights."""
        self._position_saver = QTimer(self)
        """Saves the reading position a moment after scrolling stops, so a crash loses at most that."""
        self._position_saver.setSingleShot(True)
        self._position_saver.setInterval(POSITION_SAVE_DELAY_MS)
        self.files = Files(self, preferences, self.reading_pane, _weakly(self._open_now), _weakly(self._export_marks))
        """Opening, exporting and printing articles, and the About box."""
        self.marking = Marking(
            self,
            self.annotations,
            self.reading_pane,
            preferences=preferences,
            files=self.files,
            current=_weakly(self._open_now),
            theme=_weakly(self.theme),
        )
        """Highlights, notes and bookmarks: the floating bar, the context menu, the note dialog."""
        self.library_page = LibraryPage(
            self,
            self.library,
            self.pages,
            self.reading_pane,
            annotations=self.annotations,
            search=self.search,
            search_bar=self.search_bar,
            current=_weakly(self._open_now),
            key=_weakly(self.article_key),
        )
        """The library page, adding to the library, and searching across it."""
        self.searching = Searching(
            self.search,
            self.search_bar,
            self.results_dock,
            sections=self.section_model,
            pane=self.reading_pane,
            annotations=self.annotations,
            preferences=preferences,
            marking=self.marking,
            library=self.library_page,
            action=_weakly(self.action),
            current=_weakly(self._open_now),
            theme=_weakly(self.theme),
        )
        """The article's search on screen: hits painted, listed, stepped through, read out; the completer."""
        self._actions = create_actions(self, FIRST_SCREEN)  # the others, with the menus, after the first paint
        self.theme_actions: dict[Theme, QAction] = {}
        self.language_actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        create_menu_bar(self)
        self.search.set_options(inflection=not preferences.search_form_only, related=preferences.search_related)
        self.search_toolbar.addAction(self.action(MainAction.LATIN))
        self.search_toolbar.addAction(self.action(MainAction.LIBRARY))
        self.search_bar.set_scope(preferences.search_scope)
        if self.search_bar.current_scope() == "section":
            self.search.set_section(self.reading_pane.current_section())
        self._update_citation()
        self.session = Session(preferences, self, self.splitter, self.reading_pane)
        """The window's geometry and the place in each article, restored and saved."""
        self._connect()
        self.apply_theme(self._theme)
        self.reading_pane.set_font_size(preferences.font_size)
        self.session.restore_window()
        self._start_section = start_section
        self._select_in_sidebar(self.reading_pane.current_section())
        self._update_status()

    started = False
    """True once the window has done what it leaves until after its first paint."""
    _read_aloud: ReadAloud | None = None
    startFinished = Signal()
    """The window's start is over: what it leaves until after its first paint was done (or failed)."""

    def _after_first_paint(self) -> None:
        if self.started:
            return
        self.started = True
        try:
            self._finish_start()
        finally:
            self.startFinished.emit()  # even after a failure (reported by the excepthook): the start is over

    def _finish_start(self) -> None:
        """What the first screen does not show or need: the application's icon, the docks' place, the
        context menu, keyboard navigation in the sidebar, the menus and keys, the library's progress
        bar, the notes, the library."""
        if QApplication.windowIcon().isNull():
            # The window manager draws it, not the window: it can come a frame later, and the
            # first window to start gives it to every window and dialog after. Loading it loads
            # Qt's SVG icon engine and libQt6Svg (1 ms), which the first paint does not use.
            QApplication.setWindowIcon(app_icon())
        for dock in (self.results_dock, self.notes_dock):
            if self.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea:  # no saved place
                self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
                dock.hide()
        self.reading_pane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.sidebar.selectionModel().currentChanged.connect(self._on_sidebar_current_changed)
        self.reading_pane.cursorPositionChanged.connect(self.marking.on_caret_moved)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        self.search.prepare()  # the article's search index, on a worker thread
        self.statusBar().addPermanentWidget(self.library_page.progress_bar())
        self._actions.update(create_actions(self, [name for name in MainAction if name not in self._actions]))
        self.theme_actions = create_theme_actions(self)
        self.theme_actions[self._theme].setChecked(True)
        self.language_actions = create_language_actions(self)
        fill_menus(self)
        self.search_toolbar.addAction(self.action(MainAction.READ_ALOUD))
        from desktop.ui import word_snap

        word_snap.install(self)  # whole-word selection, the word card on a double-click
        self.searching.apply_search_options()
        attach_shortcuts(self._actions, self.theme_actions)
        if self._theme is Theme.SYSTEM and themes.resolve(Theme.SYSTEM) is not self._painted_theme:
            self.apply_theme(Theme.SYSTEM)  # the platform's scheme, asked exactly now: see themes.system_prefers_dark
        self._load_annotations()
        self._name_for_screen_readers()
        from desktop.ui.focus_ring import FocusRing

        accent = themes.COLORS[self._painted_theme].accent
        self._focus_rings = [FocusRing(self.reading_pane, accent), FocusRing(self.sidebar, accent)]
        if self._use_library:
            self.library_page.open_library()

    def _name_for_screen_readers(self) -> None:
        """Name what Qt builds unnamed: the search box's clear button, the docks' buttons, the split handle."""
        from desktop.ui.accessibility import name_dock_buttons, name_line_edit_buttons

        name_line_edit_buttons(self.search_box)
        for dock in (self.results_dock, self.notes_dock):
            name_dock_buttons(dock)
        self.splitter.handle(1).setAccessibleName(self.tr("Бөлімдер тізімі мен мәтіннің арасы"))
        for grip in self.statusBar().findChildren(QtWidgets.QSizeGrip):
            grip.setAccessibleName(self.tr("Терезенің өлшемі"))

    def _load_annotations(self) -> None:
        self.annotations.load(self.article_key(), self.article)

    @property
    def read_aloud(self) -> ReadAloud:
        """Reading aloud (F5): made, with the speech modules, when first asked for."""
        if self._read_aloud is None:
            from desktop.ui.speech.bar import attach

            self._read_aloud = attach(self)
        return self._read_aloud

    def show_word_card(self) -> None:
        """Ctrl+I: what the word under the caret (or selected) is made of."""
        from desktop.ui.word_card import show_word_card

        show_word_card(self)

    def _show_word_card_at(self, place: tuple[int, int]) -> None:
        from desktop.ui.word_card import show_word_card

        show_word_card(self, place)

    @property
    def notes_panel(self) -> NotesPanel:
        """The highlights, notes and bookmarks list; created on first use."""
        if self._notes_panel is None:
            from desktop.ui.notes_panel import NotesPanel

            self._notes_panel = NotesPanel(self.annotations, self.display, self.notes_dock)
            self._notes_panel.model.theme_colors = themes.ANNOTATION_COLORS[themes.resolve(self._theme)]
            self.notes_dock.setWidget(self._notes_panel)
            self._notes_panel.placeChosen.connect(self.go_to_annotation)
        return self._notes_panel

    def _on_notes_visibility(self, visible: bool) -> None:
        if visible:
            self.notes_panel.model.refresh()

    def _show_notes_matching_search(self) -> None:
        self.action(MainAction.NOTES_PANEL).setChecked(True)
        self.notes_dock.show()
        self.notes_panel.filter_text.setText(self.search.query().strip())

    def go_to_annotation(self, key: str) -> None:
        """Show an annotation's place and select its words."""
        annotation = self.annotations.find(key)
        if annotation is None or not annotation.found:
            return
        start, end = self.shown.shown_span(annotation.passage, annotation.start, annotation.end)
        self.reading_pane.scroll_to_passage(annotation.passage, start)
        self.reading_pane.setTextCursor(self.reading_pane.passage_cursor(annotation.passage, start, end))

    def _connect(self) -> None:
        """Every signal of the window is wired here."""
        self.reading_pane.firstPainted.connect(lambda: QTimer.singleShot(0, self._after_first_paint))
        page = self.library_page
        self.library.changed.connect(page.on_library_changed)
        self.library.problem.connect(page.tell_library_problem)
        self.library.unavailable.connect(page.tell_library_unavailable)
        self.library.indexRebuilt.connect(page.tell_index_rebuilt)
        self.library.busy.connect(page.show_library_progress)
        self.library.added.connect(page.report_added)
        page.articleChosen.connect(self.show_article)
        page.latinChosen.connect(self.set_latin_script)
        page.resultsReady.connect(self.searching.show_results_widget)
        page.sectionAsked.connect(self.go_to_section)
        page.pageShown.connect(lambda on: self.action(MainAction.LIBRARY).setChecked(on))
        self.annotations.changed.connect(self.marking.paint_marks)
        self.annotations.changedOne.connect(self.marking.paint_one_mark)
        self.reading_pane.selectionMade.connect(self.marking.offer_bar_for_selection)
        self.reading_pane.markClicked.connect(self.marking.offer_bar_for_mark)
        self.reading_pane.barDismissed.connect(self.marking.hide_bar)
        self.annotations.storageProblem.connect(self.marking.tell_storage_problem)
        self.marking.told.connect(self.tell)
        self.marking.announced.connect(self.announce)
        self.marking.wordCardAsked.connect(self._show_word_card_at)
        self.notes_dock.visibilityChanged.connect(self._on_notes_visibility)
        self.reading_pane.customContextMenuRequested.connect(self.marking.show_text_menu)
        self.sidebar.clicked.connect(self._on_sidebar_activated)
        self.sidebar.activated.connect(self._on_sidebar_activated)
        self.reading_pane.currentSectionChanged.connect(self._on_pane_section_changed)
        self.reading_pane.progressChanged.connect(lambda _: self._update_status())
        self.reading_pane.verticalScrollBar().valueChanged.connect(lambda _: self._position_saver.start())
        self._position_saver.timeout.connect(self.save_position)
        self.session.settingsUnwritable.connect(self._tell_settings_unwritable)
        self.files.articleLoaded.connect(self.show_article)
        self.files.fileOpened.connect(lambda path: self.library_page.add_to_library([path]))
        self.files.told.connect(self.tell)
        self.reading_pane.fontSizeChanged.connect(self._on_font_size_changed)

        found = self.searching
        found.told.connect(self.tell)
        found.announced.connect(self.announce)
        found.notesAsked.connect(self._show_notes_matching_search)
        self.search_box.textChanged.connect(found.on_query_changed)
        self.search_box.textEdited.connect(found.complete_word)
        self.search_box.nextRequested.connect(found.next_hit)
        self.search_box.previousRequested.connect(found.previous_hit)
        self.search_box.escapePressed.connect(found.clear_search)
        self.search_bar.next_button.clicked.connect(found.next_hit)
        self.search_bar.previous_button.clicked.connect(found.previous_hit)
        self.search_bar.scopeChanged.connect(found.set_search_scope)
        self.search.resultChanged.connect(found.show_result)
        self.search.indexProgress.connect(self.search_bar.show_progress)
        self.search.indexReady.connect(found.complete_when_ready)
        self.results_dock.visibilityChanged.connect(found.on_dock_visibility)
        self.search.currentChanged.connect(found.show_current)

    # -- navigation ----------------------------------------------------------------------
    def go_to_section(self, section_id: str) -> None:
        """Show a section at the top, with the caret at its heading, and say where that is."""
        self._show_section(section_id)
        self._select_in_sidebar(section_id)
        row = self.article.section_ids.index(section_id)
        self.announce(
            self.tr("%1, %2-бөлім, барлығы %3")
            .replace("%1", self.display.sections[row].label)
            .replace("%2", str(row + 1))
            .replace("%3", str(len(self.article.section_ids)))
        )

    def _show_section(self, section_id: str) -> None:
        self.reading_pane.caret_to_section(section_id)
        self.reading_pane.scroll_to_section(section_id)
        self._update_status()

    announced = Signal(str)
    """A message was read out to screen readers (what moved or changed, beyond the focus)."""

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
        return self._actions[name]

    def step_section(self, step: int) -> None:
        ids = self.article.section_ids
        row = ids.index(self.reading_pane.current_section()) + step
        if 0 <= row < len(ids):
            self.go_to_section(ids[row])

    def _select_in_sidebar(self, section_id: str) -> None:
        if section_id not in self.article.section_ids:  # between two articles
            return
        index = self.section_model.index(self.section_model.row_of(section_id))
        if self.sidebar.currentIndex() != index:
            self._syncing_sidebar = True
            try:
                self.sidebar.setCurrentIndex(index)  # and selects it: the list selects one row
            finally:
                self._syncing_sidebar = False

    _syncing_sidebar = False
    recent_menu: QMenu
    """File → Recent files (made with the menus, after the first paint)."""
    bookmarks_menu: QMenu
    marking: Marking
    """Go → Bookmarks (made with the menus, after the first paint)."""
    _focus_rings: list[FocusRing] = []  # noqa: RUF012 - replaced per window after the first paint

    @Slot(QModelIndex)
    def _on_sidebar_activated(self, index: QModelIndex) -> None:
        section_id = index.data(SectionListModel.SectionIdRole)
        if section_id:  # the list's own item is read out: no announcement
            self._show_section(section_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_sidebar_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Keyboard moves in the sidebar navigate too; scroll-spy updates do not."""
        if not self._syncing_sidebar and current.isValid():
            self._on_sidebar_activated(current)

    @Slot(str)
    def _on_pane_section_changed(self, section_id: str) -> None:
        self._select_in_sidebar(section_id)
        self._update_status()

    def _update_status(self) -> None:
        section_id = self.reading_pane.current_section()
        if section_id not in self.article.section_ids:  # between two articles
            return
        self.section_label.setText(self.display.section(section_id).heading)
        self.progress_label.setText(self.tr("Оқылды: %1%").replace("%1", str(self.reading_pane.progress())))

    # -- view ----------------------------------------------------------------------------
    def theme(self) -> Theme:
        return self._theme

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        if theme in self.theme_actions:  # made after the first paint
            self.theme_actions[theme].setChecked(True)
        self._painted_theme = themes.resolve(theme)
        colors = themes.COLORS[self._painted_theme]
        QApplication.setPalette(themes.palette_for(colors))  # every window and dialog follows
        self.section_model.set_icon_color(colors.accent)
        for ring in self._focus_rings:
            ring.set_color(colors.accent)
        self.reading_pane.rebuild(colors)
        self.searching.paint()  # highlights are painted in theme colours too

    def _on_system_scheme_changed(self, _scheme: object) -> None:
        if self._theme is Theme.SYSTEM:
            self.apply_theme(Theme.SYSTEM)

    def _on_font_size_changed(self, _size: float) -> None:
        self._update_status()

    def set_export_highlights(self, on: bool) -> None:
        self.preferences.export_highlights = on

    def set_cite_on_copy(self, on: bool) -> None:
        self.preferences.cite_on_copy = on
        self._update_citation()

    def _update_citation(self) -> None:
        """Copied text cites the displayed article (called again whenever that changes)."""
        self.reading_pane.citation = citation(self.display) if self.preferences.cite_on_copy else None

    def set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # -- language ------------------------------------------------------------------------
    def change_language(self, choice: str) -> MainWindow:
        """Switch the interface language: a new window in the new language takes this one's place."""
        self.preferences.language = choice
        translations.install(choice)
        self.save_state()
        replacement = MainWindow(
            self.article,
            self.preferences,
            self.reading_pane.font_family(),
            source=self.source,
            bundled_key=self.bundled_key,
        )
        replacement.show()
        replacement.restore_reading_position()
        self.close()
        self.deleteLater()
        return replacement

    # -- other articles ------------------------------------------------------------------
    def _update_title(self) -> None:
        where = "" if self.source is None else f" [{self.source.name}]"
        self.setWindowTitle(f"{self.display.title}{where} — {branding.current().name}")

    def show_article(self, article: Article, source: Path | None, bundled_key: str | None = None) -> None:
        """Replace the article on screen, keeping the place in the one being left.

        ``bundled_key`` names a bundled article (``source`` None); the first one by default.
        """
        self.remember_position()
        self.article, self.source = article, source
        self.bundled_key = bundled_key or first_bundled_key()
        self.search_box.clear()
        self.search.set_article(article)
        self._show_display()
        self.library_page.apply_article_choices()
        self.restore_reading_position()
        self._update_status()
        self._load_annotations()
        self.library_page.record_reading()
        self.library_page.refresh_library_view()

    def set_latin_script(self, latin: bool) -> None:
        """Show the article in the Latin or the Cyrillic alphabet, staying at the same place."""
        if latin == self.shown.latin:
            return
        self.action(MainAction.LATIN).setChecked(latin)
        fraction = self.reading_pane.scroll_fraction()
        section = self.reading_pane.current_section()
        self._show_display(latin)
        self.reading_pane.set_scroll_fraction(fraction)
        self._select_in_sidebar(section)
        self.searching.show_result(self.search.result)
        self.searching.show_current(self.search.current, scroll=False)
        self.library_page.record_script()

    def _show_display(self, latin: bool | None = None) -> None:
        """Rebuild what shows the article's text from self.article, in the chosen alphabet (the same by default)."""
        self.shown = ShownArticle(self.article, self.shown.latin if latin is None else latin)
        if self._notes_panel is not None:
            self._notes_panel.model.set_article(self.shown.text)
        self.searching.article_changed()
        self.section_model.set_article(self.display)
        self.reading_pane.set_article(self.display, themes.colors_for(self._theme))
        self.reading_pane.setAccessibleDescription(self.display.title)
        self._update_title()
        self._update_citation()
        self._select_in_sidebar(self.reading_pane.current_section())

    def _export_marks(self) -> list[ExportMark]:
        return self.marking.export_marks()  # the files part is made first, and given to the marking part

    def _open_now(self) -> OpenArticle:
        return OpenArticle(self.article, self.shown, self.source)

    @property
    def display(self) -> Article:
        """The article as shown (``shown.text``)."""
        return self.shown.text

    @property
    def latin(self) -> bool:
        """Whether the article is shown in the Latin alphabet (``shown.latin``)."""
        return self.shown.latin

    def answer_start_request(self, path: Path | None) -> None:
        """Another start of the reader handed over: come to the front, and open its file."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if path is not None:
            self.files.open_path(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if dropped_paths(event) else event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files and folders dropped on the window join the library; one dropped file is opened too."""
        paths = dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.library_page.add_to_library(paths)
        if len(paths) == 1 and paths[0].is_file():
            QTimer.singleShot(0, lambda: self.files.open_path(paths[0]))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started:
            QTimer.singleShot(STARTED_WITHOUT_PAINT_MS, self, self._after_first_paint)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        self.library.close()  # after the last reading position was written; waits for work in progress

    # -- session ---------------------------------------------------------------------------
    def article_key(self) -> str:
        """Names the open article in the settings, the notes and the library."""
        return article_key(self.source) if self.source is not None else self.bundled_key

    def restore_reading_position(self) -> None:
        """After the first layout: the requested section, else where the reader left off."""
        if self._start_section:
            self.go_to_section(self._start_section)
            self._start_section = None
            return
        section, fraction = self.session.place(self.article_key())
        if fraction > 0:
            self.reading_pane.set_scroll_fraction(fraction)
        elif section in self.article.section_ids:
            self.go_to_section(section)

    def remember_position(self) -> None:
        self.session.remember(self.article_key())

    def save_position(self) -> None:
        """Write where the reader is now (called while reading, not only on close)."""
        if self.reading_pane.current_section() in self.article.section_ids:
            self.remember_position()
            self.session.sync()
            self.library_page.record_reading()

    def save_state(self) -> None:
        self.session.save(self.article_key(), self._theme, self.shown.latin)
        self.library_page.record_reading()

    def _tell_settings_unwritable(self, path: str) -> None:
        message = self.tr("Баптаулар сақталмайды: %1 файлына жазу мүмкін емес")
        self.statusBar().showMessage(message.replace("%1", path), 15_000)
