"""The files part alone: opening, exporting and the recent files, with a bare window as the dialogs' parent."""

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.content.export import to_markdown
from desktop.content.shown import ShownArticle
from desktop.ui.mainwindow.files import Files, OpenArticle
from desktop.ui.preferences import Preferences
from tests.helpers.articles import GOOD
from tests.helpers.qt import problems_told


class _Pane:
    """The only thing the part asks of the reading pane: its font."""

    def font_family(self) -> str:
        return "Noto Serif"


@pytest.fixture
def parts(qtbot, article, settings_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    preferences = Preferences(settings_path)
    files = Files(window, preferences, _Pane(), lambda: OpenArticle(article, ShownArticle(article, False), None), list)
    yield files, preferences
    del window  # the part's parent: kept until the test is over


def test_an_opened_file_is_given_to_the_window_then_to_the_library_and_remembered(parts, tmp_path):
    files, preferences = parts
    path = tmp_path / "other.md"
    path.write_text(GOOD, encoding="utf-8")
    said = []
    files.articleLoaded.connect(lambda article, where, rest: said.append(("loaded", article.title, where, rest)))
    files.fileOpened.connect(lambda where: said.append(("opened", where)))
    assert files.open_path(path)
    assert said == [("loaded", "Сынақ", path.resolve(), None), ("opened", path.resolve())]
    assert preferences.recent_files == [str(path.resolve())]


def test_a_file_that_cannot_be_read_is_not_given_to_anyone(parts, tmp_path):
    files, preferences = parts
    said = []
    files.articleLoaded.connect(lambda *args: said.append(args))
    files.fileOpened.connect(said.append)
    assert not files.open_path(tmp_path / "missing.md")
    shown = problems_told(files.parent())  # the dialog's parent is the window given to the part
    assert said == [] and [title.split(":")[0] for title in shown] == ["Мақаланы ашу мүмкін болмады"]
    assert preferences.recent_files == []


def test_an_export_writes_the_article_as_shown_and_says_where(parts, tmp_path, article):
    files, _ = parts
    told = []
    files.told.connect(lambda message, timeout: told.append(message))
    target = tmp_path / "out.md"
    assert files.export_to(target, "markdown")
    assert target.read_text(encoding="utf-8") == to_markdown(article)
    assert told == [f"Сақталды: {target}"]


def test_the_recent_menu_lists_the_remembered_files_newest_first(parts, qtbot):
    files, preferences = parts
    preferences.add_recent_file("/nowhere/first.md")
    preferences.add_recent_file("/nowhere/second.md")
    menu = QMenu()
    files.fill_recent_menu(menu)
    assert [action.text() for action in menu.actions()] == ["&1 second.md", "&2 first.md"]


def test_an_empty_recent_menu_says_so_and_offers_nothing(parts):
    files, _ = parts
    menu = QMenu()
    files.fill_recent_menu(menu)
    assert [(action.text(), action.isEnabled()) for action in menu.actions()] == [("(бос)", False)]
