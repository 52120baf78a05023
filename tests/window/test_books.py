"""A book in the window: verse line by line, levels, tables, footnotes opened from their
references, and figures with their pictures scaled to the measure."""

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from desktop.content import load_article
from desktop.content.model import PassageKind
from tests.helpers.books import book, chapter, png

BODY = (
    "<h1>Бірінші бөлім</h1><h2>Өлең</h2>"
    "<p>Көңілім қайтты достан да,<br/>Дұшпаннан да, жаттан да.<br/><br/>Жүрегім менің қырық жамау,</p>"
    '<p>Мәтін<a epub:type="noteref" href="#n1">1</a>.</p>'
    "<table><tr><th>Қала</th><th>Адам</th></tr><tr><td>Алматы</td><td>2 млн</td></tr></table>"
    '<figure><img src="wide.png" alt="Кең сурет"/><figcaption>Даланың суреті</figcaption></figure>'
    '<aside epub:type="footnote" id="n1"><p>1. Ескерту.</p></aside>'
)


@pytest.fixture
def book_window(make_window, tmp_path, qtbot):
    path = book(tmp_path / "book.epub", {"ch.xhtml": chapter(BODY)}, {"OEBPS/wide.png": png(3000, 1000)})
    window = make_window()
    window.resize(1000, 700)
    window.show_article(load_article(path), path)
    qtbot.wait(20)
    return window


def test_every_passage_of_a_book_is_one_block_of_its_text(book_window):
    pane = book_window.reading_pane
    assert [pane.passage_text(p.index) for p in pane.article.passages] == [p.text for p in pane.article.passages]
    kinds = [p.kind for p in pane.article.passages]
    assert kinds.count(PassageKind.VERSE_LINE) == 3 and kinds.count(PassageKind.TABLE_CELL) == 4


def test_headings_keep_their_levels_in_the_pane(book_window):
    pane = book_window.reading_pane
    levels = [pane.passage_cursor(p.index).blockFormat().headingLevel() for p in pane.article.passages[:2]]
    assert levels == [2, 3]


def test_a_picture_is_scaled_to_the_measure_and_decoded_at_that_size(book_window):
    pane = book_window.reading_pane
    url = QUrl("book:0")
    image = pane.loadResource(QTextDocument.ResourceType.ImageResource.value, url)
    measure = pane.measure_width()
    assert image.width() / image.devicePixelRatio() <= measure + 1
    assert image.width() / image.devicePixelRatio() == pytest.approx(3 * image.height() / image.devicePixelRatio(), 1)


def test_pictures_are_not_passages_and_not_searchable_text(book_window):
    pane = book_window.reading_pane
    assert "Кең сурет" not in [p.text for p in pane.article.passages]
    assert "\ufffc" in pane.toPlainText()  # the picture's place in the text


def test_a_footnote_reference_opens_its_note(book_window):
    from PySide6.QtWidgets import QToolTip

    pane = book_window.reading_pane
    assert 'href="note:0"' in pane.document().toHtml()
    pane.anchorClicked.emit(QUrl("note:0"))  # what a click on the reference does
    assert QToolTip.isVisible() and "1. Ескерту." in QToolTip.text()


def test_the_sidebar_indents_deeper_headings(book_window):
    model = book_window.sidebar.model()
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert labels == ["Бірінші бөлім", "\u2003Өлең"]


def test_a_printed_book_carries_its_pictures(book_window, reading_font):
    from desktop.ui.printing import article_document

    document = article_document(book_window.reading_pane.article, reading_font)
    image = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl("book:0"))
    assert image is not None and image.width() > 0
    assert "\ufffc" in document.toPlainText() and "Даланың суреті" in document.toPlainText()


def test_a_picture_that_claims_100_megapixels_is_not_decoded_and_its_caption_stands(make_window, tmp_path, qtbot):
    import struct
    import zlib

    header = struct.pack(">IIBBBBB", 10000, 10000, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(header)) + b"IHDR" + header + struct.pack(">I", zlib.crc32(b"IHDR" + header))
    claim = b"\x89PNG\r\n\x1a\n" + chunk
    body = '<figure><img src="huge.png" alt="Үлкен"/><figcaption>Үлкен сурет</figcaption></figure>'
    path = book(tmp_path / "huge.epub", {"ch.xhtml": chapter(body)}, {"OEBPS/huge.png": claim})
    window = make_window()
    window.show_article(load_article(path), path)
    qtbot.wait(20)
    pane = window.reading_pane
    assert "\ufffc" not in pane.toPlainText() and "Үлкен сурет" in pane.toPlainText()


def test_a_book_in_the_latin_alphabet_keeps_every_passage_and_its_note_link(book_window):
    book_window.set_latin_script(True)
    pane = book_window.reading_pane
    assert pane.passage_text(2) == "Köñılım qaitty dostan da,"
    assert 'href="note:0"' in pane.document().toHtml()


def test_copying_verse_keeps_its_lines(book_window):
    pane = book_window.reading_pane
    cursor = pane.passage_cursor(2)
    cursor.setPosition(pane.passage_cursor(4).selectionEnd(), cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    copied = pane.createMimeDataFromSelection().text()
    assert copied.startswith("Көңілім қайтты достан да,\nДұшпаннан да, жаттан да.\nЖүрегім менің қырық жамау,")


def test_searching_a_book_finds_words_in_verse_and_table_cells(book_window, qtbot):
    from tests.helpers.qt import search_for

    search_for(book_window, qtbot, "Алматы")
    selected = [s.cursor.selectedText() for s in book_window.reading_pane.extraSelections()]
    assert "Алматы" in selected


def test_enter_on_a_footnote_reference_opens_its_note(book_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolTip

    pane = book_window.reading_pane
    passage = next(p for p in pane.article.passages if p.text == "Мәтін[1].")
    cursor = pane.passage_cursor(passage.index, 6, 6)  # inside "[1]"
    pane.setTextCursor(cursor)
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert QToolTip.isVisible() and "1. Ескерту." in QToolTip.text()


def test_hovering_a_picture_shows_its_text_alternative(book_window, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    pane = book_window.reading_pane
    caption = next(p for p in pane.article.passages if p.text == "Даланың суреті")
    pane.scroll_to_passage(caption.index)
    qtbot.wait(20)
    above = pane.cursorRect(pane.passage_cursor(caption.index, 0, 0)).topLeft() + QPoint(40, -40)
    event = QHelpEvent(QEvent.Type.ToolTip, above, pane.viewport().mapToGlobal(above))
    assert pane.show_note_tooltip(event)
    assert QToolTip.isVisible() and "Кең сурет" in QToolTip.text()


def test_a_book_is_listed_in_the_library_with_the_cover_its_package_names(make_window, qtbot, tmp_path):
    from PySide6.QtCore import QSize, Qt

    from desktop.ui.library.model import Column
    from tests.helpers.books import package, write
    from tests.unit.library.conftest import write_text_article

    window = make_window()
    qtbot.waitUntil(window.library.idle, timeout=5000)

    opf = package(
        [
            ("c", "c.xhtml", "application/xhtml+xml"),
            ("cover", "cover.png", "image/png", 'properties="cover-image"'),
        ],
        ['<itemref idref="c"/>'],
        metadata="<dc:creator>Абай</dc:creator><dc:publisher>Жазушы</dc:publisher>",
    )
    files = {"OEBPS/content.opf": opf, "OEBPS/c.xhtml": chapter("<p>Мәтін.</p>"), "OEBPS/cover.png": png(60, 90)}
    book = write(tmp_path / "covered.epub", files)
    plain = write_text_article(tmp_path / "plain.txt", "Мұқабасыз", "Мәтін.")
    with qtbot.waitSignal(window.library.added, timeout=10000):
        window.library_page.add_to_library([book, plain])
    qtbot.waitUntil(window.library.idle, timeout=5000)
    window.library_page.show_library(True)
    model = window.library_page.library_view.model
    rows = {model.entry(r).title: r for r in range(model.rowCount())}
    cover = model.data(model.index(rows["Сынақ кітабы"], Column.TITLE), Qt.ItemDataRole.DecorationRole)
    assert cover is not None and not cover.isNull()
    assert cover.availableSizes()[0] == QSize(42, 64)  # 60×90 made 64 high, in proportion
    assert model.data(model.index(rows["Мұқабасыз"], Column.TITLE), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(rows["Сынақ кітабы"], Column.SOURCE)) == "Абай, Жазушы"


def test_odd_characters_in_a_book_never_split_or_lose_a_passage(make_window, tmp_path, qtbot):
    pre = "<pre>бір\tекі\nүш\u2028төрт\u2029бес\x0bалты\x0cжеті\x85сегіз</pre><p>тоғыз\u2028он</p>"
    lenient = "<html><body><p>он\x00бір<p>он\x07екі\u2029он үш"
    path = book(tmp_path / "odd.epub", {"a.xhtml": chapter(pre), "b.xhtml": lenient})
    window = make_window()
    window.show_article(load_article(path), path)
    qtbot.wait(20)
    pane = window.reading_pane
    assert [pane.passage_text(p.index) for p in pane.article.passages] == [p.text for p in pane.article.passages]


def test_a_picture_that_cannot_be_shown_and_has_no_caption_leaves_its_text_alternative(make_window, tmp_path, qtbot):
    body = '<p>Алдында.</p><img src="missing.png" alt="Жоғалған сурет"/><p>Кейін.</p>'
    path = book(tmp_path / "missing.epub", {"ch.xhtml": chapter(body)})
    window = make_window()
    window.show_article(load_article(path), path)
    qtbot.wait(20)
    assert "Алдында.\n[Жоғалған сурет]\nКейін." in window.reading_pane.toPlainText()


def test_laying_a_book_out_decodes_no_picture_until_one_is_painted(book_window, reading_font, monkeypatch):
    from desktop.ui import pictures
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.themes import COLORS, Theme

    decoded = []
    real = pictures.decode_picture
    monkeypatch.setattr("desktop.ui.pictures.decode_picture", lambda *a: decoded.append(a) or real(*a))
    pane = ReadingPane(book_window.reading_pane.article, reading_font)
    pane.resize(900, 300)
    pane.rebuild(COLORS[Theme.LIGHT])
    pane.document().documentLayout().documentSize()  # the whole text laid out
    assert decoded == []
    pane.resize(900, 3000)  # the whole text in view
    pane.grab()  # painting the picture's place decodes it, at the size shown
    assert len(decoded) == 1 and decoded[0][1].width() <= pane.measure_width() + 1
