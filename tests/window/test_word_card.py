"""The word card: what a word is made of, with meanings in the interface language; a popup that keeps the place."""

import re

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QPushButton

from desktop.search import SearchIndex
from desktop.search.grammar import DERIVATION, INFLECTION
from desktop.ui import translations
from desktop.ui.glosses import GLOSSES, gloss
from desktop.ui.mainwindow import MainAction
from desktop.ui.word_card import dictionary_form, show_word_card, word_card_content


def occurrences(article, word: str) -> int:
    """How often the word stands in the article's text, counted by a plain regular expression."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    return sum(len(pattern.findall(passage.text)) for passage in article.passages)


@pytest.fixture(scope="module")
def index(article):
    return SearchIndex.from_article(article)


def test_a_noun_is_its_stem_and_endings_with_their_meanings_and_its_forms_here(article, index):
    card = word_card_content("сапарды", index)
    best = card.readings[0]
    assert (best.stem, best.pos, best.dictionary_form) == ("сапар", "noun", "сапар")
    assert [(part.text, part.gloss) for part in best.endings] == [("ды", "табыс септік: кімді? нені?")]
    forms = dict(card.forms)
    for form in ("сапар", "сапарды", "сапары", "сапарын"):
        assert forms[form] == occurrences(article, form)
    assert card.forms[0][1] >= card.forms[-1][1]


def test_a_verb_is_named_by_its_verbal_noun(index):
    best = word_card_content("сипаттайды", index).readings[0]
    assert (best.stem, best.pos, best.dictionary_form) == ("сипатта", "verb", "сипаттау")
    assert [part.text for part in best.endings] == ["й", "ды"]
    assert best.formula() == "сипатта + й + ды"
    assert dictionary_form("оқы", "verb") == "оқу" and dictionary_form("жаз", "verb") == "жазу"


def test_a_word_with_several_readings_shows_them_all(index):
    readings = word_card_content("алды", index).readings
    assert len(readings) > 1
    assert {("ал", "verb"), ("ал", "noun")} <= {(reading.stem, reading.pos) for reading in readings}


def test_every_suffix_of_the_grammar_has_a_gloss_in_every_interface_language(qapp):
    names = {suffix.name for suffix in INFLECTION + DERIVATION}
    assert names <= set(GLOSSES)
    try:
        translations.install("en")
        assert gloss("genitive") == "of (genitive: whose? of what?)"
        english = {name: gloss(name) for name in names}
        translations.install("ru")
        russian = {name: gloss(name) for name in names}
    finally:
        translations.install("kk")
    for name in names:
        assert english[name] != str(GLOSSES[name]) and russian[name] != str(GLOSSES[name]), name
        assert english[name] != russian[name]


def card_of(window):
    return window.findChild(QFrame, "wordCard")


def place_of(window, word: str):
    passage = next(p for p in window.display.passages if word in p.text)
    return passage.index, passage.text.index(word) + 2


def test_ctrl_i_opens_a_card_on_the_word_at_the_caret_and_esc_closes_it_in_place(make_window, qtbot):
    window = make_window()
    window.navigation.go_to_section("west")
    pane = window.reading_pane
    passage, offset = place_of(window, "сипаттайды")
    pane.setTextCursor(pane.passage_cursor(passage, offset, offset))
    position = pane.verticalScrollBar().value()
    window.action(MainAction.WORD_CARD).trigger()
    card = card_of(window)
    qtbot.waitUntil(card.isVisible)
    assert card.content.word == "сипаттайды"
    assert card.accessibleName() == "Сөз туралы: сипаттайды"
    assert "етістік" in card.details.text() and "сипаттау" in card.details.text()
    assert all(button.focusPolicy() & Qt.FocusPolicy.TabFocus for button in card.findChildren(QPushButton))
    qtbot.keyClick(QApplication.focusWidget() or card, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: card_of(window) is None)
    assert pane.verticalScrollBar().value() == position


def test_a_screen_reader_hears_the_analysis_as_the_card_opens(make_window, qtbot, announced):
    """The focus lands on the card's first button: without this, its analysis was heard only by Tab to it."""
    window = make_window()
    card = show_word_card(window, place_of(window, "сапарын"))
    qtbot.waitUntil(card.isVisible)
    assert card.find_button.hasFocus()
    assert announced[-1] == card.details.accessibleDescription()
    assert announced[-1].startswith("сапарын\n") and "сапар + ы (оның, олардың) + н (табыс септік" in announced[-1]


def test_the_word_is_said_to_be_kazakh_and_the_buttons_in_the_interface_language(make_window, interface_language):
    """A screen reader chooses its voice by the locale: the word was read in the interface's (a Russian voice)."""
    from PySide6.QtCore import QLocale

    interface_language("ru")
    window = make_window()
    card = show_word_card(window, place_of(window, "сапарын"))
    assert card.title.text() == "сапарын"
    assert card.title.locale().language() == QLocale.Language.Kazakh
    assert card.find_button.locale().language() == QLocale.Language.Russian


def test_find_all_forms_searches_and_copy_puts_the_analysis_on_the_clipboard(make_window, qtbot):
    window = make_window()
    card = show_word_card(window, place_of(window, "сапарын"))
    card.copy_button.click()
    assert "сапар + ы (оның, олардың) + н (табыс септік" in QGuiApplication.clipboard().text()
    card.find_button.click()
    qtbot.waitUntil(lambda: window.search.result is not None and window.search.result.total > 3)
    assert window.search_box.text() == "сапарын"


def test_a_double_click_opens_the_card_on_the_word(make_window, qtbot):
    window = make_window()
    pane = window.reading_pane
    passage, offset = place_of(window, "талқыланды")
    point = QPointF(pane.cursorRect(pane.passage_cursor(passage, offset, offset)).center())
    viewport = pane.viewport()
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                 QEvent.Type.MouseButtonRelease):  # fmt: skip
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
        event = QMouseEvent(kind, point, viewport.mapToGlobal(point), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: card_of(window) is not None and card_of(window).isVisible())
    assert card_of(window).content.word == "талқыланды"


def test_the_context_menu_offers_the_card_for_the_word_under_the_pointer(make_window):
    window = make_window()
    pane = window.reading_pane
    passage, offset = place_of(window, "талқыланды")
    point = pane.cursorRect(pane.passage_cursor(passage, offset, offset)).center()
    menu = window.marking.text_menu(point)
    assert "Бұл сөз туралы" in [action.text() for action in menu.actions()]


def test_read_aloud_on_the_card_says_the_word_with_the_reading_voice(make_window, qtbot, monkeypatch):
    from desktop.speech import player, voices
    from tests.helpers.speech import CountingVoice, ManualOutput

    voice = CountingVoice()
    monkeypatch.setattr(voices, "default_voice", lambda: voice)
    monkeypatch.setattr(player, "DeviceOutput", ManualOutput)
    window = make_window()
    card = show_word_card(window, place_of(window, "2025"))
    card.speak_button.click()
    qtbot.waitUntil(lambda: bool(voice.said))
    assert voice.said[0][0] == "екі мың жиырма бес"


def test_a_card_that_cannot_speak_says_why_on_itself(make_window, qtbot, monkeypatch):
    from desktop.speech import player, voices
    from tests.helpers.speech import CountingVoice

    def no_device(rate):
        raise player.NoSoundDevice("no sound device could be opened: failed to init device")

    monkeypatch.setattr(voices, "default_voice", CountingVoice)
    monkeypatch.setattr(player, "DeviceOutput", no_device)
    window = make_window()
    card = show_word_card(window, place_of(window, "сапарын"))
    card.speak_button.click()
    qtbot.waitUntil(lambda: "no sound device" in card.status.text())
