"""The main window: sections sidebar, reading pane, menus, status bar.

The window composes widgets and wires their signals in ``_connect``; content,
search and rendering live in their own modules.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.content import Article, ContentError, atomic, load_article
from desktop.content.export import EXPORTERS
from desktop.content.latin import LatinSpans, latin_article
from desktop.ui import icons, themes, translations
from desktop.ui.content_errors import describe
from desktop.ui.plain_text import as_rich_text
from desktop.ui.preferences import BUNDLED_KEY, Preferences
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.resources import app_icon, bundled_article
from desktop.ui.search_panel import SearchBar, SearchController, search_shortcuts
from desktop.ui.section_model import SectionListModel
from desktop.ui.themes import Theme

if TYPE_CHECKING:
    from desktop.search import Hit
    from desktop.ui.search_panel import ResultsPanel, WordCompleter

log = logging.getLogger(__name__)

SIDEBAR_WIDTH = 240
DEFAULT_SIZE = (1100, 760)


class MainWindow(QMainWindow):
    """One article on screen, with everything needed to move around in it."""

    def __init__(
        self,
        article: Article,
        preferences: Preferences,
        font_family: str,
        *,
        start_section: str | None = None,
        source: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.article = article
        """The article as written (search runs on it)."""
        self.source = source
        """The file the article came from; None for the article bundled with the app."""
        self.preferences = preferences
        self._latin = preferences.latin_script
        self.display = latin_article(article) if self._latin else article
        """The article as shown: in the Latin alphabet when the reader chose it."""
        self._latin_spans = LatinSpans(article)
        self._theme = preferences.theme
        self._update_title()
        self.setWindowIcon(app_icon())

        self.section_model = SectionListModel(self.display, parent=self)
        self.sidebar = QListView(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.section_model)
        self.sidebar.setAccessibleName(self.tr("Бөлімдер"))
        self.sidebar.setAccessibleDescription(self.tr("Мақала бөлімдерінің тізімі; таңдалған бөлімге өтеді"))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setWordWrap(False)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.setSpacing(2)

        self.reading_pane = ReadingPane(self.display, font_family, self)
        self.reading_pane.setObjectName("readingPane")
        self.reading_pane.setAccessibleName(self.tr("Мақала мәтіні"))
        self.reading_pane.setAccessibleDescription(article.title)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([SIDEBAR_WIDTH, DEFAULT_SIZE[0] - SIDEBAR_WIDTH])
        self.setCentralWidget(self.splitter)

        self.search = SearchController(article, self)
        self.search_bar = SearchBar(self)
        self.search_box = self.search_bar.box
        self._completer: WordCompleter | None = None  # built when the reader first types
        self.search_toolbar = QToolBar(self.tr("Іздеу"), self)
        self.search_toolbar.setObjectName("searchToolbar")
        self.search_toolbar.setMovable(False)
        self.search_toolbar.addWidget(self.search_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.search_toolbar)
        self.results_dock = QDockWidget(self.tr("Іздеу нәтижелері"), self)
        self.results_dock.setObjectName("searchResultsDock")
        self._results_panel: ResultsPanel | None = None  # built on the first search
        self._shown_hits: list[Hit] = []  # the search's hits, with offsets into the displayed text
        self.results_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.results_dock)
        self.results_dock.hide()

        self.progress_label = QLabel(self)
        self.section_label = QLabel(self)
        self.section_label.setTextFormat(Qt.TextFormat.PlainText)  # a heading may hold "<b>" as text
        self.statusBar().addWidget(self.section_label, 1)
        self.statusBar().addPermanentWidget(self.progress_label)

        self._create_actions()
        self._create_menus()
        self.related_action.setEnabled(not self.form_only_action.isChecked())
        self.search.set_options(
            inflection=not self.form_only_action.isChecked(), related=self.related_action.isChecked()
        )
        self.search_toolbar.addAction(self.latin_action)
        self._update_citation()
        self._connect()
        self.apply_theme(self._theme)
        self.reading_pane.set_font_size(preferences.font_size)
        self._restore_window()
        self._start_section = start_section
        self._select_in_sidebar(self.reading_pane.current_section())
        self._update_status()

    # -- construction --------------------------------------------------------------------
    def _action(
        self, text: str, shortcuts: Sequence[QKeySequence | str], slot: Callable[..., object], icon: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        sequences: list[QKeySequence] = []
        for shortcut in shortcuts:  # a platform's standard key may equal our own: list each once,
            sequence = QKeySequence(shortcut)  # or Qt finds the shortcut ambiguous and ignores it
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
        action.setShortcuts(sequences)
        action.triggered.connect(slot)
        if icon:
            action.setIcon(icons.icon(icon))
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("Ашу…"), [QKeySequence(key.Open), "Ctrl+O"], self.open_dialog)
        self.bundled_action = self._action(
            self.tr("Кірістірілген мақала"), ["Ctrl+Shift+H"], lambda: self.show_article(bundled_article(), None)
        )
        self.export_action = self._action(
            self.tr("Экспорттау…"), [QKeySequence(key.Save), "Ctrl+E"], self.export_dialog
        )
        self.print_action = self._action(
            self.tr("Басып шығару…"), [QKeySequence(key.Print), "Ctrl+P"], self.print_article
        )
        self.quit_action = self._action(self.tr("Шығу"), [QKeySequence(key.Quit), "Ctrl+Q"], self.close)
        self.copy_action = self._action(self.tr("Көшіру"), [QKeySequence(key.Copy), "Ctrl+C"], self.reading_pane.copy)
        self.select_all_action = self._action(
            self.tr("Барлығын белгілеу"), [QKeySequence(key.SelectAll), "Ctrl+A"], self.reading_pane.selectAll
        )
        self.cite_action = self._action(self.tr("Көшіргенде дереккөзін қосу"), ["Ctrl+Shift+C"], self._set_cite_on_copy)
        self.cite_action.setCheckable(True)
        self.cite_action.setChecked(self.preferences.cite_on_copy)
        self.zoom_in_action = self._action(
            self.tr("Үлкейту"), [QKeySequence(key.ZoomIn), "Ctrl+="], self.reading_pane.zoom_in
        )
        self.zoom_out_action = self._action(
            self.tr("Кішірейту"), [QKeySequence(key.ZoomOut)], self.reading_pane.zoom_out
        )
        self.zoom_reset_action = self._action(self.tr("Қалыпты өлшем"), ["Ctrl+0"], self.reading_pane.reset_zoom)
        self.latin_action = self._action(self.tr("Латын әліпбиі"), ["Ctrl+L"], self.set_latin_script)
        self.latin_action.setCheckable(True)
        self.latin_action.setChecked(self._latin)
        self.latin_action.setIcon(icons.icon("fa6s.language", "#888888"))
        self.latin_action.setToolTip(self.tr("Мақаланы латын әліпбиімен көрсету (Ctrl+L)"))
        self.sidebar_action = self._action(self.tr("Бөлімдер тізімі"), ["F9"], self._toggle_sidebar)
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.fullscreen_action = self._action(
            self.tr("Толық экран"), [QKeySequence(key.FullScreen), "F11"], self._toggle_fullscreen
        )
        self.fullscreen_action.setCheckable(True)
        self.next_section_action = self._action(
            self.tr("Келесі бөлім"), ["Ctrl+PgDown", "Alt+Down"], lambda: self._step_section(1)
        )
        self.previous_section_action = self._action(
            self.tr("Алдыңғы бөлім"), ["Ctrl+PgUp", "Alt+Up"], lambda: self._step_section(-1)
        )
        self.focus_sidebar_action = self._action(self.tr("Бөлімдер тізіміне өту"), ["Ctrl+1"], self.sidebar.setFocus)
        self.focus_text_action = self._action(self.tr("Мәтінге өту"), ["Ctrl+2"], self.reading_pane.setFocus)
        self.about_action = self._action(
            self.tr("Бағдарлама туралы"), [QKeySequence(key.HelpContents), "F1"], self.about
        )
        self.about_qt_action = self._action(self.tr("Qt туралы"), [], QApplication.aboutQt)

        shortcuts = search_shortcuts()
        self.find_action = self._action(self.tr("Іздеу…"), shortcuts["find"], self.focus_search)
        self.find_next_action = self._action(self.tr("Келесі нәтиже"), shortcuts["next"], self.search.next)
        self.find_previous_action = self._action(self.tr("Алдыңғы нәтиже"), shortcuts["previous"], self.search.previous)
        self.related_action = self._action(
            self.tr("Түбірлес сөздерді де табу"), ["Alt+R"], self._on_search_options_changed
        )
        self.related_action.setToolTip(self.tr("дос → достық, оқу → оқушы: сөздің өз тұлғаларынан кейін"))
        self.form_only_action = self._action(
            self.tr("Тек осы тұлғасын табу"), ["Alt+W"], self._on_search_options_changed
        )
        self.form_only_action.setToolTip(self.tr("сапарын сапарды таппайды: сөздің басқа тұлғалары ізделмейді"))
        for action, on in (
            (self.related_action, self.preferences.search_related),
            (self.form_only_action, self.preferences.search_form_only),
        ):
            action.setCheckable(True)
            action.setChecked(on)
        self.results_action = self.results_dock.toggleViewAction()
        self.results_action.setText(self.tr("Іздеу нәтижелері"))
        self.results_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.addAction(self.results_action)

        theme_names = {
            Theme.SYSTEM: (self.tr("Жүйеге сәйкес"), "Ctrl+Shift+0"),
            Theme.LIGHT: (self.tr("Ашық"), "Ctrl+Shift+1"),
            Theme.DARK: (self.tr("Күңгірт"), "Ctrl+Shift+2"),
            Theme.SEPIA: (self.tr("Сепия"), "Ctrl+Shift+3"),
        }
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in [(translations.SYSTEM, self.tr("Жүйеге сәйкес")), *translations.LANGUAGES.items()]:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.preferences.language)
            action.triggered.connect(lambda _=False, c=code: self.change_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[Theme, QAction] = {}
        for theme, (name, shortcut) in theme_names.items():
            action = self._action(name, [shortcut], lambda _=False, t=theme: self.apply_theme(t))
            action.setCheckable(True)
            action.setData(theme.value)
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action

    def _create_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&Файл"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Соңғы файлдар"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addAction(self.bundled_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu_bar.addMenu(self.tr("&Өңдеу"))
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(self.select_all_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.cite_action)

        view_menu = menu_bar.addMenu(self.tr("&Көрініс"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("Түс схемасы"))
        theme_menu.addActions(list(self.theme_actions.values()))
        language_menu = view_menu.addMenu(self.tr("Интерфейс тілі"))
        language_menu.addActions(list(self.language_actions.values()))
        view_menu.addAction(self.latin_action)
        view_menu.addSeparator()
        view_menu.addAction(self.sidebar_action)
        view_menu.addAction(self.fullscreen_action)

        search_menu = menu_bar.addMenu(self.tr("&Іздеу"))
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            search_menu.addAction(action)
        search_menu.addSeparator()
        search_menu.addAction(self.related_action)
        search_menu.addAction(self.form_only_action)
        search_menu.addSeparator()
        search_menu.addAction(self.results_action)
        options_menu = QMenu(self.search_bar.options_button)
        options_menu.addAction(self.related_action)
        options_menu.addAction(self.form_only_action)
        self.search_bar.options_button.setMenu(options_menu)

        go_menu = menu_bar.addMenu(self.tr("Ө&ту"))
        for action in (self.next_section_action, self.previous_section_action):
            go_menu.addAction(action)
        go_menu.addSeparator()
        go_menu.addAction(self.focus_sidebar_action)
        go_menu.addAction(self.focus_text_action)

        help_menu = menu_bar.addMenu(self.tr("&Анықтама"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    def _connect(self) -> None:
        """Every signal of the window is wired here."""
        self.sidebar.selectionModel().currentChanged.connect(self._on_sidebar_current_changed)
        self.sidebar.clicked.connect(self._on_sidebar_activated)
        self.sidebar.activated.connect(self._on_sidebar_activated)
        self.reading_pane.currentSectionChanged.connect(self._on_pane_section_changed)
        self.reading_pane.progressChanged.connect(lambda _: self._update_status())
        self.reading_pane.fontSizeChanged.connect(self._on_font_size_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

        self.search_box.textChanged.connect(self.search.set_query)
        self.search_box.textEdited.connect(self._complete_word)
        self.search_box.nextRequested.connect(self.search.next)
        self.search_box.previousRequested.connect(self.search.previous)
        self.search_box.escapePressed.connect(self.clear_search)
        self.search_bar.next_button.clicked.connect(self.search.next)
        self.search_bar.previous_button.clicked.connect(self.search.previous)
        self.search.resultChanged.connect(self._on_search_result)
        self.results_dock.visibilityChanged.connect(self._on_results_visibility)
        self.search.currentChanged.connect(self._on_current_hit)

    # -- state ---------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self.preferences.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        splitter = self.preferences.splitter_state
        if splitter is not None and not self.splitter.restoreState(splitter):
            log.warning("ignoring an unreadable splitter state in the settings")
        state = self.preferences.window_state
        if state is not None and not self.restoreState(state):
            log.warning("ignoring an unreadable window state in the settings")

    def article_key(self) -> str:
        """Names the open article in the settings (its reading position)."""
        return BUNDLED_KEY if self.source is None else str(self.source)

    def restore_reading_position(self) -> None:
        """After the first layout: the requested section, else where the reader left off."""
        if self._start_section:
            self.go_to_section(self._start_section)
            self._start_section = None
            return
        section, fraction = self.preferences.position(self.article_key())
        if fraction > 0:
            self.reading_pane.set_scroll_fraction(fraction)
        elif section in self.article.section_ids:
            self.go_to_section(section)

    def _remember_position(self) -> None:
        self.preferences.set_position(
            self.article_key(), self.reading_pane.current_section(), self.reading_pane.scroll_fraction()
        )

    def save_state(self) -> None:
        prefs = self.preferences
        prefs.geometry = self.saveGeometry()
        prefs.window_state = self.saveState()
        prefs.splitter_state = self.splitter.saveState()
        prefs.theme = self._theme
        prefs.font_size = self.reading_pane.font_size()
        prefs.latin_script = self._latin
        self._remember_position()
        prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    # -- navigation ----------------------------------------------------------------------
    def go_to_section(self, section_id: str) -> None:
        self.reading_pane.scroll_to_section(section_id)
        self._select_in_sidebar(section_id)
        self._update_status()

    def _step_section(self, step: int) -> None:
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
                self.sidebar.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            finally:
                self._syncing_sidebar = False

    _syncing_sidebar = False

    @Slot(QModelIndex)
    def _on_sidebar_activated(self, index: QModelIndex) -> None:
        section_id = index.data(SectionListModel.SectionIdRole)
        if section_id:
            self.reading_pane.scroll_to_section(section_id)
            self._update_status()

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
        self.theme_actions[theme].setChecked(True)
        colors = themes.colors_for(theme)
        QApplication.setPalette(themes.palette_for(colors))  # every window and dialog follows
        self.section_model.set_icon_color(colors.accent)
        self.reading_pane.rebuild(colors)
        self._paint_highlights()  # highlights are painted in theme colours too

    # -- search --------------------------------------------------------------------------
    @property
    def results_panel(self) -> ResultsPanel:
        """The results list; created on first use so start-up does not pay for it."""
        if self._results_panel is None:
            from desktop.ui.search_panel import ResultsPanel

            self._results_panel = ResultsPanel(self.display, self.results_dock)
            self.results_dock.setWidget(self._results_panel)
            self._results_panel.hitActivated.connect(self.search.select)
            self._results_panel.suggestionChosen.connect(self._search_for)
        return self._results_panel

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear_search(self) -> None:
        self.search_box.clear()
        self.search.clear()
        self.reading_pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_results_visibility(self, visible: bool) -> None:
        if visible:
            _ = self.results_panel  # build it, so an empty dock never shows

    def _search_for(self, text: str) -> None:
        self.search_box.setText(text)
        self.search.search_now()

    @property
    def completer(self) -> WordCompleter:
        """The word list under the search box; created on first use so start-up does not pay for it."""
        if self._completer is None:
            from desktop.ui.search_panel import WordCompleter

            self._completer = WordCompleter(self.search_box)
            self._completer.wordChosen.connect(self._search_for)
        return self._completer

    def _complete_word(self, text: str) -> None:
        """Offer the text's words that start with the word being typed."""
        from desktop.ui.search_panel import WordCompleter

        typed = WordCompleter.last_word(text)
        self.completer.show_completions(self.search.completions(typed) if len(typed) >= 2 else [])

    def _on_search_options_changed(self, _checked: bool = False) -> None:
        form_only = self.form_only_action.isChecked()
        self.related_action.setEnabled(not form_only)
        self.preferences.search_related = self.related_action.isChecked()
        self.preferences.search_form_only = form_only
        self.search.set_options(inflection=not form_only, related=self.related_action.isChecked())

    def _on_search_result(self, result) -> None:
        active = result is not None
        self.section_model.set_hit_counts(result.counts_by_section() if active else None)
        self._shown_hits = self.displayed_hits()
        if active or self._results_panel is not None:
            self.results_panel.show_result(result, self._shown_hits)
        self.results_dock.setVisible(active)
        self._paint_highlights()

    def _on_current_hit(self, number: int, scroll: bool = True) -> None:
        self._paint_highlights()
        if self._results_panel is not None:
            self._results_panel.show_current(number)
        self.search_bar.show_count(number, len(self.search.hits), self.search.result is not None)
        if number >= 0 and scroll:
            hit = self._shown_hits[number]
            self.reading_pane.scroll_to_passage(hit.passage, hit.start)

    def _paint_highlights(self) -> None:
        ranges = [(hit.passage, hit.start, hit.end) for hit in self._shown_hits]
        current = self.search.current if self.search.current >= 0 else None
        self.reading_pane.set_highlights(ranges, current, themes.colors_for(self._theme))

    def _on_system_scheme_changed(self, _scheme) -> None:
        if self._theme is Theme.SYSTEM:
            self.apply_theme(Theme.SYSTEM)

    def _on_font_size_changed(self, _size: float) -> None:
        self._update_status()

    def _set_cite_on_copy(self, on: bool) -> None:
        self.preferences.cite_on_copy = on
        self._update_citation()

    def _update_citation(self) -> None:
        display = self.display
        citation = f"«{display.title}», {display.source}, {display.date.isoformat()}"
        self.reading_pane.citation = citation if self.cite_action.isChecked() else None

    def _toggle_sidebar(self, visible: bool) -> None:
        self.sidebar.setVisible(visible)

    def _toggle_fullscreen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # -- language ------------------------------------------------------------------------
    def change_language(self, choice: str) -> MainWindow:
        """Switch the interface language: a new window in the new language takes this one's place."""
        self.preferences.language = choice
        translations.install(choice)
        self.save_state()
        replacement = MainWindow(self.article, self.preferences, self.reading_pane.font_family(), source=self.source)
        replacement.show()
        replacement.restore_reading_position()
        self.close()
        self.deleteLater()
        return replacement

    # -- other articles ------------------------------------------------------------------
    def _update_title(self) -> None:
        where = "" if self.source is None else f" [{self.source.name}]"
        self.setWindowTitle(f"{self.display.title}{where} — {APP_NAME}")

    def show_article(self, article: Article, source: Path | None) -> None:
        """Replace the article on screen, keeping the place in the one being left."""
        self._remember_position()
        self.article, self.source = article, source
        self.search_box.clear()
        self.search.set_article(article)
        self._show_display()
        self.restore_reading_position()
        self._update_status()

    def set_latin_script(self, latin: bool) -> None:
        """Show the article in the Latin or the Cyrillic alphabet, staying at the same place."""
        if latin == self._latin:
            return
        self._latin = latin
        self.latin_action.setChecked(latin)
        fraction = self.reading_pane.scroll_fraction()
        section = self.reading_pane.current_section()
        self._show_display()
        self.reading_pane.set_scroll_fraction(fraction)
        self._select_in_sidebar(section)
        self._on_search_result(self.search.result)
        self._on_current_hit(self.search.current, scroll=False)

    def _show_display(self) -> None:
        """Rebuild what shows the article's text from self.article and the chosen script."""
        self.display = latin_article(self.article) if self._latin else self.article
        self._latin_spans = LatinSpans(self.article)
        if self._results_panel is not None:
            self._results_panel.deleteLater()
            self._results_panel = None
        self.results_dock.hide()
        self.section_model.set_article(self.display)
        self.reading_pane.set_article(self.display, themes.colors_for(self._theme))
        self.reading_pane.setAccessibleDescription(self.display.title)
        self._update_title()
        self._update_citation()
        self._select_in_sidebar(self.reading_pane.current_section())

    def displayed_hits(self) -> list[Hit]:
        """The search hits with offsets into the displayed text (Latin or Cyrillic)."""
        if not self._latin:
            return self.search.hits
        shown = []
        for hit in self.search.hits:
            start, end = self._latin_spans.span(hit.passage, hit.start, hit.end)
            text = self.display.passages[hit.passage].text
            shown.append(hit._replace(start=start, end=end, match=text[start:end]))
        return shown

    def open_dialog(self) -> None:
        start = (
            str(self.source.parent)
            if self.source
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Мақаланы ашу"), start, self.tr("Oqyrman мақалалары (*.md *.txt);;Барлық файлдар (*)")
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open an article file; a file that cannot be read leaves the open article as it is."""
        try:
            article = load_article(path)
        except ContentError as error:
            where = self.tr("%1-жол: ").replace("%1", str(error.line)) if error.line else ""
            QMessageBox.warning(
                self,
                self.tr("Мақаланы ашу мүмкін болмады"),
                as_rich_text(f"{path}\n\n{where}{describe(error)}"),
            )
            if not path.exists():
                self.preferences.remove_recent_file(str(path))
            return False
        path = path.resolve()
        self.show_article(article, path)
        self.preferences.add_recent_file(str(path))
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.preferences.recent_files
        for number, name in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(as_rich_text(name))
            action.setStatusTip(name)
            action.triggered.connect(lambda _=False, p=name: self.open_path(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("(бос)")).setEnabled(False)

    # -- dialogs -------------------------------------------------------------------------
    def export_dialog(self) -> None:
        filters = {
            self.tr("Мәтін (*.txt)"): "text",
            self.tr("Markdown (*.md)"): "markdown",
            self.tr("HTML (*.html)"): "html",
            self.tr("PDF (*.pdf)"): "pdf",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Мақаланы экспорттау"), "oqyrman-article.txt", ";;".join(filters)
        )
        if path:
            self.export_to(Path(path), filters.get(chosen, "text"))

    def export_to(self, path: Path, fmt: str) -> bool:
        try:
            if fmt == "pdf":
                from desktop.ui.printing import write_pdf

                write_pdf(self.display, path, self.reading_pane.font_family())
            else:
                atomic.write_text(path, EXPORTERS[fmt](self.display))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Экспорт сәтсіз аяқталды"),
                as_rich_text(
                    self.tr("Файлға жазу мүмкін болмады:\n%1\n\n%2")
                    .replace("%1", str(path))
                    .replace("%2", error.strerror or str(error))
                ),
            )
            return False
        self.statusBar().showMessage(self.tr("Сақталды: %1").replace("%1", str(path)), 5000)
        return True

    def print_article(self) -> None:
        from desktop.ui.printing import print_with_preview

        print_with_preview(self, self.display, self.reading_pane.font_family())

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("%1 туралы").replace("%1", APP_NAME),
            self.tr(
                "<h3>%1 %2</h3>"
                "<p>Қазақ тіліндегі мақалаларды желісіз оқуға арналған бағдарлама.</p>"
                "<p>Мақала: «%3», %4, %5.</p>"
                "<p>Қаріп: Noto Serif, SIL Open Font License 1.1. "
                "Белгішелер: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).</p>"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
            .replace("%3", html.escape(self.article.title))
            .replace("%4", html.escape(self.article.source))
            .replace("%5", self.article.date.isoformat()),
        )
