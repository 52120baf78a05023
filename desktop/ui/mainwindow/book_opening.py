"""The rest of a book whose first sections the window painted: read after the paint, in slices.

A long EPUB or plain-text book is opened in two steps (``desktop.content.loader.open_article``): the window
paints its first sections, then the rest is read here a few documents at a time on the
event loop (each slice about SLICE_MS, a piece of a long chapter at least), so the window
keeps answering. It is so whichever way the book is opened: ``--open`` at the start, or File →
Open, the recent files, a file dropped on the window and the library page once the window is
up (``MainWindow.show_article`` with the opening).
Once the whole book is read, the window takes it (``take_whole_book``): what needs
the whole book (the search, the notes and their text's hash, exports, reading aloud, the
reading position, the library) waits for it; docs/architecture.md, "A book opened in two steps".
Another article shown meanwhile stops the reading (``stop_reading``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from desktop.content import ContentError
from desktop.ui.mainwindow.actions import MainAction

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from desktop.content import Article
    from desktop.content.loader import BookOpening
    from desktop.ui.mainwindow.window import MainWindow

SLICE_MS = 8
"""What one slice of reading aims to take on the GUI thread (``loader.READ_PIECE`` at least)."""
WHOLE_BOOK_ACTIONS = (MainAction.EXPORT, MainAction.PRINT)
"""Actions that would give away part of a book: off while the rest of it is read."""


class Shown(NamedTuple):
    """An article the window shows again if a book opened after it cannot be read to its end."""

    article: Article
    source: Path | None
    bundled_key: str | None = None


class RestOfBook(QObject):
    """Reads what is left of a book, a slice at a time, once started."""

    read = Signal(object)
    """The whole book was read (the Article)."""
    grew = Signal(object)
    """More of the book to show before all of it is read (the Article: a long page's beginning, where its
    first paint showed its head alone)."""
    failed = Signal(object)
    """The book cannot be opened after all (the ContentError, as opening it whole would raise)."""
    progressed = Signal(int)
    """Percent of the book's documents read."""

    def __init__(self, opening: BookOpening, fallback: Shown | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opening: BookOpening | None = opening
        self.fallback = fallback
        """What the window shows again if the book cannot be read to its end (None: the first bundled article)."""
        self.taken = False
        """Whether the whole book was read and given to the window (``read``)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def reading(self) -> bool:
        """Whether part of the book is still to be read."""
        return self._opening is not None

    @property
    def percent(self) -> int:
        return 100 if self._opening is None else int(100 * self._opening.progress)

    def start(self) -> None:
        if self._opening is not None:
            self._timer.start()

    def finish_now(self) -> None:
        """Read the rest at once (a caller that cannot wait)."""
        self._timer.stop()
        while self._opening is not None:
            self._slice(seconds=60.0)

    def stop(self) -> None:
        """The window closes: the rest is not read, and the book's file is let go."""
        self._timer.stop()
        if self._opening is not None:
            self._opening.close()
            self._opening = None

    def hand_over(self) -> BookOpening | None:
        """The window gives way to another (a new interface language): what is left to read goes
        to it (``read_rest``), its file still open; None once all of it is read."""
        self._timer.stop()
        opening, self._opening = self._opening, None
        return opening

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:  # the window closes: before it saves its state
            self.stop()
        return False

    def _slice(self, seconds: float = SLICE_MS / 1000) -> None:
        opening = self._opening
        if opening is None:
            return
        if opening.done:  # read in the slice before: the window takes it in an event of its own
            self._opening = None
            self.taken = True
            self.read.emit(opening.article())  # the window takes it first (``read_rest``), then others
            return
        try:
            done = opening.read_more(seconds)
        except ContentError as error:
            self._opening = None
            self.failed.emit(error)
            return
        self.progressed.emit(100 if done else self.percent)
        sooner = None if done else opening.sooner()
        if sooner is not None:
            self.grew.emit(sooner)
        self._timer.start()


def read_rest(window: MainWindow, opening: BookOpening, fallback: Shown | None = None) -> RestOfBook:
    """What reads the rest of the book ``window`` shows the first sections of, once it has painted.

    Until the whole book is read, what needs it waits: a search typed meanwhile is answered
    then, the reading position is restored then (and not saved from the first sections), the
    notes, the library's entry and exports come then, and at the start the rest of the window's
    start (menus, keys, notes, the library) too. Closing the window, or showing another article,
    stops the reading (and lets the book's file go). ``fallback``: shown again if the rest
    cannot be read (the first bundled article by default).
    """
    rest = window.article_view.rest = RestOfBook(opening, fallback, window)
    rest.progressed.connect(lambda percent: _tell_progress(window, percent))
    rest.read.connect(lambda article: take_whole_book(window, article))
    rest.grew.connect(lambda article: _show_more(window, article))
    rest.failed.connect(lambda error: _failed(window, error))
    window.installEventFilter(rest)
    window.search.hold()
    window.session.hold = True
    _enable_whole_book_actions(window, False)
    if window.started:  # opened in a window already up: its text paints before the first slice is read
        rest.start()
    elif window.isVisible():  # shown, its start not over (a book dropped on it meanwhile): it goes on with this one
        QTimer.singleShot(0, window, window.after_first_paint)
    return rest


def show(
    window: MainWindow, article: Article, source: Path | None, bundled_key: str | None, rest: BookOpening | None
) -> None:
    """``MainWindow.show_article``: the article replaces the one shown (a book still being read is
    let go); with ``rest``, it is a book's first sections, and the rest is read as at the start."""
    window.session.remember()  # not a place in a book's first sections: the session is held then
    view = window.article_view
    fallback = stop_reading(window) or Shown(view.article, view.source, view.bundled_key)
    view.open(article, source, bundled_key)
    window.search_box.clear()
    window.search.set_article(article)
    if rest is not None:
        read_rest(window, rest, fallback)
    view.rebuild()
    window.navigation.select_in_sidebar(window.reading_pane.current_section())
    window.library_page.apply_article_choices()
    window.restore_reading_position()
    window.navigation.update_status()
    # A book's first sections' notes meanwhile: one made in them is found again in the whole book by its quote.
    window.load_annotations()
    if rest is None:
        record_opening(window)
    else:
        window.library_page.refresh_library_view()


def record_opening(window: MainWindow) -> None:
    """The article shown whole: its place in the library, and its file's part there (``articleWhole``)."""
    window.library_page.record_reading()
    window.library_page.refresh_library_view()
    window.articleWhole.emit(window.article_view.source)


def stop_reading(window: MainWindow) -> Shown | None:
    """Another article takes the window's place: the book still being read is let go (its file
    closed, nothing more of it shown); what it would have fallen back to, if one was being read."""
    rest = window.article_view.rest
    if rest is None:
        return None
    window.article_view.rest = None
    window.removeEventFilter(rest)
    rest.stop()
    for signal in (rest.read, rest.grew, rest.failed, rest.progressed):
        signal.disconnect()
    rest.deleteLater()
    if rest.taken:
        return None
    window.session.cancel_hold()
    window.statusBar().clearMessage()
    _enable_whole_book_actions(window, True)
    return rest.fallback or _first_bundled()


def _first_bundled() -> Shown:
    from desktop.bundled import bundled_article

    return Shown(bundled_article(), None)


def _enable_whole_book_actions(window: MainWindow, on: bool) -> None:
    for name in WHOLE_BOOK_ACTIONS:
        action = window.named_actions.get(name)
        if action is not None:
            action.setEnabled(on)


def _tell_progress(window: MainWindow, percent: int) -> None:
    """In the status bar; and in the search's counter while a search waits for the book (it stood at 0% then)."""
    message = QCoreApplication.translate("MainWindow", "Кітап оқылып жатыр: %1%").replace("%1", str(percent))
    window.statusBar().showMessage(message, 2000)
    if window.search.waiting:
        window.search_bar.show_reading(percent)


def _show_more(window: MainWindow, article: Article) -> None:
    """More of the book found before all of it is read: it takes the place of what was shown, where the reader is."""
    window.article_view.grow(article)
    window.navigation.select_in_sidebar(window.reading_pane.current_section())


def take_whole_book(window: MainWindow, article: Article) -> None:
    """The whole book was read: it takes the place of its first sections where the reader is, and the start goes on."""
    window.article_view.grow(article)
    window.navigation.select_in_sidebar(window.reading_pane.current_section())
    window.statusBar().clearMessage()
    if article.notices:  # a chapter skipped or read leniently: the rest is open, and that is said
        message = QCoreApplication.translate("MainWindow", "Кітаптың кей бөлігі толық оқылмады: %1")
        from desktop.ui.content_errors import notices_told

        window.tell(message.replace("%1", notices_told(article.notices)), 15000)
    _enable_whole_book_actions(window, True)
    started = window.started

    # The search let go of (its index's build started: 20 ms at 58,000 passages, after the pane's
    # 70), then the window's own start (menus, keys, notes, the library: the same work as any
    # start's), each in an event of its own, and the place restored after it, as a start does; in a
    # window already up, the book's notes and its place in the library after it.
    steps: list[Callable[[], object]] = [
        lambda: window.search.release(article),
        window.after_first_paint,
        lambda: window.session.release(article.section_ids),
    ]
    if started:
        steps += [window.load_annotations, lambda: record_opening(window)]

    def next_step() -> None:
        """Each step in an event of its own, posted when the one before runs (events posted at once
        are all delivered in one pass of the loop, timers and input waiting), unless another
        article was shown meanwhile."""
        if window.article is not article:
            return
        step = steps.pop(0)
        if steps:
            QTimer.singleShot(0, window, next_step)
        step()

    QTimer.singleShot(0, window, next_step)


def _failed(window: MainWindow, error: ContentError) -> None:
    """The rest of the book cannot be read (its text past the limit, a damaged archive): said as
    an open that fails is, and the article shown before it (at the start, the first bundled
    article) is shown again."""
    from desktop.ui.content_errors import describe, show_problem, technical

    source, rest = window.article_view.source, window.article_view.rest
    window.after_first_paint()  # at the start: the window's own start, the place still held
    window.show_article(*((rest and rest.fallback) or _first_bundled()))  # the book let go, its place not saved
    show_problem(
        window,
        QCoreApplication.translate("MainWindow", "Мақаланы ашу мүмкін болмады"),
        f"{source}\n\n{describe(error)}",
        technical(error),
    )
