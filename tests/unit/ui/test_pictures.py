"""What a screen reader is told of a picture, in each interface language."""

import pytest

from desktop.content.model import Figure
from desktop.ui import translations
from desktop.ui.pictures import picture_text, spoken_picture


@pytest.fixture
def interface_language(qapp):
    """Install an interface language for one test, then go back to Kazakh."""
    yield translations.install
    translations.install("kk")


@pytest.mark.parametrize(
    ("language", "both", "one", "none"),
    [
        ("kk", "Сурет: Кең дала. Астындағы жазу: Жайлау", "Сурет: Жайлау", "Сурет"),
        ("en", "Picture: Кең дала. Caption: Жайлау", "Picture: Жайлау", "Picture"),
        ("ru", "Рисунок: Кең дала. Подпись: Жайлау", "Рисунок: Жайлау", "Рисунок"),
    ],
)
def test_a_picture_is_said_with_its_text_alternative_and_caption(interface_language, language, both, one, none):
    interface_language(language)
    assert spoken_picture(Figure("a.png", "Кең дала", "Жайлау")) == both
    assert spoken_picture(Figure("a.png", "", "Жайлау")) == one
    assert spoken_picture(Figure("a.png", "Жайлау", "Жайлау")) == one, "a caption that repeats the alt is said once"
    assert spoken_picture(Figure("a.png", " ", "")) == none
    assert spoken_picture(Figure("a.png", "50%2 %1", "")).endswith(": 50%2 %1"), "its words stay as written"


def test_a_pictures_tooltip_is_its_text_alternative_else_its_caption():
    assert picture_text(Figure("a.png", "Кең дала", "Жайлау")) == "Кең дала"
    assert picture_text(Figure("a.png", "", "Жайлау")) == "Жайлау"


def test_pictures_added_at_the_documents_end_are_refitted_with_the_others(qapp):
    """A long book is appended to in slices: pictures laid out later are found after the known ones."""
    from PySide6.QtCore import QObject, QSize
    from PySide6.QtGui import QTextCursor, QTextDocument

    from desktop.ui.pictures import ShownPictures

    document = QTextDocument()
    owner = QObject()
    shown = ShownPictures(document, owner)

    def append(alt: str) -> None:
        url, width, height = shown.add(Figure("a.png", alt), QSize(1000, 500), 600)
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(f'<p>Мәтін {alt}.</p><p><img src="{url}" width="{width}" height="{height}"></p>')

    def widths() -> list[float]:
        found, cursor = [], QTextCursor(document)
        while not (cursor := document.find("\ufffc", cursor)).isNull():
            found.append(cursor.charFormat().toImageFormat().width())
        return found

    append("бір")
    append("екі")
    shown.refit(400)
    assert widths() == [400, 400]
    append("үш")  # laid out at the column of its time
    shown.refit(300)
    assert widths() == [300, 300, 300]
