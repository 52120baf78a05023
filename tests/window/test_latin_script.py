"""The Latin-alphabet view in the window: text, sidebar, search both ways, remembered."""

from desktop.ui.mainwindow import MainAction
from desktop.ui.preferences import Preferences
from tests.helpers.qt import search_for


def test_the_toggle_shows_text_sidebar_and_title_in_latin(make_window):
    window = make_window()
    window.action(MainAction.LATIN).trigger()
    assert window.reading_pane.toPlainText().startswith("Toqaevtyñ Mäskeuge sapary")
    assert window.section_model.index(1).data() == "Batys mediasy"
    assert window.windowTitle().startswith("Toqaevtyñ")
    window.action(MainAction.LATIN).trigger()
    assert window.reading_pane.toPlainText().startswith("Тоқаевтың Мәскеуге сапары")


def test_the_toggle_keeps_the_reading_place(make_window):
    window = make_window()
    window.navigation.go_to_section("russia")
    window.set_latin_script(True)
    assert window.reading_pane.current_section() == "russia"


def test_cyrillic_and_latin_queries_highlight_the_right_latin_characters(make_window, qtbot):
    window = make_window()
    window.set_latin_script(True)
    for query in ("Қазақстан", "Qazaqstan", "сапар"):
        search_for(window, qtbot, query)
        selected = [s.cursor.selectedText() for s in window.reading_pane.extraSelections()]
        expected = [h.match for h in window.searching.displayed_hits()]
        assert selected == expected and selected
        assert all(not any("\u0400" <= c <= "\u052f" for c in text) for text in selected)
    assert {"sapar", "sapary", "saparyn", "sapardy"} == set(selected)  # the last query: сапар, in Latin


def test_the_results_panel_shows_latin_snippets(make_window, qtbot):
    window = make_window()
    window.set_latin_script(True)
    search_for(window, qtbot, "сапар")
    model = window.searching.results_panel.model
    assert model.index(0, 0).data() == "Kırıspe (1)"


def test_switching_script_during_a_search_keeps_it(make_window, qtbot):
    window = make_window()
    search_for(window, qtbot, "сапар")
    window.search.select(3)
    window.set_latin_script(True)
    assert window.search.current == 3
    assert len(window.reading_pane.extraSelections()) == 9
    assert window.search_bar.counter.text() == "4 / 9"


def test_the_choice_is_remembered(make_window, settings_path):
    window = make_window()
    window.set_latin_script(True)
    window.close()
    assert Preferences(settings_path).latin_script
    again = make_window(path=settings_path, theme=None)
    assert again.action(MainAction.LATIN).isChecked()
    assert again.reading_pane.toPlainText().startswith("Toqaevtyñ")
