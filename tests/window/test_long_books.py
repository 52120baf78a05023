"""A long book in the reading pane: built a slice at a time after its first screen, and every
passage reachable (sections, hits, highlights, positions, the whole text) before the build ends.

The pane's thresholds are made small here, so that a book of a few hundred paragraphs is built
in many slices, as a book of tens of megabytes is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAccessible, QGuiApplication

from desktop.content import Article
from desktop.content.formats.build import ArticleBuilder
from desktop.content.model import Figure, Paragraph, Section
from desktop.ui.lazy_qt import Qt
from desktop.ui.reading_pane import HEADING_GAP, Mark, ReadingPane
from desktop.ui.themes import Theme, colors_for

CHAPTERS = 24
PARAGRAPHS = 12


@pytest.fixture(scope="module")
def book(article) -> Article:
    """24 chapters of 12 paragraphs each, from the bundled article's paragraphs (each chapter's own)."""
    texts = [passage.text for passage in article.passages if len(passage.text) > 80]
    builder = ArticleBuilder()
    for chapter in range(CHAPTERS):
        builder.heading(f"{chapter + 1}-тарау")
        for number in range(PARAGRAPHS):
            builder.paragraph(f"{chapter + 1}.{number + 1}. {texts[(chapter * PARAGRAPHS + number) % len(texts)]}")
    return builder.build("Ұзақ кітап", dt.date(2025, 11, 15), "test")


def _pane(qtbot, reading_font: str, book: Article, *, slices: bool = True) -> ReadingPane:
    pane = ReadingPane(book, reading_font)
    if slices:
        pane.progressive_chars = 2_000
        pane.first_screen_chars = 2_000
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.set_article(book, colors_for(Theme.LIGHT))
    return pane


@pytest.fixture
def pane(qtbot, reading_font, book) -> ReadingPane:
    """The book shown from its start, its first screen painted, the rest still to be built."""
    pane = _pane(qtbot, reading_font, book)
    with qtbot.waitSignal(pane.firstPainted):
        pane.show()
    assert pane.building
    return pane


def _last_chapter(book: Article) -> str:
    return book.sections[-1].id


def test_before_the_first_paint_only_the_first_screen_is_built(qtbot, reading_font, book):
    pane = _pane(qtbot, reading_font, book)
    assert pane.building
    assert 0 < pane.document().characterCount() < sum(len(p.text) for p in book.passages) / 4


def test_once_built_the_document_is_the_one_built_at_once(qtbot, reading_font, book):
    pane = _pane(qtbot, reading_font, book)
    with qtbot.waitSignal(pane.buildFinished, timeout=20_000):
        pane.show()
    whole = _pane(qtbot, reading_font, book, slices=False)
    assert not whole.building
    assert pane.document().toHtml() == whole.document().toHtml()
    assert [pane.passage_text(p.index) for p in book.passages] == [p.text for p in book.passages]


def test_a_section_at_the_end_is_reached_before_the_build_ends(pane, book):
    last = _last_chapter(book)
    pane.scroll_to_section(last)
    assert pane.current_section() == last
    top = pane.section_top(last) - pane.verticalScrollBar().value()
    assert 0 <= top <= HEADING_GAP + 1
    pane.caret_to_section(last)
    assert pane.textCursor().block().text() == book.section(last).heading


def test_a_search_hit_in_the_last_passage_is_painted_and_shown(pane, book):
    last = book.passages[-1]
    pane.set_highlights([(0, 0, 3), (last.index, 0, 6)], 1, colors_for(Theme.LIGHT))
    pane.caret_to_passage(last.index)
    pane.scroll_to_passage(last.index)
    painted = [s.cursor.selectedText() for s in pane.extraSelections()]
    assert painted == [book.passages[0].text[:3], last.text[:6]]
    assert 0 <= pane.cursorRect().top() < pane.viewport_size().height()


def test_a_highlight_at_the_end_is_painted_when_its_place_is_shown(qtbot, pane, book):
    last = book.passages[-1]
    pane.set_marks([Mark(last.index, 2, 9, "#fff0a0", False, "", "k")])
    assert pane.extraSelections() == []  # not in view
    pane.scroll_passage_to_top(last.index)
    qtbot.wait(10)
    assert [s.cursor.selectedText() for s in pane.extraSelections()] == [last.text[2:9]]


def test_the_scroll_spy_and_the_progress_follow_the_text_while_it_is_built(pane, book):
    middle = book.sections[CHAPTERS // 2]
    pane.scroll_to_section(middle.id)
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().value() + 30)  # the reader scrolls on
    assert pane.current_section() == middle.id
    assert pane.building
    before = sum(len(p.text) + 1 for p in book.passages if book.section_ids.index(p.section_id) < CHAPTERS // 2)
    assert pane.progress() == pytest.approx(100 * before / sum(len(p.text) + 1 for p in book.passages), abs=2)


def test_a_reading_position_is_restored_in_a_book_still_being_built(pane, book):
    pane.set_scroll_fraction(0.75)
    assert pane.scroll_fraction() == pytest.approx(0.75, abs=0.02)
    index = book.section_ids.index(pane.current_section())
    assert index in (CHAPTERS * 3 // 4 - 1, CHAPTERS * 3 // 4)


def test_the_progress_is_the_scroll_bars_once_built(qtbot, pane):
    qtbot.waitUntil(lambda: not pane.building, timeout=20_000)
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert pane.progress() == 100 and pane.scroll_fraction() == 1.0


def test_select_all_and_copy_take_the_whole_book(pane, book):
    pane.selectAll()
    pane.copy()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(book.title) and book.passages[-1].text in copied
    assert not pane.building


def test_select_all_from_the_text_menu_takes_the_whole_book_too(pane, book):
    menu = pane.createStandardContextMenu()
    (select_all,) = [action for action in menu.actions() if action.objectName() == "select-all"]  # Qt's own
    select_all.trigger()
    pane.copy()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(book.title) and book.passages[-1].text in copied


def test_the_word_under_a_card_is_read_from_a_passage_not_built_yet(pane, book):
    last = book.passages[-1]
    assert pane.passage_text(last.index) == last.text
    assert pane.passage_cursor(last.index, 0, 4).selectedText() == last.text[:4]


def test_a_resize_while_the_book_is_built_keeps_the_measure_and_every_passage(qtbot, reading_font, pane, book):
    pane.resize(1100, 600)
    qtbot.wait(20)
    pane.resize(650, 500)
    qtbot.waitUntil(lambda: not pane.building, timeout=20_000)
    qtbot.waitUntil(lambda: not pane.document().pageSize().isNull())
    whole = _pane(qtbot, reading_font, book, slices=False)
    whole.resize(650, 500)
    margins = [shown.document().rootFrame().frameFormat().leftMargin() for shown in (pane, whole)]
    assert margins[0] == margins[1]
    assert [pane.passage_text(p.index) for p in book.passages] == [p.text for p in book.passages]
    last = pane.document().lastBlock()
    assert pane.document().documentLayout().blockBoundingRect(last).bottom() > 0


def test_in_the_window_the_last_hit_of_a_long_book_is_shown(make_window, tmp_path, qtbot):
    from desktop.content import load_article

    paragraph = "Абай ауылға қайтты, күз еді, дала сарғайып жатты. " * 8
    path = tmp_path / "book.txt"
    path.write_text("Ұзақ кітап\n\n" + "\n\n".join([paragraph] * 400 + ["Соңында Жидебайға жетті."]), encoding="utf-8")
    window = make_window()
    window.show_article(load_article(path), path)
    pane = window.reading_pane
    assert pane.building, "a book of 160 KiB is built after its first screen"
    window.search_box.setText("Жидебай")
    qtbot.waitUntil(lambda: window.search.result is not None and window.search.current == 0, timeout=20_000)
    last = pane.article.passages[-1]
    assert pane.position_of(pane.textCursor().position()) == (last.index, last.text.index("Жидебай"))
    assert 0 <= pane.cursorRect().top() < pane.viewport_size().height()
    assert "Жидебайға" in [s.cursor.selectedText() for s in pane.extraSelections()]


# -- a book longer than one document can hold -------------------------------------------
QFIXED_MAX = 8_388_607
"""Qt lays a document out no further down than this many pixels."""
TALL_LINES = 160_000


@pytest.fixture(scope="module")
def tall_book(tmp_path_factory) -> Article:
    """A poem of 160,000 short lines (1.6 MiB): at the largest size, taller than Qt can lay out in one document."""
    from desktop.content import load_article

    path = tmp_path_factory.mktemp("tall") / "poem.txt"
    lines = [f"{number}-жол, Абай ауылы." for number in range(1, TALL_LINES)]
    path.write_text("Ұзақ өлең\n\n" + "\n\n".join([*lines, "Соңғы жолда Жидебайға жетті."]), encoding="utf-8")
    return load_article(path)


@pytest.fixture
def tall_pane(qtbot, reading_font, tall_book) -> ReadingPane:
    """The tall book at the largest size, from its start, painted."""
    from desktop.ui.preferences import MAX_FONT_SIZE

    pane = ReadingPane(tall_book, reading_font)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.set_article(tall_book, colors_for(Theme.LIGHT))
    pane.set_font_size(MAX_FONT_SIZE)
    with qtbot.waitSignal(pane.firstPainted):
        pane.show()
    return pane


def _text_at_bottom(pane: ReadingPane) -> str:
    """The text of the line just above the view's bottom margin (what the reader sees last on screen)."""
    from PySide6.QtCore import QPoint

    point = QPoint(pane.viewport_size().width() // 2, pane.viewport_size().height() - 60)
    return pane.cursorForPosition(point).block().text()


def _book_bar(pane: ReadingPane):
    from PySide6.QtWidgets import QScrollBar

    (bar,) = [bar for bar in pane.findChildren(QScrollBar) if bar.objectName() == "bookScrollBar"]
    return bar


def test_the_tall_book_is_taller_than_one_document_can_be(tall_pane, tall_book):
    layout = tall_pane.document().documentLayout()
    line = layout.blockBoundingRect(tall_pane.passage_cursor(5).block()).height()
    assert line * len(tall_book.passages) > QFIXED_MAX
    assert layout.documentSize().height() < QFIXED_MAX / 2, "the document holds a window of it"


def test_the_book_bar_takes_the_reader_to_the_last_line_and_shows_it(qtbot, tall_pane, tall_book):
    bar = _book_bar(tall_pane)
    assert bar.isVisible() and bar.accessibleName()
    assert tall_pane.childAt(bar.geometry().center()) is bar, "in place of the pane's own, which spans the window"
    assert not tall_pane.verticalScrollBar().isVisible()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: _text_at_bottom(tall_pane) == tall_book.passages[-1].text)
    assert tall_pane.progress() == 100
    assert tall_pane.document().documentLayout().documentSize().height() < QFIXED_MAX / 2
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: tall_pane.scroll_fraction() == pytest.approx(0.5, abs=0.01))
    assert bar.value() == pytest.approx(bar.maximum() // 2, abs=bar.maximum() // 100)


def test_ctrl_end_and_ctrl_home_reach_the_books_ends(qtbot, tall_pane, tall_book):
    tall_pane.setFocus()
    qtbot.keyClick(tall_pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _text_at_bottom(tall_pane) == tall_book.passages[-1].text)
    assert tall_pane.position_of(tall_pane.textCursor().position())[0] == len(tall_book.passages) - 1
    qtbot.keyClick(tall_pane, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert tall_pane.verticalScrollBar().value() == 0
    assert tall_pane.textCursor().block().text() == tall_book.title


def test_a_hit_on_the_last_line_is_jumped_to_and_painted_on_its_words(tall_pane, tall_book):
    last = tall_book.passages[-1]
    start = last.text.index("Жидебай")
    tall_pane.set_highlights([(1, 0, 3), (last.index, start, start + 7)], 1, colors_for(Theme.LIGHT))
    tall_pane.caret_to_passage(last.index, start)
    tall_pane.scroll_to_passage(last.index, start)
    assert tall_pane.position_of(tall_pane.textCursor().position()) == (last.index, start)
    assert 0 <= tall_pane.cursorRect().top() < tall_pane.viewport_size().height()
    assert [s.cursor.selectedText() for s in tall_pane.extraSelections()] == ["Жидебай"]
    tall_pane.scroll_to_section(tall_book.sections[0].id)  # back to the start: the first hit is painted there
    assert [s.cursor.selectedText() for s in tall_pane.extraSelections()] == [tall_book.passages[1].text[:3]]


def test_a_highlight_far_down_lands_on_its_words(qtbot, tall_pane, tall_book):
    last = tall_book.passages[-1]
    tall_pane.set_marks([Mark(last.index, 2, 9, "#fff0a0", False, "", "k"), Mark(3, 0, 4, "#fff0a0", False, "", "j")])
    tall_pane.scroll_passage_to_top(last.index)
    qtbot.wait(10)
    assert [s.cursor.selectedText() for s in tall_pane.extraSelections()] == [last.text[2:9]]
    assert tall_pane.passage_text(last.index) == last.text


def test_a_reading_position_deep_in_the_book_is_restored(tall_pane, tall_book):
    tall_pane.set_scroll_fraction(0.9)
    assert tall_pane.scroll_fraction() == pytest.approx(0.9, abs=0.001)
    tall_pane.zoom_out()
    assert tall_pane.scroll_fraction() == pytest.approx(0.9, abs=0.001)


@pytest.fixture
def windowed_pane(qtbot, reading_font, book) -> ReadingPane:
    """The 24-chapter book through a window of about a fifth of it (thresholds made small)."""
    pane = _pane(qtbot, reading_font, book)
    pane.window_chars, pane.back_chars, pane.edge_chars = 12_000, 2_500, 800
    pane.set_article(book, colors_for(Theme.LIGHT))
    with qtbot.waitSignal(pane.firstPainted):
        pane.show()
    return pane


def _in_view(pane: ReadingPane) -> tuple[int, int]:
    from PySide6.QtCore import QPoint

    size = pane.viewport_size()
    first = pane.position_of(pane.cursorForPosition(QPoint(size.width() // 2, 30)).position())
    last = pane.position_of(pane.cursorForPosition(QPoint(size.width() // 2, size.height() - 40)).position())
    return (first or (0, 0))[0], (last or (0, 0))[0]


def test_scrolling_through_the_window_edges_shows_every_passage_in_order(qtbot, windowed_pane, book):
    bar = windowed_pane.verticalScrollBar()
    seen = [_in_view(windowed_pane)]
    while seen[-1][1] < len(book.passages) - 1:
        bar.setValue(bar.value() + windowed_pane.viewport_size().height() // 2)
        qtbot.wait(1)
        seen.append(_in_view(windowed_pane))
        assert seen[-1][0] <= seen[-2][1] + 1, "no passage skipped"
        assert seen[-1][0] >= seen[-2][0], "never back"
        assert len(seen) < 1000
    assert windowed_pane.current_section() == book.sections[-1].id
    while seen[-1][0] > 0:  # and back up
        bar.setValue(bar.value() - windowed_pane.viewport_size().height() // 2)
        qtbot.wait(1)
        seen.append(_in_view(windowed_pane))
        assert seen[-1][1] >= seen[-2][0] - 1
        assert len(seen) < 2000
    assert windowed_pane.current_section() == book.sections[0].id


def test_every_section_is_reached_through_the_window(windowed_pane, book):
    for section in reversed(book.sections[1:]):
        windowed_pane.scroll_to_section(section.id)
        top = windowed_pane.section_top(section.id) - windowed_pane.verticalScrollBar().value()
        assert windowed_pane.current_section() == section.id
        assert 0 <= top <= HEADING_GAP + 1 or windowed_pane.verticalScrollBar().value() > 0
        windowed_pane.caret_to_section(section.id)
        assert windowed_pane.textCursor().block().text() == section.heading


def test_select_all_of_a_windowed_book_copies_all_of_it(windowed_pane, book):
    windowed_pane.scroll_to_section(book.sections[CHAPTERS // 2].id)
    windowed_pane.selectAll()
    windowed_pane.copy()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(book.title) and book.passages[-1].text in copied
    assert all(passage.text in copied for passage in book.passages)


def test_in_the_window_a_hit_beyond_the_first_window_is_found_and_shown(monkeypatch, make_window, tmp_path, qtbot):
    from desktop.content import load_article

    monkeypatch.setattr(ReadingPane, "window_chars", 20_000)
    paragraph = "Абай ауылға қайтты, күз еді, дала сарғайып жатты. " * 8
    path = tmp_path / "book.txt"
    path.write_text("Ұзақ кітап\n\n" + "\n\n".join([paragraph] * 400 + ["Соңында Жидебайға жетті."]), encoding="utf-8")
    window = make_window()
    window.show_article(load_article(path), path)
    pane = window.reading_pane
    window.search_box.setText("Жидебай")
    qtbot.waitUntil(lambda: window.search.result is not None and window.search.current == 0, timeout=20_000)
    last = pane.article.passages[-1]
    assert pane.position_of(pane.textCursor().position()) == (last.index, last.text.index("Жидебай"))
    assert 0 <= pane.cursorRect().top() < pane.viewport_size().height()
    assert "Жидебайға" in [s.cursor.selectedText() for s in pane.extraSelections()]
    assert pane.document().characterCount() < 40_000, "a window of the book"


def test_the_sentence_read_aloud_stays_on_its_words_as_the_window_moves(windowed_pane, book):
    last = book.passages[-1]
    windowed_pane.set_spoken((last.index, 0, 5), colors_for(Theme.LIGHT))
    assert [s.cursor.selectedText() for s in windowed_pane.extraSelections()] == [last.text[:5]]
    windowed_pane.scroll_to_section(book.sections[0].id)
    assert windowed_pane.extraSelections() == []  # its passage is out of the window
    windowed_pane.scroll_passage_to_top(last.index)
    assert [s.cursor.selectedText() for s in windowed_pane.extraSelections()] == [last.text[:5]]


def test_paragraphs_longer_than_the_windows_margins_are_read_through_and_the_window_settles(qtbot, reading_font):
    builder = ArticleBuilder()
    builder.heading("Жалғыз тарау")
    for number in range(40):
        builder.paragraph(f"{number + 1}-абзац. " + "Абай ауылға қайтты, күз еді, дала сарғайып жатты. " * 100)
    long_paragraphs = builder.build("Ұзақ абзацтар", dt.date(2025, 11, 15), "test")
    pane = _pane(qtbot, reading_font, long_paragraphs)
    pane.window_chars, pane.back_chars, pane.edge_chars = 12_000, 2_000, 1_000
    pane.set_article(long_paragraphs, colors_for(Theme.LIGHT))
    with qtbot.waitSignal(pane.firstPainted):
        pane.show()
    changes: list[int] = []
    pane.document().contentsChanged.connect(lambda: changes.append(1))
    bar = pane.verticalScrollBar()
    seen = [_in_view(pane)]
    while seen[-1][1] < len(long_paragraphs.passages) - 1:
        bar.setValue(bar.value() + pane.viewport_size().height() // 2)
        qtbot.wait(1)
        seen.append(_in_view(pane))
        assert seen[-1][0] <= seen[-2][1] + 1 and len(seen) < 2000
    qtbot.waitUntil(lambda: not pane.building, timeout=20_000)
    changes.clear()
    qtbot.wait(100)
    assert changes == [], "a window that holds the view stays as it is"


def test_an_article_after_a_windowed_book_has_the_panes_own_scroll_bar_again(qtbot, tall_pane, article):
    width = tall_pane.viewport_size().width()
    tall_pane.set_article(article, colors_for(Theme.LIGHT))
    assert tall_pane.verticalScrollBar().isVisible() and not _book_bar(tall_pane).isVisible()
    assert tall_pane.viewport_size().width() == width, "the text keeps its width"


def _numbered_book_in_window(monkeypatch, make_window, tmp_path, sentence: str):
    """A main window showing a .txt book of 400 numbered paragraphs ("7-бөлік. " and ``sentence``
    eight times), shown through windows of 20,000 characters."""
    from desktop.content import load_article

    monkeypatch.setattr(ReadingPane, "window_chars", 20_000)
    paragraphs = [f"{number}-бөлік. " + sentence * 8 for number in range(400)]
    path = tmp_path / "book.txt"
    path.write_text("Ұзақ кітап\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    window = make_window()
    window.show_article(load_article(path), path)
    return window


def test_in_the_window_the_alphabet_and_a_reopening_keep_the_place_deep_in_a_windowed_book(
    monkeypatch, make_window, tmp_path, qtbot
):
    window = _numbered_book_in_window(
        monkeypatch, make_window, tmp_path, "Абай ауылға қайтты, күз еді, дала сарғайып жатты. "
    )
    pane = window.reading_pane
    pane.set_scroll_fraction(0.8)
    passage = _in_view(pane)[0]
    assert passage > len(pane.article.passages) * 3 // 4
    number = pane.passage_text(passage).split("-")[0]
    near = 1  # the passage at the top, or the one beside it (the alphabets' lines wrap apart)
    window.set_latin_script(True)
    assert abs(_in_view(pane)[0] - passage) <= near
    shown = pane.passage_text(passage)
    assert shown.split("-")[0] == number and "Abai" in shown, "the same paragraph, in Latin"
    window.set_latin_script(False)
    assert abs(_in_view(pane)[0] - passage) <= near
    window.save_state()
    from desktop.content import load_article

    path = tmp_path / "book.txt"  # where _numbered_book_in_window wrote it
    again = make_window()
    again.show_article(load_article(path), path)
    assert abs(_in_view(again.reading_pane)[0] - passage) <= near


def test_page_down_reads_a_windowed_book_to_its_end_and_page_up_back(qtbot, windowed_pane, book):
    windowed_pane.setFocus()
    for _ in range(400):
        if _in_view(windowed_pane)[1] == len(book.passages) - 1:
            break
        qtbot.keyClick(windowed_pane, Qt.Key.Key_PageDown)
        qtbot.wait(1)
    assert _in_view(windowed_pane)[1] == len(book.passages) - 1
    for _ in range(400):
        if windowed_pane.verticalScrollBar().value() == 0 and _in_view(windowed_pane)[0] == 0:
            break
        qtbot.keyClick(windowed_pane, Qt.Key.Key_PageUp)
        qtbot.wait(1)
    assert windowed_pane.progress() == 0 and windowed_pane.current_section() == book.sections[0].id


def test_a_narrow_column_makes_the_window_smaller_before_it_grows_past_the_limit(qtbot, tall_pane, tall_book):
    tall_pane.set_scroll_fraction(0.5)
    passage = _in_view(tall_pane)[0]
    tall_pane.resize(260, 500)
    qtbot.wait(300)  # the resize settles, then the window is fitted
    layout = tall_pane.document().documentLayout()
    last = tall_pane.document().lastBlock()
    assert layout.blockBoundingRect(last).bottom() < QFIXED_MAX / 2, "all of the window laid out, well inside the limit"
    assert abs(_in_view(tall_pane)[0] - passage) <= 2


# -- a selection while the window moves --------------------------------------------------------
def _copied(pane: ReadingPane) -> str:
    pane.copy()
    return QGuiApplication.clipboard().text()


def _select_down_until_the_window_leaves(qtbot, pane: ReadingPane, passage: int) -> None:
    """Shift+Page Down from a passage's start until the window no longer holds the passage."""
    pane.setFocus()
    pane.caret_to_passage(passage)
    for _ in range(200):
        if pane._base > passage:
            return
        qtbot.keyClick(pane, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
        qtbot.wait(1)
    raise AssertionError("the window never moved past the selection's start")


def test_a_selection_extended_past_the_windows_edge_keeps_its_start_in_the_book(qtbot, windowed_pane, book):
    start = book.passages[3 * PARAGRAPHS + 2]  # in the first window
    _select_down_until_the_window_leaves(qtbot, windowed_pane, start.index)
    cursor = windowed_pane.textCursor()
    assert cursor.hasSelection() and cursor.selectionStart() == 0, "the window's part of it is shown selected"
    assert windowed_pane.selected_span() == (start.index, 0, len(start.text)), "a highlight starts where it did"
    end = windowed_pane.book_selection()[1]
    copied = _copied(windowed_pane)
    assert copied.startswith(start.text), "the part no longer in the window is copied too"
    assert all(book.passages[index].text in copied for index in range(start.index, end[0]))
    assert copied.endswith(book.passages[end[0]].text[: end[1]])
    qtbot.keyClick(windowed_pane, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
    assert windowed_pane.book_selection()[0] == (start.index, 0), "extended on from where it reached"
    assert windowed_pane.book_selection()[1] > end


def test_a_selection_scrolled_out_of_the_window_and_back_is_shown_on_its_words(qtbot, windowed_pane, book):
    chosen = book.passages[2 * PARAGRAPHS + 5]
    windowed_pane.setTextCursor(windowed_pane.passage_cursor(chosen.index, 5, 40))
    windowed_pane.set_scroll_fraction(0.9)  # the window moves far from it
    assert windowed_pane._base > chosen.index
    assert not windowed_pane.textCursor().hasSelection(), "none of it is in the window"
    assert _copied(windowed_pane) == chosen.text[5:40]
    assert windowed_pane.selected_span() == (chosen.index, 5, 40)
    windowed_pane.scroll_passage_to_top(chosen.index)  # and back
    assert windowed_pane.textCursor().selectedText() == chosen.text[5:40]
    assert windowed_pane.selected_span() == (chosen.index, 5, 40)


def test_the_text_menus_copy_takes_a_selection_none_of_which_is_in_the_window(windowed_pane, book):
    from PySide6.QtCore import QPoint

    chosen = book.passages[PARAGRAPHS + 3]
    windowed_pane.setTextCursor(windowed_pane.passage_cursor(chosen.index, 5, 40))
    windowed_pane.set_scroll_fraction(0.9)
    menu = windowed_pane.createStandardContextMenu(QPoint(100, 100))
    [copy] = [action for action in menu.actions() if action.objectName() == "edit-copy"]
    assert copy.isEnabled()
    QGuiApplication.clipboard().clear()
    copy.trigger()
    assert QGuiApplication.clipboard().text() == chosen.text[5:40]


def test_a_click_after_the_window_moved_drops_the_kept_selection(qtbot, windowed_pane, book):
    from PySide6.QtCore import QPoint

    _select_down_until_the_window_leaves(qtbot, windowed_pane, book.passages[PARAGRAPHS].index)
    qtbot.mouseClick(windowed_pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    assert windowed_pane.selected_span() is None and windowed_pane.book_selection() is None


def test_shift_ctrl_end_selects_from_the_caret_to_the_books_end(qtbot, windowed_pane, book):
    start = book.passages[PARAGRAPHS + 1]
    windowed_pane.setFocus()
    windowed_pane.caret_to_passage(start.index, 6)
    modifiers = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(windowed_pane, Qt.Key.Key_End, modifiers)
    assert windowed_pane._base > start.index, "the window moved to the book's end"
    copied = _copied(windowed_pane)
    assert copied.startswith(start.text[6:]) and copied.endswith(book.passages[-1].text)
    assert all(passage.text in copied for passage in book.passages[start.index + 1 :])


def test_shift_ctrl_home_selects_from_the_caret_to_the_books_start(qtbot, windowed_pane, book):
    end = book.passages[-3]
    windowed_pane.setFocus()
    windowed_pane.caret_to_passage(end.index, 10)
    modifiers = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(windowed_pane, Qt.Key.Key_Home, modifiers)
    assert windowed_pane._base == 0
    copied = _copied(windowed_pane)
    assert copied.startswith(book.passages[0].text) and copied.endswith(end.text[:10])
    assert windowed_pane.selected_span() == (0, 0, len(book.passages[0].text))


def test_select_all_of_a_windowed_book_stays_whole_as_the_window_moves(qtbot, windowed_pane, book):
    windowed_pane.selectAll()
    cursor = windowed_pane.textCursor()
    assert cursor.selectionStart() == 0 and cursor.selectionEnd() == windowed_pane.document().characterCount() - 1
    windowed_pane.set_scroll_fraction(0.6)
    cursor = windowed_pane.textCursor()
    assert cursor.selectionStart() == 0 and cursor.selectionEnd() == windowed_pane.document().characterCount() - 1
    copied = _copied(windowed_pane)
    assert copied.startswith(book.title) and all(passage.text in copied for passage in book.passages)


def test_in_the_window_a_selection_started_outside_the_window_is_highlighted_from_its_start(
    monkeypatch, make_window, tmp_path, qtbot
):
    window = _numbered_book_in_window(monkeypatch, make_window, tmp_path, "Абай ауылға қайтты, күз еді. ")
    pane = window.reading_pane
    _select_down_until_the_window_leaves(qtbot, pane, 5)
    assert window.marking.highlight_selection()
    (annotation,) = window.annotations.annotations
    assert annotation.anchor.passage == 5 and annotation.anchor.quote.startswith("5-бөлік")


def test_a_mouse_drag_carried_past_the_windows_edge_keeps_where_it_started(qtbot, windowed_pane, book):
    from PySide6.QtCore import QEvent, QPoint, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport, bar = windowed_pane.viewport(), windowed_pane.verticalScrollBar()
    windowed_pane.scroll_passage_to_top(PARAGRAPHS)
    pressed = QPoint(windowed_pane.viewport_size().width() // 2, 60)
    start = windowed_pane.position_of(windowed_pane.cursorForPosition(pressed).position())
    assert start is not None
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=pressed)
    bottom = QPointF(pressed.x(), windowed_pane.viewport_size().height() - 5)
    for _ in range(400):  # the reader scrolls with the button held, and moves on down
        if windowed_pane._base > start[0]:
            break
        bar.setValue(bar.value() + windowed_pane.viewport_size().height() // 2)
        move = QMouseEvent(
            QEvent.Type.MouseMove, bottom, bottom, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(viewport, move)
        qtbot.wait(1)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=bottom.toPoint())
    assert windowed_pane._base > start[0], "the window moved past where the drag started"
    first, last = windowed_pane.book_selection()
    assert first == start and last[0] > start[0]
    assert windowed_pane.textCursor().selectionStart() == 0, "the window's part of it is shown selected"
    assert _copied(windowed_pane).startswith(book.passages[start[0]].text[start[1] :])


# -- a screen reader in a windowed book ------------------------------------------------------


def _description(pane: ReadingPane) -> str:
    return QAccessible.queryAccessibleInterface(pane).text(QAccessible.Text.Description)


def test_the_panes_description_says_where_in_a_windowed_book_the_view_is(windowed_pane, book):
    windowed_pane.setAccessibleDescription(book.title)
    assert _description(windowed_pane).startswith(f"{book.title}. {book.sections[0].label}: кітаптың 0%; ")
    windowed_pane.set_scroll_fraction(0.7)
    section = book.section(windowed_pane.current_section())
    described = _description(windowed_pane)
    assert described == f"{book.title}. {section.label}: кітаптың {windowed_pane.progress()}%; мәтінде кітаптың " + (
        f"{round(100 * windowed_pane._text_starts[windowed_pane._base] / windowed_pane._text_starts[-1])}–"
        f"{round(100 * windowed_pane._text_starts[windowed_pane._window_end] / windowed_pane._text_starts[-1])}%-ы"
    )
    assert 60 <= windowed_pane.progress() <= 75


def test_the_description_follows_the_caret_taken_far_into_the_book_and_back(windowed_pane, book):
    windowed_pane.setAccessibleDescription(book.title)
    for index in (len(book.passages) - 1, 0, len(book.passages) // 2, 3):  # each a move of the window
        windowed_pane.caret_to_passage(index)
        assert windowed_pane._base <= index < windowed_pane._window_end
        assert _description(windowed_pane) == f"{book.title}. {windowed_pane.place_in_book()}", index


def test_an_article_shown_whole_is_described_by_its_title_alone(qtbot, reading_font, article):
    pane = ReadingPane(article, reading_font)
    qtbot.addWidget(pane)
    pane.set_article(article, colors_for(Theme.LIGHT))
    pane.setAccessibleDescription(article.title)
    assert _description(pane) == article.title


def test_the_window_moving_under_the_caret_is_announced_with_the_place(qtbot, windowed_pane, book, announced):
    windowed_pane.activateWindow()
    windowed_pane.setFocus()
    qtbot.waitUntil(windowed_pane.hasFocus)
    base = windowed_pane._base
    for _ in range(200):
        qtbot.keyClick(windowed_pane, Qt.Key.Key_PageDown)
        qtbot.wait(1)
        if windowed_pane._base != base:
            break
    qtbot.wait(10)
    assert windowed_pane._base != base
    assert announced and announced[-1] == windowed_pane.place_in_book()
    assert windowed_pane.place_in_book().startswith(book.section(windowed_pane.current_section()).label)


def test_the_screen_readers_text_holds_the_caret_and_its_line_after_the_window_moves(qtbot, windowed_pane, book):
    passage = book.passages[-20]
    windowed_pane.caret_to_passage(passage.index, 12)
    windowed_pane.scroll_passage_to_top(passage.index)
    assert windowed_pane._base > 0
    interface = QAccessible.queryAccessibleInterface(windowed_pane).textInterface()
    caret = interface.cursorPosition()
    assert caret == windowed_pane.textCursor().position()
    block = windowed_pane.textCursor().block()
    assert interface.text(block.position(), block.position() + block.length() - 1) == passage.text
    assert interface.text(caret, caret + 10) == passage.text[12:22]


def test_in_the_window_a_word_snapped_drag_past_the_windows_edge_keeps_its_first_word(
    monkeypatch, make_window, tmp_path, qtbot
):
    from PySide6.QtCore import QEvent, QPoint, QPointF
    from PySide6.QtGui import QCursor, QMouseEvent
    from PySide6.QtWidgets import QApplication

    window = _numbered_book_in_window(monkeypatch, make_window, tmp_path, "Абай ауылға қайтты, күз еді. ")
    pane = window.reading_pane
    pane.scroll_passage_to_top(20)
    size = pane.viewport_size()
    word = pane.article.passages[20].text.index("ауылға")
    pressed = pane.cursorRect(pane.passage_cursor(20, word + 3, word + 3)).center()
    start = pane.position_of(pane.cursorForPosition(pressed).position())
    assert start is not None and start[0] == 20 and word < start[1] < word + len("ауылға"), "pressed inside a word"
    viewport = pane.viewport()
    building_after_moves: list[bool] = []
    move_window = pane._move_window

    def move_window_noting_the_build(index: int) -> None:
        move_window(index)
        building_after_moves.append(pane.building)

    monkeypatch.setattr(pane, "_move_window", move_window_noting_the_build)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=pressed)
    below = QPoint(pressed.x(), size.height() + 60)  # held below the view: QTextEdit scrolls on its own
    resting = QCursor.pos()
    QCursor.setPos(viewport.mapToGlobal(below))  # where its scrolling reads the mouse from
    move = QMouseEvent(
        QEvent.Type.MouseMove, QPointF(below), QPointF(viewport.mapToGlobal(below)), Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(viewport, move)  # the words snapped, and the scrolling started
    qtbot.waitUntil(lambda: pane._base > start[0], timeout=60_000)
    moved = pane._base
    qtbot.waitUntil(lambda: pane._base > moved, timeout=60_000)  # and the drag goes on through it, into the next
    assert building_after_moves[0], "the drag went on from a window still being built"
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=below)
    QCursor.setPos(resting)
    passage, offset, _ = pane.selected_span()
    assert passage == start[0] and offset == word, "from the start of the word pressed on"
    qtbot.waitUntil(lambda: not pane.building)
    assert window.marking.selection_bar.isVisible(), "the floating bar offers it, and stays as the window is built"


def test_in_the_window_a_book_grown_under_its_window_is_fitted_to_a_resize(windowed_pane, book, qtbot):
    """A book read whole after its first sections lists its blocks again: a resize after it fits
    the window from the new listing, not from the places of the old one."""
    windowed_pane.set_scroll_fraction(0.6)
    shown = windowed_pane._base
    windowed_pane.extend_article(book, colors_for(Theme.LIGHT))  # the same text read again whole
    windowed_pane.resize(420, 500)  # a narrower column: the window is fitted once the resize settles
    qtbot.waitUntil(lambda: not windowed_pane._fit_timer.isActive(), timeout=5_000)
    qtbot.wait(20)
    assert windowed_pane._base >= shown - 5 and windowed_pane.document().toPlainText().strip()


def _walked_span(pane: ReadingPane, index: int) -> tuple[int, int]:
    """The window around a passage as the pane placed it by walking the blocks from its first, adding
    their heights one by one: its first place and the place after its last."""
    from desktop.content.export import block_places

    starts, book = pane._text_starts, pane.article
    places = list(block_places(book))
    offsets = [starts[place.passage] for place in places]
    line, per_line, picture, gap = pane._reckoning()
    at = max(number for number, offset in enumerate(offsets) if offset <= starts[index])
    back = min(pane.back_chars, pane.window_chars // 4)
    before = [number for number, offset in enumerate(offsets) if offset <= starts[index] - back]
    first = max(0, min(at, before[-1] if before else -1))
    height, last = 0.0, first
    while last < len(places) and (
        last <= at
        or offsets[last] < starts[index] + 2 * pane.edge_chars
        or (offsets[last] - offsets[first] < pane.window_chars and height < pane.window_pixels)
    ):
        place = places[last]
        end = places[last + 1].passage if last + 1 < len(places) else len(book.passages)
        for passage in range(place.passage, end):
            height += ((starts[passage + 1] - starts[passage]) // per_line + 1) * line + gap
        if place.block >= 0 and isinstance(book.sections[place.section].blocks[place.block], Figure):
            height += picture
        last += 1
    return first, last


@pytest.mark.parametrize("limit", ["chars", "pixels"])
def test_every_passages_window_is_the_one_walking_the_blocks_gives(qtbot, reading_font, limit):
    """Books of every kind of block, figures among them: each passage's window ends where adding up
    the blocks' text and heights one by one ends it, by the text's length or by the height."""
    from tests.helpers.books import every_kind_of_block

    kinds = every_kind_of_block()
    sections = tuple(
        Section(
            f"s{number}", f"{number}", f"{number}-бөлім", "",
            tuple(kinds[(number + block) % len(kinds)] if block % 4 == 3 else Paragraph("сөз " * (block * 7 % 60))
                  for block in range(number * 5 % 23)),
            number % 4 != 0,
        )
        for number in range(60)
    )  # fmt: skip
    book = Article("Кітап", "2025-11-15", "test", "kk", sections)
    pane = ReadingPane(book, reading_font)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.window_chars, pane.back_chars, pane.edge_chars = 3_000, 600, 150
    if limit == "pixels":
        pane.window_pixels = 4_000
    pane.set_article(book, colors_for(Theme.LIGHT))
    assert pane._windowed
    for passage in book.passages:
        pane._span_around(passage.index)
        assert pane._span_places == _walked_span(pane, passage.index), passage.index


def test_placing_the_window_in_a_book_of_short_lines_walks_none_of_its_blocks(qtbot, reading_font):
    """A source listing is tens of thousands of one-line blocks: a window placed in its middle is found
    among the book's places by bisection, with no Python call for each block it spans (58,000 blocks
    took some 35 ms of an event when they were walked)."""
    import sys

    book = Article(
        "Тізім", "2025-11-15", "test", "kk",
        (Section("s", "s", "s", "", tuple(Paragraph(f"{number} жол") for number in range(20_000))),),
    )  # fmt: skip
    pane = ReadingPane(book, reading_font)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.window_chars = 60_000
    pane.set_article(book, colors_for(Theme.LIGHT))
    pane._span_around(0)  # the book's places listed once
    calls = 0

    def count(_frame, event, _argument):
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        pane._span_around(10_000)
    finally:
        sys.setprofile(None)
    first, last = pane._span_places
    assert last - first > 1_000
    assert calls < 100
    calls = 0
    sys.setprofile(count)
    try:  # the book taken whole: its passages indexed, its places listed, the window placed
        pane._passage_index()
        pane._span_around(10_000)
    finally:
        sys.setprofile(None)
    assert pane._span_places == (first, last)
    assert calls < 100
