"""The word card: how the reader reads a word (double-click, right-click → About this word, Ctrl+I).

Stem and endings with their meanings in the interface language, the dictionary form and part of
speech, every reading the search's analyser finds, the word's other forms in this article and
how often it occurs in the library; it can find all the forms, say the word and copy all this.
The card is a popup: Esc or a click elsewhere closes it, and it never scrolls the text.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.content.export import escape
from desktop.content.latin import LatinSpans
from desktop.ui.accessibility import announce
from desktop.ui.glosses import gloss, part_of_speech
from desktop.ui.lazy_qt import Qt, set_enum_property
from desktop.ui.word_bounds import word_at

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.library import LibraryResult
    from desktop.search import SearchIndex
    from desktop.ui.mainwindow.window import MainWindow

MAX_OTHER_READINGS = 4
MAX_FORMS = 12
WORD_LEVELS = ("EXACT", "WORD")
"""The search's match levels that are the word's own forms (not related words, typos or keyboard slips)."""


class Part(NamedTuple):
    text: str
    gloss: str


class Reading(NamedTuple):
    """One way to read the word: stem, part of speech, dictionary form, endings with meanings."""

    stem: str
    pos: str
    dictionary_form: str
    endings: tuple[Part, ...]

    def formula(self) -> str:
        """мақсат + ы + ның"""
        return " + ".join([self.stem, *(part.text for part in self.endings)])


class LibraryCount(NamedTuple):
    occurrences: int
    articles: int
    complete: bool


class WordCardContent(NamedTuple):
    word: str
    """As written in the article (Cyrillic)."""
    readings: tuple[Reading, ...]
    """The most likely first."""
    forms: tuple[tuple[str, int], ...]
    """The word's forms in this article with how often each occurs, the most frequent first."""
    library: LibraryCount | None


def dictionary_form(stem: str, pos: str) -> str:
    """A verb is named by its verbal noun (оқы → оқу, жаз → жазу, сөйле → сөйлеу); other words by the stem."""
    if pos != "verb":
        return stem
    if stem[-1:] in ("ы", "і") and len(stem) > 2:
        return stem[:-1] + "у"
    return stem + "у"


def _form_only(index: SearchIndex, form: str) -> int:
    from desktop.search import SearchOptions

    return index.search(form, options=SearchOptions(inflection=False, related=False), correct=False).total


def word_card_content(
    word: str, index: SearchIndex, library_search: Callable[[str], LibraryResult] | None = None
) -> WordCardContent:
    """Everything the card shows about a word written in the article."""
    from desktop.search import SearchOptions
    from desktop.search.morphology import analyse
    from desktop.search.normalize import fold, tokenize

    tokens = tokenize(fold(word).text)
    folded = tokens[0].text if len(tokens) == 1 else word.casefold()
    analyses = analyse(folded)
    readings = [
        Reading(
            analysis.stem,
            analysis.pos,
            dictionary_form(analysis.stem, analysis.pos),
            tuple(Part(morph.text, gloss(morph.name)) for morph in analysis.morphs),
        )
        for analysis in analyses
    ]
    analysed = [reading for reading in readings if reading.endings or reading.pos != "word"]
    if analysed:
        readings = analysed  # "as written" is only shown when nothing else is found

    def likelihood(reading: Reading) -> tuple[bool, bool, int]:
        attested = any(_form_only(index, form) for form in {reading.stem, reading.dictionary_form} - {folded})
        return attested, reading.pos in ("noun", "verb", "pronoun"), len(reading.endings)

    readings.sort(key=likelihood, reverse=True)

    result = index.search(word, options=SearchOptions(inflection=True, related=False), correct=False)
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for hit in result.hits:
        if hit.level.name in WORD_LEVELS:
            key = hit.match.casefold()
            spelled.setdefault(key, hit.match)
            counts[key] += 1
    forms = tuple((spelled[key], count) for key, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    library = None
    if library_search is not None:
        found = library_search(word)
        own = [hit for hit in found.hits if hit.hit.level.name in WORD_LEVELS]
        library = LibraryCount(len(own), len({hit.article for hit in own}), found.complete)
    return WordCardContent(word, tuple(readings), forms, library)


def as_text(content: WordCardContent) -> str:
    """The card as plain text, for the clipboard."""
    lines = [content.word]
    for reading in content.readings:
        endings = "".join(f" + {part.text} ({part.gloss})" for part in reading.endings)
        lines.append(f"{reading.stem}{endings} — {reading.dictionary_form}, {part_of_speech(reading.pos)}")
    if content.forms:
        lines.append(", ".join(f"{form} ×{count}" for form, count in content.forms))
    return "\n".join(lines)


class WordCard(QFrame):
    """The popup itself; its buttons are reached with Tab, Esc closes it."""

    def __init__(self, content: WordCardContent, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.content = content
        self.setObjectName("wordCard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("WordCard", "Сөз туралы: %1").replace("%1", content.word))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)

        self.title = title = QLabel(content.word, self)
        title.setLocale(QLocale("kk"))  # the word is Kazakh in every interface: read in a Kazakh voice
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        set_enum_property(title, "textFormat", "PlainText")
        layout.addWidget(title)

        self.details = QLabel(self._details_html(), self)
        self.details.setWordWrap(True)
        set_enum_property(self.details, "textFormat", "RichText")
        set_enum_property(self.details, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard")
        self.details.setAccessibleName(QCoreApplication.translate("WordCard", "Сөздің талдауы"))
        self.details.setAccessibleDescription(as_text(content))
        self.details.setMinimumWidth(360)
        self.details.setMaximumWidth(520)
        layout.addWidget(self.details)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.find_button = QPushButton(QCoreApplication.translate("WordCard", "Барлық түрін табу"), self)
        self.speak_button = QPushButton(QCoreApplication.translate("WordCard", "Дауыстап оқу"), self)
        self.copy_button = QPushButton(QCoreApplication.translate("WordCard", "Көшіру"), self)
        for button in (self.find_button, self.speak_button, self.copy_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy)

    def _details_html(self) -> str:
        content = self.content
        parts: list[str] = []
        if not content.readings:
            parts.append(escape(QCoreApplication.translate("WordCard", "Талдау табылмады.")))
        else:
            reading = content.readings[0]
            formula = " + ".join([f"<b>{escape(reading.stem)}</b>", *(escape(part.text) for part in reading.endings)])
            meanings = "".join(
                f"<tr><td>{escape(part.text)}&nbsp;—&nbsp;</td><td><i>{escape(part.gloss)}</i></td></tr>"
                for part in reading.endings
            )
            summary = (
                QCoreApplication.translate("WordCard", "сөздік түрі: %1, %2")
                .replace("%1", reading.dictionary_form)
                .replace("%2", part_of_speech(reading.pos))
            )
            parts.append(f"<p style='font-size:large'>{formula}</p>")
            if meanings:
                parts.append(f"<table style='margin-left:12px'>{meanings}</table>")
            parts.append(f"<p>{escape(summary)}</p>")
        others = content.readings[1 : 1 + MAX_OTHER_READINGS]
        if others:
            listed = " · ".join(
                f"{escape(other.formula())} <small>({escape(part_of_speech(other.pos))})</small>" for other in others
            )
            hidden = len(content.readings) - 1 - len(others)
            more = QCoreApplication.translate("WordCard", "тағы %1").replace("%1", str(hidden)) if hidden > 0 else ""
            title = QCoreApplication.translate("WordCard", "Басқаша оқылуы:")
            parts.append(f"<p><b>{escape(title)}</b> {listed} {escape(more)}</p>")
        if content.forms:
            forms = ", ".join(f"{escape(form)} ×{count}" for form, count in content.forms[:MAX_FORMS])
            title = QCoreApplication.translate("WordCard", "Осы мақалада:")
            parts.append(f"<p><b>{escape(title)}</b> {forms}</p>")
        if content.library is not None:
            count = content.library
            text = QCoreApplication.translate("WordCard", "Кітапханада: %1 рет, %2 мақалада").replace(
                "%1", str(count.occurrences)
            )
            text = text.replace("%2", str(count.articles)) + ("" if count.complete else "+")
            parts.append(f"<p>{escape(text)}</p>")
        return "".join(parts)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(as_text(self.content))
        self.tell(QCoreApplication.translate("WordCard", "Көшірілді."))

    def tell(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
        self.adjustSize()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def popup_at(self, point: QPoint) -> None:
        """Show below a point (global coordinates), kept on the screen."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(max(area.left(), point.x()), area.right() - self.width())
        y = point.y() if point.y() + self.height() <= area.bottom() else point.y() - self.height() - 28
        self.move(x, max(area.top(), min(y, area.bottom() - self.height())))
        self.show()
        self.find_button.setFocus(Qt.FocusReason.PopupFocusReason)
        announce(self, self.details.accessibleDescription())  # the focus is on a button: the analysis is read out


# -- from the window -------------------------------------------------------------------------------
def word_in_window(window: MainWindow, passage: int, offset: int) -> tuple[str, tuple[int, int]] | None:
    """The written word at a displayed place, with its displayed span."""
    shown = window.reading_pane.passage_text(passage)
    span = word_at(shown, offset)
    if span is None:
        return None
    written = window.article.passages[passage].text
    start, end = LatinSpans(window.article).cyrillic_span(passage, *span) if window.latin else span
    return written[start:end], span


def show_word_card(window: MainWindow, place: tuple[int, int] | None = None) -> WordCard | None:
    """The card for the word at a displayed (passage, offset); by default the selection's or the caret's."""
    pane = window.reading_pane
    if place is None:
        selected = pane.selected_span()
        place = (selected[0], selected[1]) if selected else pane.position_of(pane.textCursor().position())
    if place is None:
        window.tell(QCoreApplication.translate("WordCard", "Сөздің үстіне курсорды қойыңыз."), 5000)  # heard too
        return None
    found = word_in_window(window, *place)
    if found is None:
        window.tell(QCoreApplication.translate("WordCard", "Сөздің үстіне курсорды қойыңыз."), 5000)  # heard too
        return None
    word, (start, end) = found
    from desktop.search import SearchOptions

    def library_search(query: str) -> LibraryResult:
        return window.library.search(query, SearchOptions(inflection=True, related=False))

    content = word_card_content(word, window.search.index, library_search)
    window.marking.hide_bar()
    card = WordCard(content, window)
    card.find_button.clicked.connect(lambda: _find_all(window, card))
    card.speak_button.clicked.connect(lambda: _say(card))
    rect = pane.cursorRect(pane.passage_cursor(place[0], start, start)).united(
        pane.cursorRect(pane.passage_cursor(place[0], end, end))
    )
    card.popup_at(pane.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4)))
    return card


def _find_all(window: MainWindow, card: WordCard) -> None:
    card.close()
    window.search_box.setText(card.content.word)
    window.search_box.setFocus(Qt.FocusReason.OtherFocusReason)


def _say(card: WordCard) -> None:
    """Say the word with the reading-aloud voice; a problem is told on the card."""
    from desktop.speech import player, voices
    from desktop.speech.narrator import Narrator

    narrator = Narrator(voices.default_voice, player.DeviceOutput, [card.content.word])
    narrator.start()
    timer = QTimer(card)
    timer.setInterval(100)

    def check() -> None:
        if narrator.problem is not None:
            card.tell(
                QCoreApplication.translate("WordCard", "Дауыстап оқу мүмкін емес: %1").replace("%1", narrator.problem)
            )
        if narrator.finished:
            timer.stop()
            narrator.stop()

    timer.timeout.connect(check)
    timer.start()
    card.destroyed.connect(narrator.stop)


__all__ = ["Reading", "WordCard", "WordCardContent", "dictionary_form", "show_word_card", "word_card_content"]
