"""The floating bar: over selected words it highlights, underlines, notes and copies; over a highlight it edits it."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui import note_dialog, themes
from desktop.ui.themes import Theme


@pytest.fixture
def window(make_window):
    return make_window()


def select_and_release(window, qtbot, passage: int, word: str) -> None:
    """Select a word as a drag would, then let go of the mouse at its end."""
    pane = window.reading_pane
    start = pane.passage_text(passage).index(word)
    cursor = pane.passage_cursor(passage, start, start + len(word))
    pane.setTextCursor(cursor)
    qtbot.mouseRelease(pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cursor).center())


def click_on(window, qtbot, passage: int, word: str) -> None:
    pane = window.reading_pane
    start = pane.passage_text(passage).index(word)
    inside = pane.passage_cursor(passage, start + 2, start + 2)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(inside).center())


def test_letting_go_over_selected_words_offers_the_bar_and_a_colour_highlights_them(window, qtbot):
    select_and_release(window, qtbot, 2, "Reuters")
    bar = window.marking.selection_bar
    assert bar.isVisible() and not bar.delete_button.isVisible()
    pane = window.reading_pane
    start = pane.passage_text(2).index("Reuters")
    first, last = pane.passage_cursor(2, start, start), pane.passage_cursor(2, start + 7, start + 7)
    words = pane.cursorRect(first).united(pane.cursorRect(last))
    assert not bar.geometry().intersects(words)  # never over the words it acts on
    assert pane.viewport().rect().contains(bar.geometry())
    assert bar.parentWidget() is window.reading_pane.viewport()
    colors = themes.ANNOTATION_COLORS[Theme.LIGHT]
    assert bar.color_buttons["green"].icon().pixmap(18, 18).toImage().pixelColor(9, 9).name() == colors["green"]
    bar.color_buttons["green"].click()
    assert not bar.isVisible()
    [annotation] = window.annotations.annotations
    assert (annotation.quote, annotation.color, annotation.style) == ("Reuters", "green", "highlight")


def test_the_bar_underlines_and_copies_the_selection(window, qtbot):
    select_and_release(window, qtbot, 2, "Reuters")
    window.marking.selection_bar.copy_button.click()
    assert QApplication.clipboard().text().startswith("Reuters")
    select_and_release(window, qtbot, 2, "Reuters")
    window.marking.selection_bar.underline_button.click()
    assert window.annotations.annotations[0].style == "underline"


def test_clicking_a_highlight_offers_recolour_note_and_delete(window, qtbot, monkeypatch):
    select_and_release(window, qtbot, 2, "Reuters")
    window.marking.selection_bar.color_buttons["yellow"].click()
    click_on(window, qtbot, 2, "Reuters")
    bar = window.marking.selection_bar
    assert bar.isVisible() and bar.delete_button.isVisible()
    bar.color_buttons["pink"].click()
    assert window.annotations.annotations[0].color == "pink"
    monkeypatch.setattr(note_dialog, "ask_note", lambda *args: ("агенттік", True))
    click_on(window, qtbot, 2, "Reuters")
    bar.note_button.click()
    assert window.annotations.annotations[0].note == "агенттік"
    click_on(window, qtbot, 2, "Reuters")
    bar.delete_button.click()
    assert window.annotations.annotations == []
    window.annotations.undo_stack.undo()
    assert [a.quote for a in window.annotations.annotations] == ["Reuters"]


def test_a_click_elsewhere_a_key_or_a_scroll_hides_the_bar(window, qtbot):
    select_and_release(window, qtbot, 2, "Reuters")
    bar = window.marking.selection_bar
    qtbot.mouseClick(window.reading_pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not bar.isVisible()
    select_and_release(window, qtbot, 2, "Reuters")
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    select_and_release(window, qtbot, 2, "Reuters")
    window.reading_pane.verticalScrollBar().setValue(window.reading_pane.verticalScrollBar().value() + 40)
    assert not bar.isVisible()
