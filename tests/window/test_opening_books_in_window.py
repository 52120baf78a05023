"""A long book opened in a window already up (File → Open, the recent files, a dropped file, the
library page): its first sections are shown at once and the rest is read after they paint, as at
the start; what needs the whole book waits for it; another article shown meanwhile lets it go.
"""

from __future__ import annotations

import pytest
import shiboken6

from desktop.content import load_article, loader
from desktop.content.loader import open_article
from desktop.ui import translations
from desktop.ui.mainwindow.actions import MainAction
from desktop.ui.mainwindow.book_opening import RestOfBook
from desktop.userdata.keys import article_key
from tests.helpers.books import long_book
from tests.helpers.pages import long_page, page_with_another_start
from tests.helpers.qt import problems_told


@pytest.fixture
def window(make_window, held):
    return make_window()


def let_read(qtbot, window) -> None:
    """The rest of the book is read now, in its slices, and what waited for it follows."""
    rest = window.article_view.rest
    with qtbot.waitSignals([rest.read, window.articleWhole], timeout=10_000):
        rest._timer.start()
    assert not window.article_view.reading


def test_file_open_shows_a_books_first_sections_before_the_rest_is_read(window, held, tmp_path):
    path = long_book(tmp_path / "кітап.epub", 40)
    first, _rest = open_article(path)
    assert window.files.open_path(path)
    assert window.article == first and len(first.sections) < 40  # shown from its first sections
    assert window.article_view.reading and len(held) == 1  # the rest asked for, not read yet
    assert window.sidebar.model().rowCount() == len(first.sections)
    assert not window.action(MainAction.EXPORT).isEnabled()  # an export would give part of the book
    assert not window.action(MainAction.PRINT).isEnabled()


def test_the_rest_of_a_book_opened_from_the_file_menu_arrives_and_the_book_joins_the_library(qtbot, window, tmp_path):
    path = long_book(tmp_path / "кітап.epub", 40)
    opened: list[object] = []
    window.files.fileOpened.connect(opened.append)
    progress: list[str] = []
    window.statusBar().messageChanged.connect(progress.append)
    assert window.files.open_path(path)
    assert opened == []  # not before the book is read: the library reads it whole
    assert window.preferences.recent_files[0] == str(path.resolve())
    let_read(qtbot, window)
    whole = load_article(path)
    assert window.article == whole
    assert window.sidebar.model().rowCount() == len(whole.sections)
    assert any(message.startswith("Кітап оқылып жатыр: ") for message in progress)  # the status bar told
    qtbot.waitUntil(lambda: opened == [path.resolve()])
    assert window.action(MainAction.EXPORT).isEnabled() and window.action(MainAction.PRINT).isEnabled()
    window.search_box.setText("екінші")
    window.search.search_now()
    qtbot.waitUntil(lambda: window.search.result is not None)
    assert len(window.search.hits) == 40  # the late chapters too: the whole book's index


def test_opening_another_book_while_one_is_read_lets_the_first_go(qtbot, window, held, tmp_path):
    first_path = long_book(tmp_path / "бірінші.epub", 40)
    second_path = long_book(tmp_path / "екінші.epub", 30)
    assert window.files.open_path(first_path)
    first_rest = window.article_view.rest
    opening = first_rest._opening
    assert window.files.open_path(second_path)
    assert not first_rest.reading and opening._file is None  # stopped, its file let go
    assert window.article_view.rest is not first_rest
    let_read(qtbot, window)
    second = load_article(second_path)
    assert window.article == second and window.article_view.source == second_path.resolve()
    assert not shiboken6.isValid(first_rest)  # gone with its timer: nothing of the first book is left to come
    assert window.sidebar.model().rowCount() == len(second.sections)


def test_the_same_book_opened_again_while_it_is_read_is_read_once_whole(qtbot, window, held, tmp_path):
    path = long_book(tmp_path / "кітап.epub", 40)
    assert window.files.open_path(path)
    assert window.files.open_path(path)
    let_read(qtbot, window)
    assert window.article == load_article(path)
    assert len(held) == 2 and not held[0].reading


def test_the_bundled_article_chosen_while_a_book_is_read_is_shown_whole_at_once(qtbot, window, tmp_path, article):
    assert window.files.open_path(long_book(tmp_path / "кітап.epub", 40))
    window.action(MainAction.BUNDLED).trigger()
    assert window.article == article and not window.article_view.reading
    assert window.action(MainAction.EXPORT).isEnabled()
    window.search_box.setText("Ресей")
    window.search.search_now()  # answered: the search no longer waits for a book
    assert window.search.result is not None


def test_a_damaged_book_is_said_in_a_dialog_and_the_article_shown_stays(window, tmp_path, monkeypatch, article):
    damaged = tmp_path / "сынық.epub"
    damaged.write_bytes(long_book(tmp_path / "кітап.epub", 40).read_bytes()[:3000])
    assert not window.files.open_path(damaged)
    told = problems_told(window)
    assert len(told) == 1 and "Мақаланы ашу мүмкін болмады" in told[0] and "сынық.epub" in told[0]
    assert window.article == article and not window.article_view.reading


def test_a_book_that_fails_past_its_first_sections_gives_the_article_shown_before_back(
    qtbot, window, tmp_path, monkeypatch
):
    before = tmp_path / "алдыңғы.txt"
    before.write_text("Алдыңғы мақала\n\nОның бір абзацы.\n", encoding="utf-8")
    assert window.files.open_path(before)
    shown_before = window.article
    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 80 * 1024)  # the rest passes the limit
    path = long_book(tmp_path / "кітап.epub", 40)
    assert window.files.open_path(path)
    window.reading_pane.verticalScrollBar().setValue(300)  # the reader scrolls the first sections
    window.article_view.rest._timer.start()
    qtbot.waitUntil(lambda: bool(problems_told(window)))
    assert "Мақаланы ашу мүмкін болмады" in problems_told(window)[0]
    assert window.article == shown_before and window.article_view.source == before.resolve()
    assert not window.session.hold and window.action(MainAction.EXPORT).isEnabled()
    assert window.preferences.position(article_key(path.resolve())) == (None, 0.0)  # no place kept in it


def test_a_place_deep_in_the_book_and_its_highlight_there_come_back_once_it_is_read(qtbot, window, tmp_path, article):
    path = long_book(tmp_path / "кітап.epub", 40)
    window.files.open_path(path)
    let_read(qtbot, window)
    whole = window.article
    late = next(p for p in whole.passages if p.section_id == "s35" and "Президенті" in p.text)
    start = late.text.index("Президенті")
    window.annotations.add_highlight(late.index, start, start + len("Президенті"), "green")
    window.session.restore_place("s35", whole.section_ids)
    qtbot.waitUntil(lambda: window.reading_pane.current_section() == "s35")
    window.action(MainAction.BUNDLED).trigger()  # the place in the book is kept as it is left
    assert window.article == article

    window.files.open_path(path)  # again: its first sections, the place and the highlight far past them
    assert "s35" not in window.article.section_ids
    assert window.session.hold
    let_read(qtbot, window)
    qtbot.waitUntil(lambda: window.reading_pane.current_section() == "s35")
    qtbot.waitUntil(
        lambda: (
            [(a.passage, a.quote, a.found) for a in window.annotations.annotations]
            == [(late.index, "Президенті", True)]
        )
    )
    assert not window.session.hold


def test_a_book_opened_from_the_library_page_is_read_a_part_at_a_time(qtbot, window, held, tmp_path):
    path = long_book(tmp_path / "кітап.epub", 40)
    qtbot.waitUntil(window.library.idle, timeout=5000)
    with qtbot.waitSignal(window.library.added, timeout=10_000):
        window.library_page.add_to_library([path])
    qtbot.waitUntil(window.library.idle, timeout=5000)
    entry = window.library.entry(article_key(path.resolve()))
    assert window.library_page.open_entry(entry.id)
    assert window.article_view.reading and len(window.article.sections) < 40
    let_read(qtbot, window)
    assert window.article == load_article(path)


def test_a_long_plain_text_book_opened_from_the_file_menu_is_read_a_part_at_a_time(qtbot, window, tmp_path):
    path = tmp_path / "кітап.txt"
    path.write_text("Ұзақ мәтін\n\n" + "\n\n".join(f"{n}-абзац {'сөз ' * 40}" for n in range(3000)), encoding="utf-8")
    assert window.files.open_path(path)
    assert window.article_view.reading and len(window.article.passages) < 300
    let_read(qtbot, window)
    assert window.article == load_article(path) and len(window.article.passages) == 3000


def test_a_long_saved_web_page_opened_from_the_file_menu_is_read_a_part_at_a_time(qtbot, window, tmp_path):
    path = tmp_path / "бет.html"
    path.write_text(long_page(3000), encoding="utf-8")
    progress: list[str] = []
    window.statusBar().messageChanged.connect(progress.append)
    assert window.files.open_path(path)
    assert window.article_view.reading and len(window.article.passages) < 100  # its article so far
    let_read(qtbot, window)
    whole = load_article(path)
    assert window.article == whole and len(whole.passages) == 3000
    assert window.reading_pane.article == window.article_view.shown.text
    assert any(message.startswith("Кітап оқылып жатыр: ") for message in progress)


def test_a_long_page_whose_article_is_not_what_its_first_part_showed_is_shown_anew_from_its_start(
    qtbot, window, tmp_path
):
    path = tmp_path / "бет.html"
    path.write_text(page_with_another_start(3000), encoding="utf-8")
    assert window.files.open_path(path)
    assert window.article.passages[0].text.startswith("Алғы сөз 0:")
    pane = window.reading_pane
    qtbot.waitUntil(lambda: pane.verticalScrollBar().maximum() > 0)
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum() // 2)  # the reader went on reading
    let_read(qtbot, window)
    whole = load_article(path)
    assert window.article == whole and pane.article == window.article_view.shown.text
    assert pane.verticalScrollBar().value() == 0  # shown from its start: what was read was another text
    assert pane.current_section() == whole.sections[0].id
    start = pane.document().toPlainText()[:2000]
    assert whole.passages[0].text in start and "Алғы сөз" not in start
    assert window.sidebar.model().rowCount() == len(whole.sections)


def test_a_long_page_whose_article_begins_after_its_menus_shows_its_title_then_its_beginning_then_all(
    qtbot, window, tmp_path, monkeypatch
):
    """A page whose first look finds no article, and no time for another in the open: its title first, its
    article's beginning as soon as a look in the slices finds it, the whole once read, each where the
    reader is."""
    monkeypatch.setattr(loader, "FIRST_LOOK_SECONDS", 0.0)
    menu = "".join(f"<li><a href='/std/m{n}.html'>Бөлім {n}</a></li>" for n in range(3200))
    path = tmp_path / "бет.html"
    path.write_text(long_page(3000, before=f"<nav><ul>{menu}</ul></nav>"), encoding="utf-8")
    assert window.files.open_path(path)
    pane = window.reading_pane
    assert window.article_view.reading and window.article.passages == ()
    assert window.windowTitle().startswith("Ұзақ бет") and "Ұзақ бет" in pane.document().toPlainText()
    assert pane.progress() == 0  # nothing of its text is shown yet: not "read: 100%"
    assert window.navigation.progress_label.text() in ("", "Оқылды: 0%")
    rest = window.article_view.rest
    with qtbot.waitSignal(rest.grew, timeout=10_000):
        rest._timer.start()
    assert window.article_view.reading  # the rest still to read
    shown = window.article.passages
    assert 0 < len(shown) < 100 and shown[0].text.startswith("0. ")
    qtbot.waitUntil(lambda: shown[-1].text in pane.document().toPlainText())  # added after the title
    assert pane.document().toPlainText().startswith("Ұзақ бет")
    assert window.sidebar.model().rowCount() == len(window.article.sections)
    let_read(qtbot, window)
    assert window.article == load_article(path) and pane.article == window.article_view.shown.text


def test_a_book_from_the_recent_files_or_dropped_on_the_window_is_read_a_part_at_a_time(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QMenu

    recent, dropped = long_book(tmp_path / "соңғы.epub", 40), long_book(tmp_path / "тасталған.epub", 30)
    window.preferences.add_recent_file(str(recent))
    menu = QMenu()
    window.files.fill_recent_menu(menu)
    menu.actions()[0].trigger()  # File → Recent files → 1
    assert window.article_view.source == recent.resolve() and window.article_view.reading
    window.library_page.fileDropped.emit(dropped)  # one file dropped on the window
    assert window.article_view.source == dropped.resolve() and window.article_view.reading
    let_read(qtbot, window)
    assert window.article == load_article(dropped)


def test_a_book_opened_while_the_starts_own_book_is_read_is_read_and_the_start_goes_on(
    qtbot, monkeypatch, reading_font, settings_path, tmp_path
):
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.mainwindow.book_opening import read_rest
    from desktop.ui.preferences import Preferences

    read_later = RestOfBook.start
    monkeypatch.setattr(RestOfBook, "start", lambda rest: rest.fallback is not None and read_later(rest))
    started_with, later = long_book(tmp_path / "бірінші.epub", 40), long_book(tmp_path / "екінші.epub", 30)
    first, rest = open_article(started_with)  # ``oqyrman --open``: its rest held back here
    window = MainWindow(first, Preferences(settings_path), reading_font, source=started_with)
    read_rest(window, rest)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.reading_pane.firstPainted):
        window.show()
    qtbot.wait(400)  # past the start's own timer
    assert window.article_view.reading and not window.started  # the start waits for its book
    assert window.files.open_path(later)  # dropped on the window meanwhile
    qtbot.waitUntil(lambda: window.started, timeout=10_000)
    qtbot.waitUntil(lambda: not window.article_view.reading, timeout=10_000)
    assert window.article == load_article(later) and MainAction.EXPORT in window.named_actions


def test_a_damaged_file_opened_while_a_book_is_read_leaves_that_book_to_be_read(qtbot, window, tmp_path, monkeypatch):
    path = long_book(tmp_path / "кітап.epub", 40)
    assert window.files.open_path(path)
    damaged = tmp_path / "сынық.txt"
    damaged.write_bytes(b"\xff\xfe\x00\xd8 not UTF-16 " * 2)
    assert not window.files.open_path(damaged)
    assert [told.split(":")[0] for told in problems_told(window)] == ["Мақаланы ашу мүмкін болмады"]
    assert window.article_view.reading and window.article_view.source == path.resolve()
    let_read(qtbot, window)
    assert window.article == load_article(path)


@pytest.fixture
def back_to_kazakh(qapp):
    yield
    translations.install("kk")


def test_a_new_interface_language_chosen_while_a_book_is_read_reads_the_rest_in_the_new_window(
    qtbot, make_window, held, tmp_path, back_to_kazakh
):
    from desktop.ui.mainwindow.language import change_language

    path = long_book(tmp_path / "кітап.epub", 40)
    opened: list[object] = []
    window = make_window()
    assert window.files.open_path(path)
    replacement = change_language(window, "en")
    del window  # gone once the new window is up
    qtbot.addWidget(replacement)
    replacement.files.fileOpened.connect(opened.append)
    assert replacement.article_view.reading  # the rest goes with the book to the new window
    qtbot.waitUntil(lambda: len(held) == 2)  # asked for once the new window painted
    let_read(qtbot, replacement)
    whole = load_article(path)
    assert replacement.article == whole
    assert replacement.sidebar.model().rowCount() == len(whole.sections)
    qtbot.waitUntil(lambda: opened == [path.resolve()])  # and it joins the library, as it would have


def test_the_window_saved_while_a_book_from_the_library_is_read_records_no_progress_in_its_first_sections(
    qtbot, window, held, tmp_path
):
    path = long_book(tmp_path / "кітап.epub", 40)
    qtbot.waitUntil(window.library.idle, timeout=5000)
    with qtbot.waitSignal(window.library.added, timeout=10_000):
        window.library_page.add_to_library([path])
    qtbot.waitUntil(window.library.idle, timeout=5000)
    key = article_key(path.resolve())
    assert window.library_page.open_entry(window.library.entry(key).id)
    bar = window.reading_pane.verticalScrollBar()
    bar.setValue(bar.maximum())  # the end of the first sections: not the end of the book
    window.save_state()  # as closing the window, or a new interface language, does
    entry = window.library.entry(key)
    assert entry.progress == 0.0 and entry.last_read is None
