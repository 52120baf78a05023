"""The sections part alone: a sidebar and a reading pane kept in step in a bare window, the status bar told."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QMainWindow, QSplitter

from desktop.ui import themes
from desktop.ui.mainwindow.navigation import Navigation
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.section_model import SectionListModel
from desktop.ui.themes import Theme


@pytest.fixture
def parts(qtbot, article, reading_font):
    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = QSplitter(window)
    sidebar = QListView(splitter)
    pane = ReadingPane(article, reading_font, splitter)
    pane.rebuild(themes.COLORS[Theme.LIGHT])
    window.setCentralWidget(splitter)
    navigation = Navigation(
        sidebar, SectionListModel(article, parent=window), pane, window.statusBar(), lambda: article
    )
    sidebar.clicked.connect(navigation.on_sidebar_activated)
    pane.currentSectionChanged.connect(navigation.on_pane_section_changed)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    said = []
    navigation.announced.connect(said.append)
    yield navigation, sidebar, pane, said
    del window  # the part's parent: kept until the test is over


def _sidebar_section(sidebar: QListView) -> str:
    return sidebar.currentIndex().data(SectionListModel.SectionIdRole)


def test_going_to_a_section_moves_text_and_sidebar_and_says_where_that_is(parts, article):
    navigation, sidebar, pane, said = parts
    navigation.go_to_section("europe")
    assert pane.current_section() == "europe" and _sidebar_section(sidebar) == "europe"
    row = article.section_ids.index("europe")
    label = article.sections[row].label
    assert said == [f"{label}, {row + 1}-бөлім, барлығы {len(article.section_ids)}"]
    assert navigation.section_label.text() == article.section("europe").heading


def test_stepping_stops_at_the_first_and_the_last_section(parts, article):
    navigation, _sidebar, pane, _said = parts
    navigation.step_section(-1)
    assert pane.current_section() == article.section_ids[0]
    navigation.go_to_section(article.section_ids[-1])
    navigation.step_section(1)
    assert pane.current_section() == article.section_ids[-1]
    navigation.step_section(-1)
    assert pane.current_section() == article.section_ids[-2]


def test_a_click_in_the_sidebar_moves_the_text_without_an_announcement(parts, qtbot):
    _navigation, sidebar, pane, said = parts
    model = sidebar.model()
    rect = sidebar.visualRect(model.index(model.row_of("russia")))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.current_section() == "russia"
    assert said == []  # the list's own row is read out


def test_keys_in_the_sidebar_navigate_once_followed_and_the_text_scrolling_does_not_loop_back(parts, qtbot):
    navigation, sidebar, pane, _said = parts
    navigation.follow_keys()
    sidebar.setFocus()
    sidebar.setCurrentIndex(sidebar.model().index(0))
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    assert pane.current_section() == "west"
    bar = pane.verticalScrollBar()
    target = int(pane.section_top("usa")) + 40
    bar.setValue(target)  # the sidebar follows the text, and the text stays where it was put
    assert _sidebar_section(sidebar) == "usa" and bar.value() == target


def test_the_status_bar_says_how_much_was_read_and_hides_the_heading_under_a_message(parts, qtbot):
    navigation, _sidebar, pane, _said = parts
    bar = pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    navigation.update_status()
    assert navigation.progress_label.text() == "Оқылды: 100%"
    status = navigation.section_label.parentWidget()
    status.showMessage("хабар")
    assert not navigation.section_label.isVisible()
    status.clearMessage()
    assert navigation.section_label.isVisible()
