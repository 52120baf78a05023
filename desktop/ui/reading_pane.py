"""The reading pane: the article in a QTextBrowser with a comfortable measure and zoom.

The document is rendered once per theme from the same HTML the exporter writes.
Every passage of the article is one text block; ``_passage_blocks`` maps passage
numbers to blocks, so sections and search hits are located exactly.

A long article (a book of up to 64 MiB) is built progressively, so that only what is on
screen is laid out before the first paint: the first screenful of elements is set at once,
and the rest is appended at the document's end in slices of a few milliseconds each on the
GUI thread (a zero timer; each slice sized from how fast the last one went), never a stall.
Appending at the end moves nothing already built, so the reader scrolls, selects and searches
while the book grows. Why not a pane that holds a window of sections: selection, copy, the
caret and screen readers work on one QTextDocument, and a document built at its end keeps
every position already handed out (cursors, highlights, the scroll position) valid.

Whatever addresses a passage not yet built (a section, a search hit, a highlight, the
spoken sentence, a reading position) builds through it at once (``_ensure_passage``); the
scroll-spy, the visible highlights and the progress read only the layout around the view
(``hitTest``), never the whole document's, and the progress of a book still being built is
reckoned from the text above the view.
"""

from __future__ import annotations

import bisect
import itertools
import time
from typing import TYPE_CHECKING, NamedTuple

# The Qt types the first paint does not use are named through their modules, so PySide6 builds
# each (and its enums) when it is first used rather than when this module is imported.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desktop.content.export import escape, html_parts
from desktop.ui.lazy_qt import Qt, set_enum_property
from desktop.ui.pictures import PICTURE_SCHEME, ShownPictures, natural_size, picture_text, spoken_picture
from desktop.ui.plain_text import as_rich_text
from desktop.ui.preferences import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE
from desktop.ui.themes import ThemeColors, reading_style_sheet

if TYPE_CHECKING:
    from collections.abc import Iterator

    from desktop.content import Article
    from desktop.content.model import Figure

MEASURE_CHARS = 72  # a comfortable line length for running text
MIN_SIDE_MARGIN = 24.0
ZOOM_STEP = 1.0
SPY_OFFSET_FRACTION = 0.2  # a heading in the top fifth of the view makes its section current
HEADING_GAP = 12.0  # pixels left above a heading scrolled to the top
CITATION_MIN_WORDS = 6  # a word or a short phrase is copied bare
EXTERNAL_SCHEMES = {"http", "https", "mailto"}
NOTE_SCHEME = "note"  # note:<n>, the article's n-th footnote
PROGRESSIVE_CHARS = 64 * 1024
"""An article with more text than this is built progressively (a news article is 50 KiB and is
set whole; a book's first screen is painted before the rest is built)."""
FIRST_SCREEN_CHARS = 16 * 1024
"""HTML set before the first paint: more than the tallest screen shows at the smallest size."""
SLICE_MS = 8.0
"""What one slice of the background build aims to take on the GUI thread."""
FIRST_SLICE_CHARS = 8 * 1024
MIN_SLICE_CHARS, MAX_SLICE_CHARS = 1024, 256 * 1024
CHUNK_CHARS = 512 * 1024
"""Building through to a passage appends at most this much HTML at a time (bounds the transient copies)."""
SAMPLE_PASSAGES = 500  # the measure is taken on the longest of these
ALL_HITS_LIMIT = 2000
"""Up to this many search hits are all handed to Qt; more are handed over as they come into view."""


class Mark(NamedTuple):
    """A highlight as the pane draws it: where (in the displayed text), which colour, a note."""

    passage: int
    start: int
    end: int
    color: str
    underline: bool
    note: str
    key: str
    """The annotation it draws (its id in the store)."""


class ReadingPane(QTextBrowser):
    """Shows one article; offers section navigation, zoom and hit highlighting."""

    firstPainted = Signal()
    """Emitted once, after the viewport painted the article for the first time."""
    fontSizeChanged = Signal(float)
    """The reading font size (points) changed through zoom."""
    currentSectionChanged = Signal(str)
    """The section at the top of the view changed (scroll-spy)."""
    progressChanged = Signal(int)
    """Reading progress in percent changed."""
    selectionMade = Signal(QRect)
    """The reader let go of the mouse over selected words (their rectangle, in viewport coordinates)."""
    markClicked = Signal(str, QRect)
    """The reader clicked a highlight (its key, the words' rectangle) without selecting anything."""
    barDismissed = Signal()
    """A click elsewhere, a key or a scroll: the floating bar goes."""
    buildFinished = Signal()
    """The whole article is in the document (at once for a short one, after the last slice for a book)."""

    progressive_chars = PROGRESSIVE_CHARS
    first_screen_chars = FIRST_SCREEN_CHARS
    """Thresholds of the progressive build (tests make them small, to build short articles in slices)."""

    def __init__(self, article: Article, font_family: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self._font_family = font_family
        self._font_size = DEFAULT_FONT_SIZE
        self._painted = False
        self._pinned: tuple[str, int] | None = None  # (section, scroll position) set by navigation
        self._current_section = article.sections[0].id
        self._progress = -1
        self._marks: list[Mark] = []
        self._mark_passages: list[int] = []
        self._selection_cache: dict[Mark, QTextEdit.ExtraSelection] = {}
        self._mark_selections: list[QTextEdit.ExtraSelection] = []
        self._hit_selections: list[QTextEdit.ExtraSelection] = []
        self._spoken_selections: list[QTextEdit.ExtraSelection] = []  # the sentence read aloud
        self._hits: list[tuple[int, int, int]] = []  # the search's (passage, start, end), in its order
        self._hit_order: list[int] = []  # indexes into _hits sorted by passage
        self._hit_passages: list[int] = []  # their passages, sorted (bisected)
        self._hit_current: int | None = None
        self._hit_colors: ThemeColors | None = None
        self._hit_cache: dict[int, QTextEdit.ExtraSelection] = {}
        self._passage_blocks: list[int] = []
        self._section_blocks: dict[str, int] = {}
        self._section_passage: dict[str, int] = {}  # a section's first passage
        self._text_starts: list[int] = [0]  # where each passage starts in the article's text (characters)
        self._parts: Iterator[tuple[str, int]] | None = None  # the elements not yet built (None: all built)
        self._taken = 0  # how many elements were built (taken from the parts)
        self._scan_block = 0  # the first block not yet matched to a passage
        self._slice_chars = FIRST_SLICE_CHARS
        self._layout_chars = FIRST_SLICE_CHARS  # the same, for laying out again what is built
        self._layout_frontier = -1  # the first block not laid out, at the last slice of layout
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_slice)
        self._measure_sample = self._sample_text()
        self._measured: tuple[tuple[str, str], float] | None = None  # see measure_width()
        self._pictures = ShownPictures(self.document(), self)  # a book's figures laid out, by book:<n>
        self._caret_picture: int | None = None  # the picture the caret is on (said once, on the way in)
        self._picture_sizes: dict[str, QSize | None] = {}  # a picture's own size, read from its header once

        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTabChangesFocus(True)
        # Always there: the text's width never changes as a scroll bar comes and goes (Qt would lay
        # a long text out twice on showing it, once without the bar and once with it), and the
        # bar tells how much is left.
        set_enum_property(self, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        set_enum_property(
            self, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard|LinksAccessibleByMouse"
        )
        self.anchorClicked.connect(self._open_link)
        self.cursorPositionChanged.connect(self._on_caret_moved)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        # The range changes while Qt lays the text out (a resize, a slice of a book): the place is
        # read once the layout is done with, and a book growing is no reason to dismiss the floating bar.
        self._range_timer = QTimer(self)
        self._range_timer.setSingleShot(True)
        self._range_timer.setInterval(0)
        self._range_timer.timeout.connect(lambda: self._on_scrolled(dismiss=False))
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self.document().setUndoRedoEnabled(False)  # a reader's text is never edited; slices leave no undo steps
        self._apply_font()

    def _apply_language(self) -> None:
        """The article's language is the pane's locale: Qt gives it to screen readers, which pick a voice by it."""
        self.setLocale(QtCore.QLocale(self.article.language))

    # -- content -------------------------------------------------------------------------
    def set_article(self, article: Article, colors: ThemeColors) -> None:
        """Show another article from its beginning."""
        self._passage_blocks, self._section_blocks = [], {}
        self.article = article
        self._picture_sizes = {}
        self._measure_sample = self._sample_text()
        self._pinned = None
        self.setExtraSelections([])
        self._hits, self._hit_order, self._hit_passages, self._hit_current = [], [], [], None
        self._hit_selections = []
        self.verticalScrollBar().setValue(0)
        self.rebuild(colors)
        self.verticalScrollBar().setValue(0)
        self._current_section = ""
        self._set_current_section(article.sections[0].id)
        self._apply_language()

    def rebuild(self, colors: ThemeColors) -> None:
        """(Re)build the document in the theme's colours, keeping the reading position.

        A short article is built whole; a long one from its first screenful, the rest in
        slices after the first paint (and through the passage in view at once, to keep the place).
        """
        bar = self.verticalScrollBar()
        position = bar.value()
        kept = self._top_passage() if position > 0 and self._passage_blocks else None
        document = self.document()
        document.setDefaultStyleSheet(reading_style_sheet(colors))
        self._build_timer.stop()
        self._selection_cache.clear()  # their cursors belong to the document being replaced
        self._hit_cache.clear()
        self._marks, self._mark_passages, self._mark_selections = [], [], []
        self._passage_blocks, self._section_blocks = [], {}  # no scroll-spy while the text changes
        self._pictures.clear(self.document())
        self._caret_picture = None
        self._passage_index()
        parts = html_parts(self.article, pictures=self._picture if self.article.images is not None else None)
        progressive = self._text_starts[-1] > self.progressive_chars
        self._parts = parts
        self._taken = 0
        first = self._take(parts, self.first_screen_chars if progressive else None)
        self._scan_block = 2  # after the title and the byline, which may repeat a text
        self.setHtml("\n".join(first))
        self._index_new_blocks()
        self._apply_measure()
        if kept is not None:
            self._ensure_passage(kept)
        bar.setValue(position)
        if self._painted:
            self._build_timer.start(0)

    def extend_article(self, article: Article, colors: ThemeColors) -> None:
        """The article grew at its end (a book read whole after its first sections were shown).

        What is built stays as it is, where it is (the scroll position, the selection), and the
        rest is appended in slices like a long article's (the last section shown may go on);
        when what is shown changed too (a footnote reference whose note was read later is a
        link now), the text is built again at the same place.
        """
        old, self.article = self.article, article
        self._passage_index()
        head = (old.title, old.source, old.iso_date) == (article.title, article.source, article.iso_date)
        last, kept = len(old.sections) - 1, article.sections[: len(old.sections)]
        grown = len(kept) == len(old.sections) and kept[:last] == old.sections[:last]
        if grown:  # the last section shown: the same, or its blocks followed by more
            before, after = old.sections[last], kept[last]
            grown = before._replace(blocks=()) == after._replace(blocks=()) and (
                after.blocks[: len(before.blocks)] == before.blocks
            )
        if not head or not grown:
            self.rebuild(colors)
            return
        parts = html_parts(article, pictures=self._picture if article.images is not None else None)
        for _ in range(self._taken):  # made again but not used: each element is a few strings
            next(parts)
        self._parts = parts
        if self._painted:
            self._build_timer.start(0)

    def _passage_index(self) -> None:
        """Where each passage starts in the text, and each section's first passage (for the progress and navigation)."""
        passages = self.article.passages
        self._text_starts = [0, *itertools.accumulate(len(passage.text) + 1 for passage in passages)]
        self._section_passage = {}
        for passage in passages:
            self._section_passage.setdefault(passage.section_id, passage.index)

    def _take(self, parts: Iterator[tuple[str, int]], chars: int | None, through: int = -1) -> list[str]:
        """Elements from ``parts``: all of them (``chars`` None), else until the passage ``through``
        is among them and they hold ``chars`` characters of HTML after it, or CHUNK_CHARS in all."""
        taken: list[str] = []
        size = total = 0
        for part, count in parts:
            taken.append(part)
            if chars is None:
                continue
            total += len(part)
            if count > through:
                size += len(part)
            if size >= chars or total >= CHUNK_CHARS:
                break
        else:
            self._parts = None  # all taken
        self._taken += len(taken)
        return taken

    @property
    def building(self) -> bool:
        """Whether part of the article is still to be appended."""
        return self._parts is not None

    def _append(self, parts: list[str]) -> None:
        """Append elements at the document's end, exactly as if the whole HTML had been set at once.

        Qt merges the first block of inserted HTML into the block the cursor is in, taking
        that block's format: a paragraph of one character goes first, to be merged and deleted.
        """
        if parts:
            cursor = QtGui.QTextCursor(self.document())
            cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
            end = cursor.position()
            cursor.insertHtml("<p>x</p>" + "\n".join(parts))
            cursor.setPosition(end)
            cursor.deleteChar()
            self._index_new_blocks()
        if self._parts is None:
            self._finish_build()

    def _finish_build(self) -> None:
        missing = len(self.article.passages) - len(self._passage_blocks)
        if missing:
            raise RuntimeError(f"passage {len(self._passage_blocks)} is missing from the rendered document")
        self._build_timer.stop()
        self._on_scrolled(dismiss=False)  # the progress is the scroll bar's from now on
        self.buildFinished.emit()

    def _build_slice(self) -> None:
        """Append the next slice (sized to take about SLICE_MS), and come back for the one after."""
        if self._parts is None:
            return
        if self.document().lastBlock().layout().lineCount() == 0 and self._lay_out_slice():
            # The text built so far is to be laid out again (a resize, a zoom): appending now would
            # make Qt lay all of it out at once. It is laid out a slice at a time first.
            self._build_timer.start(0)
            return
        started = time.perf_counter()
        parts = self._take(self._parts, self._slice_chars)
        self._append(parts)
        elapsed = max(time.perf_counter() - started, 1e-4)
        size = sum(map(len, parts))
        if size:
            wanted = size * SLICE_MS / 1000 / elapsed
            self._slice_chars = int(min(MAX_SLICE_CHARS, max(MIN_SLICE_CHARS, (self._slice_chars + wanted) / 2)))
        if self._marks or self._hits:
            self._show_visible_marks()
        if self._parts is not None:
            self._build_timer.start(0)

    def _lay_out_slice(self) -> bool:
        """Lay the text out from where its layout stops, as far as SLICE_MS allows (Qt lays out from the top).

        False when the layout did not move on from there since the last slice (Qt counts it laid
        out): the build then goes on, and Qt lays out what it needs.
        """
        started = time.perf_counter()
        document = self.document()
        count = document.blockCount()
        frontier = bisect.bisect_left(
            range(count), True, key=lambda number: document.findBlockByNumber(number).layout().lineCount() == 0
        )
        if frontier == self._layout_frontier:
            return False
        self._layout_frontier = frontier
        start = document.findBlockByNumber(frontier).position()
        target = document.findBlock(min(document.characterCount() - 1, start + self._layout_chars))
        document.documentLayout().blockBoundingRect(target)  # lays out through it, from the frontier
        elapsed = max(time.perf_counter() - started, 1e-4)
        wanted = self._layout_chars * SLICE_MS / 1000 / elapsed
        self._layout_chars = int(min(MAX_SLICE_CHARS, max(MIN_SLICE_CHARS, (self._layout_chars + wanted) / 2)))
        return True

    def _ensure_passage(self, index: int) -> None:
        """Build through a passage at once (and a screenful after it), so it can be shown and pointed at."""
        if index < len(self._passage_blocks) or self._parts is None:
            return
        if not 0 <= index < len(self.article.passages):
            raise IndexError(f"no passage {index}")
        while self._parts is not None and len(self._passage_blocks) <= index:
            self._append(self._take(self._parts, self.first_screen_chars, index))  # and a screenful after it
        if self._marks or self._hits:
            self._show_visible_marks()

    def build_all(self) -> None:
        """Build the rest of a book at once (select all, go to the end)."""
        if self._parts is not None:
            self._ensure_passage(len(self.article.passages) - 1)
            while self._parts is not None:
                self._append(self._take(self._parts, CHUNK_CHARS))

    def _index_new_blocks(self) -> None:
        """Find the text block of each passage built since the last time, in order (a passage is one block)."""
        document = self.document()
        passages = self.article.passages
        index = len(self._passage_blocks)
        block = document.findBlockByNumber(self._scan_block)
        while index < len(passages) and block.isValid():
            text = passages[index].text
            while block.isValid() and block.text() != text:
                block = block.next()
            if not block.isValid():
                break
            number = block.blockNumber()
            self._passage_blocks.append(number)
            self._section_blocks.setdefault(passages[index].section_id, number)
            block = block.next()
            index += 1
        self._scan_block = block.blockNumber() if block.isValid() else document.blockCount()
        self._section_blocks[self.article.sections[0].id] = 0  # the lead starts with the title

    def passage_text(self, index: int) -> str:
        """The text of a passage as the reader displays it."""
        self._ensure_passage(index)
        return self.document().findBlockByNumber(self._passage_blocks[index]).text()

    def passage_cursor(self, index: int, start: int = 0, end: int | None = None) -> QtGui.QTextCursor:
        """A cursor selecting characters [start, end) of a passage (built through it first)."""
        self._ensure_passage(index)
        return self._cursor(index, start, end)

    def _cursor(self, index: int, start: int = 0, end: int | None = None) -> QtGui.QTextCursor:
        """passage_cursor for a passage already built."""
        block = self.document().findBlockByNumber(self._passage_blocks[index])
        cursor = QtGui.QTextCursor(block)
        cursor.setPosition(block.position() + start)
        length = block.length() - 1 if end is None else end
        cursor.setPosition(block.position() + length, QtGui.QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- navigation ----------------------------------------------------------------------
    def _ensure_section(self, section_id: str) -> None:
        """Build through a section's first passage (a section without one is not in the text)."""
        if section_id not in self._section_blocks and section_id in self._section_passage:
            self._ensure_passage(self._section_passage[section_id])

    def section_top(self, section_id: str) -> float:
        self._ensure_section(section_id)
        block = self.document().findBlockByNumber(self._section_blocks[section_id])
        return self.document().documentLayout().blockBoundingRect(block).top()

    def scroll_to_section(self, section_id: str) -> None:
        """Put the section's heading at the top; it is current even where the end of the
        text stops it short of the top (a short last section)."""
        top = 0.0 if section_id == self.article.sections[0].id else self.section_top(section_id)
        target = max(0, int(top - HEADING_GAP))
        bar = self.verticalScrollBar()
        bar.setValue(target)
        self._set_current_section(section_id)
        self._pinned = (section_id, bar.value()) if bar.value() != target else None

    def scroll_to_passage(self, index: int, start: int = 0) -> None:
        """Bring a passage (or a character in it) into view, near the top third."""
        cursor = self.passage_cursor(index, start, start)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > self.viewport_size().height():
            bar.setValue(bar.value() + rect.top() - self.viewport_size().height() // 3)

    def caret_to_section(self, section_id: str) -> None:
        """Put the caret at the start of a section's heading (where navigation took the reader)."""
        self._ensure_section(section_id)
        self._place_caret(self.document().findBlockByNumber(self._section_blocks[section_id]).position())

    def caret_to_passage(self, index: int, offset: int = 0) -> None:
        """Put the caret on a character of a passage (a search hit, a highlight)."""
        self._ensure_passage(index)
        block = self.document().findBlockByNumber(self._passage_blocks[index])
        self._place_caret(block.position() + min(offset, block.length() - 1))

    def _place_caret(self, position: int) -> None:
        """Move the caret without scrolling: the caller scrolls the place to where it wants it.

        Qt moves a screen reader's focus with the caret (an accessible caret event), and the
        next arrow key moves on from there instead of from where the caret was before.
        """
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(position)
        bar = self.verticalScrollBar()
        kept = bar.value()
        bar.blockSignals(True)  # Qt scrolls the caret into view; the view stays where it was
        try:
            self.setTextCursor(cursor)
            bar.setValue(kept)
        finally:
            bar.blockSignals(False)

    def scroll_passage_to_top(self, index: int) -> None:
        """Put a passage at the top of the view (where a bookmark was made)."""
        rect = self.cursorRect(self.passage_cursor(index, 0, 0))
        bar = self.verticalScrollBar()
        bar.setValue(max(0, int(bar.value() + rect.top() - HEADING_GAP)))

    def current_section(self) -> str:
        return self._current_section

    def progress(self) -> int:
        """How far through the article the view is, in percent (of the text above it, while a book is built)."""
        if self._parts is not None:
            return min(100, round(100 * self.scroll_fraction()))
        bar = self.verticalScrollBar()
        return 100 if bar.maximum() <= 0 else round(100 * bar.value() / bar.maximum())

    def scroll_fraction(self) -> float:
        """Where the view is, 0 to 1: of the scroll bar's range, or of the text while a book is still built
        (the bar's range is the part built so far)."""
        if self._parts is not None and self._passage_blocks:
            passage, offset = self._top_place()
            return (self._text_starts[passage] + offset) / self._text_starts[-1]
        bar = self.verticalScrollBar()
        return 0.0 if bar.maximum() <= 0 else bar.value() / bar.maximum()

    def set_scroll_fraction(self, fraction: float, section_id: str | None = None) -> None:
        """Scroll to a place given by scroll_fraction(); a book still being built is built through it first.

        With the section the reader was in at that place (saved with it, or current before a
        zoom or a change of alphabet), that section stays current until the reader scrolls: a
        layout that differs by a few pixels must not move the status bar to the section before.
        """
        self._scroll_to_fraction(fraction)
        if section_id is not None and section_id in self.article.section_ids:
            self._set_current_section(section_id)
            self._pinned = (section_id, self.verticalScrollBar().value())

    def _scroll_to_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        if self._parts is None or not self._passage_blocks:
            bar.setValue(round(fraction * bar.maximum()))
            return
        target = max(0.0, min(1.0, fraction)) * self._text_starts[-1]
        passage = max(0, min(len(self.article.passages) - 1, bisect.bisect_right(self._text_starts, target) - 1))
        self._ensure_passage(passage)
        block = self.document().findBlockByNumber(self._passage_blocks[passage])
        rect = self.document().documentLayout().blockBoundingRect(block)
        within = (target - self._text_starts[passage]) / max(1, block.length())
        bar.setValue(round(rect.top() + within * rect.height()))

    def _passage_top(self, index: int) -> float:
        """Where a passage's block starts, as laid out so far: read from its layout, never laying out more.

        A block inside a table is placed relative to its cell: the block just before the
        table stands for it. Qt lays out what the view shows before painting it, and a book's
        slices are laid out as they are appended, so around the view this is exact.
        """
        document = self.document()
        block = document.findBlockByNumber(self._passage_blocks[index])
        frame = QtGui.QTextCursor(block).currentFrame()
        while frame is not None and frame.parentFrame() is not None:
            block = document.findBlock(max(0, frame.firstPosition() - 1))
            frame = frame.parentFrame()
        layout = block.layout()
        if layout.lineCount() == 0:
            if self.isVisible():  # Qt lays out from the top a step at a time: this one is further down
                return float("inf")
            return document.documentLayout().blockBoundingRect(block).top()  # a pane not shown yet
        return layout.position().y()

    def _passage_at(self, y: float) -> int:
        """The last passage built that starts at or above a height of the document (-1: none does)."""
        return bisect.bisect_right(range(len(self._passage_blocks)), y, key=self._passage_top) - 1

    def _top_place(self) -> tuple[int, int]:
        """(passage, character) at the top of the view, the character reckoned from the height scrolled into it."""
        top = float(self.verticalScrollBar().value())
        passage = max(0, self._passage_at(top))
        block = self.document().findBlockByNumber(self._passage_blocks[passage])
        height = block.layout().boundingRect().height()
        within = max(0.0, min(1.0, (top - self._passage_top(passage)) / height)) if height > 0 else 0.0
        return passage, int(within * (block.length() - 1))

    def _top_passage(self) -> int:
        return self._top_place()[0]

    def _section_at_scroll(self) -> str:
        """The section of the last passage to start above the probe line (a bisection; no layout below the view)."""
        probe = self.verticalScrollBar().value() + self.viewport_size().height() * SPY_OFFSET_FRACTION
        passage = self._passage_at(probe)
        return self.article.passages[passage].section_id if passage >= 0 else self.article.sections[0].id

    def _on_scrolled(self, dismiss: bool = True) -> None:
        if dismiss:
            self.barDismissed.emit()
        if self._marks:
            self._show_visible_marks()
        position = self.verticalScrollBar().value()
        if self._pinned is not None and self._pinned[1] != position:
            self._pinned = None  # the reader moved on: the scroll-spy decides again
        if self._passage_blocks and self._pinned is None:
            self._set_current_section(self._section_at_scroll())
        progress = self.progress()
        if progress != self._progress:
            self._progress = progress
            self.progressChanged.emit(progress)

    def _on_range_changed(self) -> None:
        if self._parts is None:
            self.barDismissed.emit()
        self._range_timer.start()

    def _set_current_section(self, section_id: str) -> None:
        if section_id != self._current_section:
            self._current_section = section_id
            self.currentSectionChanged.emit(section_id)

    # -- zoom and measure ----------------------------------------------------------------
    def font_size(self) -> float:
        return self._font_size

    def font_family(self) -> str:
        return self._font_family

    def set_font_size(self, size: float) -> None:
        size = min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, size))
        if size == self._font_size:
            return
        fraction, section = self.scroll_fraction(), self._current_section
        self._font_size = size
        self._apply_font()
        self.set_scroll_fraction(fraction, section)
        self.fontSizeChanged.emit(size)

    def zoom_in(self) -> None:
        self.set_font_size(self._font_size + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_font_size(self._font_size - ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_font_size(DEFAULT_FONT_SIZE)

    def _apply_font(self) -> None:
        font = QFont(self._font_family)
        font.setPointSizeF(self._font_size)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        self.document().setDefaultFont(font)
        self._apply_measure()
        if self._pictures.shown:  # a zoom widens or narrows the measure, and the pictures with it
            self._pictures.refit(self._column(self.viewport_size().width() if self.isVisible() else None))

    def _sample_text(self) -> str:
        """The longest of the first passages (a book's are as typical as its later ones, and fewer to look at)."""
        paragraphs = [p.text for p in self.article.passages[:SAMPLE_PASSAGES]]
        return max(paragraphs, key=len)[:400] or "x"

    def measure_width(self) -> float:
        """Pixel width of about MEASURE_CHARS characters of this article in the reading font.

        Kept for the font and the sample it was measured with: shaping the sample takes a
        millisecond, and every resize asks again.
        """
        font = self.document().defaultFont()
        key = (font.key(), self._measure_sample)
        if self._measured is None or self._measured[0] != key:
            metrics = QFontMetricsF(font)
            width = metrics.horizontalAdvance(self._measure_sample) / len(self._measure_sample) * MEASURE_CHARS
            self._measured = (key, width)
        return self._measured[1]

    def viewport_size(self) -> QSize:
        """The viewport's size, worked out without asking for the viewport widget itself.

        The first ``viewport()`` call makes PySide6 build the Python class of every widget
        type (to find the viewport's), about 10 ms; at start that would delay the first paint.
        """
        size = self.contentsRect().size()
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        if vertical.isVisibleTo(self):
            size.setWidth(size.width() - vertical.width())
        if horizontal.isVisibleTo(self):
            size.setHeight(size.height() - horizontal.height())
        return size

    def _apply_measure(self, *, resizing: bool = False) -> QtCore.QSizeF | None:
        """Centre a column of about MEASURE_CHARS characters; narrow windows get small margins.

        Qt lays the whole text out again, at once, when a frame's format changes; a long text
        is instead laid out again as a new one is, a step at a time from the top (the page
        size taken away while the margins change: Qt then only drops the old layout). While
        ``resizing``, QTextEdit gives the page its new size right after, and lays out from there;
        the page size taken away is returned, for the caller to give back if QTextEdit did not.
        """
        available = self.viewport_size().width()
        side = max(MIN_SIDE_MARGIN, (available - self.measure_width()) / 2)
        document = self.document()
        frame = document.rootFrame()
        frame_format = frame.frameFormat()
        if frame_format.leftMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame_format.setTopMargin(MIN_SIDE_MARGIN)
            frame_format.setBottomMargin(MIN_SIDE_MARGIN * 2)
            page = document.pageSize()
            long_text = document.characterCount() > self.progressive_chars and not page.isNull()
            if long_text:
                document.setPageSize(QtCore.QSizeF())
            frame.setFrameFormat(frame_format)
            if long_text and resizing:
                return page
            if long_text:
                document.setPageSize(page)
        return None

    def resizeEvent(self, event) -> None:
        # The margins first (the viewport already has its new size): QTextEdit then lays the
        # text out once, with them. Before the first layout this saves a whole layout.
        page = self._apply_measure(resizing=True)
        if self._pictures.shown:  # the pictures re-fitted to the new column, before the text is laid out again
            self._pictures.refit(self._column(self.viewport_size().width()))
        super().resizeEvent(event)
        if page is not None and self.document().pageSize().isNull():
            self.document().setPageSize(page)
        if self._marks:
            self._show_visible_marks()

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        """After a left click: selected words, or a clicked highlight, offer the floating bar."""
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.selected_span() is not None:
            self.selectionMade.emit(self._selection_rect(self.textCursor()))
            return
        place = self.position_of(self.cursorForPosition(event.position().toPoint()).position())
        mark = self.mark_at(*place) if place else None
        if mark is None:
            self.barDismissed.emit()
            return
        self.markClicked.emit(mark.key, self._selection_rect(self.passage_cursor(mark.passage, mark.start, mark.end)))

    def _selection_rect(self, cursor: QtGui.QTextCursor) -> QRect:
        """From the top of the selection's first character to the bottom of its last (viewport coordinates)."""
        start, end = QtGui.QTextCursor(cursor), QtGui.QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end.setPosition(cursor.selectionEnd())
        return self.cursorRect(start).united(self.cursorRect(end))

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """QTextEdit zooms on its own for Ctrl+/Ctrl-; route those through set_font_size. Enter on
        a footnote reference (the text cursor in it) opens its note, as a click does."""
        self.barDismissed.emit()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._open_note_at_cursor():
            return
        keys = QtGui.QKeySequence.StandardKey
        whole_text = (keys.SelectAll, keys.MoveToEndOfDocument, keys.SelectEndOfDocument)
        if self._parts is not None and any(event.matches(key) for key in whole_text):
            self.build_all()  # the end of the document is the book's end, all of the text is all of the book
        if event.matches(QtGui.QKeySequence.StandardKey.ZoomIn):
            self.zoom_in()
        elif event.matches(QtGui.QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        """Ctrl+wheel zooms through set_font_size, so zoom is tracked and remembered."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_font_size(self._font_size + ZOOM_STEP * (1 if steps > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    # -- highlights ----------------------------------------------------------------------
    def set_marks(self, marks: list[Mark]) -> None:
        """The reader's highlights (under the search's): background colours or underlines, with notes as tooltips.

        Qt draws every extra selection on every paint, so only the marks of the passages in
        view are handed to it, again as the view scrolls: ten thousand highlights cost what
        the dozen on screen cost.
        """
        self._marks = sorted(marks, key=lambda mark: (mark.passage, mark.start))
        self._mark_passages = [mark.passage for mark in self._marks]
        kept = set(self._marks)
        self._selection_cache = {mark: s for mark, s in self._selection_cache.items() if mark in kept}
        self._show_visible_marks()

    def update_mark(self, key: str, mark: Mark | None) -> None:
        """Add, change (``mark``) or remove (None) one highlight without sorting ten thousand again."""
        for index, old in enumerate(self._marks):
            if old.key == key:
                del self._marks[index], self._mark_passages[index]
                self._selection_cache.pop(old, None)
                break
        if mark is not None:
            index = bisect.bisect_right(self._marks, (mark.passage, mark.start), key=lambda m: (m.passage, m.start))
            self._marks.insert(index, mark)
            self._mark_passages.insert(index, mark.passage)
        self._show_visible_marks()

    def _visible_passages(self) -> tuple[int, int]:
        """The first and last passage (by number) in view, with two to spare either side.

        Bisected on the passages' laid-out positions (``_passage_top``): the layout is asked
        for nothing below the view, which holds while Qt lays the text out and a book is built.
        """
        count = len(self._passage_blocks)
        if not count:
            return 0, -1
        top = float(self.verticalScrollBar().value())
        first, last = self._passage_at(top), self._passage_at(top + self.viewport_size().height())
        return max(0, first - 2), min(count - 1, max(first, last) + 2)

    def _show_visible_marks(self) -> None:
        """Hand Qt the highlights of the passages in view, and the search's hits (all of them
        up to ALL_HITS_LIMIT, else those in view and the current one), of passages built."""
        first, last = self._visible_passages()
        low = bisect.bisect_left(self._mark_passages, first)
        high = bisect.bisect_right(self._mark_passages, last)
        self._mark_selections = [self._mark_selection(mark) for mark in self._marks[low:high]]
        built = len(self._passage_blocks)
        if len(self._hits) <= ALL_HITS_LIMIT:
            shown = [number for number, hit in enumerate(self._hits) if hit[0] < built]
        else:
            low = bisect.bisect_left(self._hit_passages, first)
            high = bisect.bisect_right(self._hit_passages, last)
            shown = sorted(self._hit_order[low:high])
            current = self._hit_current
            if current is not None and 0 <= current < len(self._hits) and current not in shown:
                bisect.insort(shown, current)
            shown = [number for number in shown if self._hits[number][0] < built]
        self._hit_selections = [self._hit_selection(number) for number in shown]
        self.setExtraSelections(self._mark_selections + self._hit_selections + self._spoken_selections)

    def _mark_selection(self, mark: Mark) -> QTextEdit.ExtraSelection:
        cached = self._selection_cache.get(mark)
        if cached is None:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(mark.passage, mark.start, mark.end)
            char_format = QtGui.QTextCharFormat()
            if mark.underline:
                char_format.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.SingleUnderline)
                char_format.setUnderlineColor(QtGui.QColor(mark.color).darker(250))
            else:
                char_format.setBackground(QtGui.QColor(mark.color))
            if mark.note:  # a dotted line says a note is here (hover shows it)
                char_format.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.DotLine)
            selection.format = char_format
            cached = self._selection_cache[mark] = selection
        return cached

    def mark_at(self, passage: int, offset: int) -> Mark | None:
        """The highlight covering a character, if any."""
        for mark in self._marks:
            if mark.passage == passage and mark.start <= offset < mark.end:
                return mark
        return None

    def position_of(self, cursor_position: int) -> tuple[int, int] | None:
        """(passage, offset) of a document position, or None outside the article's passages."""
        block = self.document().findBlock(cursor_position)
        passage = bisect.bisect_left(self._passage_blocks, block.blockNumber())
        if passage == len(self._passage_blocks) or self._passage_blocks[passage] != block.blockNumber():
            return None
        return passage, cursor_position - block.position()

    def selected_span(self) -> tuple[int, int, int] | None:
        """(passage, start, end) of the selection, cut to the passage it starts in; None without one."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.position_of(cursor.selectionStart())
        if start is None:
            return None
        passage, offset = start
        block = self.document().findBlockByNumber(self._passage_blocks[passage])
        end = min(cursor.selectionEnd() - block.position(), block.length() - 1)
        text = block.text()
        while offset < end and text[offset].isspace():
            offset += 1
        while end > offset and text[end - 1].isspace():
            end -= 1
        return (passage, offset, end) if end > offset else None

    def show_note_tooltip(self, event: QtGui.QHelpEvent) -> bool:
        """Over a highlight with a note, or a footnote reference, the note as a tooltip; True when one was shown."""
        anchor = self.anchorAt(event.pos())
        if anchor.startswith(f"{NOTE_SCHEME}:") and self._show_note(QtCore.QUrl(anchor), event.globalPos()):
            return True
        picture = self._picture_text_at(event.pos())
        if picture:  # a book's picture: its text alternative
            QtWidgets.QToolTip.showText(event.globalPos(), as_rich_text(picture), self)
            return True
        position = self.position_of(self.cursorForPosition(event.pos()).position())
        mark = self.mark_at(*position) if position else None
        if mark is not None and mark.note:
            QtWidgets.QToolTip.showText(event.globalPos(), as_rich_text(mark.note), self)
            return True
        QtWidgets.QToolTip.hideText()
        return False

    def set_highlights(self, ranges: list[tuple[int, int, int]], current: int | None, colors: ThemeColors) -> None:
        """Highlight (passage, start, end) ranges; the one at ``current`` stands out.

        Hits in passages not built yet are painted as the build reaches them; of many hits,
        those in view (see _show_visible_marks).
        """
        self._hits = list(ranges)
        self._hit_order = sorted(range(len(self._hits)), key=lambda number: self._hits[number][0])
        self._hit_passages = [self._hits[number][0] for number in self._hit_order]
        self._hit_current = current
        self._hit_colors = colors
        self._hit_cache = {}
        self._show_visible_marks()

    def _hit_selection(self, number: int) -> QTextEdit.ExtraSelection:
        cached = self._hit_cache.get(number)
        if cached is None and self._hit_colors is not None:
            colors = self._hit_colors
            passage, start, end = self._hits[number]
            cached = QTextEdit.ExtraSelection()
            cached.cursor = self._cursor(passage, start, end)
            char_format = QtGui.QTextCharFormat()
            if number == self._hit_current:
                char_format.setBackground(QtGui.QColor(colors.current_hit))
                char_format.setForeground(QtGui.QColor(colors.current_hit_text))
            else:
                char_format.setBackground(QtGui.QColor(colors.hit))
            cached.format = char_format
            self._hit_cache[number] = cached
        assert cached is not None
        return cached

    def set_spoken(self, span: tuple[int, int, int] | None, colors: ThemeColors) -> None:
        """Show the sentence being read aloud, (passage, start, end) as displayed; None clears it."""
        self._spoken_selections = []
        if span is not None:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.passage_cursor(*span)
            char_format = QtGui.QTextCharFormat()
            char_format.setBackground(QtGui.QColor(colors.highlight))
            char_format.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(QtGui.QColor(colors.accent))
            selection.format = char_format
            self._spoken_selections = [selection]
        self.setExtraSelections(self._mark_selections + self._hit_selections + self._spoken_selections)

    # -- copying -------------------------------------------------------------------------
    citation: str | None = None
    """Appended to copied text longer than CITATION_MIN_WORDS words; None turns it off."""

    def createMimeDataFromSelection(self) -> QtCore.QMimeData:
        """Copied passages carry where they come from (title, source, date)."""
        mime = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        text = self._pictures.written_out(cursor.selectedText(), cursor.selectionStart()).replace("\u2029", "\n")
        if "\ufffc" in mime.text():  # a picture's place: its words instead, as text exports give them
            mime.setText(text)
        if self.citation and len(text.split()) > CITATION_MIN_WORDS:
            cited = QtCore.QMimeData()
            cited.setText(f"{text}\n\n{self.citation}")
            if mime.hasHtml():
                cited.setHtml(f"{mime.html()}<p>{escape(self.citation)}</p>")
            return cited
        return mime

    # -- a book's pictures and footnotes -------------------------------------------------
    def _picture(self, figure: Figure) -> tuple[str, int, int] | None:
        """Where a figure's picture is shown from, at the measure's width at most (None: not shown).

        Only the picture's header is read here, for its size: with the size given, Qt lays the
        text out without the picture, and decodes it (``loadResource``) when it is first painted.
        """
        size = self._natural_size(figure.image)
        if size is None:
            return None
        # A window narrower than the measure narrows the column (before it is shown, it will not).
        width = self.viewport_size().width() if self.isVisible() else None
        return self._pictures.add(figure, size, self._column(width))

    def _column(self, viewport_width: int | None) -> int:
        """The text column's width in a viewport that wide: the measure, or less in a narrow window."""
        column = self.measure_width()
        if viewport_width is not None:
            column = min(column, viewport_width - 2 * MIN_SIDE_MARGIN)
        return int(column)

    def _natural_size(self, name: str) -> QSize | None:
        if name not in self._picture_sizes and self.article.images is not None:
            self._picture_sizes[name] = natural_size(self.article.images, name)
        return self._picture_sizes.get(name)

    def _load_picture(self, url: QtCore.QUrl) -> QtGui.QImage | None:
        """A picture decoded at the size it is shown (device pixels), when Qt first paints it."""
        number = self._pictures.number(url)
        if number is None or self.article.images is None:
            return None
        data = self.article.images.read(self._pictures.shown[number].figure.image)
        return self._pictures.decoded(number, data, self.devicePixelRatioF()) if data else None

    def note_text(self, number: int) -> str | None:
        """The article's n-th footnote (as ``note:<n>`` links name it)."""
        from desktop.content.model import notes_of

        notes = notes_of(self.article)
        return notes[number].text if 0 <= number < len(notes) else None

    def _picture_text_at(self, point: QtCore.QPoint) -> str:
        """The text alternative of the picture under a point of the viewport ("" elsewhere)."""
        if not self._pictures.shown:
            return ""
        position = self.cursorForPosition(point).position()
        for place in (position, position - 1):  # the picture is one character, the point nearer its start or end
            number = self._pictures.number_at(place)
            if number is not None:
                return picture_text(self._pictures.shown[number].figure)
        return ""

    def _on_caret_moved(self) -> None:
        """The caret reached a picture (the keyboard, or a click): its text alternative and caption
        are read out and shown beside it, once on the way in (Qt gives screen readers only U+FFFC)."""
        if not self._pictures.shown:
            return
        position = self.textCursor().position()
        places = (self._pictures.number_at(place) for place in (position, position - 1))
        number = next((n for n in places if n is not None), None)
        if number == self._caret_picture:
            return
        self._caret_picture = number
        if number is None or not self.hasFocus():
            return
        from desktop.ui.accessibility import announce

        figure = self._pictures.shown[number].figure
        announce(self, spoken_picture(figure))
        if picture_text(figure):
            where = self.mapToGlobal(self.cursorRect().bottomLeft())
            QtWidgets.QToolTip.showText(where, as_rich_text(picture_text(figure)), self)

    def _open_note_at_cursor(self) -> bool:
        href = self.textCursor().charFormat().anchorHref()
        if not href.startswith(f"{NOTE_SCHEME}:"):
            return False
        where = self.mapToGlobal(self.cursorRect().bottomLeft())
        return self._show_note(QtCore.QUrl(href), where)

    def _show_note(self, url: QtCore.QUrl, where: QtCore.QPoint) -> bool:
        try:
            text = self.note_text(int(url.path()))
        except ValueError:
            text = None
        if text is None:
            return False
        QtWidgets.QToolTip.showText(where, as_rich_text(text), self)
        return True

    # -- safety --------------------------------------------------------------------------
    def loadResource(self, kind: int, url: QtCore.QUrl | str) -> object:
        """Only bundled resources and the book's own pictures load; nothing comes from the network or disk."""
        url = QtCore.QUrl(url) if isinstance(url, str) else url
        if url.scheme() == "qrc":
            return super().loadResource(kind, url)
        if url.scheme() == PICTURE_SCHEME:
            return self._load_picture(url)
        return None

    def _open_link(self, url: QtCore.QUrl) -> None:
        """Links open in the system browser, only on click, and only web or mail links; a footnote
        reference opens its note beside it."""
        if url.scheme() == NOTE_SCHEME:
            self._show_note(url, QtGui.QCursor.pos())
        elif url.scheme() in EXTERNAL_SCHEMES:
            QtGui.QDesktopServices.openUrl(url)

    def selectAll(self) -> None:
        """All of a book, built to its end first."""
        self.build_all()
        super().selectAll()

    def createStandardContextMenu(self, position: QtCore.QPoint | None = None) -> QtWidgets.QMenu:
        """Qt's menu, whose Select all (Qt's own, not the method above) then selects all of a book too."""
        menu = super().createStandardContextMenu() if position is None else super().createStandardContextMenu(position)
        for action in menu.actions():
            if action.objectName() == "select-all":  # Qt's name for it
                action.triggered.connect(self.selectAll)  # after Qt's, which selects what is built
        return menu

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._parts is not None:
                self._build_timer.start(0)  # the rest of a book, after its first screen is painted
            # Watched from now on, by an object of its own: an event() or eventFilter() override
            # here would take every event of the start through Python (Qt filters events with
            # the pane itself), and PySide6 would build its 36 event classes before the paint.
            QTimer.singleShot(0, self, lambda: self.viewport().installEventFilter(_NoteTooltips(self)))
            QTimer.singleShot(0, self, self._apply_language)  # QLocale builds 300 languages' enum: not before the paint
            self.firstPainted.emit()


class _NoteTooltips(QObject):
    """Hovering a highlight with a note shows the note (watches the pane's viewport)."""

    def __init__(self, pane: ReadingPane) -> None:
        super().__init__(pane)
        self._pane = pane

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            return self._pane.show_note_tooltip(event)
        return False
