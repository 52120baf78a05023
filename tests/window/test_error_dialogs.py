"""The window's dialog for a file it cannot open, in the interface's language: the problem in its
words, the English technical detail (the system's, the archive reader's) under Show Details."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.helpers.damaged import assert_told_in, damaged_files
from tests.helpers.qt import displayed

PROBLEMS = [
    "epub cut short",
    "epub with a damaged directory",
    "epub with an unknown compression",
    "text that is not text",
    "article with bad metadata",
    "missing text",
    "folder named as a book",
    "link to itself",
    "read that fails",
]


@pytest.fixture(scope="module")
def damaged(tmp_path_factory):
    return damaged_files(tmp_path_factory.mktemp("damaged"))


def _box(window) -> QMessageBox:
    """The dialog opened last (one closed is deleted a moment later)."""
    return window.findChildren(QMessageBox, "fileProblem")[-1]


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("problem", PROBLEMS)
def test_a_file_that_cannot_be_opened_is_told_in_the_interface_language(
    make_window, interface_language, damaged, language, problem
):
    interface_language(language)
    window = make_window()
    path = damaged[problem]
    assert not window.files.open_path(path)
    box = _box(window)
    title = {"kk": "Мақаланы ашу мүмкін болмады", "ru": "Не удалось открыть статью"}[language]
    assert len(window.findChildren(QMessageBox, "fileProblem")) == 1
    assert box.windowTitle() == title and box.isVisible()
    text = displayed(box.text())
    assert text.startswith(f"{path}\n\n")
    assert_told_in(language, text, (str(path),))
    assert str(path) in box.detailedText()  # the technical detail: the loader's English words


def test_the_details_keep_the_archive_readers_and_the_systems_words(make_window, damaged):
    window = make_window()
    assert not window.files.open_path(damaged["epub with a damaged directory"])
    box = _box(window)
    assert displayed(box.text()).endswith("оқуға болатын EPUB кітабы емес: ZIP архивінің мазмұны зақымдалған")
    assert box.detailedText().endswith("its ZIP directory is damaged (Bad magic number for central directory)")
    box.close()
    assert not window.files.open_path(damaged["missing text"])
    assert _box(window).detailedText().endswith("[ENOENT]")


def test_a_library_article_whose_file_is_a_folder_now_is_told_in_russian(
    make_window, interface_language, qtbot, tmp_path
):
    from tests.unit.library.conftest import write_text_article

    interface_language("ru")
    window = make_window()
    path = write_text_article(tmp_path / "статья.txt", "Дала", "Қазақ даласы кең.")
    assert window.files.open_path(path)
    qtbot.waitUntil(lambda: window.library.entry(str(path.resolve())) is not None, timeout=5000)
    entry = window.library.entry(str(path.resolve()))
    path.unlink()
    path.mkdir()
    assert not window.library_page.open_entry(entry.id)
    text = displayed(_box(window).text())
    assert_told_in("ru", text, (str(path.resolve()), "Дала"))
    assert "не обычный файл" in text


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_library_import_names_the_damaged_files_in_the_interface_language(
    make_window, interface_language, qtbot, tmp_path, language
):
    interface_language(language)
    window = make_window()
    folder = tmp_path / "кітаптар"
    made = damaged_files(folder)
    with qtbot.waitSignal(window.library.added, timeout=10000):
        window.library_page.add_to_library([folder])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "librarySkipped") is not None, timeout=5000)
    text = displayed(window.findChild(QMessageBox, "librarySkipped").text())
    lines = text.split("\n\n", 1)[1].splitlines()
    assert len(lines) >= 10
    assert_told_in(language, text, (*(path.name for path in made.values()), str(folder)))
