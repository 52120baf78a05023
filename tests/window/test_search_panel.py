"""Searching in the window: the box, highlights, counter, results panel and sidebar counts."""

import pytest
from PySide6.QtCore import Qt

from desktop.ui import themes
from desktop.ui.mainwindow import MainAction
from desktop.ui.search.results_model import SearchResultsModel
from desktop.ui.section_model import SectionListModel
from desktop.ui.themes import Theme
from tests.helpers.qt import search_for, type_text


@pytest.fixture
def searched(make_window, qtbot):
    window = make_window()
    search_for(window, qtbot, "сапар")
    return window


def test_ctrl_f_focuses_the_search_box(make_window, qtbot):
    window = make_window()
    window.reading_pane.setFocus()
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()


def test_the_box_has_a_kazakh_placeholder_a_clear_button_and_an_accessible_name(make_window):
    box = make_window().search_box
    assert box.placeholderText() == "Мақаладан іздеу…"
    assert box.isClearButtonEnabled()
    assert box.accessibleName()


def test_results_update_as_you_type_after_a_pause(make_window, qtbot):
    window = make_window()
    window.search_box.setFocus()
    type_text(window.search_box, "сапа")
    assert window.search.result is None  # debounced: nothing yet while typing
    type_text(window.search_box, "р")
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=2000)
    assert len(window.search.hits) == 9


def test_every_hit_is_highlighted_and_the_current_one_differently(searched):
    selections = searched.reading_pane.extraSelections()
    assert len(selections) == 9
    colors = themes.COLORS[Theme.LIGHT]
    backgrounds = [s.format.background().color().name() for s in selections]
    assert backgrounds.count(colors.current_hit) == 1
    assert backgrounds.count(colors.hit) == 8
    first = selections[0].cursor
    assert first.selectedText() == "сапары"


def test_counter_and_enter_f3_shift_enter_walk_the_hits(searched, qtbot):
    assert searched.search_bar.counter.text() == "1 / 9"
    qtbot.keyClick(searched.search_box, Qt.Key.Key_Return)
    assert searched.search_bar.counter.text() == "2 / 9"
    qtbot.keyClick(searched.search_box, Qt.Key.Key_F3)
    assert searched.search_bar.counter.text() == "3 / 9"
    qtbot.keyClick(searched.search_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(searched.search_box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert searched.search_bar.counter.text() == "1 / 9"
    qtbot.keyClick(searched.search_box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert searched.search_bar.counter.text() == "9 / 9"  # wraps around


def test_the_current_hit_is_scrolled_into_view(searched):
    searched.search.select(8)  # the last hit, in the conclusion
    pane = searched.reading_pane
    hit = searched.search.hits[8]
    rect = pane.cursorRect(pane.passage_cursor(hit.passage, hit.start, hit.start))
    assert 0 <= rect.top() <= pane.viewport().height()
    assert pane.current_section() == "conclusion"


def test_escape_clears_and_returns_to_the_text(searched, qtbot):
    qtbot.keyClick(searched.search_box, Qt.Key.Key_Escape)
    assert searched.search_box.text() == ""
    assert searched.reading_pane.extraSelections() == []
    assert searched.reading_pane.hasFocus()
    assert searched.section_model.index(0).data() == "Кіріспе"
    assert searched.search_bar.counter.text() == ""


def test_results_panel_groups_hits_by_section_with_bold_snippets(searched):
    model = searched.searching.results_panel.model
    assert searched.results_dock.isVisible()
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups[0] == "Кіріспе (1)" and groups[1] == "Батыс медиасы (2)"
    child = model.index(0, 0, model.index(1, 0))
    assert "<b>сапарды</b>" in child.data(SearchResultsModel.SnippetHtmlRole)


def test_clicking_a_result_jumps_to_it(searched, qtbot):
    panel = searched.searching.results_panel
    conclusion = panel.model.index(panel.model.rowCount() - 1, 0)
    target = panel.model.index(1, 0, conclusion)
    panel.view.scrollTo(target)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(target).center())
    assert searched.search.current == 8
    assert searched.reading_pane.current_section() == "conclusion"


def test_sidebar_shows_hit_counts_while_searching(searched):
    model = searched.section_model
    counts = {
        model.index(r).data(SectionListModel.SectionIdRole): model.index(r).data(model.HitCountRole) for r in range(7)
    }
    assert counts == {"intro": 1, "west": 2, "usa": 1, "europe": 1, "russia": 1, "central-asia": 1, "conclusion": 2}


def test_nothing_found_shows_an_empty_state(make_window, qtbot):
    window = make_window()
    search_for(window, qtbot, "zzzzqqqq")
    panel = window.searching.results_panel
    assert panel.stack.currentWidget() is panel.empty_label
    assert "ештеңе табылмады" in panel.empty_label.text()
    assert window.search_bar.counter.text() == "0 / 0"


def test_a_typo_offers_the_suggestion_and_clicking_it_searches(make_window, qtbot):
    window = make_window()
    search_for(window, qtbot, "декларцияға")
    button = window.searching.results_panel.suggestion_button
    assert button.isVisible() and "декларацияға" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == "декларацияға"
    assert window.search.result.suggestion is None
    assert window.search.result.hits[0].match == "декларацияға"


def test_highlights_follow_theme_changes(searched):
    searched.appearance.apply_theme(Theme.DARK)
    backgrounds = {s.format.background().color().name() for s in searched.reading_pane.extraSelections()}
    assert backgrounds == {themes.COLORS[Theme.DARK].hit, themes.COLORS[Theme.DARK].current_hit}


def test_highlights_survive_zoom_and_section_switching(searched):
    searched.reading_pane.zoom_in()
    searched.navigation.go_to_section("europe")
    selections = searched.reading_pane.extraSelections()
    assert len(selections) == 9
    assert searched.search_box.text() == "сапар"
    colors = themes.COLORS[Theme.LIGHT]
    backgrounds = [s.format.background().color().name() for s in selections]
    assert sorted(backgrounds) == sorted([colors.current_hit] + [colors.hit] * 8)


def test_opening_the_results_panel_before_any_search_shows_an_empty_list(make_window):
    window = make_window()
    window.action(MainAction.RESULTS).trigger()
    assert window.results_dock.isVisible()
    assert window.results_dock.widget().currentWidget() is window.searching.results_panel
    assert window.searching.results_panel.model.rowCount() == 0


# -- the caret and the screen reader follow the hits ----------------------------------------------


def test_f3_and_enter_put_the_caret_on_the_hit_and_read_it_out(searched, qtbot):
    window = searched
    pane = window.reading_pane
    told = []
    window.announced.connect(told.append)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    hit = window.searching.displayed_hits()[2]
    assert pane.position_of(pane.textCursor().position()) == (hit.passage, hit.start)
    total = len(window.search.hits)
    assert told[-1].startswith(f"3-нәтиже, барлығы {total}: ") and hit.match in told[-1]
    assert window.search_box.hasFocus(), "the reader can press F3 again"


def test_enter_in_the_results_list_puts_the_caret_on_that_hit(searched, qtbot):
    window = searched
    pane = window.reading_pane
    model = window.searching.results_panel.model
    view = window.searching.results_panel.view
    view.setFocus()
    view.setCurrentIndex(model.index_of_hit(4))
    told = []
    window.announced.connect(told.append)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    hit = window.searching.displayed_hits()[4]
    assert pane.position_of(pane.textCursor().position()) == (hit.passage, hit.start)
    assert told and told[-1].startswith("5-нәтиже, барлығы ")


def test_escape_in_the_results_list_goes_back_to_the_text_at_the_hit_and_keeps_the_search(searched, qtbot):
    window = searched
    view = window.searching.results_panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    chosen = window.search.current
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.reading_pane.hasFocus(), "Esc leaves the list for the text"
    assert window.search.current == chosen and window.search_box.text() == "сапар", "the search stays"


def test_escape_in_the_librarys_results_goes_back_to_the_text(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(window.library.idle, timeout=5000)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "сапар")
    qtbot.waitUntil(lambda: window.library_page.results is not None, timeout=5000)
    window.library_page.show_library(True)
    view = window.library_page.results.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.reading_pane.hasFocus() and not window.library_page.library_shown()
