"""The rest of a book whose first sections the window painted: read after the paint, in slices.

A long EPUB is opened in two steps (``desktop.content.loader.open_article``): the window
paints its first sections, then the rest is read here a few documents at a time on the
event loop (each slice about SLICE_MS, a piece of a long chapter at least), so the window
keeps answering.
Once the whole book is read, the window takes it (``MainWindow.take_whole_book``): what needs
the whole book (the search, the notes and their text's hash, exports, reading aloud, the
reading position) waits for it; docs/architecture.md, "A book opened in two steps".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from desktop.content import ContentError

if TYPE_CHECKING:
    from desktop.content import Article
    from desktop.content.loader import BookOpening
    from desktop.ui.mainwindow.window import MainWindow

SLICE_MS = 8
"""What one slice of reading aims to take on the GUI thread (``loader.READ_PIECE`` at least)."""


class RestOfBook(QObject):
    """Reads what is left of a book, a slice at a time, once started."""

    read = Signal(object)
    """The whole book was read (the Article)."""
    failed = Signal(object)
    """The book cannot be opened after all (the ContentError, as opening it whole would raise)."""
    progressed = Signal(int)
    """Percent of the book's documents read."""

    def __init__(self, opening: BookOpening, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opening: BookOpening | None = opening
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:  # the window closes: before it saves its state
            self.stop()
        return False

    def _slice(self, seconds: float = SLICE_MS / 1000) -> None:
        opening = self._opening
        if opening is None:
            return
        try:
            done = opening.read_more(seconds)
        except ContentError as error:
            self._opening = None
            self.failed.emit(error)
            return
        if not done:
            self.progressed.emit(self.percent)
            self._timer.start()
            return
        self._opening = None
        self.progressed.emit(100)
        self.read.emit(opening.article())  # the window takes it first (``read_rest``), then others


def read_rest(window: MainWindow, opening: BookOpening) -> RestOfBook:
    """What reads the rest of the book ``window`` shows the first sections of, once it has painted.

    Until the whole book is read, what needs it waits: a search typed meanwhile is answered
    then, the reading position is restored then (and not saved from the first sections), and
    the rest of the window's start (menus, keys, notes, the library) comes then too. Closing
    the window stops the reading (and lets the book's file go).
    """
    rest = window.article_view.rest = RestOfBook(opening, window)
    rest.progressed.connect(lambda percent: _tell_progress(window, percent))
    rest.read.connect(lambda article: take_whole_book(window, article))
    rest.failed.connect(lambda error: _failed(window, error))
    window.installEventFilter(rest)
    window.search.hold()
    window.session.hold = True
    return rest


def _tell_progress(window: MainWindow, percent: int) -> None:
    message = QCoreApplication.translate("MainWindow", "Кітап оқылып жатыр: %1%").replace("%1", str(percent))
    window.statusBar().showMessage(message, 2000)


def take_whole_book(window: MainWindow, article: Article) -> None:
    """The whole book was read: it takes the place of its first sections where the reader is, and the start goes on."""
    window.article_view.grow(article)
    window.navigation.select_in_sidebar(window.reading_pane.current_section())
    window.search.release(article)
    window.statusBar().clearMessage()
    if article.notices:  # a chapter skipped or read leniently: the rest is open, and that is said
        message = QCoreApplication.translate("MainWindow", "Кітаптың кей бөлігі толық оқылмады: %1")
        window.statusBar().showMessage(message.replace("%1", "; ".join(article.notices)), 15000)
    # The window's own start (menus, keys, notes, the library: the same work as any start's) in
    # an event of its own, and the place restored after it, as a start does.
    QTimer.singleShot(0, window, window.after_first_paint)
    QTimer.singleShot(0, window, lambda: window.session.release(article.section_ids))


def _failed(window: MainWindow, error: ContentError) -> None:
    """The rest of the book cannot be read (its text past the limit, a damaged archive): said as
    an open that fails is, and the first bundled article is shown instead."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.bundled import bundled_article
    from desktop.ui.content_errors import describe
    from desktop.ui.plain_text import as_rich_text

    window.session.hold = False
    window.search.release(window.article)
    window.statusBar().clearMessage()
    window.after_first_paint()
    QMessageBox.warning(
        window,
        QCoreApplication.translate("MainWindow", "Мақаланы ашу мүмкін болмады"),
        as_rich_text(f"{window.article_view.source}\n\n{describe(error)}"),
    )
    window.show_article(bundled_article(), None)
