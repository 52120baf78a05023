"""The bundled reading font covers the Kazakh alphabet and is the one the pane uses."""

from PySide6.QtCore import QResource
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont

from desktop.content.alphabet import KAZAKH_LETTERS
from desktop.ui.resources import FONT_PATHS, READING_FONT_FAMILY


def test_the_bundled_family_is_registered(reading_font):
    assert reading_font == READING_FONT_FAMILY
    assert READING_FONT_FAMILY in QFontDatabase.families()


def test_regular_bold_and_italic_faces_are_all_registered(reading_font):
    styles = set(QFontDatabase.styles(reading_font))
    assert {"Regular", "Bold", "Italic"} <= styles, styles


def test_the_fonts_are_stored_uncompressed_so_they_are_registered_without_a_copy(qapp):
    # register_fonts hands Qt the resource's data; only uncompressed data is a view of the mapped file.
    for path in FONT_PATHS:
        assert QResource(path).compressionAlgorithm() == QResource.Compression.NoCompression, path


def test_every_kazakh_letter_has_a_glyph(reading_font):
    for weight in (QFont.Weight.Normal, QFont.Weight.Bold):
        font = QFont(reading_font)
        font.setWeight(weight)
        raw = QRawFont.fromFont(font)
        missing = [letter for letter in KAZAKH_LETTERS if not raw.supportsCharacter(ord(letter))]
        assert not missing, f"{weight}: {missing}"


def test_the_article_text_has_glyphs_for_every_character(reading_font, article):
    raw = QRawFont.fromFont(QFont(reading_font))
    characters = {c for p in article.passages for c in p.text if not c.isspace()}
    assert not [c for c in characters if not raw.supportsCharacter(ord(c))]


def test_the_reading_pane_uses_the_bundled_font(make_window, reading_font):
    window = make_window()
    assert QFontInfo(window.reading_pane.document().defaultFont()).family() == reading_font
