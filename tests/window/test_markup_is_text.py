"""An article whose every field holds markup shows it as characters, in every widget."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.content import parse_article
from tests.helpers.qt import displayed, problems_told, type_text

B = "<b>жуан</b>"
IMG = '<img src="http://example.com/x.png">'
LINK = '<a href="http://example.com">сілтеме</a>'
MARKUP = f"{B} {IMG} {LINK}"

SOURCE = f"""+++
title = '{MARKUP} тақырып'
date = 2025-11-15
source = '{MARKUP} дереккөз'
language = "kk"

[[sections]]
id = "lead"
label = '{MARKUP} кіріспе'
heading = '{MARKUP} бас тақырып'
icon = "fa6s.book-open"

[[sections]]
id = "main"
label = '{MARKUP} негізгі'
icon = "fa6s.star"
+++
{MARKUP} сапар туралы абзац.

## {MARKUP} бөлім {{#main}}
- {MARKUP} тізім сапары
"""


@pytest.fixture
def window(make_window, tmp_path):
    path = tmp_path / "markup.md"
    path.write_text(SOURCE, encoding="utf-8")
    window = make_window()
    assert window.files.open_path(path)
    return window


def test_the_source_is_what_the_test_says(tmp_path):
    article = parse_article(SOURCE)
    assert article.title.startswith(MARKUP) and article.sections[1].heading.startswith(MARKUP)


def test_window_title_status_bar_and_text_show_markup_literally(window):
    assert window.windowTitle().startswith(MARKUP)
    window.navigation.go_to_section("main")
    assert window.navigation.section_label.text() == f"{MARKUP} бөлім"
    assert window.navigation.section_label.textFormat() == Qt.TextFormat.PlainText  # shown as these characters
    text = window.reading_pane.toPlainText()
    assert f"{MARKUP} сапар туралы абзац." in text and f"{MARKUP} тізім сапары" in text
    assert window.reading_pane.document().toHtml().count("<img") == 0


def test_sidebar_labels_and_tooltips_show_markup_literally(window):
    model = window.section_model
    for row, label in enumerate([f"{MARKUP} кіріспе", f"{MARKUP} негізгі"]):
        index = model.index(row)
        assert index.data(Qt.ItemDataRole.DisplayRole) == label
    assert displayed(model.index(0).data(Qt.ItemDataRole.ToolTipRole)) == f"{MARKUP} бас тақырып"
    assert displayed(model.index(1).data(Qt.ItemDataRole.ToolTipRole)) == f"{MARKUP} бөлім"


def test_results_panel_and_completions_show_markup_literally(window, qtbot):
    window.search_box.setFocus()
    type_text(window.search_box, "сапар")
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=2000)
    model = window.searching.results_panel.model
    section = model.index(0, 0)
    assert displayed(model.data(section, Qt.ItemDataRole.ToolTipRole)) == f"{MARKUP} бас тақырып"
    hit = model.index(0, 0, section)
    assert displayed(model.data(hit, Qt.ItemDataRole.ToolTipRole)) == f"{MARKUP} сапар туралы абзац."
    snippet = model.data(hit, model.SnippetHtmlRole)
    assert "<img" not in snippet and "<a " not in snippet and "&gt;" in snippet
    assert window.searching.completer.words.rowCount() >= 1
    for row in range(window.searching.completer.words.rowCount()):
        item = window.searching.completer.words.item(row)
        forms = item.data(window.searching.completer.FormsRole)
        assert displayed(item.toolTip()) == ", ".join(forms)


def test_the_about_box_shows_the_articles_fields_literally(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.files.about()
    about = displayed(shown[0])
    assert f"«{MARKUP} тақырып», {MARKUP} дереккөз, 2025-11-15" in about


def test_an_error_quoting_markup_is_shown_literally(make_window, tmp_path, monkeypatch):
    path = tmp_path / "bad.md"
    path.write_text(SOURCE.replace('id = "main"', 'id = "<b>x</b>"'), encoding="utf-8")
    window = make_window()
    assert not window.files.open_path(path)
    assert "«<b>x</b>» бөлім идентификаторында" in problems_told(window)[0]


def test_a_query_with_markup_is_repeated_literally_when_nothing_is_found(window, qtbot):
    window.search_box.setFocus()
    type_text(window.search_box, "<b>zzzz</b>")
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=2000)
    label = window.searching.results_panel.empty_label
    assert label.textFormat() == Qt.TextFormat.PlainText and "«<b>zzzz</b>»" in label.text()
