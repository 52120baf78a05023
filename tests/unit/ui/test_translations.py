"""The interface in Kazakh, Russian and English: every string translated, compiled files fresh."""

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale

from desktop.ui import translations
from tests.helpers.paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import build_resources

LANGUAGES = build_resources.TRANSLATED_LANGUAGES


def _messages(path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_has_a_translation(language, tmp_path):
    fresh = tmp_path / f"fresh_{language}.ts"
    subprocess.run(
        [build_resources.tool("pyside6-lupdate"), *map(str, build_resources.UI_SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    committed = _messages(build_resources.translation_source(language))
    missing = sorted(source for _context, source in in_code - set(committed))
    assert not missing, f"not in oqyrman_{language}.ts (run scripts/build_resources.py, then translate): {missing}"
    untranslated = [
        source for (context, source), translation in committed.items()
        if (context, source) in in_code and (translation.get("type") == "unfinished" or not translation.text)
    ]  # fmt: skip
    assert not untranslated, f"untranslated in oqyrman_{language}.ts: {untranslated}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_fresh(language, tmp_path):
    source = build_resources.translation_source(language)
    compiled = tmp_path / "fresh.qm"
    build_resources.compile_translation(source, compiled)
    assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), "run scripts/build_resources.py"


@pytest.fixture
def language(qapp):
    """Install an interface language for one test, then go back to Kazakh."""
    yield translations.install
    translations.install("kk")


@pytest.mark.parametrize(
    ("code", "menus", "placeholder"),
    [
        ("en", ["&File", "&Edit", "&View", "&Search", "&Go", "&Help"], "Search the article…"),
        ("ru", ["&Файл", "&Правка", "&Вид", "П&оиск", "П&ереход", "&Справка"], "Поиск в статье…"),
        ("kk", ["&Файл", "&Өңдеу", "&Көрініс", "&Іздеу", "Ө&ту", "&Анықтама"], "Мақаладан іздеу…"),
    ],
)
def test_the_window_speaks_the_chosen_language(make_window, language, code, menus, placeholder):
    language(code)
    window = make_window()
    assert [action.text() for action in window.menuBar().actions()] == menus
    assert window.search_box.placeholderText() == placeholder
    assert window.reading_pane.toPlainText().startswith("Тоқаевтың")  # the article stays Kazakh


def test_changing_the_language_rebuilds_the_window_in_place(make_window, language, qtbot, settings_path):
    from desktop.ui.mainwindow.language import change_language

    window = make_window()
    window.navigation.go_to_section("europe")
    replacement = change_language(window, "en")
    qtbot.addWidget(replacement)
    assert replacement.menuBar().actions()[0].text() == "&File"
    assert replacement.reading_pane.current_section() == "europe"
    qtbot.waitUntil(lambda: replacement.started)  # its menus' contents come after its first paint
    assert replacement.language_actions["en"].isChecked()
    assert window.preferences.language == "en"


def test_the_view_menus_language_choice_puts_a_window_in_that_language_in_its_place(make_window, language, qtbot):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.mainwindow import MainWindow

    window = make_window()
    window.language_actions["ru"].trigger()
    (replacement,) = [
        widget for widget in QApplication.topLevelWidgets() if isinstance(widget, MainWindow) and widget.isVisible()
    ]
    qtbot.addWidget(replacement)
    assert replacement is not window and not window.isVisible()
    assert replacement.menuBar().actions()[0].text() == "&Файл" and replacement.preferences.language == "ru"
    assert replacement.search_box.placeholderText() == "Поиск в статье…"


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [(["kk-KZ", "ru-RU"], "kk"), (["ru-RU"], "ru"), (["en-US"], "en"), (["de-DE", "ru-RU"], "ru"), (["de-DE"], "en")],
)
def test_the_system_language_decides_when_none_is_chosen(monkeypatch, ui_languages, expected):
    class FakeLocale:
        def uiLanguages(self):
            return ui_languages

    monkeypatch.setattr(QLocale, "system", staticmethod(FakeLocale))
    assert translations.resolve("system") == expected


def test_the_english_article_problems_are_the_command_lines_words():
    """One source: the loader's English messages, copied into the English .ts by the build."""
    from desktop.content.errors import MESSAGES
    from desktop.ui.content_errors import CONTEXT, TEMPLATES

    english = _messages(build_resources.translation_source("en"))
    assert set(TEMPLATES) == set(MESSAGES)
    for code, template in TEMPLATES.items():
        assert english[(CONTEXT, str(template))].text == MESSAGES[code], code
