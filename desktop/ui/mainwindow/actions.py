"""Every action of the main window, built by a small function registered under its name.

The registry follows MusicBrainz Picard's ``picard/ui/mainwindow/actions.py``: a function per
action, registered with ``@add_action(MainAction.X)``, builds the QAction for a window; the
window asks ``create_actions`` for all of them and the menus (``menus.py``) place them by name.
Texts are translated in the "MainWindow" context, the window's own.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desktop.ui import icons, translations
from desktop.ui.resources import bundled_article
from desktop.ui.themes import Theme

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from desktop.ui.mainwindow.window import MainWindow


class StandardKey(str):
    """A platform's standard key by its name in QKeySequence.StandardKey (``"Copy"``)."""


class _StandardKeys:
    """``KEY.Copy``: a standard key, named here and looked up when keys are given, after the first
    paint (naming QKeySequence.StandardKey builds QKeySequence and its 71 keys)."""

    def __getattr__(self, name: str) -> StandardKey:
        if name.startswith("__"):  # copy, pickle and introspection ask for these: not keys
            raise AttributeError(name)
        return StandardKey(name)


KEY = _StandardKeys()


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
    READ_ALOUD = enum.auto()
    READ_PAUSE = enum.auto()
    READ_STOP = enum.auto()
    READ_PREVIOUS = enum.auto()
    READ_NEXT = enum.auto()
    WORD_CARD = enum.auto()


Shortcut = StandardKey | str
"""A platform's standard key (``KEY.Copy``) or a key of our own (``"Ctrl+C"``)."""

_BUILDERS: dict[MainAction, Callable[[MainWindow], QAction]] = {}
SHORTCUTS: dict[MainAction, tuple[Shortcut, ...]] = {}
"""Each action's keys, in order of preference."""

THEME_SHORTCUTS = {
    Theme.SYSTEM: "Ctrl+Shift+0",
    Theme.LIGHT: "Ctrl+Shift+1",
    Theme.DARK: "Ctrl+Shift+2",
    Theme.SEPIA: "Ctrl+Shift+3",
}


def add_action(
    name: MainAction, *shortcuts: Shortcut
) -> Callable[[Callable[[MainWindow], QAction]], Callable[[MainWindow], QAction]]:
    """Register the function that builds an action, and the action's keys."""

    def register(builder: Callable[[MainWindow], QAction]) -> Callable[[MainWindow], QAction]:
        _BUILDERS[name] = builder
        SHORTCUTS[name] = shortcuts
        return builder

    return register


FIRST_SCREEN = (MainAction.LATIN, MainAction.LIBRARY)
"""The actions the first screen shows (in the toolbar); the others are built after the first paint."""


SAID_WHEN_TOGGLED = frozenset(
    (MainAction.LATIN, MainAction.CITE, MainAction.EXPORT_HIGHLIGHTS, MainAction.SIDEBAR, MainAction.FULLSCREEN)
)
"""Toggles whose new state a screen reader is told: their key changes nothing it reads out.
(Related words and this form only say theirs with the search; the library and the docks move the focus.)"""


def create_actions(window: MainWindow, names: Iterable[MainAction]) -> dict[MainAction, QAction]:
    """These registered actions, built for this window; ``attach_shortcuts`` gives them their keys."""
    actions = {name: _BUILDERS[name](window) for name in names}
    for name in SAID_WHEN_TOGGLED & actions.keys():
        _say_when_toggled(window, actions[name])
    return actions


def _say_when_toggled(window: MainWindow, action: QAction) -> None:
    def say() -> None:
        template = (
            QCoreApplication.translate("MainWindow", "%1: қосулы")
            if action.isChecked()
            else QCoreApplication.translate("MainWindow", "%1: өшірулі")
        )
        window.announce(template.replace("%1", action.text().replace("&", "")))

    action.triggered.connect(say)


def attach_shortcuts(actions: Mapping[MainAction, QAction], theme_actions: Mapping[Theme, QAction]) -> None:
    """Give the actions their keys: after the window's first paint, as no key is pressed before it.

    Making a QKeySequence builds PySide6's Qt namespace (its overloads take ``Qt.Key``), which
    the first screen does not otherwise need (see ``lazy_qt``).
    """
    for name, action in actions.items():
        keys = _unique(*SHORTCUTS[name])
        if keys:
            action.setShortcuts(keys)
    for theme, action in theme_actions.items():
        action.setShortcut(QtGui.QKeySequence(THEME_SHORTCUTS[theme]))


def make_action(
    window: MainWindow,
    text: str,
    slot: Callable[..., object],
    *,
    checkable: bool = False,
    checked: bool = False,
) -> QAction:
    action = QAction(text, window)
    if checkable:
        action.setCheckable(True)
        action.setChecked(checked)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


# -- file -----------------------------------------------------------------------------------------
@add_action(MainAction.OPEN, KEY.Open, "Ctrl+O")
def _open(window: MainWindow) -> QAction:
    return make_action(window, QCoreApplication.translate("MainWindow", "Ашу…"), window.files.open_dialog)


@add_action(MainAction.BUNDLED, "Ctrl+Shift+H")
def _bundled(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Кірістірілген мақала")
    return make_action(window, text, lambda: window.show_article(bundled_article(), None))


@add_action(MainAction.ADD_TO_LIBRARY, "Ctrl+Shift+O")
def _add_to_library(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Кітапханаға қосу…")
    return make_action(window, text, window.library_page.add_files_dialog)


@add_action(MainAction.ADD_FOLDER_TO_LIBRARY, "Ctrl+Alt+O")
def _add_folder_to_library(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Қалтаны кітапханаға қосу…")
    return make_action(window, text, window.library_page.add_folder_dialog)


@add_action(MainAction.LIBRARY, "Ctrl+Shift+L")
def _library(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Кітапхана")
    action = make_action(window, text, window.library_page.show_library, checkable=True)
    action.setIcon(icons.icon("fa6s.book", "#888888"))
    action.setToolTip(QCoreApplication.translate("MainWindow", "Кітапханадағы барлық мақалалар (Ctrl+Shift+L)"))
    return action


@add_action(MainAction.EXPORT, KEY.Save, "Ctrl+E")
def _export(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Экспорттау…")
    return make_action(window, text, window.files.export_dialog)


@add_action(MainAction.EXPORT_HIGHLIGHTS, "Ctrl+Alt+E")
def _export_highlights(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Экспортқа белгілерді қосу")
    on = window.preferences.export_highlights
    action = make_action(window, text, window.files.set_export_highlights, checkable=True, checked=on)
    action.setToolTip(
        QCoreApplication.translate("MainWindow", "HTML, PDF және басып шығаруда белгілер мен ескертпелер")
    )
    return action


@add_action(MainAction.PRINT, KEY.Print, "Ctrl+P")
def _print(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Басып шығару…")
    return make_action(window, text, window.files.print_article)


@add_action(MainAction.QUIT, KEY.Quit, "Ctrl+Q")
def _quit(window: MainWindow) -> QAction:
    return make_action(window, QCoreApplication.translate("MainWindow", "Шығу"), window.close)


# -- edit -----------------------------------------------------------------------------------------
@add_action(MainAction.COPY, KEY.Copy, "Ctrl+C")
def _copy(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Көшіру")
    return make_action(window, text, window.reading_pane.copy)


@add_action(MainAction.SELECT_ALL, KEY.SelectAll, "Ctrl+A")
def _select_all(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Барлығын белгілеу")
    return make_action(window, text, window.reading_pane.selectAll)


@add_action(MainAction.CITE, "Ctrl+Shift+C")
def _cite(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Көшіргенде дереккөзін қосу")
    on = window.preferences.cite_on_copy
    return make_action(window, text, window.article_view.set_cite_on_copy, checkable=True, checked=on)


@add_action(MainAction.HIGHLIGHT, "Ctrl+H")
def _highlight(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Белгілеу")
    return make_action(window, text, lambda: window.marking.highlight_selection())  # noqa: PLW0108 - not the checked flag


@add_action(MainAction.NOTE, "Ctrl+Shift+N")
def _note(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Ескертпе…")
    return make_action(window, text, window.marking.edit_note)


@add_action(MainAction.BOOKMARK, "Ctrl+B")
def _bookmark(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Осы жерге бетбелгі қою")
    return make_action(window, text, window.marking.bookmark_here)


def _unique(*shortcuts: Shortcut) -> list[QtGui.QKeySequence]:
    """Each key once: a platform's standard key may equal our own, and a repeated key is ambiguous."""
    sequences: list[QtGui.QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, StandardKey):
            sequence = QtGui.QKeySequence(getattr(QtGui.QKeySequence.StandardKey, shortcut))
        else:
            sequence = QtGui.QKeySequence(shortcut)
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    return sequences


@add_action(MainAction.UNDO, KEY.Undo, "Ctrl+Z")
def _undo(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Болдырмау")
    stack = window.annotations.undo_stack
    action = stack.createUndoAction(window, text)
    action.triggered.connect(  # after the stack's own undo: the command undone is now the next one
        lambda: window.tell(
            QCoreApplication.translate("MainWindow", "Кері қайтарылды: %1").replace("%1", stack.text(stack.index()))
        )
    )
    window.addAction(action)
    return action


@add_action(MainAction.REDO, KEY.Redo, "Ctrl+Shift+Z")
def _redo(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Қайтару")
    stack = window.annotations.undo_stack
    action = stack.createRedoAction(window, text)
    action.triggered.connect(  # after the stack's own redo: the command redone is the one before the index
        lambda: window.tell(
            QCoreApplication.translate("MainWindow", "Қайта жасалды: %1").replace("%1", stack.text(stack.index() - 1))
        )
    )
    window.addAction(action)
    return action


# -- view -----------------------------------------------------------------------------------------
@add_action(MainAction.ZOOM_IN, KEY.ZoomIn, "Ctrl+=")
def _zoom_in(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Үлкейту")
    return make_action(window, text, window.reading_pane.zoom_in)


@add_action(MainAction.ZOOM_OUT, KEY.ZoomOut)
def _zoom_out(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Кішірейту")
    return make_action(window, text, window.reading_pane.zoom_out)


@add_action(MainAction.ZOOM_RESET, "Ctrl+0")
def _zoom_reset(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Қалыпты өлшем")
    return make_action(window, text, window.reading_pane.reset_zoom)


@add_action(MainAction.LATIN, "Ctrl+L")
def _latin(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Латын әліпбиі")
    action = make_action(window, text, window.set_latin_script, checkable=True, checked=window.latin)
    action.setIcon(icons.icon("fa6s.language", "#888888"))
    action.setToolTip(QCoreApplication.translate("MainWindow", "Мақаланы латын әліпбиімен көрсету (Ctrl+L)"))
    return action


@add_action(MainAction.SIDEBAR, "F9")
def _sidebar(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Бөлімдер тізімі")
    # The list follows the action's state: a C++ slot taken bare is called without the flag.
    action = make_action(window, text, lambda: window.sidebar.setVisible(action.isChecked()), checkable=True)
    action.setChecked(window.sidebar.isVisibleTo(window))
    return action


@add_action(MainAction.FULLSCREEN, KEY.FullScreen, "F11")
def _fullscreen(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Толық экран")
    return make_action(window, text, lambda on: window.showFullScreen() if on else window.showNormal(), checkable=True)


# -- reading aloud (desktop/ui/speech: loaded on first use) ------------------------------------------
@add_action(MainAction.READ_ALOUD, "F5")
def _read_aloud(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Дауыстап оқу")
    action = make_action(window, text, lambda: _read_aloud_do(window, "toggle"), checkable=True)
    action.setIcon(icons.icon("fa6s.volume-high", "#888888"))
    action.setToolTip(QCoreApplication.translate("MainWindow", "Мақаланы қазақша дауыстап оқу (F5)"))
    return action


def _read_aloud_do(window: MainWindow, method: str, *args: int) -> None:
    """Call the window's read-aloud controller, made (with the speech modules) on first use."""
    getattr(window.read_aloud, method)(*args)


def _speech_control(window: MainWindow, text: str, method: str, icon: str, *args: int) -> QAction:
    """A control that acts while reading aloud only (its key is the pane's own key otherwise)."""
    action = make_action(window, text, lambda: _read_aloud_do(window, method, *args))
    action.setIcon(icons.icon(icon, "#888888"))
    action.setEnabled(False)
    return action


@add_action(MainAction.READ_PAUSE, "Space")
def _read_pause(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Кідірту / жалғастыру")
    return _speech_control(window, text, "pause_or_resume", "fa6s.pause")


@add_action(MainAction.READ_STOP, "Esc")
def _read_stop(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Оқуды тоқтату")
    return _speech_control(window, text, "stop", "fa6s.stop")


@add_action(MainAction.READ_PREVIOUS, "Alt+Left")
def _read_previous(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Алдыңғы сөйлем")
    return _speech_control(window, text, "step", "fa6s.backward-step", -1)


@add_action(MainAction.READ_NEXT, "Alt+Right")
def _read_next(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Келесі сөйлем")
    return _speech_control(window, text, "step", "fa6s.forward-step", 1)


@add_action(MainAction.WORD_CARD, "Ctrl+I")
def _word_card(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Бұл сөз туралы")
    return make_action(window, text, lambda: window.show_word_card())  # noqa: PLW0108 - not the checked flag


# -- go -------------------------------------------------------------------------------------------
@add_action(MainAction.NEXT_SECTION, "Ctrl+PgDown", "Alt+Down")
def _next_section(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Келесі бөлім")
    return make_action(window, text, lambda: window.navigation.step_section(1))


@add_action(MainAction.PREVIOUS_SECTION, "Ctrl+PgUp", "Alt+Up")
def _previous_section(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Алдыңғы бөлім")
    return make_action(window, text, lambda: window.navigation.step_section(-1))


@add_action(MainAction.FOCUS_SIDEBAR, "Ctrl+1")
def _focus_sidebar(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Бөлімдер тізіміне өту")
    return make_action(window, text, window.sidebar.setFocus)


@add_action(MainAction.FOCUS_TEXT, "Ctrl+2")
def _focus_text(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Мәтінге өту")
    return make_action(window, text, window.reading_pane.setFocus)


# -- help -----------------------------------------------------------------------------------------
@add_action(MainAction.ABOUT, KEY.HelpContents, "F1")
def _about(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Бағдарлама туралы")
    return make_action(window, text, window.files.about)


@add_action(MainAction.ABOUT_QT)
def _about_qt(window: MainWindow) -> QAction:
    return make_action(window, QCoreApplication.translate("MainWindow", "Qt туралы"), QApplication.aboutQt)


# -- search ---------------------------------------------------------------------------------------
@add_action(MainAction.FIND, KEY.Find, "Ctrl+F")
def _find(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Іздеу…")
    return make_action(window, text, window.searching.focus_search)


@add_action(MainAction.FIND_NEXT, KEY.FindNext, "F3")
def _find_next(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Келесі нәтиже")
    return make_action(window, text, window.searching.next_hit)


@add_action(MainAction.FIND_PREVIOUS, KEY.FindPrevious, "Shift+F3")
def _find_previous(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Алдыңғы нәтиже")
    return make_action(window, text, window.searching.previous_hit)


@add_action(MainAction.RELATED, "Alt+R")
def _related(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Түбірлес сөздерді де табу")
    on = window.preferences.search_related
    action = make_action(window, text, window.searching.apply_search_options, checkable=True, checked=on)
    action.setToolTip(
        QCoreApplication.translate("MainWindow", "дос → достық, оқу → оқушы: сөздің өз тұлғаларынан кейін")
    )
    return action


@add_action(MainAction.FORM_ONLY, "Alt+W")
def _form_only(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Тек осы тұлғасын табу")
    on = window.preferences.search_form_only
    action = make_action(window, text, window.searching.apply_search_options, checkable=True, checked=on)
    action.setToolTip(
        QCoreApplication.translate("MainWindow", "сапарын сапарды таппайды: сөздің басқа тұлғалары ізделмейді")
    )
    return action


@add_action(MainAction.RESULTS, "Ctrl+Shift+F")
def _results(window: MainWindow) -> QAction:
    action = window.results_dock.toggleViewAction()  # the dock's own, so it follows the dock
    action.setText(QCoreApplication.translate("MainWindow", "Іздеу нәтижелері"))
    window.addAction(action)
    return action


@add_action(MainAction.EXPORT_NOTES, "Ctrl+Shift+E")
def _export_notes(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Белгілерді экспорттау…")
    return make_action(window, text, window.marking.export_notes_dialog)


@add_action(MainAction.IMPORT_NOTES, "Ctrl+Shift+I")
def _import_notes(window: MainWindow) -> QAction:
    text = QCoreApplication.translate("MainWindow", "Белгілерді импорттау…")
    return make_action(window, text, window.marking.import_notes_dialog)


@add_action(MainAction.NOTES_PANEL, "Ctrl+Shift+M")
def _notes_panel(window: MainWindow) -> QAction:
    action = window.notes_dock.toggleViewAction()  # the dock's own, so it follows the dock
    action.setText(QCoreApplication.translate("MainWindow", "Белгілер тізімі"))
    window.addAction(action)
    return action


# -- choices --------------------------------------------------------------------------------------
def create_theme_actions(window: MainWindow) -> dict[Theme, QAction]:
    """One checkable action per colour scheme, exclusive (keys: THEME_SHORTCUTS)."""
    names = {
        Theme.SYSTEM: QCoreApplication.translate("MainWindow", "Жүйеге сәйкес"),
        Theme.LIGHT: QCoreApplication.translate("MainWindow", "Ашық"),
        Theme.DARK: QCoreApplication.translate("MainWindow", "Күңгірт"),
        Theme.SEPIA: QCoreApplication.translate("MainWindow", "Сепия"),
    }
    group = QtGui.QActionGroup(window)
    group.setExclusive(True)
    found: dict[Theme, QAction] = {}
    for theme, name in names.items():
        action = make_action(window, name, lambda _=False, t=theme: window.appearance.apply_theme(t), checkable=True)
        action.setData(theme.value)
        group.addAction(action)
        found[theme] = action
    return found


def _change_language(window: MainWindow, choice: str) -> None:
    from desktop.ui.mainwindow.language import change_language  # when first chosen

    change_language(window, choice)


def create_language_actions(window: MainWindow) -> dict[str, QAction]:
    """One checkable action per interface language, and one to follow the system."""
    group = QtGui.QActionGroup(window)
    group.setExclusive(True)
    found: dict[str, QAction] = {}
    choices = [(translations.SYSTEM, QCoreApplication.translate("MainWindow", "Жүйеге сәйкес"))]
    for code, name in [*choices, *translations.LANGUAGES.items()]:
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == window.preferences.language)
        action.triggered.connect(lambda _=False, c=code: _change_language(window, c))
        group.addAction(action)
        found[code] = action
    return found
