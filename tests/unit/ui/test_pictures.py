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


def test_a_pictures_tooltip_is_its_text_alternative_else_its_caption():
    assert picture_text(Figure("a.png", "Кең дала", "Жайлау")) == "Кең дала"
    assert picture_text(Figure("a.png", "", "Жайлау")) == "Жайлау"
