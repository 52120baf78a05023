"""The notes dock part alone: the list built when first shown, filtered, and a note's place shown in a bare window."""

import pytest
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop.content.shown import ShownArticle
from desktop.ui import themes
from desktop.ui.annotations import AnnotationsController
from desktop.ui.lazy_qt import Qt
from desktop.ui.mainwindow.notes_dock import NotesDock
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.themes import Theme


@pytest.fixture
def parts(qtbot, article, reading_font, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    pane = ReadingPane(article, reading_font, window)
    pane.rebuild(themes.COLORS[Theme.LIGHT])
    window.setCentralWidget(pane)
    dock = QDockWidget("notes", window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    annotations = AnnotationsController(tmp_path / "notes.sqlite3", window)
    annotations.load("bundled", article)
    shown = {"now": ShownArticle(article, False)}
    notes = NotesDock(dock, annotations, pane, lambda: shown["now"], lambda: Theme.LIGHT)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    yield notes, annotations, pane, shown
    del window  # the part's parent: kept until the test is over


def _highlight(annotations, pane, passage: int, word: str) -> str:
    start = pane.passage_text(passage).index(word)
    annotations.add_highlight(passage, start, start + len(word))
    return annotations.annotations[-1].uuid


def _rows(notes) -> list[str]:
    model = notes.panel.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def test_the_list_is_built_when_the_dock_is_first_shown_and_lists_the_notes(parts, qtbot):
    notes, annotations, pane, _shown = parts
    _highlight(annotations, pane, 2, "Reuters")
    assert notes.dock.widget() is None  # nothing built while the dock is hidden
    notes.dock.show()
    qtbot.waitUntil(lambda: notes.dock.widget() is notes.panel)
    assert len(_rows(notes)) == 1 and "Reuters" in _rows(notes)[0]


def test_notes_matching_a_search_open_the_dock_filtered(parts, qtbot):
    notes, annotations, pane, _shown = parts
    _highlight(annotations, pane, 2, "Reuters")
    _highlight(annotations, pane, 8, "Ресейге")
    notes.show_matching("  ресейге ")
    assert notes.dock.isVisible() and notes.dock.toggleViewAction().isChecked()
    assert notes.panel.filter_text.text() == "ресейге"
    qtbot.waitUntil(lambda: len(_rows(notes)) == 1)
    assert "Ресейге" in _rows(notes)[0]


def test_going_to_a_note_selects_its_words_in_the_text(parts):
    notes, annotations, pane, _shown = parts
    key = _highlight(annotations, pane, 8, "Ресейге")
    pane.verticalScrollBar().setValue(0)
    notes.go_to_annotation(key)
    assert pane.textCursor().selectedText() == "Ресейге"


def test_in_the_latin_alphabet_the_list_and_the_selection_follow_the_shown_text(parts, article):
    notes, annotations, pane, shown = parts
    key = _highlight(annotations, pane, 8, "Ресейге")
    assert _rows(notes)  # the list, built in the Cyrillic alphabet
    shown["now"] = ShownArticle(article, True)
    pane.set_article(shown["now"].text, themes.COLORS[Theme.LIGHT])
    notes.article_changed()
    notes.go_to_annotation(key)
    assert pane.textCursor().selectedText() == "Reseige"
