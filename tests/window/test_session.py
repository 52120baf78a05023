"""The session part alone: a window's geometry, splitter and place saved and restored, without the reader's window."""

import pytest
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop.ui import themes
from desktop.ui.mainwindow.session import Session
from desktop.ui.preferences import Preferences
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.themes import Theme


@pytest.fixture
def parts(qtbot, article, reading_font):
    """A bare main window holding a splitter with a reading pane, as the reader's does."""

    def make(path):
        window = QMainWindow()
        qtbot.addWidget(window)
        splitter = QSplitter(window)
        splitter.addWidget(QWidget(splitter))
        pane = ReadingPane(article, reading_font, splitter)
        pane.rebuild(themes.COLORS[Theme.LIGHT])  # the text, as the window's theme gives it
        splitter.addWidget(pane)
        window.setCentralWidget(splitter)
        window.show()
        return Session(Preferences(path), window, splitter, pane, lambda: "bundled"), window, splitter, pane

    return make


def test_what_is_saved_comes_back_in_a_new_window(parts, settings_path, qtbot):
    session, window, splitter, pane = parts(settings_path)
    session.restore_window()
    window.resize(700, 500)
    splitter.setSizes([200, 500])
    bar = pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    session.save(Theme.DARK, latin=True)

    again, window2, splitter2, _pane2 = parts(settings_path)
    again.restore_window()
    assert abs(window2.width() - 700) <= 4 and abs(splitter2.sizes()[0] - splitter.sizes()[0]) <= 1
    section, fraction = again.place()
    assert section == pane.current_section() and fraction == pytest.approx(0.5, abs=0.05)
    assert again.preferences.theme is Theme.DARK and again.preferences.latin_script


def test_settings_that_cannot_be_written_are_told_once(parts, tmp_path, qtbot):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the settings folder should be", encoding="utf-8")
    session, _window, _splitter, _pane = parts(blocked / "settings.ini")
    told = []
    session.settingsUnwritable.connect(told.append)
    for _ in range(2):
        session.remember()
        session.sync()
    assert told == [str(blocked / "settings.ini")]


def test_a_damaged_window_state_is_ignored_with_a_warning(parts, settings_path, caplog):
    settings_path.write_text("[window]\nsplitter=@ByteArray(garbage)\nstate=@ByteArray(garbage)\n", encoding="utf-8")
    session, window, _splitter, _pane = parts(settings_path)
    session.restore_window()
    assert window.isVisible()
    assert "unreadable" in caplog.text


def test_scrolling_writes_the_place_once_it_stops_for_a_moment(parts, settings_path, qtbot):
    session, _window, _splitter, pane = parts(settings_path)
    saved = []
    session.positionSaved.connect(lambda: saved.append(Preferences(settings_path).position("bundled")))
    bar = pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for step in range(1, 4):  # three scrolls in a row: one write, after the last
        bar.setValue(bar.maximum() * step // 4)
        session.save_soon()
    assert not saved
    qtbot.waitUntil(lambda: bool(saved), timeout=3000)
    (section, fraction), *later = saved
    assert not later and section == pane.current_section() and fraction == pytest.approx(0.75, abs=0.05)


def test_a_requested_section_comes_before_the_saved_place_and_an_unknown_one_is_ignored(parts, settings_path, article):
    session, _window, _splitter, pane = parts(settings_path)
    asked = []
    session.sectionAsked.connect(asked.append)
    session.preferences.set_position("bundled", "europe", 0.0)
    session.restore_place("russia", article.section_ids)
    session.restore_place(None, article.section_ids)
    session.restore_place("no-such-section", article.section_ids)
    assert asked == ["russia", "europe"]
    session.preferences.set_position("bundled", "europe", 0.4)  # scrolled: the place, not the section
    session.restore_place(None, article.section_ids)
    assert asked == ["russia", "europe"] and pane.scroll_fraction() > 0


def test_the_saved_section_stays_current_where_the_layout_puts_its_place_a_little_higher(parts, settings_path, qtbot):
    """The place and its section are saved together; a layout a few pixels off must not move the section back."""
    session, _window, _splitter, pane = parts(settings_path)
    bar = pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    pane.scroll_to_section("europe")
    while pane.current_section() == "europe":  # just above where the scroll-spy says the section starts
        bar.setValue(bar.value() - 4)
    assert pane.current_section() == "usa"
    session.preferences.set_position("bundled", "europe", pane.scroll_fraction())
    session.restore_place(None, pane.article.section_ids)
    qtbot.wait(10)  # the scroll-spy's re-read after a layout has run
    assert pane.current_section() == "europe"
    bar.setValue(bar.value() + 1)  # the reader scrolls: the scroll-spy decides again
    qtbot.wait(10)
    assert pane.current_section() == "usa"


def test_zooming_keeps_the_section_the_reader_is_in(parts, settings_path, qtbot):
    _session, _window, _splitter, pane = parts(settings_path)
    bar = pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    pane.scroll_to_section("europe")
    for _ in range(4):
        pane.zoom_in()
        qtbot.wait(10)
        assert pane.current_section() == "europe"
