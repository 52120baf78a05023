"""The search part alone: hits found, listed, painted and stepped through, with a bare window around it."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop.content.shown import ShownArticle
from desktop.ui import themes
from desktop.ui.annotations import AnnotationsController
from desktop.ui.mainwindow.actions import MainAction
from desktop.ui.mainwindow.files import OpenArticle
from desktop.ui.mainwindow.searching import Searching
from desktop.ui.preferences import Preferences
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.search.bar import SearchBar
from desktop.ui.search.controller import SearchController
from desktop.ui.section_model import SectionListModel
from desktop.ui.themes import Theme


class _Marks:
    """The reader's own highlights, painted under the hits: counted here."""

    painted = 0

    def paint_marks(self) -> None:
        self.painted += 1


@pytest.fixture
def parts(qtbot, article, reading_font, settings_path, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    pane = ReadingPane(article, reading_font, window)
    window.setCentralWidget(pane)
    pane.rebuild(themes.COLORS[Theme.LIGHT])
    search = SearchController(article, window)
    bar = SearchBar(window)
    dock = QDockWidget("results", window)
    actions = {name: QAction(window, checkable=True) for name in (MainAction.FORM_ONLY, MainAction.RELATED)}
    marks = _Marks()
    preferences = Preferences(settings_path)
    searching = Searching(
        search,
        bar,
        dock,
        sections=SectionListModel(article, parent=window),
        pane=pane,
        annotations=AnnotationsController(tmp_path / "notes.sqlite3", window),
        preferences=preferences,
        marking=marks,
        library=None,
        action=actions.__getitem__,
        current=lambda: OpenArticle(article, ShownArticle(article, False), None),
        theme=lambda: Theme.LIGHT,
    )
    search.resultChanged.connect(searching.show_result)
    search.currentChanged.connect(searching.show_current)
    yield searching, search, pane, marks, actions, preferences
    del window  # the parts' parent: kept until the test is over


def test_hits_are_listed_painted_over_the_marks_and_the_first_is_current(parts):
    searching, search, pane, marks, *_ = parts
    search.set_query("Ресей")
    search.search_now()
    hits = searching.displayed_hits()
    assert hits and all(pane.passage_text(hit.passage)[hit.start : hit.end] == hit.match for hit in hits)
    assert searching.results_panel.isVisibleTo(searching.results_panel.parentWidget())
    assert marks.painted > 0
    assert len(pane.extraSelections()) == len(hits)


def test_stepping_reads_the_hit_out_with_its_number(parts):
    searching, search, *_ = parts
    said = []
    searching.announced.connect(said.append)
    search.set_query("Ресей")
    search.search_now()
    searching.next_hit()
    assert said and said[-1].startswith(f"{search.current + 1}-нәтиже, барлығы {len(search.hits)}:")


def test_a_changed_option_is_told_and_remembered(parts):
    searching, *_, actions, preferences = parts
    told = []
    searching.told.connect(lambda message, timeout: told.append(message))
    actions[MainAction.FORM_ONLY].setChecked(True)
    searching.apply_search_options()
    assert told == ["Тек осы тұлғасы ізделеді"]
    assert preferences.search_form_only
