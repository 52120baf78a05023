"""Problems in article files, told in the interface's language."""

import errno
import os
import re
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


def _sample(code: str) -> dict[str, str]:
    return {name: f"{name}-1" for name in _fields(MESSAGES[code])}


@pytest.mark.parametrize("code", sorted(set(MESSAGES) - {"bad_text"}))  # bad_text is its reason alone
def test_a_problem_the_library_reports_in_english_is_told_as_the_window_tells_it(qapp, code):
    """The library (no Qt) words a skipped file's problem as the command line does; the window translates it."""
    from desktop.ui.content_errors import describe_reason

    error = ContentError(code, 0, "x.md", **_sample(code))
    assert describe_reason(error.message) == describe(error)
    assert describe_reason(f"line 7: {error.message}") == f"7-жол: {describe(error)}"


@pytest.mark.parametrize(
    ("reason", "kazakh"),
    [
        ("not an article file (.pdf)", "мақала файлы емес (.pdf)"),
        ("not an article file (no extension)", "мақала файлы емес (кеңейтімі жоқ)"),
        ("not UTF-8 or UTF-16 text (line 3)", "мәтін UTF-8 не UTF-16 кодтауында емес (3-жол)"),
        ("not a readable EPUB book: not a ZIP archive, as an EPUB is",
         "оқуға болатын EPUB кітабы емес: ZIP архиві емес, ал EPUB кітабы ZIP архиві болады"),
        (f"cannot be read: {os.strerror(errno.EACCES)}", "оқу мүмкін болмады: рұқсат жоқ"),
        ("something new", "something new"),  # a reason the window does not know is shown as it is
    ],
)  # fmt: skip
def test_the_librarys_own_reasons_and_the_texts_details_are_told_in_kazakh(qapp, reason, kazakh):
    from desktop.ui.content_errors import describe_reason

    assert describe_reason(reason) == kazakh


def test_a_texts_encoding_is_told_in_the_interface_language_when_a_file_is_opened(qapp, tmp_path):
    from desktop.content import load_article

    windows_1251 = tmp_path / "мақала.txt"
    windows_1251.write_bytes("Заголовок\n\nТекст статьи.".encode("cp1251"))
    with pytest.raises(ContentError) as caught:
        load_article(windows_1251)
    assert describe(caught.value) == "мәтінді оқу мүмкін болмады: мәтін UTF-8 не UTF-16 кодтауында емес (1-жол)"
    translations.install("en")
    try:
        assert describe(caught.value) == "not UTF-8 or UTF-16 text (line 1)"
    finally:
        translations.install("kk")


def test_a_file_that_is_no_zip_archive_is_told_so_as_an_epub(qapp, tmp_path):
    from desktop.content import load_article

    not_a_book = tmp_path / "кітап.epub"
    not_a_book.write_text("hello", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_article(not_a_book)
    assert describe(caught.value) == "оқуға болатын EPUB кітабы емес: ZIP архиві емес, ал EPUB кітабы ZIP архиві болады"


def test_every_detail_and_its_translations_use_only_what_its_pattern_finds():
    import re

    from desktop.ui.content_errors import DETAILS, NOTES_DETAILS

    for pattern, template in (*DETAILS, *NOTES_DETAILS):
        allowed = set(re.compile(pattern).groupindex)
        texts = [template]
        for language in ("ru", "en"):
            root = ET.parse(ROOT / "resources" / "translations" / f"oqyrman_{language}.ts").getroot()
            texts += [m.findtext("translation") for m in root.iter("message") if m.findtext("source") == template]
        assert len(texts) == 3, template
        for text in texts:
            assert _fields(text) <= allowed, text


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfe", b"{not json", b"[1]", b'{"format": "oqyrman-notes", "version": 99}',
     b'{"format": "oqyrman-notes", "version": 1, "article": {"title": "\xd0\x91\xd0\xb0\xd1\x81\xd2\x9b\xd0\xb0"}}'],
)  # fmt: skip
def test_every_common_problem_of_a_notes_file_is_told_in_kazakh(qapp, article, data):
    from desktop.ui.content_errors import describe_notes_problem
    from desktop.userdata import notes_io

    with pytest.raises(notes_io.NotesFileError) as caught:
        notes_io.from_json(data, "key", article)
    told = describe_notes_problem(str(caught.value))
    assert told != str(caught.value) and not re.search(r"\b(not|the|is|for)\b", told), told
