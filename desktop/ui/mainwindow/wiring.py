"""Every signal between the window's parts, wired in one place.

Each part says what happened by its own signals and knows none of the others' (see
docs/architecture.md); here the window connects them: what the library, the files, the marking
and the search ask for, the text's scrolling to the sidebar and the session, messages to the
status bar and to screen readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from desktop.ui.mainwindow.actions import MainAction

if TYPE_CHECKING:
    from desktop.ui.mainwindow.window import MainWindow


def connect(window: MainWindow) -> None:
    """Connect the window's parts to each other and to the window."""
    pane, view, navigation = window.reading_pane, window.article_view, window.navigation
    pane.firstPainted.connect(lambda: QTimer.singleShot(0, window.after_first_paint))
    view.rebuilt.connect(window.notes.article_changed)
    view.rebuilt.connect(window.searching.article_changed)
    view.titleChanged.connect(window.setWindowTitle)
    window.appearance.repainted.connect(window.searching.paint)  # highlights are painted in theme colours too

    library, page = window.library, window.library_page
    library.changed.connect(page.on_library_changed)
    library.problem.connect(page.tell_library_problem)
    library.unavailable.connect(page.tell_library_unavailable)
    library.indexRebuilt.connect(page.tell_index_rebuilt)
    library.busy.connect(page.show_library_progress)
    library.added.connect(page.report_added)
    page.articleChosen.connect(window.show_article)
    page.latinChosen.connect(window.set_latin_script)
    page.resultsReady.connect(window.searching.show_results_widget)
    page.sectionAsked.connect(navigation.go_to_section)
    page.pageShown.connect(lambda on: window.action(MainAction.LIBRARY).setChecked(on))
    page.fileDropped.connect(window.files.open_path)
    page.told.connect(window.tell)

    marking = window.marking
    window.annotations.changed.connect(marking.paint_marks)
    window.annotations.changedOne.connect(marking.paint_one_mark)
    window.annotations.storageProblem.connect(marking.tell_storage_problem)
    pane.selectionMade.connect(marking.offer_bar_for_selection)
    pane.markClicked.connect(marking.offer_bar_for_mark)
    pane.barDismissed.connect(marking.hide_bar)
    pane.customContextMenuRequested.connect(marking.show_text_menu)
    marking.told.connect(window.tell)
    marking.announced.connect(window.announce)
    marking.wordCardAsked.connect(window.show_word_card)

    window.sidebar.clicked.connect(navigation.on_sidebar_activated)
    window.sidebar.activated.connect(navigation.on_sidebar_activated)
    pane.currentSectionChanged.connect(navigation.on_pane_section_changed)
    pane.progressChanged.connect(lambda _: navigation.update_status())
    pane.fontSizeChanged.connect(lambda _: navigation.update_status())
    navigation.announced.connect(window.announce)
    pane.verticalScrollBar().valueChanged.connect(lambda _: window.session.save_soon())
    window.session.positionSaved.connect(page.record_reading)
    window.session.sectionAsked.connect(navigation.go_to_section)
    window.session.settingsUnwritable.connect(lambda path: _tell_settings_unwritable(window, path))
    window.files.articleLoaded.connect(lambda article, path, rest: window.show_article(article, path, None, rest))
    window.files.fileOpened.connect(lambda path: page.add_to_library([path]))
    window.files.told.connect(window.tell)
    window.articleWhole.connect(window.files.article_whole)

    found = window.searching
    found.told.connect(window.tell)
    found.announced.connect(window.announce)
    found.notesAsked.connect(lambda: window.notes.show_matching(window.search.query()))
    box, bar = window.search_box, window.search_bar
    box.textChanged.connect(found.on_query_changed)
    box.textEdited.connect(found.complete_word)
    box.nextRequested.connect(found.next_hit)
    box.previousRequested.connect(found.previous_hit)
    box.escapePressed.connect(found.clear_search)
    bar.next_button.clicked.connect(found.next_hit)
    bar.previous_button.clicked.connect(found.previous_hit)
    bar.scopeChanged.connect(found.set_search_scope)
    window.search.resultChanged.connect(found.show_result)
    window.search.indexProgress.connect(lambda percent: _show_search_progress(window, percent))
    window.search.indexProgress.connect(found.tell_waiting)
    window.search.indexReady.connect(found.complete_when_ready)
    window.results_dock.visibilityChanged.connect(found.on_dock_visibility)
    window.search.currentChanged.connect(found.show_current)


def _tell_settings_unwritable(window: MainWindow, path: str) -> None:
    """Said (and shown in the status bar) for longer than a message: the settings stay in memory until the window
    closes."""
    message = QCoreApplication.translate("MainWindow", "Баптаулар сақталмайды: %1 файлына жазу мүмкін емес")
    window.tell(message.replace("%1", path), 15_000)


def _show_search_progress(window: MainWindow, percent: int) -> None:
    """A search waits: for the text's index, or, while a book is still read, for the book (how much of it is read,
    not the index's 0%: typing again while a book was read set the counter back to "indexing 0%")."""
    rest = window.article_view.rest
    if window.search.held and rest is not None and rest.reading:
        window.search_bar.show_reading(rest.percent)
    else:
        window.search_bar.show_progress(percent)
