"""The theme part alone: a theme painted on a reading pane, the application and the sections list."""

import pytest
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.ui import themes
from desktop.ui.mainwindow.appearance import Appearance
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.section_model import SectionListModel
from desktop.ui.themes import Theme, reading_style_sheet


@pytest.fixture
def parts(qtbot, article, reading_font):
    window = QMainWindow()
    qtbot.addWidget(window)
    pane = ReadingPane(article, reading_font, window)
    window.setCentralWidget(pane)
    appearance = Appearance(Theme.LIGHT, pane, SectionListModel(article, parent=window))
    appearance.apply_theme(Theme.LIGHT)
    repainted = []
    appearance.repainted.connect(lambda: repainted.append(appearance.painted()))
    yield appearance, pane, repainted
    del window  # the part's parent: kept until the test is over
    QApplication.setPalette(themes.palette_for(themes.COLORS[Theme.LIGHT]))


def test_a_theme_is_painted_on_the_application_and_the_text_then_said(parts):
    appearance, pane, repainted = parts
    appearance.apply_theme(Theme.DARK)
    dark = themes.COLORS[Theme.DARK]
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == dark.base
    assert pane.document().defaultStyleSheet() == reading_style_sheet(dark)  # the text rebuilt in its colours
    assert appearance.theme() is Theme.DARK and repainted == [Theme.DARK]


def test_the_menu_checks_the_theme_in_use(parts):
    appearance, _pane, _repainted = parts
    actions = {theme: QAction(theme.value, checkable=True) for theme in Theme}
    appearance.set_theme_actions(actions)
    assert actions[Theme.LIGHT].isChecked()
    appearance.apply_theme(Theme.SEPIA)
    assert actions[Theme.SEPIA].isChecked()


def test_the_systems_scheme_is_followed_only_when_it_was_chosen(parts, monkeypatch):
    appearance, _pane, repainted = parts
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: True)
    appearance.on_system_scheme_changed(None)
    assert appearance.painted() is Theme.LIGHT and repainted == []  # the reader chose light
    appearance.apply_theme(Theme.SYSTEM)
    assert appearance.theme() is Theme.SYSTEM and appearance.painted() is Theme.DARK
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: False)
    appearance.on_system_scheme_changed(None)
    assert appearance.painted() is Theme.LIGHT and repainted == [Theme.DARK, Theme.LIGHT]
