"""A saved news page in the window: its own picture shows in the reading pane, decoded at the measure."""

import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from desktop.content import load_article
from tests.helpers.books import png

SAVED = Path(__file__).parents[1] / "data" / "saved_page" / "page.html"


def test_a_saved_page_shows_its_picture_in_the_pane(make_window, tmp_path, qtbot):
    page = tmp_path / "page.html"
    (tmp_path / "page_files").mkdir()
    shutil.copyfile(SAVED, page)
    (tmp_path / "page_files" / "photo.png").write_bytes(png(600, 400, (40, 120, 60)))
    window = make_window()
    window.resize(1000, 700)
    window.show_article(load_article(page), page)
    qtbot.wait(20)
    pane = window.reading_pane
    assert "\ufffc" in pane.toPlainText() and "Алматы облысындағы көктемгі дала" in pane.toPlainText()
    image = pane.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("book:0"))
    assert image is not None and image.width() > 0
