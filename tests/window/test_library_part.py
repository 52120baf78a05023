"""The library part alone: its page, opening an article of it, its progress, with a bare window."""

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from desktop.content.shown import ShownArticle
from desktop.ui.annotations import AnnotationsController
from desktop.ui.library.controller import LibraryController
from desktop.ui.mainwindow.files import OpenArticle
from desktop.ui.mainwindow.library import LibraryPage
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.resources import bundled_articles, first_bundled_key
from desktop.ui.search.bar import SearchBar
from desktop.ui.search.controller import SearchController


@pytest.fixture
def parts(qtbot, article, reading_font, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    pages = QStackedWidget(window)
    pages.addWidget(QLabel("text"))
    window.setCentralWidget(pages)
    library = LibraryController(tmp_path, window)
    page = LibraryPage(
        window,
        library,
        pages,
        ReadingPane(article, reading_font, window),
        annotations=AnnotationsController(tmp_path / "notes.sqlite3", window),
        search=SearchController(article, window),
        search_bar=SearchBar(window),
        current=lambda: OpenArticle(article, ShownArticle(article, False), None),
        key=first_bundled_key,
    )
    library.open(bundled_articles())
    qtbot.waitUntil(library.idle, timeout=5000)
    yield page, pages, library
    library.close()
    del window  # the parts' parent: kept until the test is over


def test_the_page_is_shown_and_left_and_says_so(parts):
    page, pages, _ = parts
    shown = []
    page.pageShown.connect(shown.append)
    page.show_library(True)
    assert page.library_shown() and pages.currentWidget() is page.built_view
    page.show_library(False)
    assert not page.library_shown() and pages.currentIndex() == 0
    assert shown == [True, False]


def test_an_article_of_the_library_is_given_to_the_window_to_show(parts, article):
    page, _, library = parts
    chosen = []
    page.articleChosen.connect(lambda opened, path, key, rest: chosen.append((opened.title, path, key, rest)))
    page.show_library(True)
    (entry,) = library.entries()
    assert page.open_entry(entry.id)
    assert chosen == [(article.title, None, first_bundled_key(), None)]
    assert not page.library_shown()


def test_progress_waits_for_its_bar_then_shows_what_is_being_added(parts):
    page, _, _ = parts
    page.show_library_progress(1, 3, "steppe.txt")  # before the first paint: no bar yet, nothing breaks
    bar = page.progress_bar()
    page.show_library_progress(1, 3, "steppe.txt")
    assert (bar.value(), bar.maximum(), bar.isVisibleTo(bar.parentWidget())) == (1, 3, True)
    page.show_library_progress(0, 0, "")
    assert not bar.isVisibleTo(bar.parentWidget())
