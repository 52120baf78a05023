"""The reading pane: exact text, measure, zoom, and no network."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.preferences import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE
from desktop.ui.reading_pane import MEASURE_CHARS


def test_every_passage_is_displayed_character_for_character(make_window, article, seed_lines):
    pane = make_window().reading_pane
    displayed = [pane.passage_text(p.index) for p in article.passages]
    assert displayed == [line.removeprefix("- ") for line in seed_lines]


def test_title_and_byline_open_the_document(make_window, article):
    text = make_window().reading_pane.toPlainText()
    assert text.startswith(f"{article.title}\nBAQ.KZ · 2025-11-15\n")


def test_bullets_are_rendered_as_lists(make_window, article):
    pane = make_window().reading_pane
    list_item = next(p for p in article.passages if p.kind.value == "list-item")
    assert pane.passage_cursor(list_item.index).block().textList() is not None


@pytest.mark.parametrize("size", [(1100, 760), (500, 300), (1800, 4000)])
def test_the_viewport_size_worked_out_is_the_viewports_own(make_window, qtbot, size):
    window = make_window()
    window.resize(*size)
    qtbot.wait(20)
    pane = window.reading_pane
    assert pane.viewport_size() == pane.viewport().size()


def test_line_length_stays_near_the_measure_when_the_window_is_wide(make_window, qtbot):
    window = make_window()
    window.resize(1800, 900)
    qtbot.wait(20)
    pane = window.reading_pane
    margin = pane.document().rootFrame().frameFormat().leftMargin()
    text_width = pane.viewport().width() - 2 * margin
    assert text_width == pytest.approx(pane.measure_width(), rel=0.05)
    chars_per_line = text_width / (pane.measure_width() / MEASURE_CHARS)
    assert 65 <= chars_per_line <= 80


def test_narrow_windows_keep_a_small_margin(make_window, qtbot):
    window = make_window()
    window.resize(520, 700)
    qtbot.wait(20)
    assert window.reading_pane.document().rootFrame().frameFormat().leftMargin() >= 24


def test_zoom_in_out_and_reset(make_window, qtbot):
    pane = make_window().reading_pane
    with qtbot.waitSignal(pane.fontSizeChanged):
        pane.zoom_in()
    assert pane.font_size() == DEFAULT_FONT_SIZE + 1
    assert pane.document().defaultFont().pointSizeF() == DEFAULT_FONT_SIZE + 1
    pane.zoom_out()
    pane.zoom_out()
    assert pane.font_size() == DEFAULT_FONT_SIZE - 1
    pane.reset_zoom()
    assert pane.font_size() == DEFAULT_FONT_SIZE


def test_zoom_is_clamped(make_window):
    pane = make_window().reading_pane
    pane.set_font_size(1000)
    assert pane.font_size() == MAX_FONT_SIZE
    pane.set_font_size(-5)
    assert pane.font_size() == MIN_FONT_SIZE


def test_zoom_keeps_the_measure_in_characters(make_window, qtbot):
    window = make_window()
    window.resize(1800, 900)
    pane = window.reading_pane
    before = pane.measure_width()
    pane.set_font_size(DEFAULT_FONT_SIZE + 4)
    assert pane.measure_width() > before
    margin = pane.document().rootFrame().frameFormat().leftMargin()
    assert pane.viewport().width() - 2 * margin == pytest.approx(pane.measure_width(), rel=0.05)


@pytest.mark.parametrize(("delta", "expected"), [(120, DEFAULT_FONT_SIZE + 1), (-120, DEFAULT_FONT_SIZE - 1)])
def test_ctrl_wheel_zooms(make_window, delta, expected):
    pane = make_window().reading_pane
    event = QWheelEvent(
        QPointF(10, 10),
        QPointF(10, 10),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(pane.viewport(), event)
    assert pane.font_size() == expected


def test_keyboard_shortcuts_zoom(make_window, qtbot):
    window = make_window()
    window.reading_pane.setFocus()
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.reading_pane.font_size() == DEFAULT_FONT_SIZE + 1
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reading_pane.font_size() == DEFAULT_FONT_SIZE


def test_nothing_is_loaded_from_the_network_or_disk(make_window):
    pane = make_window().reading_pane
    for url in ("https://example.com/x.png", "file:///etc/passwd", "ftp://host/x"):
        assert pane.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None


def test_links_open_in_the_browser_only_for_web_and_mail(make_window, monkeypatch):
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    pane = make_window().reading_pane
    for url in ("https://baq.kz/", "mailto:a@b.kz", "file:///etc/passwd", "javascript:alert(1)"):
        pane.anchorClicked.emit(QUrl(url))
    assert opened == ["https://baq.kz/", "mailto:a@b.kz"]
