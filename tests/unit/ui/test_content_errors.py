"""Problems in article files, told in the interface's language."""

import string
import xml.etree.ElementTree as ET

import pytest

from desktop.content import ContentError, parse_article
from desktop.content.errors import MESSAGES
from desktop.ui import translations
from desktop.ui.content_errors import TEMPLATES, describe
from tests.helpers.paths import ROOT


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_problem_the_loader_reports_has_a_translatable_text():
    assert set(TEMPLATES) == set(MESSAGES)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_text_and_translation_uses_only_the_problems_details(code):
    allowed = _fields(MESSAGES[code])
    texts = [TEMPLATES[code]]
    for language in ("ru", "en"):
        root = ET.parse(ROOT / "resources" / "translations" / f"oqyrman_{language}.ts").getroot()
        texts += [m.findtext("translation") for m in root.iter("message") if m.findtext("source") == TEMPLATES[code]]
    assert len(texts) == 3
    for text in texts:
        assert _fields(text) <= allowed, text
        text.format(**dict.fromkeys(allowed, "x"))  # no stray braces


def _error() -> ContentError:
    with pytest.raises(ContentError) as caught:
        parse_article('+++\ntitle = "x"\n+++\n', origin="bad.md")
    return caught.value


def test_kazakh_by_default_and_the_details_filled_in(qapp):
    assert describe(_error()) == "«source» метадерегі бос емес мәтін болуы керек"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "metadata 'source' must be a non-empty text"),
        ("ru", "поле метаданных «source» должно быть непустым текстом"),
    ],
)
def test_in_the_chosen_interface_language(qapp, language, text):
    translations.install(language)
    try:
        assert describe(_error()) == text
    finally:
        translations.install("kk")


def test_the_command_line_keeps_english(capsys, tmp_path):
    from desktop.cli import main

    not_an_article = tmp_path / "notes.md"
    not_an_article.write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["export", "--open", str(not_an_article)]) == 2
    assert "must start with a '+++' line" in capsys.readouterr().err
