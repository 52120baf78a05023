"""The library in the window: its page, adding (menu, drag and drop), filtering, sorting, scopes of search."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.ui.library.model import Column, LibraryModel
from desktop.ui.mainwindow import MainAction
from desktop.ui.search.results_model import SearchResultsModel
from tests.helpers.qt import displayed, problems_told, search_for, type_text
from tests.unit.library.conftest import write_text_article


@pytest.fixture
def window(make_window, qtbot):
    made = make_window()
    qtbot.waitUntil(made.library.idle, timeout=5000)
    return made


def add(window, qtbot, *paths: Path):
    with qtbot.waitSignal(window.library.added, timeout=10000) as report:
        window.library_page.add_to_library(list(paths))
    qtbot.waitUntil(window.library.idle, timeout=5000)
    return report.args[0]


def titles(window) -> list[str]:
    model = window.library_page.library_view.model
    return [model.data(model.index(row, Column.TITLE)) for row in range(model.rowCount())]


@pytest.fixture
def three(tmp_path):
    return [
        write_text_article(tmp_path / "a" / "steppe.txt", "Дала туралы", "Қазақ даласы кең.", "Ресейге жол ашылды."),
        write_text_article(tmp_path / "a" / "city.txt", "Алматы қаласы", "Қала тауға жақын."),
        write_text_article(tmp_path / "a" / "birds.txt", "Бүркіт", "Бүркітші Ресей мен Моңғолияда да бар."),
    ]


def test_ctrl_shift_l_shows_the_library_with_the_bundled_article_and_esc_goes_back(window, qtbot, article):
    window.action(MainAction.LIBRARY).trigger()
    assert window.library_page.library_shown()
    assert titles(window) == [article.title]
    table = window.library_page.library_view.table
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not window.library_page.library_shown()
    assert not window.action(MainAction.LIBRARY).isChecked()


def test_added_files_are_listed_with_source_date_length_and_notes(window, qtbot, three, article):
    report = add(window, qtbot, three[0].parent)
    assert sorted(path.name for path in report.added) == ["birds.txt", "city.txt", "steppe.txt"]
    window.library_page.show_library(True)
    assert sorted(titles(window)) == sorted([article.title, "Дала туралы", "Алматы қаласы", "Бүркіт"])
    model = window.library_page.library_view.model
    row = next(r for r in range(model.rowCount()) if model.entry(r).title == "Дала туралы")
    assert model.data(model.index(row, Column.LENGTH)) == "6 сөз"  # the title is not counted
    assert model.data(model.index(row, Column.PROGRESS)) == "0%"


def test_the_notes_column_counts_the_articles_annotations(window, qtbot):
    window.reading_pane.setTextCursor(window.reading_pane.passage_cursor(2, 0, 7))
    window.marking.highlight_selection()
    window.library_page.show_library(True)
    model = window.library_page.library_view.model
    assert model.data(model.index(0, Column.NOTES)) == "1"


def test_files_that_cannot_be_added_are_named_with_the_reason(window, qtbot, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "in" / "empty.txt").write_text("\n\n", encoding="utf-8")
    write_text_article(tmp_path / "in" / "ok.txt", "Жақсы", "Мәтін.")
    add(window, qtbot, tmp_path / "in")
    box = qtbot.waitUntil(lambda: window.findChild(QMessageBox, "librarySkipped") is not None, timeout=3000)
    box = window.findChild(QMessageBox, "librarySkipped")
    text = displayed(box.text())
    assert "scan.pdf: мақала файлы емес (.pdf)" in text  # in the interface's language
    assert "empty.txt: файлда оқылатын мәтін жоқ" in text
    assert "empty.txt:" in text and "ok.txt" not in text
    assert "Кітапханаға қосылды: 1" in window.statusBar().currentMessage()
    box.close()


def test_the_list_filters_as_the_reader_types_and_says_when_nothing_matches(window, qtbot, three):
    add(window, qtbot, *three)
    window.library_page.show_library(True)
    view = window.library_page.library_view
    type_text(view.filter_text, "АЛМАТЫ")
    assert titles(window) == ["Алматы қаласы"]
    view.filter_text.clear()
    type_text(view.filter_text, "<b>жоқ</b>")
    assert titles(window) == []
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "«<b>жоқ</b>» бойынша мақала жоқ"


def test_the_page_shows_how_many_articles_it_holds_and_reads_out_how_many_a_filter_leaves(
    window, qtbot, three, announced
):
    add(window, qtbot, *three)
    window.library_page.show_library(True)
    view = window.library_page.library_view
    count = view.findChild(QLabel, "libraryCount")
    assert count is not None and count.isVisible()
    assert count.text() == "4 мақала"  # the bundled article and the three
    assert view.table.accessibleDescription() == "4 мақала", "said as the table is reached"
    type_text(view.filter_text, "бүркіт")
    assert count.text() == "1 мақала, барлығы 4" == view.table.accessibleDescription()
    qtbot.waitUntil(lambda: "1 мақала, барлығы 4" in announced, timeout=3000)
    assert announced.count("1 мақала, барлығы 4") == 1
    view.filter_text.clear()
    type_text(view.filter_text, "жоқ")
    assert count.text() == "0 мақала, барлығы 4"
    qtbot.waitUntil(lambda: "«жоқ» бойынша мақала жоқ" in announced, timeout=3000)


def test_the_table_is_one_tab_stop_and_typing_on_it_filters(window, qtbot, three):
    add(window, qtbot, *three)
    window.library_page.show_library(True)
    table = window.library_page.library_view.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentIndex().row() == 1, "arrows move inside"
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus(), "one Tab leaves the table"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not table.hasFocus(), "and Shift+Tab too"
    table.setFocus()
    type_text(table, "алма")
    view = window.library_page.library_view
    assert view.filter_text.text() == "алма" and view.filter_text.hasFocus()
    assert titles(window) == ["Алматы қаласы"]


def test_from_the_filter_down_goes_to_the_list_enter_opens_and_esc_clears_then_goes_back(window, qtbot, three):
    add(window, qtbot, *three)
    window.library_page.show_library(True)
    view = window.library_page.library_view
    view.filter_text.setFocus()
    qtbot.waitUntil(view.filter_text.hasFocus)
    type_text(view.filter_text, "а")
    qtbot.keyClick(view.filter_text, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0, "Down goes into the list, at its top"
    view.filter_text.setFocus()
    view.filter_text.clear()
    type_text(view.filter_text, "бүркіт")
    qtbot.keyClick(view.filter_text, Qt.Key.Key_Escape)
    assert view.filter_text.text() == "" and window.library_page.library_shown(), "the first Esc clears"
    type_text(view.filter_text, "бүркіт")
    with qtbot.waitSignal(view.articleChosen, timeout=3000) as chosen:
        qtbot.keyClick(view.filter_text, Qt.Key.Key_Return)  # the one article the filter left
    assert window.library.entry(chosen.args[0]).title == "Бүркіт"
    window.library_page.show_library(True)
    view.filter_text.setFocus()
    view.filter_text.clear()
    qtbot.keyClick(view.filter_text, Qt.Key.Key_Escape)
    assert not window.library_page.library_shown(), "Esc in an empty filter goes back to the text"


def test_a_narrow_page_keeps_the_title_column_readable_and_scrolls_to_the_others(window, qtbot, three):
    add(window, qtbot, *three)
    window.library_page.show_library(True)
    table = window.library_page.library_view.table
    header = table.horizontalHeader()
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: header.sectionSize(Column.TITLE) > 300)
    assert header.length() <= table.viewport().width() + 1, "a wide page: every column in view"
    narrower = header.sectionSize(Column.TITLE) - 100  # the other columns leave the titles 100 pixels
    window.resize(1280 - narrower, 600)  # a small window, or the results beside the page
    qtbot.waitUntil(lambda: table.viewport().width() < 1254 - narrower + 10)
    qtbot.wait(100)
    letters = table.fontMetrics().averageCharWidth()
    assert header.sectionSize(Column.TITLE) >= 20 * letters, "the titles are not cut to a few letters"
    assert table.horizontalScrollBar().maximum() > 0, "the other columns are scrolled to"
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width() + 1)


def test_a_narrow_page_keeps_room_to_type_a_filter_and_its_buttons_keep_their_names(
    make_window, qtbot, interface_language
):
    interface_language("ru")  # the longest labels
    window = make_window()
    qtbot.waitUntil(window.library.idle, timeout=5000)
    window.library_page.show_library(True)
    view = window.library_page.library_view
    letters = view.filter_text.fontMetrics().averageCharWidth()
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: view.add_button.text() == "Добавить файлы…")
    window.resize(780, 600)  # a small window, or the results beside the page
    qtbot.waitUntil(lambda: view.width() < 800)
    qtbot.wait(50)
    assert view.filter_text.width() >= 24 * letters, "room for what is typed and the placeholder's start"
    assert view.add_button.accessibleName() == "Добавить файлы…" and view.add_button.toolTip() == "Добавить файлы…"
    assert view.add_folder_button.accessibleName() == "Добавить папку…"
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: view.add_button.text() == "Добавить файлы…")


def test_end_goes_to_the_last_article_of_the_library_not_of_the_rows_read_so_far(
    window, qtbot, three, monkeypatch, article
):
    monkeypatch.setattr(LibraryModel, "PAGE", 2)  # rows are read a page at a time
    add(window, qtbot, *three)
    window.library_page.show_library(True)
    table = window.library_page.library_view.table
    model = table.model()
    table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert model.rowCount() == 2 < model.total() == 4
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == 3 and model.entry(3).title == article.title  # the last by title
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0 and model.entry(0).title == "Алматы қаласы"
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == 3


def test_the_filters_words_are_made_while_the_page_is_idle_not_at_the_first_letter_typed(
    window, qtbot, tmp_path, monkeypatch
):
    """Folding 10,000 titles at the first letter stopped the window for 1.2 s: they are folded a few at a time."""
    from desktop.library import catalogue

    for number in range(30):
        write_text_article(tmp_path / "many" / f"{number}.txt", f"Мақала {number}", "Мәтін.")
    add(window, qtbot, tmp_path / "many")
    folded: list[str] = []
    real_fold = catalogue.fold
    monkeypatch.setattr(catalogue, "fold", lambda text: folded.append(text) or real_fold(text))
    window.library_page.show_library(True)
    view = window.library_page.library_view
    qtbot.waitUntil(lambda: len(folded) >= 31, timeout=5000)  # the bundled article and the thirty, while idle
    folded.clear()
    type_text(view.filter_text, "м")
    assert folded == [] and view.model.total() == 31  # "Мәскеуге" in the bundled article's title too


def test_a_filter_typed_while_the_titles_are_still_folded_waits_for_them_then_applies(
    window, qtbot, tmp_path, monkeypatch
):
    """At 50,000 articles the titles take a few hundred ms to fold in their slices: a letter typed then waits
    for them (the window answering meanwhile) rather than folding every one left at once. (A library whose
    titles left fold within FILTER_BUDGET_SECONDS is filtered at once, as the other tests here show.)"""
    from desktop.library import catalogue
    from desktop.ui.library import controller

    monkeypatch.setattr(controller, "FILTER_SLICE", 2)  # many slices: the letter comes before the last
    monkeypatch.setattr(controller, "FILTER_BUDGET_SECONDS", 0)  # as with 50,000 titles: too many to fold at once
    for number in range(30):
        title = f"{'Өрік' if number % 2 else 'Алма'} {number}"
        write_text_article(tmp_path / "many" / f"{number}.txt", title, "Мәтін.")
    add(window, qtbot, tmp_path / "many")
    at_once: list[int] = []
    real_listing_count = catalogue.Library.listing_count

    def counted(library, words=()):
        if words:
            at_once.append(len(library._haystacks))  # how many were folded when the filter was answered
        return real_listing_count(library, words)

    monkeypatch.setattr(catalogue.Library, "listing_count", counted)
    window.library_page.show_library(True)
    view = window.library_page.library_view
    type_text(view.filter_text, "өрік")
    assert not window.library_page._library.filter_ready() and at_once == []  # not answered yet
    qtbot.waitUntil(lambda: view.model.total() == 15, timeout=5000)
    assert at_once and at_once[0] == 31  # answered once every title was folded by the slices


def _searched_in_pages_of_three(window, qtbot, tmp_path, monkeypatch, articles: dict[str, tuple[str, ...]]):
    """A library of ``articles`` (file name -> paragraphs, each titled Мақала N) searched for «сапар», its results
    read three articles a page; the results panel once its first pages are listed and laid out."""
    from desktop.ui.mainwindow import library as window_library

    monkeypatch.setattr(window_library, "RESULTS_PAGE", 3)
    folder = tmp_path / "many"
    for number, (name, paragraphs) in enumerate(articles.items()):
        write_text_article(folder / name, f"Мақала {number}", *paragraphs)
    add(window, qtbot, folder)
    window.resize(1000, 600)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "сапар")
    qtbot.waitUntil(
        lambda: window.library_page.results is not None and window.library_page.results.model.rowCount() > 0
    )
    panel = window.library_page.results
    qtbot.wait(500)  # the list is laid out, again and again if each page asked for the next
    qtbot.waitUntil(lambda: not panel.model.fetching, timeout=5000)
    return panel


def test_the_list_sorts_by_title_date_and_last_read(window, qtbot, three, article):
    add(window, qtbot, *three)
    window.library_page.show_library(True)
    view = window.library_page.library_view
    view.sort.setCurrentIndex(1)  # by title
    assert titles(window) == ["Алматы қаласы", "Бүркіт", "Дала туралы", article.title]
    view.sort.setCurrentIndex(0)  # newest first: the files are dated today, the bundled article 2025-11-15
    assert titles(window)[-1] == article.title
    window.files.open_path(three[1])
    window.library_page.show_library(True)
    view.sort.setCurrentIndex(2)  # last read first
    assert titles(window)[0] == "Алматы қаласы"


def test_enter_on_an_article_opens_it_and_returns_to_the_text(window, qtbot, three):
    add(window, qtbot, *three)
    window.library_page.show_library(True)
    view = window.library_page.library_view
    type_text(view.filter_text, "бүркіт")
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert not window.library_page.library_shown()
    assert window.article.title == "Бүркіт"
    assert "birds.txt" in window.windowTitle()


def test_removing_an_article_keeps_its_file_and_the_bundled_one_stays(window, qtbot, three, article):
    add(window, qtbot, three[0])
    before = three[0].read_bytes()
    window.library_page.show_library(True)
    view = window.library_page.library_view
    view.table.setCurrentIndex(view.model.index(titles(window).index("Дала туралы"), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert titles(window) == [article.title]
    assert three[0].read_bytes() == before
    assert "файлы орнында" in window.statusBar().currentMessage()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert titles(window) == [article.title]
    told = window.statusBar().currentMessage()
    assert told == "Бағдарламамен бірге келген мақаланы кітапханадан алып тастауға болмайды"


def test_an_article_whose_file_is_gone_is_marked_and_opening_it_says_why(window, qtbot, three, monkeypatch):
    add(window, qtbot, three[1])
    three[1].unlink()
    window.library.open({})  # as at the next start: the files are checked
    qtbot.waitUntil(window.library.idle, timeout=5000)
    window.library_page.show_library(True)
    assert "Алматы қаласы (файл жоқ)" in titles(window)
    entry = window.library.entry(str(three[1].resolve()))
    assert not window.library_page.open_entry(entry.id)
    told = problems_told(window)
    assert str(three[1].resolve()) in told[0]
    assert told[0].endswith("файлды оқу мүмкін болмады: мұндай файл не қалта жоқ")
    assert window.library_page.library_shown()


def _drop(window, paths: list[Path]) -> QDropEvent:
    """What the system sends when files are dragged over the window and let go (Qt delivers a drop
    only to the widget that accepted the drag's entry)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    where, action = QPoint(200, 200), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, action, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(where), action, mime, buttons, keys)
    QApplication.sendEvent(window, event)
    return event


def test_a_file_dropped_on_the_window_joins_the_library_and_opens(window, qtbot, three):
    with qtbot.waitSignal(window.library.added, timeout=10000):
        event = _drop(window, [three[2]])
    assert event.isAccepted()
    qtbot.waitUntil(lambda: window.article.title == "Бүркіт", timeout=3000)
    qtbot.waitUntil(window.library.idle, timeout=5000)
    assert window.library.entry(str(three[2].resolve())) is not None


def test_a_dropped_folder_joins_the_library_without_opening(window, qtbot, three, article):
    with qtbot.waitSignal(window.library.added, timeout=10000):
        _drop(window, [three[0].parent])
    qtbot.waitUntil(window.library.idle, timeout=5000)
    assert len(window.library.entries()) == 4
    assert window.article == article


def test_the_library_scope_lists_hits_by_article_and_a_hit_opens_its_article(window, qtbot, three, article):
    add(window, qtbot, *three)
    window.search_bar.set_scope("library")
    assert window.search_box.placeholderText() == "Кітапханадан іздеу…"
    search_for(window, qtbot, "Ресей")
    qtbot.waitUntil(
        lambda: window.library_page.results is not None and window.library_page.results.model.rowCount() > 0
    )
    panel = window.library_page.results
    assert window.results_dock.isVisible() and window.results_dock.widget().currentWidget() is panel
    groups = [panel.model.item(row).text() for row in range(panel.model.rowCount())]
    assert groups[0].startswith(article.title)  # the most hits of the word itself first
    assert {group.rsplit(" (", 1)[0] for group in groups} == {article.title, "Дала туралы", "Бүркіт"}
    bird_row = next(row for row, group in enumerate(groups) if group.startswith("Бүркіт"))
    hit = panel.model.item(bird_row).child(0)
    panel.view.setCurrentIndex(hit.index())
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.article.title == "Бүркіт"
    assert [h.match for h in window.search.hits] == ["Ресей"]
    assert window.search.current == 0
    assert window.search_box.text() == "Ресей"
    assert panel.model.rowCount() == len(groups), "the list stays as it was"


def test_f3_in_the_library_scope_walks_the_hits_across_articles(window, qtbot, three, article):
    add(window, qtbot, *three)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "Моңғолияда")
    qtbot.waitUntil(
        lambda: window.library_page.results is not None and window.library_page.results.model.rowCount() == 1
    )
    told = []
    window.library_page.results.announced.connect(told.append)
    window.action(MainAction.FIND_NEXT).trigger()
    assert window.article.title == "Бүркіт"
    assert window.search.hits[window.search.current].match == "Моңғолияда"
    assert len(told) == 1 and told[0].startswith("1-нәтиже, барлығы 1: ") and "«Моңғолияда»" in told[0]


def test_a_hit_deep_in_a_long_book_opens_it_a_part_at_a_time_and_goes_to_the_hit_once_it_is_read(
    window, qtbot, tmp_path
):
    book = tmp_path / "кітап.txt"
    paragraphs = [f"{n}-абзац {'сөз ' * 40}" for n in range(3000)]
    paragraphs[2900] += " Моңғолияда"
    book.write_text("Ұзақ мәтін\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    add(window, qtbot, book)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "Моңғолияда")
    qtbot.waitUntil(
        lambda: window.library_page.results is not None and window.library_page.results.model.rowCount() == 1
    )
    window.action(MainAction.FIND_NEXT).trigger()
    assert window.article_view.source == book.resolve()
    assert window.article_view.reading and len(window.article.passages) < 300  # its first paragraphs shown
    qtbot.waitUntil(lambda: window.search.current >= 0 and not window.article_view.reading, timeout=15000)
    hit = window.search.hits[window.search.current]
    assert hit.match == "Моңғолияда" and window.article.passages[hit.passage].text.startswith("2900-абзац")
    assert len(window.article.passages) == 3000


def test_a_hit_in_the_book_being_read_is_gone_to_once_the_book_is_read(window, qtbot, tmp_path, held):
    book = tmp_path / "кітап.txt"
    paragraphs = [f"{n}-абзац {'сөз ' * 40}" for n in range(3000)]
    paragraphs[2900] += " Моңғолияда"
    book.write_text("Ұзақ мәтін\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    add(window, qtbot, book)
    assert window.files.open_path(book)
    assert window.article_view.reading and len(window.article.passages) < 300
    window.search_bar.set_scope("library")
    window.search_box.setFocus()
    type_text(window.search_box, "Моңғолияда")  # the book's own search waits for it: the library's answers
    qtbot.waitUntil(
        lambda: window.library_page.results is not None and window.library_page.results.model.rowCount() == 1
    )
    window.action(MainAction.FIND_NEXT).trigger()  # in the book shown, its hit not among its first paragraphs
    assert window.article_view.reading
    window.article_view.rest._timer.start()  # the rest is read now
    qtbot.waitUntil(lambda: window.search.current >= 0 and not window.article_view.reading, timeout=15000)
    hit = window.search.hits[window.search.current]
    assert window.article.passages[hit.passage].text.startswith("2900-абзац")


def test_the_library_results_load_more_articles_as_the_list_is_scrolled(window, qtbot, tmp_path, monkeypatch):
    from desktop.ui.mainwindow import library as window_library

    monkeypatch.setattr(window_library, "RESULTS_PAGE", 3)
    folder = tmp_path / "many"
    for number in range(7):
        write_text_article(folder / f"{number}.txt", f"Мақала {number}", "Ресейге сапар жасалды.")
    add(window, qtbot, folder)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "сапар")
    qtbot.waitUntil(
        lambda: window.library_page.results is not None and window.library_page.results.model.rowCount() > 0
    )
    panel = window.library_page.results
    asked: list[int] = []
    next_page = panel.model.next_page
    panel.model.next_page = lambda listed, deliver: asked.append(listed) or next_page(listed, deliver)
    assert panel.summary.text().endswith("8 мақалада")  # every matching article is counted, listed or not
    while panel.model.canFetchMore(QModelIndex()) or panel.model.fetching:  # scrolled to the end, the rest
        panel.view.scrollToBottom()
        panel.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not panel.model.fetching, timeout=5000)
    assert panel.model.rowCount() == 8 and not panel.model.canFetchMore(QModelIndex())
    assert all(listed % 3 == 0 for listed in asked), "pages of three articles"
    groups = [panel.model.item(row).text().rsplit(" (", 1)[0] for row in range(panel.model.rowCount())]
    assert len(groups) == len(set(groups)) == 8


def test_the_library_results_read_no_more_pages_until_the_list_is_scrolled_near_its_end(
    window, qtbot, tmp_path, monkeypatch
):
    """The tree lays itself out again after every page it is given; that alone must not read the next one."""
    articles = {f"{number:02}.txt": ("Ресейге сапар жасалды. " * 3,) for number in range(60)}
    panel = _searched_in_pages_of_three(window, qtbot, tmp_path, monkeypatch, articles)
    listed = panel.model.rowCount()
    bar = panel.view.verticalScrollBar()
    assert bar.maximum() > 0, "the list fills its view"
    assert listed < 40, f"{listed} of 61 articles read with the list at its top"
    bar.setValue(bar.maximum())  # the reader scrolls to the end: more are read
    qtbot.waitUntil(lambda: panel.model.rowCount() > listed, timeout=5000)


def test_f3_goes_on_past_the_articles_listed_to_the_next_page_not_back_to_the_first(
    window, qtbot, tmp_path, monkeypatch
):
    paragraphs = tuple(f"{row}-абзац: Ресейге сапар жасалды." for row in range(12))
    articles = {f"{number}.txt": paragraphs for number in range(7)}  # each with more hits than the list shows at once
    panel = _searched_in_pages_of_three(window, qtbot, tmp_path, monkeypatch, articles)
    assert panel.model.rowCount() < 8, "not every article is listed yet"
    visited: list[tuple[str, int]] = []
    while len(visited) < 150 and (len(visited) < 2 or visited[-1] != visited[0]):  # on until back at the first hit
        window.action(MainAction.FIND_NEXT).trigger()
        qtbot.waitUntil(lambda: not panel.model.fetching, timeout=5000)
        qtbot.waitUntil(lambda: panel.view.currentIndex().parent().isValid(), timeout=5000)
        current = panel.view.currentIndex()
        visited.append((current.parent().data().rsplit(" (", 1)[0], current.row()))
    assert len({article for article, _row in visited}) == 8, visited  # the bundled article and the seven


def test_a_library_search_runs_on_a_worker_thread_and_only_the_last_one_typed_is_shown(window, qtbot, three):
    add(window, qtbot, *three)
    window.search_bar.set_scope("library")
    window.search_box.setText("Ресей")
    window.library_page.run_library_search()
    assert window.library.searching(), "the window went on at once; the answer comes later"
    window.search_box.setText("Алматы")
    window.library_page.run_library_search()
    qtbot.waitUntil(lambda: not window.library.searching(), timeout=5000)
    panel = window.library_page.results
    assert [panel.model.item(row).text() for row in range(panel.model.rowCount())] == ["Алматы қаласы (1)"]


def test_a_hit_in_an_articles_title_opens_the_article_at_its_start(window, qtbot, three):
    add(window, qtbot, *three)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "Алматы")
    qtbot.waitUntil(
        lambda: window.library_page.results is not None and window.library_page.results.model.rowCount() > 0
    )
    panel = window.library_page.results
    assert panel.model.item(0).text() == "Алматы қаласы (1)"
    panel.view.setCurrentIndex(panel.model.item(0).child(0).index())
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.article.title == "Алматы қаласы"


def test_the_section_scope_finds_only_in_the_current_section(window, qtbot):
    window.navigation.go_to_section("russia")
    window.search_bar.set_scope("section")
    assert window.search_box.placeholderText() == "Осы бөлімнен іздеу…"
    search_for(window, qtbot, "Ресей")
    assert {hit.section_id for hit in window.search.hits} == {"russia"}
    assert window.preferences.search_scope == "section"
    window.search_bar.set_scope("article")
    assert len({hit.section_id for hit in window.search.hits}) > 1


def test_each_article_keeps_its_own_alphabet(window, qtbot, three, article):
    add(window, qtbot, three[0])
    window.files.open_path(three[0])
    window.set_latin_script(True)
    window.action(MainAction.BUNDLED).trigger()
    window.set_latin_script(False)
    window.files.open_path(three[0])
    assert window.latin
    assert window.reading_pane.passage_text(0) == "Qazaq dalasy keñ."  # ң is ñ in the 2021 alphabet
    window.action(MainAction.BUNDLED).trigger()
    assert not window.latin


def test_the_reading_progress_is_recorded_in_the_library(window, qtbot):
    window.navigation.go_to_section("conclusion")
    window.session.save_position()
    entry = window.library.entry("bundled")
    assert entry.progress > 0.5
    assert entry.last_read is not None


def test_markup_in_a_title_is_shown_as_text_in_the_library(window, qtbot, tmp_path):
    add(window, qtbot, write_text_article(tmp_path / "m.txt", "<b>Жуан</b> <img src=x>", "Мәтін."))
    window.library_page.show_library(True)
    assert "<b>Жуан</b> <img src=x>" in titles(window)
    model = window.library_page.library_view.model
    row = next(r for r in range(model.rowCount()) if model.entry(r).title.startswith("<b>"))
    assert displayed(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)).startswith("<b>Жуан</b>")


def test_the_library_models_pass_qts_model_checks(window, qtbot, three, qtmodeltester):
    add(window, qtbot, *three)
    window.library_page.show_library(True)
    model = window.library_page.library_view.model
    qtmodeltester.check(model)
    ids = {model.data(model.index(row, 0), LibraryModel.EntryIdRole) for row in range(model.rowCount())}
    assert ids == {1, 2, 3, 4}


def test_the_library_page_fetches_its_rows_as_they_are_shown_sorted_and_filtered_by_sqlite(window, qtbot, tmp_path):
    from desktop.ui.library.model import LibraryModel as Model

    folder = tmp_path / "many"
    for number in range(12):
        write_text_article(folder / f"{number:02d}.txt", f"Мақала {'АБВГДЕЖЗИЙКЛ'[number]}", "Мәтін.")
    add(window, qtbot, folder)
    window.library_page.show_library(True)
    model = window.library_page.library_view.model
    model.PAGE = 5
    window.library_page.library_view.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert model.total() == 13 and model.rowCount() <= 13
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert titles(window) == sorted(titles(window), key=str.casefold) and len(set(titles(window))) == 13
    type_text(window.library_page.library_view.filter_text, "мақала ж")  # folded: the title's case does not matter
    assert titles(window) == ["Мақала Ж"] and model.total() == 1
    assert Model.PAGE == 200, "the class's page size is left as it was"


def test_an_opened_file_joins_the_library(window, qtbot, three):
    with qtbot.waitSignal(window.library.added, timeout=10000):
        assert window.files.open_path(three[1])
    qtbot.waitUntil(window.library.idle, timeout=5000)
    entry = window.library.entry(str(three[1].resolve()))
    assert entry is not None and entry.title == "Алматы қаласы"


def test_a_damaged_index_is_rebuilt_in_the_background_while_reading_goes_on(make_window, qtbot, three, tmp_path):
    first = make_window()
    qtbot.waitUntil(first.library.idle, timeout=5000)
    add(first, qtbot, *three)
    folder = first.library.folder
    first.close()
    (folder / "library-index.sqlite").write_bytes(b"\x00garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        (folder / f"library-index.sqlite{suffix}").unlink(missing_ok=True)
    second = make_window(path=tmp_path / "second.ini")
    qtbot.waitUntil(lambda: "индексі зақымдалған" in second.statusBar().currentMessage(), timeout=5000)
    assert second.findChild(QMessageBox) is None  # nothing of the reader's was lost: no dialog
    assert any("library-index.sqlite was damaged" in problem for problem in second.library.reported)
    qtbot.waitUntil(second.library.idle, timeout=10000)
    second.search_bar.set_scope("library")
    search_for(second, qtbot, "Моңғолияда")
    qtbot.waitUntil(
        lambda: second.library_page.results is not None and second.library_page.results.model.rowCount() == 1
    )


def test_an_index_found_damaged_by_a_search_is_rebuilt_in_the_background(make_window, qtbot, three, tmp_path):
    """Damage behind an intact header is found by the first search that reads it: said, rebuilt, found."""
    from tests.unit.library.test_damaged_index import damage_index

    first = make_window()
    qtbot.waitUntil(first.library.idle, timeout=5000)
    add(first, qtbot, *three)
    folder = first.library.folder
    first.close()
    damage_index(folder / "library-index.sqlite", "passage_words_data")
    second = make_window(path=tmp_path / "second.ini")
    qtbot.waitUntil(second.library.idle, timeout=5000)
    second.search_bar.set_scope("library")
    search_for(second, qtbot, "Моңғолияда")
    qtbot.waitUntil(lambda: "индексі зақымдалған" in second.statusBar().currentMessage(), timeout=5000)
    assert second.findChild(QMessageBox) is None
    qtbot.waitUntil(second.library.idle, timeout=10000)
    search_for(second, qtbot, "Моңғолияда")
    qtbot.waitUntil(
        lambda: second.library_page.results is not None and second.library_page.results.model.rowCount() == 1
    )


def test_a_damaged_catalogue_is_told_in_a_dialog_naming_the_kept_file(
    qtbot, own_user_folders, article, reading_font, settings_path
):
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences

    folder = own_user_folders / "data" / "Oqyrman" / "Oqyrman"
    folder.mkdir(parents=True)
    (folder / "library.sqlite").write_bytes(b"not a database" * 100)
    window = MainWindow(article, Preferences(settings_path), reading_font)
    qtbot.addWidget(window)
    window.show()  # the dialog takes the focus: not waiting for the window to be active
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "libraryProblem") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "libraryProblem")
    assert "library.sqlite зақымдалған еді (дерекқор емес)" in displayed(box.text())
    assert "library.sqlite.broken-" in displayed(box.text())
    box.close()
    assert list(folder.glob("library.sqlite.broken-*"))


def test_the_right_click_menu_reads_or_removes_and_never_offers_to_remove_the_bundled(window, qtbot, three, article):
    add(window, qtbot, three[0])
    window.library_page.show_library(True)
    view = window.library_page.library_view
    rows = {title: view.model.index(row, 0) for row, title in enumerate(titles(window))}
    bundled_menu = view.table.context_menu(rows[article.title])
    assert [(a.text(), a.isEnabled()) for a in bundled_menu.actions()] == [
        ("Оқу", True), ("Кітапханадан алып тастау", False),
    ]  # fmt: skip
    menu = view.table.context_menu(rows["Дала туралы"])
    menu.actions()[1].trigger()
    assert titles(window) == [article.title]
    assert three[0].exists()


def test_the_library_clears_only_its_own_progress_line(make_window):
    """Its work ending must not wipe a line shown since ("saved: …", a warning)."""
    window = make_window()
    bar = window.statusBar()
    window.library_page.show_library_progress(1, 3, "article.md")
    assert "article.md" in bar.currentMessage()
    window.library_page.show_library_progress(0, 0, "")
    assert bar.currentMessage() == ""
    window.library_page.show_library_progress(1, 3, "article.md")
    bar.showMessage("Сақталды: /tmp/article.txt")
    window.library_page.show_library_progress(0, 0, "")
    assert bar.currentMessage() == "Сақталды: /tmp/article.txt"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_library_hits_section_is_drawn_quieter_than_the_hit_yet_readable_on_its_row_in_the_theme_shown(
    window, qtbot, theme
):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from desktop.ui.themes import Theme

    window.search_bar.set_scope("library")
    search_for(window, qtbot, "сапар")
    qtbot.waitUntil(lambda: window.library_page.results is not None, timeout=5000)
    window.appearance.apply_theme(Theme(theme))  # after the list was made
    view = window.library_page.results.view
    article = view.model().index(0, 0)
    hit = next(
        view.model().index(row, 0, article)
        for row in range(view.model().rowCount(article))
        if "·" in str(view.model().index(row, 0, article).data(SearchResultsModel.SnippetHtmlRole))
    )
    palette = QApplication.palette()
    for selected, colour in ((False, QPalette.ColorRole.PlaceholderText), (True, QPalette.ColorRole.HighlightedText)):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.palette = palette
        if selected:
            option.state |= QStyle.StateFlag.State_Selected
        document = view.itemDelegate().document_for(option, hit)
        section = document.begin().begin().fragment()  # the first words: the section's name
        assert section.charFormat().foreground().color().name() == palette.color(colour).name(), selected


def test_f3_across_the_library_moves_the_counter_with_the_hit(window, qtbot, three):
    add(window, qtbot, *three)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "Ресей")
    qtbot.waitUntil(lambda: window.library_page.results is not None, timeout=5000)
    counter = window.search_bar.counter
    qtbot.waitUntil(lambda: counter.text().startswith("1 / "), timeout=5000)
    total = counter.text().split(" / ")[1]  # the same total throughout: hits in titles and headings counted too
    assert window.library_page.results.summary.text().startswith(f"{total} нәтиже")  # and the summary's the same
    window.action(MainAction.FIND_NEXT).trigger()
    qtbot.waitUntil(lambda: counter.text() == f"2 / {total}", timeout=5000)
    window.action(MainAction.FIND_NEXT).trigger()
    qtbot.waitUntil(lambda: counter.text() == f"3 / {total}", timeout=5000)
    assert counter.accessibleName() == f"3-нәтиже, барлығы {total}"


def test_a_new_library_search_blanks_the_counter_until_it_is_answered(window, qtbot, three):
    """The last query's count is not shown as the new one's while the new one is searched for."""
    add(window, qtbot, *three)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "Ресей")
    counter = window.search_bar.counter
    qtbot.waitUntil(lambda: counter.text().startswith("1 / "), timeout=5000)
    window.search_box.setText("сапар")
    window.library_page.run_library_search()
    assert counter.text() == "" and counter.accessibleName() == "Табылғандар саны"
    qtbot.waitUntil(lambda: counter.text().startswith("1 / "), timeout=5000)


def test_a_long_title_in_the_librarys_results_keeps_its_count_of_hits_in_sight(window, qtbot, tmp_path):
    long_title = "Өте ұзақ атауы бар мақала, оның атауы нәтижелер тізіміне сыймайды және қысқартылады"
    add(window, qtbot, write_text_article(tmp_path / "long.txt", long_title, "Ресейге сапар жасалды."))
    window.resize(1000, 600)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "Ресейге")
    qtbot.waitUntil(lambda: window.library_page.results is not None, timeout=5000)
    view = window.library_page.results.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0 and view.isVisible(), timeout=5000)
    row = next(
        view.model().index(r, 0) for r in range(view.model().rowCount())
        if str(view.model().index(r, 0).data()).startswith("Өте ұзақ")
    )  # fmt: skip
    text = str(row.data())
    width = view.visualRect(row).width() - 8
    assert view.fontMetrics().horizontalAdvance(text) > width, "the title is longer than the list is wide"
    assert not view.wordWrap(), "a title wrapped onto lines its row has no room for shows its first line alone"
    shown = view.fontMetrics().elidedText(text, view.textElideMode(), width)
    assert shown.endswith("(1)"), shown
