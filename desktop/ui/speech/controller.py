"""Reading the article aloud from the window: where to start, the sentence highlight, the controls.

The narrator (desktop.speech) makes and plays the audio on its own thread; this controller
polls it on a timer, moves the highlight to the sentence heard (in the alphabet shown) and
keeps it in view. Nothing here waits for the voice: F5 returns at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QTimer, Signal

from desktop.content.latin import LatinSpans
from desktop.speech.article import article_sentences, sentence_at
from desktop.speech.narrator import Narrator
from desktop.ui import themes

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.speech.article import Sentence
    from desktop.speech.engine import Voice
    from desktop.speech.player import Output
    from desktop.ui.mainwindow.window import MainWindow
    from desktop.ui.speech.bar import ReadAloudBar

log = logging.getLogger(__name__)

POLL_MS = 40
"""How often the highlight follows the sound."""


class ReadAloud(QObject):
    """Starts, steers and stops reading aloud in one window."""

    stateChanged = Signal()
    """Speaking started, paused, resumed or stopped."""
    problem = Signal(str)
    """Reading aloud is impossible or stopped (no sound device, the voice would not load): why, for the user."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.speed = window.preferences.read_aloud_speed  # as the reader left them last time
        self.pitch = window.preferences.read_aloud_pitch
        self.bar: ReadAloudBar | None = None
        """The controls at the bottom of the window, shown while speaking."""
        self._narrator: Narrator | None = None
        self._sentences: list[Sentence] = []
        self._article = window.article
        self._latin_spans = LatinSpans(window.article)
        self._shown: tuple[int, bool, int] | None = None  # (sentence, latin, document revision) highlighted
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._follow)

    # -- state ---------------------------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        return self._narrator is not None

    @property
    def paused(self) -> bool:
        return self._narrator is not None and self._narrator.paused

    def current_sentence(self) -> Sentence | None:
        """The sentence being heard."""
        index = None if self._narrator is None else self._narrator.current()
        return None if index is None else self._sentences[index]

    # -- control -------------------------------------------------------------------------------
    def toggle(self) -> None:
        """F5: start reading from where the reader is, or stop."""
        if self.speaking:
            self.stop()
        else:
            self.start()

    def start(
        self,
        first: int | None = None,
        *,
        voice_factory: Callable[[], Voice] | None = None,
        output_factory: Callable[[int], Output] | None = None,
    ) -> None:
        """Read from a sentence (by default: the selection, the caret or the top of the view)."""
        self.stop()
        self._article = self.window.article
        self._latin_spans = LatinSpans(self._article)
        self._sentences = article_sentences(self._article)
        if not self._sentences:
            return
        if voice_factory is None:
            from desktop.speech.voices import default_voice

            voice_factory = default_voice
        if output_factory is None:
            from desktop.speech.player import DeviceOutput

            output_factory = DeviceOutput
        self._narrator = Narrator(
            voice_factory, output_factory, [sentence.text for sentence in self._sentences],
            speed=self.speed, pitch=self.pitch,
        )  # fmt: skip
        self._narrator.start(self._starting_sentence() if first is None else first)
        self._timer.start()
        self.stateChanged.emit()

    def stop(self) -> None:
        """Esc: stop speaking and take the highlight away."""
        narrator, self._narrator = self._narrator, None
        self._timer.stop()
        if narrator is not None:
            narrator.stop()
            self._show(None)
            self.stateChanged.emit()

    def pause_or_resume(self) -> None:
        """Space while speaking."""
        if self._narrator is None:
            return
        if self._narrator.paused:
            self._narrator.resume()
        else:
            self._narrator.pause()
        self.stateChanged.emit()

    def step(self, by: int) -> None:
        """The previous (-1) or next (+1) sentence."""
        if self._narrator is None:
            return
        current = self._narrator.current()
        if current is None:
            current = self._shown[0] if self._shown else 0
        target = current + by
        if 0 <= target < len(self._sentences):
            self._narrator.jump(target)
            if self._narrator.paused:
                self._narrator.resume()
                self.stateChanged.emit()

    def set_speed(self, speed: float) -> None:
        self.speed = speed
        self.window.preferences.read_aloud_speed = speed
        if self._narrator is not None:
            self._narrator.set_speed(speed)
        self.stateChanged.emit()

    def set_pitch(self, pitch: float) -> None:
        self.pitch = pitch
        self.window.preferences.read_aloud_pitch = pitch
        if self._narrator is not None:
            self._narrator.set_pitch(pitch)
        self.stateChanged.emit()

    # -- where to start ------------------------------------------------------------------------
    def _starting_sentence(self) -> int:
        """The selection's first sentence; else the caret's, when the reader put it in view; else
        the first sentence at the top of the view (a section's start after going to a section)."""
        pane = self.window.reading_pane
        place: tuple[int, int] | None = None
        selected = pane.selected_span()
        if selected is not None:
            place = selected[0], selected[1]
        else:
            caret = pane.textCursor()
            rect = pane.cursorRect(caret)
            size = pane.viewport_size()
            if caret.position() > 0 and rect.top() >= 0 and rect.bottom() <= size.height():
                place = pane.position_of(caret.position())
            for y in range(4, size.height(), 8) if place is None else ():
                place = pane.position_of(pane.cursorForPosition(QPoint(size.width() // 2, y)).position())
                if place is not None:
                    break
        if place is None:
            return 0
        passage, offset = place
        if self.window.latin:
            offset = self._latin_spans.cyrillic_span(passage, offset, offset)[0]
        return sentence_at(self._sentences, passage, offset)

    # -- following the sound -------------------------------------------------------------------
    def _follow(self) -> None:
        narrator = self._narrator
        if narrator is None:
            return
        if self.window.article is not self._article:  # another article was opened
            self.stop()
            return
        if narrator.problem is not None:
            self.stop()
            self.problem.emit(self._explain(narrator.problem))
            return
        if narrator.finished:
            self.stop()
            return
        current = narrator.current()
        if current is not None:
            self._show(current)

    def _explain(self, problem: str) -> str:
        if "sound device" in problem or "miniaudio" in problem:
            text = QCoreApplication.translate(
                "ReadAloud", "Дауыстап оқу мүмкін емес: бұл компьютерде дыбыс шығаратын құрылғы табылмады (%1)."
            )
        else:
            text = QCoreApplication.translate("ReadAloud", "Дауыстап оқу мүмкін емес: дауыс жүктелмеді (%1).")
        return text.replace("%1", problem)

    def _show(self, index: int | None) -> None:
        """Highlight a sentence in the alphabet shown, and keep it in view."""
        pane = self.window.reading_pane
        colors = themes.colors_for(self.window.appearance.theme())
        if index is None:
            self._shown = None
            pane.set_spoken(None, colors)
            return
        key = (index, self.window.latin, pane.document().revision())
        if key == self._shown:
            return
        moved = self._shown is None or self._shown[0] != index
        self._shown = key
        sentence = self._sentences[index]
        start, end = sentence.start, sentence.end
        if self.window.latin:
            start, end = self._latin_spans.span(sentence.passage, start, end)
        pane.set_spoken((sentence.passage, start, end), colors)
        if moved:
            self._keep_in_view(sentence.passage, start, end)

    def _keep_in_view(self, passage: int, start: int, end: int) -> None:
        pane = self.window.reading_pane
        height = pane.viewport_size().height()
        top = pane.cursorRect(pane.passage_cursor(passage, start, start)).top()
        bottom = pane.cursorRect(pane.passage_cursor(passage, end, end)).bottom()
        if top < 0 or bottom > height:
            bar = pane.verticalScrollBar()
            bar.setValue(bar.value() + top - height // 3)


__all__ = ["ReadAloud"]
