"""The marking part alone: a reading pane, the annotations and a bare window, without the main window."""

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.content.shown import ShownArticle
from desktop.ui import themes
from desktop.ui.annotations import AnnotationsController
from desktop.ui.mainwindow.files import Files, OpenArticle
from desktop.ui.mainwindow.marking import Marking
from desktop.ui.preferences import Preferences
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.themes import Theme


@pytest.fixture
def parts(qtbot, article, reading_font, settings_path, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    pane = ReadingPane(article, reading_font, window)
    window.setCentralWidget(pane)
    pane.rebuild(themes.COLORS[Theme.LIGHT])  # the text is laid out as the window does it, with a theme
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    preferences = Preferences(settings_path)
    now = lambda: OpenArticle(article, ShownArticle(article, False), None)  # noqa: E731
    annotations = AnnotationsController(tmp_path / "notes.sqlite3", window)
    files = Files(window, preferences, pane, now, list)
    marking = Marking(
        window, annotations, pane, preferences=preferences, files=files, current=now, theme=lambda: Theme.LIGHT
    )
    annotations.changed.connect(marking.paint_marks)
    annotations.changedOne.connect(marking.paint_one_mark)
    annotations.load("bundled", article)
    yield marking, pane, annotations
    del window  # the parts' parent: kept until the test is over


def _select(pane: ReadingPane, passage: int, word: str) -> None:
    start = pane.passage_text(passage).index(word)
    pane.setTextCursor(pane.passage_cursor(passage, start, start + len(word)))


def test_a_selection_is_highlighted_stored_and_painted_in_the_theme_colour(parts):
    marking, pane, annotations = parts
    _select(pane, 2, "Reuters")
    assert marking.highlight_selection("blue")
    (annotation,) = annotations.annotations
    assert (annotation.quote, annotation.passage, annotation.color) == ("Reuters", 2, "blue")
    blue = themes.ANNOTATION_COLORS[Theme.LIGHT]["blue"]
    assert [(s.cursor.selectedText(), s.format.background().color().name()) for s in pane.extraSelections()] == [
        ("Reuters", blue)
    ]


def test_with_nothing_selected_nothing_is_highlighted_and_the_reader_is_told_why(parts):
    marking, _, annotations = parts
    told = []
    marking.told.connect(lambda message, timeout: told.append(message))
    assert not marking.highlight_selection()
    assert annotations.annotations == [] and told == ["Алдымен мәтіннен бір бөлікті белгілеңіз"]


def test_a_bookmark_is_named_and_listed_in_the_bookmarks_menu(parts):
    marking, _, annotations = parts
    told = []
    marking.told.connect(lambda message, timeout: told.append(message))
    marking.bookmark_here()
    (bookmark,) = annotations.annotations
    assert told == [f"Бетбелгі қойылды: {bookmark.name}"]
    menu = QMenu()
    marking.fill_bookmarks_menu(menu)
    assert [action.text() for action in menu.actions()] == [bookmark.name]


def test_the_word_card_is_asked_for_from_the_context_menu_at_the_place_clicked(parts):
    marking, pane, _ = parts
    asked = []
    marking.wordCardAsked.connect(asked.append)
    start = pane.passage_text(2).index("Reuters")
    point = pane.cursorRect(pane.passage_cursor(2, start + 1)).center()
    menu = marking.text_menu(point)
    (card,) = [action for action in menu.actions() if action.text() == "Бұл сөз туралы"]
    card.trigger()
    assert len(asked) == 1 and asked[0][0] == 2
