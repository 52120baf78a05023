"""Dragging across words selects whole words; Alt+drag selects exact characters."""

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.content.latin import to_latin


def drag(window, passage: int, start: int, end: int, modifiers=Qt.KeyboardModifier.NoModifier) -> str:
    """Press at a character, move to another, let go; the selected text."""
    pane = window.reading_pane
    viewport = pane.viewport()

    def at(offset: int) -> QPointF:
        rect = pane.cursorRect(pane.passage_cursor(passage, offset, offset))
        return QPointF(rect.left() + 1, rect.center().y())

    steps = [
        (QEvent.Type.MouseButtonPress, at(start), Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, at((start + end) // 2), Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, at(end), Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, at(end), Qt.MouseButton.NoButton),
    ]
    for kind, point, buttons in steps:
        event = QMouseEvent(kind, point, viewport.mapToGlobal(point), Qt.MouseButton.LeftButton if kind !=
                            QEvent.Type.MouseMove else Qt.MouseButton.NoButton, buttons, modifiers)  # fmt: skip
        QApplication.sendEvent(viewport, event)
    return pane.textCursor().selectedText()


def test_a_drag_from_inside_one_word_to_inside_another_selects_both_whole(make_window):
    window = make_window()
    passage = next(p for p in window.display.passages if "энергия, транзит" in p.text)
    start = passage.text.index("энергия") + 2
    end = passage.text.index("транзит") + 4
    assert drag(window, passage.index, start, end) == "энергия, транзит"
    assert window.reading_pane.selected_span() == (passage.index, start - 2, end + 3)


def test_backwards_too(make_window):
    window = make_window()
    passage = next(p for p in window.display.passages if "энергия, транзит" in p.text)
    start = passage.text.index("транзит") + 4
    end = passage.text.index("энергия") + 2
    assert drag(window, passage.index, start, end) == "энергия, транзит"


def test_alt_drag_selects_exact_characters(make_window):
    window = make_window()
    passage = next(p for p in window.display.passages if "энергия, транзит" in p.text)
    start = passage.text.index("энергия") + 2
    end = passage.text.index("транзит") + 4
    assert drag(window, passage.index, start, end, Qt.KeyboardModifier.AltModifier) == "ергия, тран"


def test_in_the_latin_alphabet_words_snap_the_same(make_window):
    window = make_window()
    window.set_latin_script(True)
    energy, transit = to_latin("энергия"), to_latin("транзит")
    passage = next(p for p in window.display.passages if f"{energy}, {transit}" in p.text)
    start = passage.text.index(energy) + 2
    end = passage.text.index(transit) + 4
    assert drag(window, passage.index, start, end) == f"{energy}, {transit}"
