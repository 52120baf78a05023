"""Sidebar and reading pane follow each other; the status bar tells where the reader is."""

import pytest
from PySide6.QtCore import Qt

from desktop.ui.mainwindow import MainAction
from desktop.ui.section_model import SectionListModel


def _sidebar_section(window) -> str:
    return window.sidebar.currentIndex().data(SectionListModel.SectionIdRole)


@pytest.mark.parametrize("section_id", ["west", "usa", "europe", "russia", "central-asia"])
def test_clicking_a_section_scrolls_its_heading_to_the_top(make_window, qtbot, section_id):
    window = make_window()
    model = window.section_model
    rect = window.sidebar.visualRect(model.index(model.row_of(section_id)))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = window.reading_pane
    top = pane.section_top(section_id)
    assert 0 <= top - pane.verticalScrollBar().value() <= 20
    assert pane.current_section() == section_id
    assert window.navigation.section_label.text() == window.article.section(section_id).heading


def test_the_last_section_is_current_after_clicking_it_even_if_it_cannot_reach_the_top(make_window, qtbot):
    window = make_window()
    window.navigation.go_to_section("conclusion")
    assert window.reading_pane.current_section() == "conclusion"
    assert _sidebar_section(window) == "conclusion"


def test_scrolling_the_text_highlights_the_section_in_view(make_window, qtbot):
    window = make_window()
    pane = window.reading_pane
    bar = pane.verticalScrollBar()
    bar.setValue(int(pane.section_top("europe")) + 5)
    assert pane.current_section() == "europe"
    assert _sidebar_section(window) == "europe"
    bar.setValue(int(pane.section_top("usa")) + 5)
    assert _sidebar_section(window) == "usa"
    bar.setValue(0)
    assert _sidebar_section(window) == "intro"


def test_scroll_spy_does_not_move_the_text(make_window):
    window = make_window()
    bar = window.reading_pane.verticalScrollBar()
    target = int(window.reading_pane.section_top("russia")) + 40
    bar.setValue(target)
    assert bar.value() == target


def test_keyboard_in_the_sidebar_navigates(make_window, qtbot):
    window = make_window()
    window.sidebar.setFocus()
    window.sidebar.setCurrentIndex(window.section_model.index(0))
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.reading_pane.current_section() == "usa"


def test_next_and_previous_section_actions(make_window):
    window = make_window()
    window.action(MainAction.NEXT_SECTION).trigger()
    assert window.reading_pane.current_section() == "west"
    window.action(MainAction.NEXT_SECTION).trigger()
    window.action(MainAction.PREVIOUS_SECTION).trigger()
    assert window.reading_pane.current_section() == "west"
    window.action(MainAction.PREVIOUS_SECTION).trigger()
    window.action(MainAction.PREVIOUS_SECTION).trigger()
    assert window.reading_pane.current_section() == "intro"


def test_progress_goes_from_zero_to_hundred(make_window):
    window = make_window()
    bar = window.reading_pane.verticalScrollBar()
    assert window.navigation.progress_label.text().endswith("0%")
    bar.setValue(bar.maximum() // 2)
    assert window.navigation.progress_label.text().endswith(f"{round(100 * bar.value() / bar.maximum())}%")
    bar.setValue(bar.maximum())
    assert window.navigation.progress_label.text().endswith("100%")


def test_start_section_from_the_command_line(make_window):
    window = make_window(start_section="russia")
    assert window.reading_pane.current_section() == "russia"
    assert _sidebar_section(window) == "russia"


# -- the caret goes where the reader went ---------------------------------------------------------


def _caret(window) -> int:
    return window.reading_pane.textCursor().position()


def _heading_position(window, section_id: str) -> int:
    pane = window.reading_pane
    return pane.document().findBlockByNumber(pane._section_blocks[section_id]).position()


def _accessible_caret(widget) -> int:
    from PySide6.QtGui import QAccessible

    text = QAccessible.queryAccessibleInterface(widget).textInterface()
    assert text is not None, "the reading pane exposes its text"
    return text.cursorPosition()


def test_alt_down_and_ctrl_pgdown_put_the_caret_at_the_section_and_say_where(make_window, qtbot):
    window = make_window()
    pane = window.reading_pane
    pane.setFocus()
    told = []
    window.announced.connect(told.append)
    for _ in range(2):
        qtbot.keyClick(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(pane, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert pane.current_section() == "europe"
    assert _caret(window) == _accessible_caret(pane) == _heading_position(window, "europe")
    assert told[-1] == "Еуропа, 4-бөлім, барлығы 7"
    top = pane.verticalScrollBar().value()
    assert 0 <= pane.section_top("europe") - top <= 20, "the heading stays at the top"
    qtbot.keyClick(pane, Qt.Key.Key_Down)  # reading on from the heading, not from the start
    assert _caret(window) > _heading_position(window, "europe")
    assert pane.current_section() == "europe"


def test_a_section_chosen_in_the_sidebar_puts_the_caret_at_its_heading(make_window, qtbot):
    window = make_window()
    window.sidebar.setFocus()
    window.sidebar.setCurrentIndex(window.section_model.index(0))
    for _ in range(4):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Return)
    assert window.reading_pane.current_section() == "russia"
    assert _caret(window) == _heading_position(window, "russia")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Tab)
    assert window.reading_pane.hasFocus() and _caret(window) == _heading_position(window, "russia")
