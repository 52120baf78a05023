"""Article files for the library tests, written as a reader would have them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.library import Library
from desktop.userdata.keys import BUNDLED_KEY


def write_text_article(path: Path, title: str, *paragraphs: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join((title, *paragraphs)) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path, article):
    opened = Library(tmp_path / "data")
    opened.add_bundled(BUNDLED_KEY, lambda: article)
    yield opened
    opened.close()


@pytest.fixture
def steppe(tmp_path) -> Path:
    return write_text_article(
        tmp_path / "docs" / "steppe.txt",
        "Дала туралы",
        "Қазақ даласы кең. Көшпенділер жайылымнан жайылымға көшті.",
        "Бүгін далада жаңа жолдар салынып жатыр.",
    )
