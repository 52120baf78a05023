"""Every action of the main window, built by a small function registered under its name.

The registry follows MusicBrainz Picard's ``picard/ui/mainwindow/actions.py``: a function per
action, registered with ``@add_action(MainAction.X)``, builds the QAction for a window; the
window asks ``create_actions`` for all of them and the menus (``menus.py``) place them by name.
Texts are translated in the "MainWindow" context, the window's own.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.ui import icons, translations
from desktop.ui.resources import bundled_article
from desktop.ui.search.bar import search_shortcuts
from desktop.ui.themes import Theme

if TYPE_CHECKING:
    from desktop.ui.mainwindow.window import MainWindow

KEY = QKeySequence.StandardKey


class MainAction(enum.Enum):
    OPEN = enum.auto()
    BUNDLED = enum.auto()
    EXPORT = enum.auto()
    PRINT = enum.auto()
    QUIT = enum.auto()
    COPY = enum.auto()
    SELECT_ALL = enum.auto()
    CITE = enum.auto()
    ZOOM_IN = enum.auto()
    ZOOM_OUT = enum.auto()
    ZOOM_RESET = enum.auto()
    LATIN = enum.auto()
    SIDEBAR = enum.auto()
    FULLSCREEN = enum.auto()
    NEXT_SECTION = enum.auto()
    PREVIOUS_SECTION = enum.auto()
    FOCUS_SIDEBAR = enum.auto()
    FOCUS_TEXT = enum.auto()
    ABOUT = enum.auto()
    ABOUT_QT = enum.auto()
    FIND = enum.auto()
    FIND_NEXT = enum.auto()
    FIND_PREVIOUS = enum.auto()
    RELATED = enum.auto()
    FORM_ONLY = enum.auto()
    RESULTS = enum.auto()
    NOTES_PANEL = enum.auto()
    EXPORT_NOTES = enum.auto()
    IMPORT_NOTES = enum.auto()
    HIGHLIGHT = enum.auto()
    NOTE = enum.auto()
    BOOKMARK = enum.auto()
    UNDO = enum.auto()
    REDO = enum.auto()
    EXPORT_HIGHLIGHTS = enum.auto()
    LIBRARY = enum.auto()
    ADD_TO_LIBRARY = enum.auto()
    ADD_FOLDER_TO_LIBRARY = enum.auto()


_BUILDERS: dict[MainAction, Callable[[MainWindow], QAction]] = {}


def add_action(name: MainAction) -> Callable[[Callable[[MainWindow], QAction]], Callable[[MainWindow], QAction]]:
    """Register the function that builds an action."""

    def register(builder: Callable[[MainWindow], QAction]) -> Callable[[MainWindow], QAction]:
        _BUILDERS[name] = builder
        return builder

    return register


def create_actions(window: MainWindow) -> dict[MainAction, QAction]:
    """All registered actions, built for this window, with their shortcuts live."""
    return {name: build(window) for name, build in _BUILDERS.items()}


def make_action(
    window: MainWindow,
    text: str,
    shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str],
    slot: Callable[..., object],
    *,
    checkable: bool = False,
    checked: bool = False,
) -> QAction:
    action = QAction(text, window)
    action.setShortcuts(_unique(*shortcuts))
    if checkable:
        action.setCheckable(True)
        action.setChecked(checked)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


# -- file -----------------------------------------------------------------------------------------
@add_action(MainAction.OPEN)
def _open(window: MainWindow) -> QAction:
    return make_action(
        window, QCoreApplication.translate("MainWindow", "Ашу…"), [KEY.Open, "Ctrl+O"], window.open_dialog
    )


@add_action(MainAction.BUNDLED)
def _bundled(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Кірістірілген мақала")
    return make_action(window, text, ["Ctrl+Shift+H"], lambda: window.show_article(bundled_article(), None))


@add_action(MainAction.ADD_TO_LIBRARY)
def _add_to_library(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Кітапханаға қосу…")
    return make_action(window, text, ["Ctrl+Shift+O"], window.add_files_dialog)


@add_action(MainAction.ADD_FOLDER_TO_LIBRARY)
def _add_folder_to_library(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Қалтаны кітапханаға қосу…")
    return make_action(window, text, ["Ctrl+Alt+O"], window.add_folder_dialog)


@add_action(MainAction.LIBRARY)
def _library(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Кітапхана")
    action = make_action(window, text, ["Ctrl+Shift+L"], window.show_library, checkable=True)
    action.setIcon(icons.icon("fa6s.book", "#888888"))
    action.setToolTip(QCoreApplication.translate("MainWindow", "Кітапханадағы барлық мақалалар (Ctrl+Shift+L)"))
    return action


@add_action(MainAction.EXPORT)
def _export(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Экспорттау…")
    return make_action(window, text, [KEY.Save, "Ctrl+E"], window.export_dialog)


@add_action(MainAction.EXPORT_HIGHLIGHTS)
def _export_highlights(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Экспортқа белгілерді қосу")
    on = window.preferences.export_highlights
    action = make_action(window, text, ["Ctrl+Alt+E"], window.set_export_highlights, checkable=True, checked=on)
    action.setToolTip(
        QCoreApplication.translate("MainWindow", "HTML, PDF және басып шығаруда белгілер мен ескертпелер")
    )
    return action


@add_action(MainAction.PRINT)
def _print(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Басып шығару…")
    return make_action(window, text, [KEY.Print, "Ctrl+P"], window.print_article)


@add_action(MainAction.QUIT)
def _quit(window: MainWindow) -> QAction:
    return make_action(window, QCoreApplication.translate("MainWindow", "Шығу"), [KEY.Quit, "Ctrl+Q"], window.close)


# -- edit -----------------------------------------------------------------------------------------
@add_action(MainAction.COPY)
def _copy(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Көшіру")
    return make_action(window, text, [KEY.Copy, "Ctrl+C"], window.reading_pane.copy)


@add_action(MainAction.SELECT_ALL)
def _select_all(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Барлығын белгілеу")
    return make_action(window, text, [KEY.SelectAll, "Ctrl+A"], window.reading_pane.selectAll)


@add_action(MainAction.CITE)
def _cite(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Көшіргенде дереккөзін қосу")
    on = window.preferences.cite_on_copy
    return make_action(window, text, ["Ctrl+Shift+C"], window.set_cite_on_copy, checkable=True, checked=on)


@add_action(MainAction.HIGHLIGHT)
def _highlight(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Белгілеу")
    return make_action(window, text, ["Ctrl+H"], lambda: window.highlight_selection())  # noqa: PLW0108 - not the checked flag


@add_action(MainAction.NOTE)
def _note(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Ескертпе…")
    return make_action(window, text, ["Ctrl+Shift+N"], window.edit_note)


@add_action(MainAction.BOOKMARK)
def _bookmark(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Осы жерге бетбелгі қою")
    return make_action(window, text, ["Ctrl+B"], window.bookmark_here)


def _unique(*shortcuts: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Each key once: a platform's standard key may equal our own, and a repeated key is ambiguous."""
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        sequence = QKeySequence(shortcut)
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    return sequences


@add_action(MainAction.UNDO)
def _undo(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Болдырмау")
    action = window.annotations.undo_stack.createUndoAction(window, text)
    action.setShortcuts(_unique(KEY.Undo, "Ctrl+Z"))
    window.addAction(action)
    return action


@add_action(MainAction.REDO)
def _redo(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Қайтару")
    action = window.annotations.undo_stack.createRedoAction(window, text)
    action.setShortcuts(_unique(KEY.Redo, "Ctrl+Shift+Z"))
    window.addAction(action)
    return action


# -- view -----------------------------------------------------------------------------------------
@add_action(MainAction.ZOOM_IN)
def _zoom_in(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Үлкейту")
    return make_action(window, text, [KEY.ZoomIn, "Ctrl+="], window.reading_pane.zoom_in)


@add_action(MainAction.ZOOM_OUT)
def _zoom_out(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Кішірейту")
    return make_action(window, text, [KEY.ZoomOut], window.reading_pane.zoom_out)


@add_action(MainAction.ZOOM_RESET)
def _zoom_reset(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Қалыпты өлшем")
    return make_action(window, text, ["Ctrl+0"], window.reading_pane.reset_zoom)


@add_action(MainAction.LATIN)
def _latin(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Латын әліпбиі")
    action = make_action(window, text, ["Ctrl+L"], window.set_latin_script, checkable=True, checked=window.latin)
    action.setIcon(icons.icon("fa6s.language", "#888888"))
    action.setToolTip(QCoreApplication.translate("MainWindow", "Мақаланы латын әліпбиімен көрсету (Ctrl+L)"))
    return action


@add_action(MainAction.SIDEBAR)
def _sidebar(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Бөлімдер тізімі")
    return make_action(window, text, ["F9"], window.sidebar.setVisible, checkable=True, checked=True)


@add_action(MainAction.FULLSCREEN)
def _fullscreen(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Толық экран")
    return make_action(window, text, [KEY.FullScreen, "F11"], window.set_full_screen, checkable=True)


# -- go -------------------------------------------------------------------------------------------
@add_action(MainAction.NEXT_SECTION)
def _next_section(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Келесі бөлім")
    return make_action(window, text, ["Ctrl+PgDown", "Alt+Down"], lambda: window.step_section(1))


@add_action(MainAction.PREVIOUS_SECTION)
def _previous_section(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Алдыңғы бөлім")
    return make_action(window, text, ["Ctrl+PgUp", "Alt+Up"], lambda: window.step_section(-1))


@add_action(MainAction.FOCUS_SIDEBAR)
def _focus_sidebar(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Бөлімдер тізіміне өту")
    return make_action(window, text, ["Ctrl+1"], window.sidebar.setFocus)


@add_action(MainAction.FOCUS_TEXT)
def _focus_text(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Мәтінге өту")
    return make_action(window, text, ["Ctrl+2"], window.reading_pane.setFocus)


# -- help -----------------------------------------------------------------------------------------
@add_action(MainAction.ABOUT)
def _about(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Бағдарлама туралы")
    return make_action(window, text, [KEY.HelpContents, "F1"], window.about)


@add_action(MainAction.ABOUT_QT)
def _about_qt(window: MainWindow) -> QAction:
    return make_action(window, QCoreApplication.translate("MainWindow", "Qt туралы"), [], QApplication.aboutQt)


# -- search ---------------------------------------------------------------------------------------
@add_action(MainAction.FIND)
def _find(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Іздеу…")
    return make_action(window, text, search_shortcuts()["find"], window.focus_search)


@add_action(MainAction.FIND_NEXT)
def _find_next(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Келесі нәтиже")
    return make_action(window, text, search_shortcuts()["next"], window.next_hit)


@add_action(MainAction.FIND_PREVIOUS)
def _find_previous(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Алдыңғы нәтиже")
    return make_action(window, text, search_shortcuts()["previous"], window.previous_hit)


@add_action(MainAction.RELATED)
def _related(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Түбірлес сөздерді де табу")
    on = window.preferences.search_related
    action = make_action(window, text, ["Alt+R"], window.apply_search_options, checkable=True, checked=on)
    action.setToolTip(
        QCoreApplication.translate("MainWindow", "дос → достық, оқу → оқушы: сөздің өз тұлғаларынан кейін")
    )
    return action


@add_action(MainAction.FORM_ONLY)
def _form_only(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Тек осы тұлғасын табу")
    on = window.preferences.search_form_only
    action = make_action(window, text, ["Alt+W"], window.apply_search_options, checkable=True, checked=on)
    action.setToolTip(
        QCoreApplication.translate("MainWindow", "сапарын сапарды таппайды: сөздің басқа тұлғалары ізделмейді")
    )
    return action


@add_action(MainAction.RESULTS)
def _results(window: MainWindow) -> QAction:
    action = window.results_dock.toggleViewAction()  # the dock's own, so it follows the dock
    action.setText(QCoreApplication.translate("MainWindow", "Іздеу нәтижелері"))
    action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    window.addAction(action)
    return action


@add_action(MainAction.EXPORT_NOTES)
def _export_notes(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Белгілерді экспорттау…")
    return make_action(window, text, ["Ctrl+Shift+E"], window.export_notes_dialog)


@add_action(MainAction.IMPORT_NOTES)
def _import_notes(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Белгілерді импорттау…")
    return make_action(window, text, ["Ctrl+Shift+I"], window.import_notes_dialog)


@add_action(MainAction.NOTES_PANEL)
def _notes_panel(window: MainWindow) -> QAction:
    action = window.notes_dock.toggleViewAction()  # the dock's own, so it follows the dock
    action.setText(QCoreApplication.translate("MainWindow", "Белгілер тізімі"))
    action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    window.addAction(action)
    return action


# -- choices --------------------------------------------------------------------------------------
def create_theme_actions(window: MainWindow) -> dict[Theme, QAction]:
    """One checkable action per colour scheme, exclusive, with Ctrl+Shift+0…3."""
    names = {
        Theme.SYSTEM: (QCoreApplication.translate("MainWindow", "Жүйеге сәйкес"), "Ctrl+Shift+0"),
        Theme.LIGHT: (QCoreApplication.translate("MainWindow", "Ашық"), "Ctrl+Shift+1"),
        Theme.DARK: (QCoreApplication.translate("MainWindow", "Күңгірт"), "Ctrl+Shift+2"),
        Theme.SEPIA: (QCoreApplication.translate("MainWindow", "Сепия"), "Ctrl+Shift+3"),
    }
    group = QActionGroup(window)
    group.setExclusive(True)
    found: dict[Theme, QAction] = {}
    for theme, (name, shortcut) in names.items():
        action = make_action(window, name, [shortcut], lambda _=False, t=theme: window.apply_theme(t), checkable=True)
        action.setData(theme.value)
        group.addAction(action)
        found[theme] = action
    return found


def create_language_actions(window: MainWindow) -> dict[str, QAction]:
    """One checkable action per interface language, and one to follow the system."""
    group = QActionGroup(window)
    group.setExclusive(True)
    found: dict[str, QAction] = {}
    choices = [(translations.SYSTEM, QCoreApplication.translate("MainWindow", "Жүйеге сәйкес"))]
    for code, name in [*choices, *translations.LANGUAGES.items()]:
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == window.preferences.language)
        action.triggered.connect(lambda _=False, c=code: window.change_language(c))
        group.addAction(action)
        found[code] = action
    return found
