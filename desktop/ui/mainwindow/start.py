"""What the window leaves until after its first paint: imported then, so the first screen does not pay for it.

The first screen shows the text, the sidebar, the search bar and the menus' titles; everything
else (the icon, the docks' place, the context menu, the menus' contents and the keys, the focus
rings, the notes, the library) comes here, in one place, once the text has painted (or a moment
after the window was shown, when it does not paint: minimised, or under the library page).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QSizeGrip

from desktop.ui import word_snap
from desktop.ui.accessibility import DockFocus, name_dock_buttons, name_line_edit_buttons
from desktop.ui.lazy_qt import Qt
from desktop.ui.mainwindow.actions import (
    MainAction,
    attach_shortcuts,
    create_actions,
    create_language_actions,
    create_theme_actions,
)
from desktop.ui.mainwindow.menus import fill_menus
from desktop.ui.resources import app_icon

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.ui.mainwindow.window import MainWindow


def finish_start(window: MainWindow) -> None:
    """The application's icon, the docks' place, the context menu, keyboard navigation in the
    sidebar, the menus and keys, the library's progress bar, the notes, the focus rings, the library.

    The article's search index is started last: its worker thread takes the interpreter from the
    steps after it (twice as long at 32 MiB). A book's notes and index come after the rest, each
    step in an event of its own (its notes wait for its hash anyway): no event of the start takes
    100 ms, the budget of a responsive window.
    """
    if QApplication.windowIcon().isNull():
        # The window manager draws it, not the window: it can come a frame later, and the
        # first window to start gives it to every window and dialog after. Loading it loads
        # Qt's SVG icon engine and libQt6Svg (1 ms), which the first paint does not use.
        QApplication.setWindowIcon(app_icon())
    for dock in (window.results_dock, window.notes_dock):
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea:  # no saved place
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
    window.reading_pane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.navigation.follow_keys()
    window.reading_pane.cursorPositionChanged.connect(window.marking.on_caret_moved)
    window.statusBar().addPermanentWidget(window.library_page.progress_bar())
    window.named_actions.update(
        create_actions(window, [name for name in MainAction if name not in window.named_actions])
    )
    window.appearance.set_theme_actions(create_theme_actions(window))
    window.language_actions = create_language_actions(window)
    fill_menus(window)
    window.search_toolbar.addAction(window.action(MainAction.READ_ALOUD))
    word_snap.install(window)  # whole-word selection, the word card on a double-click
    window.searching.apply_search_options()
    attach_shortcuts(window.named_actions, window.appearance.theme_actions)
    window.appearance.finish_start([window.reading_pane, window.sidebar])
    name_for_screen_readers(window)
    steps: list[Callable[[], object]] = [window.load_annotations, window.search.prepare]
    if window.use_library:
        steps.append(window.library_page.open_library)
    if not window.reading_pane.long_text:
        for step in steps:
            step()
        return
    # A book: each step in an event of its own, the notes' store opened while the book's hash is
    # worked out, and the index's worker (which then shares the interpreter) started after them.
    steps = [_import_notes, window.load_annotations, window.annotations.open_store, *steps[1:]]
    _run_in_turn(window, steps)


def _import_notes() -> None:
    """The notes' modules (SQLite's among them), imported in an event of their own: tens of milliseconds."""
    import desktop.userdata.annotations  # noqa: F401


def _run_in_turn(window: MainWindow, steps: list[Callable[[], object]]) -> None:
    """Each step in the next event of the window's (none once it is gone)."""
    if steps:
        QTimer.singleShot(0, window, lambda: _run_step(window, steps))


def _run_step(window: MainWindow, steps: list[Callable[[], object]]) -> None:
    try:
        steps[0]()
    finally:  # a step that fails (reported by the excepthook) leaves the others to run
        _run_in_turn(window, steps[1:])


def name_for_screen_readers(window: MainWindow) -> None:
    """Name what Qt builds unnamed: the search box's clear button, the docks' buttons, the split handle;
    a dock opened by its key takes the focus, and gives it back to the text as it closes."""
    name_line_edit_buttons(window.search_box)
    for dock in (window.results_dock, window.notes_dock):
        name_dock_buttons(dock)
        DockFocus(dock, window.reading_pane)
    window.splitter.handle(1).setAccessibleName(
        QCoreApplication.translate("MainWindow", "Бөлімдер тізімі мен мәтіннің арасы")
    )
    for grip in window.statusBar().findChildren(QSizeGrip):
        grip.setAccessibleName(QCoreApplication.translate("MainWindow", "Терезенің өлшемі"))
