"""The open-article part alone: which article is shown, from where, in which alphabet, over a bare reading pane."""

import pytest
from PySide6.QtWidgets import QMainWindow

from desktop.content.shown import ShownArticle
from desktop.ui import themes
from desktop.ui.mainwindow.article_view import ArticleView
from desktop.ui.preferences import Preferences
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.section_model import SectionListModel
from desktop.ui.themes import Theme
from desktop.userdata.keys import article_key


@pytest.fixture
def parts(qtbot, article, reading_font, settings_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    pane = ReadingPane(article, reading_font, window)
    pane.rebuild(themes.COLORS[Theme.LIGHT])
    window.setCentralWidget(pane)
    sections = SectionListModel(article, parent=window)
    preferences = Preferences(settings_path)
    view = ArticleView(ShownArticle(article, False), pane, sections, preferences, lambda: Theme.LIGHT)
    said = []
    view.rebuilt.connect(lambda: said.append("rebuilt"))
    view.titleChanged.connect(said.append)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    yield view, pane, sections, preferences, said
    del window  # the part's parent: kept until the test is over


def test_a_bundled_article_and_a_file_are_named_by_their_keys(parts, article, tmp_path):
    view, _pane, _sections, _preferences, _said = parts
    assert view.source is None and view.key() == view.bundled_key
    path = tmp_path / "other.md"
    view.open(article, path)
    assert view.key() == article_key(path) and view.current().source == path
    assert view.title().startswith(f"{article.title} [other.md] — ")


def test_the_latin_alphabet_rebuilds_text_and_sections_at_the_same_place(parts, qtbot):
    view, pane, sections, _preferences, said = parts
    bar = pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    assert view.set_latin(True)
    assert view.shown.latin and view.current().shown is view.shown
    assert "Қазақстан Ресеймен" in view.article.passages[2].text  # the written text stays as it is
    assert "Qazaqstan Reseimen" in pane.passage_text(2)
    assert sections.index(0).data() == view.shown.text.sections[0].label
    assert pane.scroll_fraction() == pytest.approx(0.5, abs=0.03)
    assert said == ["rebuilt", view.title()]
    assert not view.set_latin(True)  # shown so already: nothing rebuilt
    assert said == ["rebuilt", view.title()]


def test_copied_text_cites_the_article_only_when_the_reader_wants_it(parts):
    view, pane, _sections, preferences, _said = parts
    view.set_cite_on_copy(True)
    assert preferences.cite_on_copy and view.shown.text.title in pane.citation
    view.set_cite_on_copy(False)
    assert not preferences.cite_on_copy and pane.citation is None
