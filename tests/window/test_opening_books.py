"""A long book in the window: its first sections painted, the rest read after the paint.

Whatever the reader does before the rest is read waits for the whole book and then gets it:
a search, a late chapter, an export, the reading position; nothing answers from part of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content import load_article, loader
from desktop.content.export import to_text
from desktop.content.loader import open_article
from desktop.ui.mainwindow.actions import MainAction
from desktop.ui.mainwindow.book_opening import read_rest
from desktop.userdata.annotations import text_hash
from desktop.userdata.keys import article_key
from tests.helpers.books import book, chapter, long_book
from tests.helpers.pages import long_page, page_with_another_start
from tests.helpers.qt import problems_told

LONG_BOOK_HASH = "daaafea3ed2fcc96e1fcd45a8e0ba6842ad14d900a09d455a8b17cc3df3105f6"
"""As in tests/unit/content/test_opening_books.py: the book's text hash, as it was read whole."""


@pytest.fixture
def open_book(qtbot, reading_font, settings_path, held):
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences
    from desktop.ui.themes import Theme

    def make(path: Path, start_section: str | None = None):
        first, rest = open_article(path)
        assert rest is not None
        prefs = Preferences(settings_path)
        prefs.theme = Theme.LIGHT
        window = MainWindow(first, prefs, reading_font, start_section=start_section, source=path.resolve())
        read_rest(window, rest)
        qtbot.addWidget(window)
        window.resize(1000, 700)
        with qtbot.waitSignal(window.reading_pane.firstPainted):
            window.show()
        qtbot.waitUntil(lambda: bool(held))  # the paint asked for the rest
        window.restore_reading_position()  # as the start does, at once
        assert window.article_view.reading and not window.started
        return window, first

    return make


def let_read(qtbot, window) -> None:
    """The rest of the book is read now, in its slices, and the window's start goes on."""
    with qtbot.waitSignal(window.article_view.rest.read, timeout=10_000):
        window.article_view.rest._timer.start()
    qtbot.waitUntil(lambda: window.started)
    assert not window.article_view.reading


def test_the_first_sections_paint_and_the_whole_book_follows(qtbot, open_book, tmp_path):
    path = long_book(tmp_path / "кітап.epub")
    window, first = open_book(path)
    assert window.sidebar.model().rowCount() == len(first.sections)
    let_read(qtbot, window)
    whole = load_article(path)
    assert window.article == whole and text_hash(window.article) == LONG_BOOK_HASH
    assert window.sidebar.model().rowCount() == len(whole.sections)
    pane = window.reading_pane
    pane.build_all()
    assert [pane.passage_text(p.index) for p in whole.passages] == [p.text for p in whole.passages]
    assert 'href="note:29"' in pane.document().toHtml()  # the references link to the notes read last


def test_a_search_typed_before_the_book_is_read_waits_and_finds_late_chapters_too(qtbot, open_book, tmp_path):
    path = long_book(tmp_path / "кітап.epub", 40)
    window, _first = open_book(path)
    progress: list[int] = []
    window.search.indexProgress.connect(progress.append)
    window.search_box.setText("екінші")  # typed
    window.search.search_now()  # Enter
    assert window.search.result is None and progress == [0]  # waiting: no answer from the first sections
    let_read(qtbot, window)
    qtbot.waitUntil(lambda: window.search.result is not None)
    sections = {hit.section_id for hit in window.search.hits}
    assert window.article.sections[39].id in sections
    assert len(window.search.hits) == 40  # one verse line in each chapter
    assert progress[-1] == 100


def test_the_whole_book_is_taken_in_an_event_and_its_search_let_go_of_in_the_next(qtbot, open_book, tmp_path):
    """Taking a long book whole (the pane laid out again around the place) is the longest event of its opening:
    the search's index build does not start inside it, but in an event of its own right after."""
    path = long_book(tmp_path / "кітап.epub", 40)
    window, _first = open_book(path)
    held_when_taken: list[bool] = []
    window.article_view.rest.read.connect(lambda _article: held_when_taken.append(window.search.held))
    let_read(qtbot, window)  # the window's slot runs first, then the one above, in one delivery of the signal
    assert held_when_taken == [True]
    qtbot.waitUntil(lambda: not window.search.held)
    window.search_box.setText("екінші")
    window.search.search_now()
    qtbot.waitUntil(lambda: window.search.result is not None)
    assert len(window.search.hits) == 40


def test_a_late_chapter_asked_for_at_the_start_is_gone_to_once_read(qtbot, open_book, tmp_path):
    path = long_book(tmp_path / "кітап.epub", 40)
    window, first = open_book(path, start_section="s35")
    assert "s35" not in first.section_ids
    let_read(qtbot, window)
    qtbot.waitUntil(lambda: window.reading_pane.current_section() == "s35")
    model = window.sidebar.model()
    assert model.index(window.sidebar.currentIndex().row(), 0).data().endswith("35-тарау")


def test_a_section_chosen_in_the_sidebar_before_the_rest_is_read_stays_in_view(qtbot, open_book, tmp_path):
    chapters = {f"c{n}.xhtml": chapter(f"<h1>{n}-тарау</h1>" + f"<p>{n} {'сөз ' * 2000}</p>") for n in range(1, 31)}
    window, first = open_book(book(tmp_path / "кітап.epub", chapters))
    pane = window.reading_pane
    late = first.sections[-1].id
    window.navigation.go_to_section(late)
    qtbot.waitUntil(lambda: pane.current_section() == late)
    place = pane.verticalScrollBar().value()
    let_read(qtbot, window)
    assert pane.current_section() == late
    assert pane.verticalScrollBar().value() == place  # appended after it: nothing moved
    window.navigation.go_to_section("s30")  # and the last chapter is there to go to
    qtbot.waitUntil(lambda: pane.current_section() == "s30")


def test_exports_wait_for_the_whole_book(qtbot, open_book, tmp_path):
    path = long_book(tmp_path / "кітап.epub", 40)
    window, _first = open_book(path)
    assert MainAction.EXPORT not in window.named_actions  # the menus and keys come with the whole book
    let_read(qtbot, window)
    target = tmp_path / "кітап.txt"
    assert window.files.export_to(target, "text")
    assert target.read_text(encoding="utf-8") == to_text(load_article(path))


def test_closing_while_the_book_is_read_keeps_the_saved_place_and_lets_the_file_go(
    qtbot, open_book, tmp_path, settings_path
):
    from desktop.ui.preferences import Preferences

    path = long_book(tmp_path / "кітап.epub", 40)
    prefs = Preferences(settings_path)
    prefs.set_position(article_key(path), "s30", 0.75)
    prefs.sync()
    window, _first = open_book(path)
    rest = window.article_view.rest._opening
    window.reading_pane.verticalScrollBar().setValue(200)
    window.close()
    assert rest._file is None  # the book's file is closed, the rest never read
    assert Preferences(settings_path).position(article_key(path)) == ("s30", 0.75)


def test_a_damaged_late_chapter_is_said_once_the_book_is_read(qtbot, open_book, tmp_path):
    window, first = open_book(long_book(tmp_path / "кітап.epub", 40, broken=30, missing=35))
    assert first.notices == ()
    let_read(qtbot, window)
    message = window.statusBar().currentMessage()
    assert message == (
        "Кітаптың кей бөлігі толық оқылмады: OEBPS/c30.xhtml дұрыс XHTML емес: қатесі бар жерлеріне қарамай оқылды; "
        "онда аталған OEBPS/c35.xhtml архивте жоқ: өткізілді"
    ), "each in the interface's language"


def test_a_book_too_large_to_open_is_said_as_before_and_the_bundled_article_shown(
    qtbot, open_book, tmp_path, monkeypatch, article
):
    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 80 * 1024)
    window, _first = open_book(long_book(tmp_path / "кітап.epub", 40))
    window.article_view.rest._timer.start()
    qtbot.waitUntil(lambda: window.started and bool(problems_told(window)))
    assert problems_told(window)[0].startswith("Мақаланы ашу мүмкін болмады: ")
    assert window.article == article


def test_the_latin_alphabet_chosen_before_the_book_is_read_is_the_whole_books(qtbot, open_book, tmp_path):
    from desktop.content.latin import latin_article

    path = long_book(tmp_path / "кітап.epub", 40)
    window, _first = open_book(path)
    window.set_latin_script(True)
    let_read(qtbot, window)
    shown = latin_article(load_article(path))
    assert window.display == shown and window.latin
    pane = window.reading_pane
    pane.build_all()
    assert [pane.passage_text(p.index) for p in shown.passages] == [p.text for p in shown.passages]


def _self_test_of(path) -> dict:
    """The report of ``oqyrman --open PATH --self-test`` in a process of its own, checked to be a passed one."""
    import json
    import os
    import subprocess
    import sys

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run(
        [sys.executable, "-m", "desktop", "--open", str(path), "--self-test"],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )  # fmt: skip
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    assert finished.returncode == 0 and report["ok"], finished.stderr
    return report


def test_the_self_test_opens_a_long_book_from_its_first_sections(tmp_path):
    path = long_book(tmp_path / "кітап.epub", 40)
    first, _rest = open_article(path)
    report = _self_test_of(path)
    assert (report["sections"], report["passages"]) == (len(first.sections), len(first.passages))


def test_a_section_read_on_in_later_documents_grows_under_a_selection_that_stays(qtbot, open_book, tmp_path):
    chapters = {"c0.xhtml": chapter("<h1>Жалғыз тарау</h1>")}
    chapters |= {f"c{n}.xhtml": chapter(f"<p>{n} {'сөз ' * 1000}</p>") for n in range(1, 13)}
    path = book(tmp_path / "кітап.epub", chapters)
    window, first = open_book(path)
    pane = window.reading_pane
    pane.setTextCursor(pane.passage_cursor(2, 0, 10))  # the reader selected words
    place = pane.verticalScrollBar().value()
    let_read(qtbot, window)
    assert pane.textCursor().selectedText() == first.passages[2].text[:10]  # built on, not built again
    assert pane.verticalScrollBar().value() == place
    pane.build_all()
    whole = load_article(path)
    assert [pane.passage_text(p.index) for p in whole.passages] == [p.text for p in whole.passages]


def test_a_long_saved_page_at_the_start_paints_its_first_part_and_the_whole_page_follows(qtbot, open_book, tmp_path):
    path = tmp_path / "бет.html"
    path.write_text(long_page(3000), encoding="utf-8")
    window, first = open_book(path)
    assert len(first.passages) < 100
    let_read(qtbot, window)
    whole = load_article(path)
    assert window.article == whole and text_hash(window.article) == text_hash(whole)
    pane = window.reading_pane
    assert [pane.passage_text(p.index) for p in whole.passages[:5]] == [p.text for p in whole.passages[:5]]


def test_a_page_whose_article_is_found_elsewhere_in_it_is_shown_anew_at_the_start_with_its_place_kept(
    qtbot, open_book, tmp_path, settings_path
):
    from desktop.ui.preferences import Preferences

    path = tmp_path / "бет.html"
    path.write_text(page_with_another_start(3000), encoding="utf-8")
    whole = load_article(path)
    Preferences(settings_path).set_position(article_key(path.resolve()), whole.sections[0].id, 0.5)
    window, first = open_book(path)
    assert first.passages[0].text.startswith("Алғы сөз 0:")
    let_read(qtbot, window)
    assert window.article == whole
    pane = window.reading_pane
    qtbot.waitUntil(lambda: pane.scroll_fraction() > 0.4)  # the place saved in the whole page, once it is read


def test_the_self_test_opens_a_long_saved_page_from_its_first_part(tmp_path):
    path = tmp_path / "бет.html"
    path.write_text(long_page(3000), encoding="utf-8")
    first, _rest = open_article(path)
    report = _self_test_of(path)
    assert report["passages"] == len(first.passages) < 100
