"""A long book in the reading pane: built a slice at a time after its first screen, and every
passage reachable (sections, hits, highlights, positions, the whole text) before the build ends.

The pane's thresholds are made small here, so that a book of a few hundred paragraphs is built
in many slices, as a book of tens of megabytes is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.content import Article
from desktop.content.formats.build import ArticleBuilder
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
