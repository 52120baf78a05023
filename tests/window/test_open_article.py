"""Opening other articles: File → Open, recent files, bad files, markup shown as text."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ui.mainwindow import MainAction
from desktop.ui.preferences import Preferences
from tests.helpers.articles import GOOD
from tests.helpers.qt import problems_told, type_text


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_opening_a_file_replaces_the_article_everywhere(make_window, tmp_path, qtbot):
    window = make_window()
    assert window.files.open_path(_write(tmp_path, "other.md", GOOD))
    assert window.article.title == "Сынақ"
    assert window.section_model.rowCount() == 2
    assert window.reading_pane.toPlainText().startswith("Сынақ\n")
    assert "other.md" in window.windowTitle()
    type_text(window.search_box, "абзац")
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=2000)
    assert [hit.match for hit in window.search.hits] == ["абзац", "абзац"]


def test_markup_in_a_file_is_shown_as_text(make_window, tmp_path):
    window = make_window()
    window.files.open_path(_write(tmp_path, "markup.md", GOOD))
    assert window.reading_pane.passage_text(0) == "Бірінші *абзац* <b>жуан емес</b> \\ қалады."


def test_a_malformed_file_gets_a_dialog_naming_the_line_and_the_article_stays(
    make_window, tmp_path, monkeypatch, article
):
    window = make_window()
    bad = _write(tmp_path, "bad.md", GOOD.replace("## Негізгі бөлім {#main}", "## Негізгі бөлім"))
    assert not window.files.open_path(bad)
    shown = problems_told(window)
    assert "20-жол" in shown[0] and "бөлім идентификаторымен аяқталуы керек" in shown[0]
    assert window.article == article
    assert window.section_model.rowCount() == 7


def test_a_missing_file_gets_a_dialog_and_leaves_the_recent_list(make_window, tmp_path, monkeypatch, settings_path):
    window = make_window()
    path = _write(tmp_path, "gone.md", GOOD)
    assert window.files.open_path(path)
    path.unlink()
    assert not window.files.open_path(path)
    assert str(path) not in window.preferences.recent_files
    assert problems_told(window) == [
        f"Мақаланы ашу мүмкін болмады: {path.resolve()}\n\nфайлды оқу мүмкін болмады: мұндай файл не қалта жоқ"
    ]


def test_recent_files_are_remembered_newest_first(make_window, tmp_path, settings_path):
    window = make_window()
    first = _write(tmp_path, "first.md", GOOD)
    second = _write(tmp_path, "second.md", GOOD)
    window.files.open_path(first)
    window.files.open_path(second)
    window.files.open_path(first)
    window.close()
    assert Preferences(settings_path).recent_files == [str(first.resolve()), str(second.resolve())]
    window.files.fill_recent_menu(window.recent_menu)
    assert [a.text() for a in window.recent_menu.actions()] == ["&1 first.md", "&2 second.md"]


def test_each_article_keeps_its_own_reading_position(make_window, tmp_path):
    window = make_window()
    window.navigation.go_to_section("europe")
    window.files.open_path(_write(tmp_path, "other.md", GOOD))
    assert window.reading_pane.current_section() == "lead"
    window.action(MainAction.BUNDLED).trigger()
    assert window.article_view.source is None
    assert window.reading_pane.current_section() == "europe"


def test_a_paragraph_that_repeats_the_title_is_found_where_it_stands(make_window, tmp_path):
    window = make_window()
    window.files.open_path(
        _write(tmp_path, "echo.md", GOOD.replace("Бірінші *абзац* <b>жуан емес</b> \\ қалады.", "Сынақ"))
    )
    cursor = window.reading_pane.passage_cursor(0)
    assert cursor.block().blockNumber() == 2  # not the title (block 0)
    assert cursor.selectedText() == "Сынақ"


def test_control_characters_in_a_paragraph_reach_the_reader(make_window, tmp_path):
    text = "таб\tбос  орын\x00\x0c\u2028жол"
    window = make_window()
    assert window.files.open_path(_write(tmp_path, "controls.md", GOOD.replace("Соңғы абзац.", text)))
    assert window.reading_pane.passage_text(len(window.article.passages) - 1) == text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_in_the_recent_files_gets_a_dialog_at_once(make_window, tmp_path, monkeypatch, settings_path, article):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    Preferences(settings_path).add_recent_file(str(fifo))
    window = make_window()
    window.files.fill_recent_menu(window.recent_menu)
    recent = [action for action in window.recent_menu.actions() if action.statusTip() == str(fifo)]
    recent[0].trigger()  # a pipe would block here forever if it were opened
    shown = problems_told(window)
    assert len(shown) == 1 and "кәдімгі файл емес" in shown[0] and str(fifo) in shown[0]
    assert window.article == article


def test_a_file_over_the_limit_gets_a_dialog(make_window, tmp_path, monkeypatch):
    from desktop.content import loader

    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 1024)
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 4096)
    window = make_window()
    assert not window.files.open_path(big)
    assert problems_told(window) == [
        f"Мақаланы ашу мүмкін болмады: {big}\n\nфайлдың көлемі 4 KiB, ал мақала 1 KiB аспауы керек"
    ]


def test_a_saved_web_page_and_an_epub_book_open_in_the_window(make_window, tmp_path):
    from tests.unit.content.formats.test_epub import GOOD as BOOK
    from tests.unit.content.formats.test_epub import _epub
    from tests.unit.content.formats.test_web_page import PAGE

    window = make_window()
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert window.files.open_path(page)
    assert window.windowTitle().startswith("Тоқаевтың Мәскеуге сапары [page.html]")
    assert [window.section_model.index(row).data() for row in range(window.section_model.rowCount())] == [
        "Тоқаевтың Мәскеуге сапары", "Батыс медиасы", "Қорытынды"
    ]  # fmt: skip
    assert "Соңғы абзац & белгілер <b>." in window.reading_pane.toPlainText()
    assert "<img" not in window.reading_pane.toHtml()  # the page's image is not loaded, nor its links
    assert window.files.open_path(_epub(tmp_path / "abai.epub", BOOK))
    assert window.section_model.rowCount() == 3 and "Абай ауылға қайтты." in window.reading_pane.toPlainText()


@pytest.mark.parametrize("export", ["article", "notes"])
def test_exporting_over_the_open_article_file_is_refused_with_a_dialog(make_window, tmp_path, monkeypatch, export):
    """It would replace the article with an export of itself, which keeps less of it."""
    window = make_window()
    source = _write(tmp_path, "other.md", GOOD)
    assert window.files.open_path(source)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    link = tmp_path / "shortcut.md"
    link.symlink_to(source)
    for target in (source, link):
        written = (
            window.files.export_to(target, "markdown")
            if export == "article"
            else window.marking.export_notes_to(target, "markdown")
        )
        assert not written
    assert len(shown) == 2 and all("қазір ашық тұрған мақаланың файлы" in message for message in shown)
    assert source.read_text(encoding="utf-8") == GOOD


@pytest.mark.parametrize("size", [8, 200_000])
def test_a_text_file_of_nul_bytes_gets_the_dialog_a_binary_file_gets(make_window, tmp_path, monkeypatch, article, size):
    window = make_window()
    binary, zeros = tmp_path / "binary.txt", tmp_path / "zeros.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xd8")
    zeros.write_bytes(b"\0" * size)
    assert not window.files.open_path(binary)
    assert not window.files.open_path(zeros)
    shown = problems_told(window)
    assert shown[1] == shown[0].replace(str(binary.resolve()), str(zeros.resolve()))
    assert "мәтінді оқу мүмкін болмады" in shown[1]
    assert window.article == article
