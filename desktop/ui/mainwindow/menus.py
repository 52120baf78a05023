"""The menu bar and the search options menu, laid out from the action registry by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from desktop.ui.mainwindow.actions import MainAction

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop.ui.mainwindow.window import MainWindow

SEPARATOR = None
A = MainAction

FILE_MENU = [
    A.BUNDLED, SEPARATOR, A.ADD_TO_LIBRARY, A.ADD_FOLDER_TO_LIBRARY, SEPARATOR,
    A.EXPORT, A.PRINT, A.EXPORT_HIGHLIGHTS, SEPARATOR, A.EXPORT_NOTES, A.IMPORT_NOTES,
]  # fmt: skip
EDIT_MENU = [
    A.UNDO, A.REDO, SEPARATOR, A.COPY, A.SELECT_ALL, SEPARATOR, A.HIGHLIGHT, A.NOTE, SEPARATOR, A.CITE, A.WORD_CARD,
]  # fmt: skip
SEARCH_MENU = [A.FIND, A.FIND_NEXT, A.FIND_PREVIOUS, SEPARATOR, A.RELATED, A.FORM_ONLY, SEPARATOR, A.RESULTS]
GO_MENU = [A.LIBRARY, SEPARATOR, A.NEXT_SECTION, A.PREVIOUS_SECTION, SEPARATOR, A.FOCUS_SIDEBAR, A.FOCUS_TEXT]
HELP_MENU = [A.ABOUT, A.ABOUT_QT]
SEARCH_OPTIONS = [A.RELATED, A.FORM_ONLY]


def _fill(window: MainWindow, menu: QMenu, names: Sequence[MainAction | None]) -> None:
    for name in names:
        if name is SEPARATOR:
            menu.addSeparator()
        else:
            menu.addAction(window.action(name))


def create_menu_bar(window: MainWindow) -> None:
    """The menu bar's menus, empty: the first screen shows their titles, and fill_menus() fills
    them once the window has painted (a menu is opened after that, not before)."""
    bar = window.menuBar()
    window.menus = {
        "file": bar.addMenu(QCoreApplication.translate("MainWindow", "&Файл")),
        "edit": bar.addMenu(QCoreApplication.translate("MainWindow", "&Өңдеу")),
        "view": bar.addMenu(QCoreApplication.translate("MainWindow", "&Көрініс")),
        "search": bar.addMenu(QCoreApplication.translate("MainWindow", "&Іздеу")),
        "go": bar.addMenu(QCoreApplication.translate("MainWindow", "Ө&ту")),
        "help": bar.addMenu(QCoreApplication.translate("MainWindow", "&Анықтама")),
    }


def fill_menus(window: MainWindow) -> None:
    """Every action in its menu, and the search options under the search bar's button."""
    from desktop.ui.speech.bar import fill_read_aloud_menu  # after the first paint, as this is

    file_menu = window.menus["file"]
    file_menu.addAction(window.action(A.OPEN))
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Соңғы файлдар"))
    recent_menu = window.recent_menu
    recent_menu.aboutToShow.connect(lambda: window.files.fill_recent_menu(recent_menu))
    window.files.fill_recent_menu(recent_menu)
    _fill(window, file_menu, FILE_MENU)
    _fill(window, file_menu, [SEPARATOR, A.QUIT])

    _fill(window, window.menus["edit"], EDIT_MENU)

    view_menu = window.menus["view"]
    _fill(window, view_menu, [A.ZOOM_IN, A.ZOOM_OUT, A.ZOOM_RESET, SEPARATOR])
    view_menu.addMenu(QCoreApplication.translate("MainWindow", "Түс схемасы")).addActions(
        list(window.appearance.theme_actions.values())
    )
    view_menu.addMenu(QCoreApplication.translate("MainWindow", "Интерфейс тілі")).addActions(
        list(window.language_actions.values())
    )
    _fill(window, view_menu, [A.LATIN, SEPARATOR, A.SIDEBAR, A.NOTES_PANEL, A.FULLSCREEN, SEPARATOR])
    fill_read_aloud_menu(window, view_menu.addMenu(QCoreApplication.translate("MainWindow", "Дауыстап оқу")))

    _fill(window, window.menus["search"], SEARCH_MENU)
    options = QMenu(window.search_bar.options_button)
    _fill(window, options, SEARCH_OPTIONS)
    window.search_bar.options_button.setMenu(options)

    go_menu = window.menus["go"]
    _fill(window, go_menu, GO_MENU)
    go_menu.addSeparator()
    go_menu.addAction(window.action(A.BOOKMARK))
    window.bookmarks_menu = go_menu.addMenu(QCoreApplication.translate("MainWindow", "Бетбелгілер"))
    bookmarks_menu = window.bookmarks_menu
    bookmarks_menu.aboutToShow.connect(lambda: window.marking.fill_bookmarks_menu(bookmarks_menu))
    _fill(window, window.menus["help"], HELP_MENU)
