"""PDF export, printing, copying with a citation, and what happens on an unexpected error."""

import subprocess
import sys

import pytest
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMessageBox

from desktop.cli import main
from desktop.ui.mainwindow import MainAction
from tests.helpers.paths import ROOT


def _pdf_fonts(path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return data.decode("latin-1")


@pytest.mark.slow
def test_pdf_export_from_the_command_line_embeds_the_bundled_font(tmp_path):
    target = tmp_path / "article.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "--format", "pdf", "-o", str(target)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = _pdf_fonts(target)
    assert "NotoSerif-Regular" in text and "NotoSerif-Bold" in text
    assert target.stat().st_size > 10_000


def test_pdf_needs_an_output_file(capsys):
    assert main(["export", "--format", "pdf"]) == 2
    assert "needs -o FILE" in capsys.readouterr().err


def test_pdf_export_from_the_window(make_window, tmp_path):
    window = make_window()
    target = tmp_path / "from-window.pdf"
    assert window.files.export_to(target, "pdf")
    assert "NotoSerif" in _pdf_fonts(target)


def test_pdf_to_an_unwritable_place_shows_a_dialog(make_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window = make_window()
    assert not window.files.export_to(tmp_path / "no-such-folder" / "x.pdf", "pdf")
    assert shown


def test_print_opens_a_preview_of_the_pages(make_window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    opened = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    window = make_window()
    window.action(MainAction.PRINT).trigger()
    assert opened == [window.article.title]


def _select_words(pane, count: int) -> None:
    cursor = QTextCursor(pane.document().findBlockByNumber(2))  # the first paragraph
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, count)
    pane.setTextCursor(cursor)


def test_copying_a_passage_adds_the_citation(make_window):
    window = make_window()
    _select_words(window.reading_pane, 10)
    window.action(MainAction.COPY).trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Қазақстан Президенті")
    assert copied.endswith("«Тоқаевтың Мәскеуге сапары: әлемдік БАҚ пен сарапшылардың пікірі», BAQ.KZ, 2025-11-15")


def test_copying_a_word_or_two_stays_bare(make_window):
    window = make_window()
    _select_words(window.reading_pane, 2)
    window.action(MainAction.COPY).trigger()
    assert "BAQ.KZ, 2025-11-15" not in QGuiApplication.clipboard().text()


def test_the_citation_can_be_turned_off_and_it_is_remembered(make_window, settings_path):
    window = make_window()
    window.action(MainAction.CITE).trigger()
    _select_words(window.reading_pane, 10)
    window.action(MainAction.COPY).trigger()
    assert "BAQ.KZ, 2025" not in QGuiApplication.clipboard().text()
    window.close()
    assert not make_window(path=settings_path, theme=None).action(MainAction.CITE).isChecked()


def test_an_unexpected_error_is_logged_and_shown_and_the_window_stays(make_window, tmp_path, monkeypatch):
    from desktop.ui import crash

    shown = []
    monkeypatch.setattr(crash, "show_error_dialog", lambda parent, error, details, log: shown.append(error))
    log_file = crash.start_log_file(tmp_path / "logs" / "oqyrman.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = make_window()
    crash.install_excepthook(window, log_file)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert [str(e) for e in shown] == ["boom"]
    assert "RuntimeError: boom" in log_file.read_text(encoding="utf-8")
    assert window.isVisible()


@pytest.mark.parametrize("start", ["searchBox", "sidebar", "readingPane"])
def test_tab_walks_a_focus_chain_through_search_sections_and_text(make_window, qtbot, start):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    window = make_window()
    window.findChild(QWidget, start).setFocus()
    seen = []
    for _ in range(6):
        focused = QApplication.focusWidget()
        seen.append(focused.objectName())
        assert focused.accessibleName(), f"{focused.objectName()} has no accessible name"
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert {"searchBox", "sidebar", "readingPane"} <= set(seen)


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_exporting_onto_a_folder_shows_a_dialog_and_writes_nothing(make_window, tmp_path, monkeypatch, fmt):
    window = make_window()
    folder = tmp_path / "exports"
    folder.mkdir()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not window.files.export_to(folder, fmt)
    assert len(shown) == 1 and str(folder) in shown[0] and "бұл – қалта" in shown[0]
    assert list(folder.iterdir()) == []


def test_exporting_over_a_read_only_file_shows_a_dialog_and_keeps_it(make_window, tmp_path, monkeypatch):
    window = make_window()
    kept = tmp_path / "article.html"
    kept.write_text("protected", encoding="utf-8")
    kept.chmod(0o444)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not window.files.export_to(kept, "html")
    assert len(shown) == 1 and "файл тек оқуға арналған" in shown[0]
    assert kept.read_text(encoding="utf-8") == "protected"


def test_a_failed_export_from_the_window_keeps_the_old_file(make_window, tmp_path, monkeypatch):
    from desktop.content import atomic

    (tmp_path / "exports").mkdir()
    old = tmp_path / "exports" / "article.html"
    old.write_text("the previous export", encoding="utf-8")
    window = make_window()
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)

    def disk_full(path, data):
        with atomic.replacing(path) as temporary:
            temporary.write_bytes(data[:100])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "write_bytes", disk_full)
    assert not window.files.export_to(old, "html")
    assert old.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in old.parent.iterdir()] == ["article.html"]


def test_the_save_dialogs_write_the_format_of_the_chosen_filter_and_cancel_writes_nothing(
    make_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.mainwindow import MainAction

    window = make_window()
    answers = iter([
        (str(tmp_path / "a.html"), "HTML (*.html)"),
        (str(tmp_path / "n.json"), "JSON (*.json)"),
        ("", ""),
    ])  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: next(answers))
    window.action(MainAction.EXPORT).trigger()
    assert (tmp_path / "a.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    window.action(MainAction.EXPORT_NOTES).trigger()
    assert (tmp_path / "n.json").read_text(encoding="utf-8").lstrip().startswith("{")
    assert "Сақталды" in window.statusBar().currentMessage()
    window.action(MainAction.EXPORT).trigger()  # cancelled
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "n.json", "settings.ini"]
