"""Icons painted from qtawesome's fonts: known names draw a glyph, unknown ones fall back and say so."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from desktop.ui import icons


def _ink(icon: QIcon) -> int:
    """How many pixels of a 32 px rendering are not transparent."""
    image = icon.pixmap(QSize(32, 32)).toImage()
    return sum(1 for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 0)


def test_every_section_icon_of_the_article_is_known_and_drawn(qapp, article):
    for section in article.sections:
        assert icons.known(section.icon), section.icon
        assert _ink(icons.icon(section.icon)) > 20


def test_the_glyph_is_drawn_in_the_colour_asked_for(qapp):
    image = icons.icon("fa6s.star", "#ff0000").pixmap(QSize(32, 32)).toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() == 255
    }
    assert colours == {QColor("#ff0000").name()}


def test_an_unknown_name_falls_back_to_a_page_with_a_log_line(qapp, caplog):
    assert not icons.known("fa6s.no-such-icon-anywhere")
    fallback = icons.icon("fa6s.no-such-icon-anywhere", "#123456")
    assert _ink(fallback) > 20
    assert "unknown icon 'fa6s.no-such-icon-anywhere'" in caplog.text
