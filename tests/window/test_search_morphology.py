"""Kazakh word formation in the window: completions, related words, options, and agreement with the CLI."""

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from desktop.content.latin import to_latin
from desktop.ui.mainwindow import MainAction
from desktop.ui.preferences import Preferences
from desktop.ui.search.completer import WordCompleter
from desktop.ui.search.results_model import SearchResultsModel
from tests.helpers.paths import ROOT
from tests.helpers.qt import search_for, type_text


def _hit_rows(window) -> list[str]:
    model = window.searching.results_panel.model
    rows = []
    for section in range(model.rowCount()):
        parent = model.index(section, 0)
        rows += [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]
    return rows


# -- completions ----------------------------------------------------------------------------------


def test_typing_offers_the_texts_words_grouped_with_counts(make_window, qtbot):
    window = make_window()
    window.search_box.setFocus()
    type_text(window.search_box, "сап")
    qtbot.waitUntil(lambda: window.searching.completer.popup().isVisible(), timeout=2000)
    words = window.searching.completer.words
    first = words.index(0, 0)
    assert first.data(WordCompleter.WordRole) == "сапар"
    assert set(first.data(WordCompleter.FormsRole)) == {"сапар", "сапары", "сапарын", "сапарды"}
    assert "·  9" in first.data()  # nine occurrences of the word in all its forms


def test_choosing_a_completion_replaces_the_last_word_and_searches(make_window, qtbot):
    window = make_window()
    window.search_box.setFocus()
    type_text(window.search_box, "Ресей сап")
    qtbot.waitUntil(lambda: window.searching.completer.words.rowCount() > 0, timeout=2000)
    window.searching.completer.activated[type(window.searching.completer.words.index(0, 0))].emit(
        window.searching.completer.words.index(0, 0)
    )
    assert window.search_box.text() == "Ресей сапар"
    assert window.search.result is not None and window.search.query() == "Ресей сапар"


def _offered(window, qtbot, typed: str):
    window.search_box.setFocus()
    type_text(window.search_box, typed)
    popup = window.searching.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    return popup


@pytest.mark.parametrize("take", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab])
def test_a_suggestion_is_taken_with_the_arrow_keys_and_enter_or_tab(make_window, qtbot, take):
    window = make_window()
    popup = _offered(window, qtbot, "сап")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().data(WordCompleter.WordRole) == "сапар"
    qtbot.keyClick(popup, take)
    assert not popup.isVisible()
    assert window.search_box.text() == "сапар"
    assert window.search.result is not None and window.search.query() == "сапар"
    assert len(window.search.hits) == 9


def test_up_from_the_box_takes_the_last_suggestion(make_window, qtbot):
    window = make_window()
    popup = _offered(window, qtbot, "сап")
    last = window.searching.completer.words.rowCount() - 1
    qtbot.keyClick(popup, Qt.Key.Key_Up)
    assert popup.currentIndex().row() == last
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.search_box.text() == window.searching.completer.words.index(last, 0).data(WordCompleter.WordRole)


def test_enter_without_a_chosen_suggestion_searches_what_was_typed(make_window, qtbot):
    window = make_window()
    popup = _offered(window, qtbot, "сапары")
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.search_box.text() == "сапары"
    qtbot.waitUntil(lambda: window.search.result is not None and window.search.query() == "сапары", timeout=2000)


def test_the_first_escape_closes_only_the_list_the_second_clears(make_window, qtbot):
    window = make_window()
    popup = _offered(window, qtbot, "сап")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.search_box.text() == "сап" and window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""


def test_one_letter_or_a_finished_word_offers_nothing(make_window, qtbot):
    window = make_window()
    window.search_box.setFocus()
    type_text(window.search_box, "с")
    assert window.searching.completer.words.rowCount() == 0
    type_text(window.search_box, "апар ")
    assert window.searching.completer.words.rowCount() == 0
    assert not window.searching.completer.popup().isVisible()


# -- levels and options ---------------------------------------------------------------------------


def test_related_words_are_found_and_marked_in_the_results(make_window, qtbot):
    window = make_window()
    search_for(window, qtbot, "қауіп")
    rows = _hit_rows(window)
    assert rows and all(row.endswith("(түбірлес сөз)") for row in rows)
    html = window.searching.results_panel.model.index(0, 0, window.searching.results_panel.model.index(0, 0)).data(
        SearchResultsModel.SnippetHtmlRole
    )
    assert "<i>(түбірлес сөз)</i>" in html


def test_related_words_can_be_turned_off_and_it_is_remembered(make_window, qtbot, settings_path):
    window = make_window()
    search_for(window, qtbot, "қауіп")
    window.action(MainAction.RELATED).trigger()
    assert window.search.hits == []
    assert Preferences(settings_path).search_related is False
    window.close()
    assert not make_window().action(MainAction.RELATED).isChecked()


def test_this_form_only_finds_the_typed_form(make_window, qtbot, settings_path):
    window = make_window()
    search_for(window, qtbot, "сапары")
    assert len(window.search.hits) == 9
    window.action(MainAction.FORM_ONLY).trigger()
    assert {hit.match for hit in window.search.hits} == {"сапары"}  # twice in the article
    assert not window.action(MainAction.RELATED).isEnabled()  # no related words without other forms
    assert Preferences(settings_path).search_form_only is True
    window.action(MainAction.FORM_ONLY).trigger()
    assert len(window.search.hits) == 9


@pytest.mark.slow
@pytest.mark.parametrize("query", ["сапар", "қауіп", "cfgfh", "декларцияға", "Qazaqstan", '"жаңа тарау"', "елдер"])
def test_window_and_command_line_find_the_same_hits(make_window, qtbot, query):
    window = make_window()
    search_for(window, qtbot, query)
    in_window = {(hit.passage, hit.start, hit.end, hit.level.label) for hit in window.search.hits}
    command = [sys.executable, "-m", "desktop", "search", query, "--json"]
    document = json.loads(subprocess.run(command, capture_output=True, check=True, cwd=ROOT).stdout)
    in_cli = {(hit["paragraph"], hit["start"], hit["end"], hit["level"]) for hit in document["hits"]}
    assert in_window == in_cli and in_window


@pytest.mark.parametrize("query", ["сапар", "қауіп", "елдер"])
def test_every_hit_has_exact_offsets_in_cyrillic_and_in_latin(make_window, qtbot, article, query):
    window = make_window()
    search_for(window, qtbot, query)
    for hit in window.search.hits:
        assert article.passages[hit.passage].text[hit.start : hit.end] == hit.match
    window.set_latin_script(True)
    shown = window.searching.displayed_hits()
    assert len(shown) == len(window.search.hits)
    for hit, latin in zip(window.search.hits, shown, strict=True):
        assert latin.match == to_latin(hit.match)
    selected = [s.cursor.selectedText() for s in window.reading_pane.extraSelections()]
    assert selected == [hit.match for hit in shown]
