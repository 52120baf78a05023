"""A book's pictures in the pane: named for screen readers where the caret reaches them, and
re-fitted to the column when the window's width changes (decoded again only when painted)."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QTextCursor, QTextImageFormat

from desktop.content import load_article
from desktop.ui.pictures import REDECODE_DELAY_MS
from desktop.ui.reading_pane import MIN_SIDE_MARGIN
from tests.helpers.books import book, chapter, png

BODY = (
    "<p>Алдындағы сөйлем.</p>"
    '<figure><img src="wide.png" alt="Кең дала"/><figcaption>Жайлаудағы киіз үй</figcaption></figure>'
    '<p>Ортадағы сөйлем.</p><p><img src="small.png" alt=""/></p><p>Соңғы сөйлем.</p>'
    '<p><img src="small.png" alt="Кішкене белгі"/></p><p>Ең соңғы сөйлем.</p>'
)


@pytest.fixture
def pictures_window(make_window, tmp_path, qtbot):
    files = {"OEBPS/wide.png": png(3000, 1000), "OEBPS/small.png": png(40, 20)}
    path = book(tmp_path / "pictures.epub", {"ch.xhtml": chapter(BODY)}, files)
    window = make_window()
    window.resize(1000, 700)
    window.show_article(load_article(path), path)
    qtbot.wait(20)
    return window


def picture_formats(pane) -> list[QTextImageFormat]:
    """The image formats of the pane's document, in the order of the text."""
    formats, cursor = [], QTextCursor(pane.document())
    while not (cursor := pane.document().find("\ufffc", cursor)).isNull():
        formats.append(cursor.charFormat().toImageFormat())
    return formats


def column(pane) -> float:
    """The text column's width: the measure, or the viewport less its margins when that is narrower."""
    return min(pane.measure_width(), pane.viewport().width() - 2 * MIN_SIDE_MARGIN)


def test_the_caret_reaching_a_picture_reads_out_its_text_alternative_and_caption(pictures_window, qtbot, announced):
    from PySide6.QtWidgets import QToolTip

    pane = pictures_window.reading_pane
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    caption = next(p for p in pane.article.passages if p.text == "Жайлаудағы киіз үй")
    pane.setTextCursor(pane.passage_cursor(caption.index, 0, 0))
    qtbot.keyClick(pane, Qt.Key.Key_Up)  # onto the picture, the line above its caption
    assert announced == ["Сурет: Кең дала. Астындағы жазу: Жайлаудағы киіз үй"]
    assert QToolTip.isVisible() and "Кең дала" in QToolTip.text()
    qtbot.keyClick(pane, Qt.Key.Key_End)  # still on the same picture: not said again
    assert len(announced) == 1


def test_a_picture_without_text_alternative_is_still_said_to_be_a_picture(pictures_window, qtbot, announced):
    pane = pictures_window.reading_pane
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    last = next(p for p in pane.article.passages if p.text == "Соңғы сөйлем.")
    pane.setTextCursor(pane.passage_cursor(last.index, 0, 0))
    qtbot.keyClick(pane, Qt.Key.Key_Left)  # to the end of the line before: after the small picture
    assert announced == ["Сурет"]


def test_moving_the_caret_without_the_focus_says_nothing(pictures_window, announced):
    pane = pictures_window.reading_pane
    pictures_window.sidebar.setFocus()
    caption = next(p for p in pane.article.passages if p.text == "Жайлаудағы киіз үй")
    cursor = pane.passage_cursor(caption.index, 0, 0)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
    pane.setTextCursor(cursor)
    assert announced == []


def test_the_screen_readers_text_of_the_pane_holds_each_picture_as_one_character(pictures_window):
    """What Qt's text interface gives: the object replacement character where each picture stands
    (the reason the caret's arrival is announced with the picture's words)."""
    interface = QAccessible.queryAccessibleInterface(pictures_window.reading_pane).textInterface()
    text = interface.text(0, interface.characterCount())
    assert text.count("\ufffc") == 3
    assert text.index("Алдындағы") < text.index("\ufffc") < text.index("Жайлаудағы")


def test_pictures_refit_when_the_window_narrows_and_widens(pictures_window, qtbot, monkeypatch):
    from desktop.ui import pictures

    pane = pictures_window.reading_pane
    wide, small, _ = picture_formats(pane)
    assert wide.width() == pytest.approx(column(pane), abs=1) and (small.width(), small.height()) == (40, 20)
    decoded = []
    monkeypatch.setattr(pictures, "decode_picture", lambda *a: decoded.append(a) or None)

    before = column(pane)
    pictures_window.resize(520, 700)
    wide, small, _ = picture_formats(pane)
    assert column(pane) < before - 100
    assert wide.width() == pytest.approx(column(pane), abs=1)
    assert wide.width() == pytest.approx(3 * wide.height(), abs=1), "in proportion"
    assert (small.width(), small.height()) == (40, 20), "a picture narrower than the column keeps its own size"
    assert pane.horizontalScrollBar().maximum() == 0, "nothing sticks out of the column"
    assert decoded == [], "a resize changes sizes only: pictures are decoded when painted"

    pictures_window.resize(1000, 700)
    assert picture_formats(pane)[0].width() == pytest.approx(before, abs=1)


def test_a_picture_painted_before_a_resize_is_decoded_again_at_its_new_size(pictures_window, qtbot, monkeypatch):
    from desktop.ui import pictures

    pane = pictures_window.reading_pane
    pane.grab()  # the wide picture painted at the measure
    decoded = []
    real = pictures.decode_picture
    monkeypatch.setattr(pictures, "decode_picture", lambda *a: decoded.append(a[1]) or real(*a))
    pictures_window.resize(520, 700)
    qtbot.wait(REDECODE_DELAY_MS + 100)  # the size settled
    pane.grab()
    shown = picture_formats(pane)[0]
    assert QSize(round(shown.width()), round(shown.height())) in decoded


def test_pictures_follow_the_measure_as_the_text_is_zoomed(pictures_window):
    pane = pictures_window.reading_pane
    pictures_window.resize(1400, 700)
    pane.zoom_out()
    pane.zoom_out()
    narrower = column(pane)
    assert picture_formats(pane)[0].width() == pytest.approx(narrower, abs=1)
    pane.zoom_in()
    assert column(pane) > narrower
    assert picture_formats(pane)[0].width() == pytest.approx(column(pane), abs=1)


def test_copied_text_gives_each_picture_as_text_exports_do(pictures_window):
    """A captioned picture is its caption (which follows), one without is its [text alternative],
    one with neither is nothing: never the object replacement character."""
    pane = pictures_window.reading_pane
    first, last = pane.article.passages[0], pane.article.passages[-1]
    cursor = pane.passage_cursor(first.index)
    cursor.setPosition(pane.passage_cursor(last.index).selectionEnd(), cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.citation = None
    assert pane.createMimeDataFromSelection().text().split("\n") == [
        "Алдындағы сөйлем.",
        "Жайлаудағы киіз үй",
        "Ортадағы сөйлем.",
        "Соңғы сөйлем.",
        "[Кішкене белгі]",
        "Ең соңғы сөйлем.",
    ]
