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

Qt lays a document out no further down than 8,388,607 pixels, about 30 MiB of plain text at the
default size. A book with more than a million characters (or reckoned taller than three million
pixels) is shown through a window: the document holds the blocks from ``_base`` on, a million
characters at most, built as above. Every passage is turned into a block in one place
(``_block_of``, with ``_cursor`` and ``position_of``), which moves the window to a passage
outside it, or far beyond what is built (a jump builds 32 KiB of text, not the way there); the
view coming near an end of the window moves it on, the text on screen staying put; a scroll bar
of the pane's own, over Qt's, spans the whole book by its text; Select All takes the whole book
into a copy. Positions handed out (cursors) are good until the window moves: the highlights and
hits are kept by passage and handed to Qt again.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import time
from typing import TYPE_CHECKING, NamedTuple

# The Qt types the first paint does not use are named through their modules, so PySide6 builds
# each (and its enums) when it is first used rather than when this module is imported.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desktop.content.export import PartSpan, escape, html_parts
from desktop.content.model import Figure, begins
from desktop.ui.book_places import BookPlaces, Reckoning
from desktop.ui.lazy_qt import Qt, set_enum_property
from desktop.ui.pictures import PICTURE_SCHEME, ShownPictures, natural_size, picture_text, spoken_picture
from desktop.ui.plain_text import as_rich_text
from desktop.ui.preferences import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE
from desktop.ui.themes import ThemeColors, reading_style_sheet

if TYPE_CHECKING:
    from collections.abc import Iterator

    from desktop.content import Article

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
WINDOW_CHARS = 1_000_000
"""The most text the document holds: a book with more is shown through a window of its text."""
WINDOW_PIXELS = 3_000_000
"""The most height a window's text is reckoned to take (see _span_around). Qt lays a document out
no further down than 8,388,607 pixels (its fixed-point ``QFIXED_MAX``): about 30 MiB of plain
text at the default size, less at a larger one or in a narrow column, far less in short lines."""
BOOK_BAR_STEPS = 1_000_000
"""A book shown through a window has a scroll bar of its own over the whole book, in these steps of its text."""
BLOCK_GAP = 40.0  # a block's margins, reckoned generously (a heading's are 34 pixels)
BACK_CHARS = 32 * 1024
"""A window moved to a passage starts this much text before it (what the reader scrolls back into)."""
EDGE_CHARS = 8 * 1024
"""The window moves on when the view comes this close to an end of it that is not the book's."""


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


Place = tuple[int, int]
"""(passage, offset) in the book: where a selection's end is, whatever part of the book the document holds.
Passage -1 is the title and byline, before the first passage."""


class KeptSelection(NamedTuple):
    """A selection kept in the book's terms across the window's moves, and where the document shows its ends."""

    anchor: Place
    position: Place
    anchor_at: int
    """The document position the anchor is shown at (the window's start or end when it is outside it)."""
    position_at: int


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
    window_chars, window_pixels, back_chars, edge_chars = WINDOW_CHARS, WINDOW_PIXELS, BACK_CHARS, EDGE_CHARS
    """Thresholds of the progressive build and of the window (tests make them small: short articles in slices)."""

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
        self._spoken: tuple[tuple[int, int, int], ThemeColors] | None = None  # its place, and the colours
        self._hits: list[tuple[int, int, int]] = []  # the search's (passage, start, end), in its order
        self._hit_order: list[int] = []  # indexes into _hits sorted by passage
        self._hit_passages: list[int] = []  # their passages, sorted (bisected)
        self._hit_current: int | None = None
        self._hit_colors: ThemeColors | None = None
        self._hit_cache: dict[int, QTextEdit.ExtraSelection] = {}
        self._passage_blocks: list[int] = []  # the block of each passage built, from the window's first (_base)
        self._section_blocks: dict[str, int] = {}
        self._base = 0  # the first passage in the document
        self._window_end = 0  # the passage after the last one the document is to hold
        self._span: PartSpan | None = None  # the blocks of a window of a book (None: the whole article)
        self._book_places: BookPlaces | None = None  # where each block starts (a window starts and stops at one)
        self._span_places = (0, 0)  # the window's first place and the place after its last
        self._windowed = False  # a book longer than window_chars: shown through a window of it
        self._moving = False  # the window is being moved (no scroll-spy, no move from the scroll it makes)
        self._kept: KeptSelection | None = None  # a selection kept by passage while the window moves
        self._keeping = False  # the document or the cursor is being changed by the pane, not the reader
        self._own_description = ""  # the accessible description given (the title); a windowed book's place follows it
        self._described: tuple[object, ...] = ()  # what the description was last made from
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(0)
        self._place_timer.timeout.connect(self._announce_place)
        self._edge_timer = QTimer(self)
        self._edge_timer.setSingleShot(True)
        self._edge_timer.setInterval(0)
        self._edge_timer.timeout.connect(self._follow_edge)
        self._book_bar: QtWidgets.QScrollBar | None = None  # over the whole of a book shown through a window
        self._book_target = -1  # where the reader took the book's bar to, applied once events are through
        self._book_timer = QTimer(self)
        self._book_timer.setSingleShot(True)
        self._book_timer.setInterval(0)
        self._book_timer.timeout.connect(self._follow_book_bar)
        self._resize_place: tuple[int, int] | None = None  # (passage, character) at the top before a resize
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(100)  # a resize drags on: once it stops
        self._fit_timer.timeout.connect(self._fit_window)
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
        self.selectionChanged.connect(self._on_selection_moved)
        self.cursorPositionChanged.connect(self._on_selection_moved)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        # The range changes while Qt lays the text out (a resize, a slice of a book): the place is
        # read once the layout is done with, and a book growing is no reason to dismiss the floating bar.
        self._range_timer = QTimer(self)
        self._range_timer.setSingleShot(True)
        self._range_timer.setInterval(0)
        self._range_timer.timeout.connect(lambda: self._on_scrolled(dismiss=False))
        self._range_shape = (-1, 0.0)  # the viewport's width and the font size at the last change of range
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
        self._span, self._base = None, 0
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
        self._rebuild(colors, indexed=False)

    def _rebuild(self, colors: ThemeColors, *, indexed: bool) -> None:
        """``rebuild``; ``indexed``: the article's passages were just indexed (``_passage_index``, 10 ms at
        58,000 passages), so not again."""
        bar = self.verticalScrollBar()
        position = bar.value()
        kept = self._top_passage() if position > 0 and self._passage_blocks else None
        document = self.document()
        document.setDefaultStyleSheet(reading_style_sheet(colors))
        self._marks, self._mark_passages, self._mark_selections = [], [], []
        self._kept = None  # the text is another (a theme's, an alphabet's, another article's)
        if not indexed:
            self._passage_index()
        if self._windowed and (self._span is None or (kept is not None and not self._in_window(kept))):
            self._span = self._span_around(kept or 0)
        self._load_window()
        if kept is not None:
            self._ensure_passage(kept)
        bar.setValue(position)

    def _load_window(self) -> None:
        """Set the document to its first screenful: of the article, or of the window (``_span``) of a book.

        The rest is built in slices once the pane has painted (a short article is set whole).
        """
        self._build_timer.stop()
        self._selection_cache.clear()  # their cursors belong to the document being replaced
        self._hit_cache.clear()
        self._mark_selections, self._hit_selections, self._spoken_selections = [], [], []
        self._passage_blocks, self._section_blocks = [], {}  # no scroll-spy while the text changes
        self._pictures.clear(self.document())
        self._caret_picture = None
        span = self._span if self._windowed else None
        self._base = span.start.passage if span is not None else 0
        stop = span.stop if span is not None else None
        self._window_end = stop.passage if stop is not None else len(self.article.passages)
        self._show_book_bar()
        pictures = self._picture if self.article.images is not None else None
        parts = html_parts(self.article, pictures=pictures, span=span)
        progressive = self._text_starts[-1] > self.progressive_chars
        self._parts = parts
        self._taken = 0
        first = self._take(parts, self.first_screen_chars if progressive else None)
        self._scan_block = 2 if self._base == 0 else 0  # after the title and the byline, which may repeat a text
        self._moving = True
        try:
            self.setHtml("\n".join(first))
        finally:
            self._moving = False
        self._index_new_blocks()
        self._apply_measure()
        if self._painted and self._parts is not None:
            self._build_timer.start(0)

    def extend_article(self, article: Article, colors: ThemeColors) -> None:
        """The article grew at its end (a book read whole after its first sections were shown).

        What is built stays as it is, where it is (the scroll position, the selection), and the
        rest is appended in slices like a long article's (the last section shown may go on);
        when what is shown changed too (a footnote reference whose note was read later is a
        link now), the text is built again at the same place.
        """
        old, self.article = self.article, article
        was_windowed = self._windowed
        self._passage_index()
        if was_windowed or self._windowed:  # a window of the book is laid out again around the place
            self._rebuild(colors, indexed=True)
            return
        if not begins(old, article):  # the last section shown: the same, or its blocks followed by more
            self._rebuild(colors, indexed=True)
            return
        self._window_end = len(article.passages)  # the whole article is the window: it grew
        parts = html_parts(article, pictures=self._picture if article.images is not None else None)
        for _ in range(self._taken):  # made again but not used: each element is a few strings
            next(parts)
        self._parts = parts
        if self._painted:
            self._build_timer.start(0)

    def _passage_index(self) -> None:
        """Where each passage starts in the text, and each section's first passage (for the progress and navigation).

        By the standard library's iterators over the passages' fields, not a loop: a book is 58,000 passages
        and more, indexed in the event that takes it whole."""
        passages = self.article.passages
        lengths = map(operator.add, map(len, map(operator.attrgetter("text"), passages)), itertools.repeat(1))
        self._text_starts = list(itertools.accumulate(lengths, initial=0))
        # Each section's id with its passages' numbers, from the last: the first one's number is the one kept.
        ids = map(operator.attrgetter("section_id"), reversed(passages))
        self._section_passage = dict(zip(ids, range(len(passages) - 1, -1, -1), strict=True))
        self._windowed = self._text_starts[-1] > self.window_chars or len(passages) * BLOCK_GAP > self.window_pixels
        self._book_places = None  # listed when a window is first placed

    # -- the window of a book ------------------------------------------------------------
    def _in_window(self, index: int) -> bool:
        return not self._windowed or self._base <= index < self._window_end

    def _places(self) -> BookPlaces:
        """Where the book's blocks start: listed once for the book (``book_places``)."""
        if self._book_places is None:
            self._book_places = BookPlaces(self.article, self._text_starts)
        return self._book_places

    def _span_around(self, index: int) -> PartSpan:
        """The window that shows a passage: from BACK_CHARS of text before it, to WINDOW_CHARS of text or
        WINDOW_PIXELS of height in all, whichever comes first (and past the passage's block, always).

        The height is reckoned from the text: each passage's lines at the column's width, at the
        line spacing the style sheet gives (128 %, a heading more), plus its margins; a picture the
        column's width high. Qt's own figure would need the text laid out, which is what is avoided.
        The window's ends are found by bisection in the book's places, not by walking its blocks.
        """
        starts, places = self._text_starts, self._places()
        offsets = places.offsets
        at = max(0, bisect.bisect_right(offsets, starts[index]) - 1)  # the block holding the passage
        back = min(self.back_chars, self.window_chars // 4)  # most of the window is after the passage
        first = max(0, min(at, bisect.bisect_right(offsets, starts[index] - back) - 1))
        # Past the passage's block and more than the edge after it, always; then as far as the text or
        # the height allows, whichever ends first.
        low = min(len(places), max(at + 1, bisect.bisect_left(offsets, starts[index] + 2 * self.edge_chars)))
        by_text = bisect.bisect_left(offsets, offsets[first] + self.window_chars, lo=low)
        last = places.stop(first, low, by_text, self._reckoning(), self.window_pixels)
        self._span_places = (first, last)
        return PartSpan(places.place(first), places.place(last) if last < len(places) else None)

    def _fit_window(self) -> None:
        """Once a resize settles: a window whose text now takes too much height (a narrower column) is
        made smaller, around the place the reader was at before the resize."""
        place, self._resize_place = self._resize_place, None
        if not self._windowed or self._span is None or not self._passage_blocks:
            return
        places = self._places()
        first, last = self._span_places
        height = places.height(first, min(last, len(places)), self._reckoning())
        if height > 2 * self.window_pixels:
            passage, offset = place or self._top_place()
            self._move_window(passage)
            self._scroll_to_fraction((self._text_starts[passage] + offset) / self._text_starts[-1])

    def _reckoning(self) -> Reckoning:
        """A line's height (generously), the characters a line holds in the column, a picture's height at most,
        a block's margins."""
        font = self.document().defaultFont()
        spacing = QFontMetricsF(font).lineSpacing() * 1.28 * 1.5  # the style's line height; a heading's is larger
        column = self._column(self.viewport_size().width() if self.isVisible() else None)
        per_line = max(1, int(column / (self.measure_width() / MEASURE_CHARS)))
        return Reckoning(spacing, per_line, float(max(column, 1)), BLOCK_GAP)

    def _move_window(self, index: int) -> None:
        """Show the window around a passage (built through it and a screenful after it).

        The selection (or the caret) is carried over in the book's terms: shown again where its
        ends are in the new window, and kept whole (copied, highlighted, read from) where they are not.
        """
        self._edge_timer.stop()
        self._resize_place = None  # a place from before a resize is gone with the window
        anchor, position = self._selection_places()
        selected = anchor != position or self._kept is not None
        self._keeping = True
        try:
            self._span = self._span_around(index)
            self._load_window()
            self._ensure_passage(index)
        finally:
            self._keeping = False
        self._describe()  # the window's part of the book, even if the view does not scroll
        if self.hasFocus():
            self._place_timer.start()  # once the view is where the caller puts it
        if selected:
            self._kept = KeptSelection(anchor, position, -1, -1)
            self._show_kept_selection()
        elif self._base <= position[0] < self._base + len(self._passage_blocks):  # the caret keeps its place
            self._set_cursor_keeping_view(self._document_position(position), self._document_position(position))
        self._spoken_selections = self._spoken_selection()
        self._show_visible_marks()

    def _show_book_bar(self) -> None:
        """In place of the pane's own scroll bar (which spans the window, and is hidden), a bar that spans
        the whole book, for a book shown through a window (QTextEdit sets its own bar's range from the
        document, so it cannot be it). Its room is kept beside the viewport, as the hidden bar's was."""
        if not self._windowed:
            if self.viewportMargins().right():
                if self._book_bar is not None:
                    self._book_bar.hide()
                self.setViewportMargins(0, 0, 0, 0)
                set_enum_property(self, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")
            return
        if self.viewportMargins().right() == 0:
            width = self.verticalScrollBar().sizeHint().width()
            set_enum_property(self, "verticalScrollBarPolicy", "ScrollBarAlwaysOff")
            self.setViewportMargins(0, 0, width, 0)
        if not self._painted:
            return  # made after the first paint (PySide6 builds a new widget type's class: tens of ms)
        if self._book_bar is None:
            bar = self._book_bar = QtWidgets.QScrollBar(Qt.Orientation.Vertical, self)
            bar.setObjectName("bookScrollBar")
            bar.setAccessibleName(QtCore.QCoreApplication.translate("ReadingPane", "Кітаптағы орын"))
            bar.setRange(0, BOOK_BAR_STEPS)
            bar.valueChanged.connect(self._on_book_bar_moved)
        self._place_book_bar()
        self._book_bar.show()
        self._book_bar.raise_()
        self._sync_book_bar()

    def _place_book_bar(self) -> None:
        if self._book_bar is not None:
            rect, width = self.contentsRect(), self.viewportMargins().right()
            self._book_bar.setGeometry(rect.right() + 1 - width, rect.top(), width, rect.height())

    def _sync_book_bar(self, visible: tuple[int, int] | None = None, fraction: float | None = None) -> None:
        """The book's bar shows where the view is in the whole book, and how much of it a screen holds
        (``visible`` and ``fraction``: the view's passages and place, when the caller has them)."""
        bar = self._book_bar
        if bar is None or not self._windowed or bar.isSliderDown() or self._book_timer.isActive():
            return
        first, last = visible or self._visible_passages()
        total = self._text_starts[-1]
        page = (self._text_starts[min(last + 1, len(self._text_starts) - 1)] - self._text_starts[first]) / total
        bar.blockSignals(True)
        try:
            bar.setPageStep(max(1, round(page * BOOK_BAR_STEPS / 2)))  # about a screen (two are counted around it)
            bar.setSingleStep(max(1, bar.pageStep() // 20))
            bar.setValue(round((self.scroll_fraction() if fraction is None else fraction) * BOOK_BAR_STEPS))
        finally:
            bar.blockSignals(False)

    def _on_book_bar_moved(self, value: int) -> None:
        self._book_target = value
        self._book_timer.start()  # a drag's moves in one go, once the events waiting are through

    def _follow_book_bar(self) -> None:
        if self._book_target >= 0:
            target, self._book_target = self._book_target, -1
            self._scroll_to_fraction(target / BOOK_BAR_STEPS)
            self._pinned = None
            self._on_scrolled(dismiss=True)

    def _near_edge(self, visible: tuple[int, int] | None = None) -> bool:
        """Whether the view (its passages, ``visible``, when the caller has them) is near an end of the
        window that is not the book's end."""
        if not self._windowed or self._moving or not self._passage_blocks:
            return False
        first, last = visible or self._visible_passages()
        starts = self._text_starts
        if self._base > 0 and starts[first] - starts[self._base] < self.edge_chars:
            return True
        if self._parts is None and self._window_end < len(self.article.passages):
            return starts[self._window_end] - starts[last + 1] < self.edge_chars
        return False

    def _follow_edge(self) -> None:
        """Move the window so the view is well inside it, the text in view staying where it is on screen
        (not when the window around the view is this one: a passage longer than the window's margins)."""
        if not self._near_edge():
            return
        span, places = self._span, self._span_places
        if self._span_around(self._top_passage()) == span:
            self._span_places = places
            return
        self._rewindow_keeping_view()

    def _rewindow_keeping_view(self) -> None:
        """Move the window around the passage at the top of the view, keeping it where it is on screen."""
        bar = self.verticalScrollBar()
        top = float(bar.value())
        passage = max(self._base, self._passage_at(top))
        above = top - self._passage_top(passage - self._base)
        self._move_window(passage)
        block = self.document().findBlockByNumber(self._passage_blocks[passage - self._base])
        self.document().documentLayout().blockBoundingRect(block)  # laid out through it
        self._moving = True
        try:
            bar.setValue(round(self._passage_top(passage - self._base) + above))
        finally:
            self._moving = False
        self._on_scrolled(dismiss=False)

    # -- a screen reader's view of a windowed book ------------------------------------
    def setAccessibleDescription(self, description: str) -> None:
        """The description given (the article's title); in a book shown through a window, where in the book
        the view is and what part of it the text holds follow it (a screen reader's text is the window's)."""
        self._own_description = description
        self._describe()

    def place_in_book(self) -> str:
        """Where the view is in a book shown through a window, and the part of it the text holds ("" otherwise)."""
        if not self._windowed or not self._passage_blocks:
            return ""
        translate = QtCore.QCoreApplication.translate
        label = self.article.section(self._current_section).label if self._current_section else self.article.title
        place = translate("ReadingPane", "{0}: кітаптың {1}%").format(
            label, self._progress if self._progress >= 0 else self.progress()
        )
        total = self._text_starts[-1]
        first, last = (round(100 * self._text_starts[index] / total) for index in (self._base, self._window_end))
        held = translate("ReadingPane", "мәтінде кітаптың {0}–{1}%-ы").format(first, last)
        return f"{place}; {held}"

    def _describe(self) -> None:
        key = (
            self._own_description,
            self._windowed,
            self._current_section,
            self._progress,
            self._base,
            self._window_end,
            len(self._passage_blocks),  # none while the window is loaded: described again once it is
        )
        if key == self._described:  # a scroll within the same section and percent: the same words
            return
        self._described = key
        place = self.place_in_book()
        description = f"{self._own_description}. {place}" if place and self._own_description else place
        description = description or self._own_description
        if description != self.accessibleDescription():
            super().setAccessibleDescription(description)

    def _announce_place(self) -> None:
        """The window moved while the reader was in the text: a screen reader is told where the text now is."""
        place = self.place_in_book()
        if place and self.hasFocus():
            from desktop.ui.accessibility import announce

            announce(self, place)

    # -- a selection across the window's moves ------------------------------------------
    def _place_in_book(self, position: int) -> Place:
        """The book's (passage, offset) of a document position; a place between passages (a picture, a
        note list) is the start of the next passage, a place in the title (passage -1) the book's start."""
        blocks = self._passage_blocks
        if not blocks:
            return self._base, 0
        block = self.document().findBlock(position)
        number = block.blockNumber()
        local = bisect.bisect_left(blocks, number)
        if local < len(blocks) and blocks[local] == number:
            return self._base + local, position - block.position()
        if local == 0 and self._base == 0:
            return -1, 0
        if local < len(blocks):
            return self._base + local, 0
        last = self._base + len(blocks) - 1
        return last, len(self.article.passages[last].text)

    def _document_position(self, place: Place) -> int:
        """Where the document shows a place of the book: at the start of what it holds when the place is
        before it, at the end when after it (or not built yet)."""
        passage, offset = place
        if passage < self._base or not self._passage_blocks:
            return 0
        if passage >= self._base + len(self._passage_blocks):
            return self._document_end()
        block = self.document().findBlockByNumber(self._passage_blocks[passage - self._base])
        return block.position() + min(offset, block.length() - 1)

    def _selection_places(self) -> tuple[Place, Place]:
        """The selection's anchor and position in the book: kept ones where the document still shows them
        where they were put, else read from the text cursor."""
        cursor, kept = self.textCursor(), self._kept
        if kept is not None and cursor.anchor() == kept.anchor_at:
            anchor = kept.anchor
        else:
            anchor = self._place_in_book(cursor.anchor())
        if kept is not None and cursor.position() == kept.position_at:
            position = kept.position
        else:
            position = self._place_in_book(cursor.position())
        return anchor, position

    def _show_kept_selection(self) -> None:
        """Show the part of the kept selection that is in the window as selected (its ends put at the
        window's start or end when outside it)."""
        kept = self._kept
        if kept is None:
            return
        anchor_at, position_at = self._document_position(kept.anchor), self._document_position(kept.position)
        self._kept = kept._replace(anchor_at=anchor_at, position_at=position_at)
        cursor = self.textCursor()
        if (cursor.anchor(), cursor.position()) != (anchor_at, position_at):
            self._set_cursor_keeping_view(anchor_at, position_at)

    def _set_cursor_keeping_view(self, anchor: int, position: int) -> None:
        """Set the text cursor without scrolling (Qt scrolls it into view) and without forgetting the kept selection."""
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(anchor)
        cursor.setPosition(position, QtGui.QTextCursor.MoveMode.KeepAnchor)
        bar = self.verticalScrollBar()
        kept = bar.value()
        keeping, self._keeping = self._keeping, True
        bar.blockSignals(True)
        try:
            self.setTextCursor(cursor)
            bar.setValue(kept)
        finally:
            bar.blockSignals(False)
            self._keeping = keeping

    def _on_selection_moved(self) -> None:
        """The reader moved the caret or dropped the selection: a selection kept by passage is forgotten."""
        kept = self._kept
        if kept is None or self._keeping:
            return
        cursor = self.textCursor()
        if not cursor.hasSelection() and (cursor.anchor(), cursor.position()) != (kept.anchor_at, kept.position_at):
            self._kept = None

    def _hold_selection(self) -> None:
        """Keep the selection's anchor (or the caret) by passage before a move of the window that extends it."""
        cursor = self.textCursor()
        self._kept = KeptSelection(*self._selection_places(), cursor.anchor(), cursor.position())

    def book_selection(self) -> tuple[Place, Place] | None:
        """The selection's start and end in the book when it reaches outside the window (None otherwise:
        the document's selection is all of it)."""
        if self._kept is None:
            return None
        start, end = sorted(self._selection_places())
        built = range(self._base, self._base + len(self._passage_blocks))
        if start == end or (start[0] in built and end[0] in built):
            return None
        return start, end

    def selection_start(self) -> Place | None:
        """(passage, offset) where the selection (or the caret) starts, in the book."""
        selection = self.book_selection()
        if selection is not None:
            return max(selection[0], (0, 0))
        return self.position_of(self.textCursor().selectionStart())

    def _book_text(self, start: Place, end: Place) -> str:
        """The text between two places of the book, read from the article (one line a passage, as Qt copies)."""
        passages = self.article.passages
        (first, offset), (last, stop) = max(start, (0, 0)), end
        if first == last:
            return passages[first].text[offset:stop]
        middle = (passages[index].text for index in range(first + 1, last))
        return "\n".join([passages[first].text[offset:], *middle, passages[last].text[:stop]])

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
    def long_text(self) -> bool:
        """Whether the article is long enough to be built progressively (a book)."""
        return self._text_starts[-1] > self.progressive_chars

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
            places = self._selection_places() if self._kept is not None else None
            keeping, self._keeping = self._keeping, True  # the reader's cursor at the end is carried along
            try:
                cursor.insertHtml("<p>x</p>" + "\n".join(parts))
                cursor.setPosition(end)
                cursor.deleteChar()
                self._index_new_blocks()
            finally:
                self._keeping = keeping
            if places is not None and not keeping:  # an end shown at the end of what was built moves on
                self._kept = KeptSelection(*places, -1, -1)
                self._show_kept_selection()
        if self._parts is None:
            self._finish_build()

    def _finish_build(self) -> None:
        missing = self._window_end - self._base - len(self._passage_blocks)
        if missing:
            raise RuntimeError(
                f"passage {self._base + len(self._passage_blocks)} is missing from the rendered document"
            )
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
        """Build through a passage at once (and a screenful after it), so it can be shown and pointed at;
        in a book shown through a window, the window holding it first."""
        if not 0 <= index < len(self.article.passages):
            raise IndexError(f"no passage {index}")
        built = self._base + len(self._passage_blocks)
        far = self._windowed and self._text_starts[index] - self._text_starts[built] > 2 * self.back_chars
        if not self._in_window(index) or (index >= built and far):
            self._move_window(index)  # a jump: the window moves to the passage rather than built out to it
        if index - self._base < len(self._passage_blocks) or self._parts is None:
            return
        while self._parts is not None and len(self._passage_blocks) <= index - self._base:
            self._append(self._take(self._parts, self.first_screen_chars, index))  # and a screenful after it
        if self._marks or self._hits:
            self._show_visible_marks()

    def build_all(self) -> None:
        """Build the rest of a book at once (go to the end; select all of one that fits one document)."""
        if self._parts is not None or not self._in_window(len(self.article.passages) - 1):
            self._ensure_passage(len(self.article.passages) - 1)
            while self._parts is not None:
                self._append(self._take(self._parts, CHUNK_CHARS))

    def _index_new_blocks(self) -> None:
        """Find the text block of each passage built since the last time, in order (a passage is one block)."""
        document = self.document()
        passages = self.article.passages
        index = self._base + len(self._passage_blocks)
        block = document.findBlockByNumber(self._scan_block)
        while index < self._window_end and block.isValid():
            text = passages[index].text
            while block.isValid() and block.text() != text:
                block = block.next()
            if not block.isValid():
                break
            number = block.blockNumber()
            self._passage_blocks.append(number)
            section = passages[index].section_id
            if self._section_passage.get(section) == index:  # the section starts in the document
                self._section_blocks[section] = number
            block = block.next()
            index += 1
        self._scan_block = block.blockNumber() if block.isValid() else document.blockCount()
        if self._base == 0:
            self._section_blocks[self.article.sections[0].id] = 0  # the lead starts with the title

    def passage_text(self, index: int) -> str:
        """The text of a passage as the reader displays it."""
        return self.document().findBlockByNumber(self._block_of(index)).text()

    def passage_cursor(self, index: int, start: int = 0, end: int | None = None) -> QtGui.QTextCursor:
        """A cursor selecting characters [start, end) of a passage (built through it first)."""
        self._ensure_passage(index)
        return self._cursor(index, start, end)

    def _block_of(self, index: int) -> int:
        """The block number of a passage, the window moved to it and built through it first when it is not.

        The one place (with ``_cursor`` and ``position_of``) that turns a passage into a block:
        the document holds the passages from ``_base`` on.
        """
        self._ensure_passage(index)
        return self._passage_blocks[index - self._base]

    def _cursor(self, index: int, start: int = 0, end: int | None = None) -> QtGui.QTextCursor:
        """passage_cursor for a passage already built (in the window)."""
        block = self.document().findBlockByNumber(self._passage_blocks[index - self._base])
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
        if section_id == self.article.sections[0].id:
            self._ensure_passage(0)  # a book shown through a window: its first window
            top = 0.0
        else:
            top = self.section_top(section_id)
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
        block = self.document().findBlockByNumber(self._block_of(index))
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
        """How far through the article the view is, in percent (of the text above it, while a book is built
        or when it is shown through a window); 0 while an article has no text yet (a long page shown by its
        title until its article is found)."""
        if not self.article.passages:
            return 0
        if self._by_text:
            return min(100, round(100 * self.scroll_fraction()))
        bar = self.verticalScrollBar()
        return 100 if bar.maximum() <= 0 else round(100 * bar.value() / bar.maximum())

    def scroll_fraction(self) -> float:
        """Where the view is, 0 to 1: of the scroll bar's range, or of the text while a book is still built
        or shown through a window (the bar's range is the part built, or the window); 1 at the book's end."""
        bar = self.verticalScrollBar()
        if self._by_text and self._passage_blocks:
            at_end = self._parts is None and self._window_end == len(self.article.passages)
            if at_end and bar.maximum() > 0 and bar.value() >= bar.maximum():
                return 1.0
            passage, offset = self._top_place()
            return (self._text_starts[passage] + offset) / self._text_starts[-1]
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
        if not self._by_text or not self._passage_blocks:
            bar.setValue(round(fraction * bar.maximum()))
            return
        target = max(0.0, min(1.0, fraction)) * self._text_starts[-1]
        passage = max(0, min(len(self.article.passages) - 1, bisect.bisect_right(self._text_starts, target) - 1))
        block = self.document().findBlockByNumber(self._block_of(passage))
        rect = self.document().documentLayout().blockBoundingRect(block)
        within = (target - self._text_starts[passage]) / max(1, block.length())
        top = rect.top() + within * rect.height()
        # Qt lays out no further than asked, and the bar's range is what is laid out: a screenful
        # below the place first, or the bar would stop short of it.
        layout, following = self.document().documentLayout(), block.next()
        while (
            following.isValid() and layout.blockBoundingRect(following).bottom() < top + self.viewport_size().height()
        ):
            following = following.next()
        bar.setValue(round(top))

    @property
    def _by_text(self) -> bool:
        """Whether places are reckoned from the text (a book being built, or shown through a window), not the bar."""
        return self._parts is not None or self._windowed

    def _passage_top(self, index: int) -> float:
        """Where the window's ``index``-th passage's block starts, as laid out so far: read from its
        layout, never laying out more.

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
        local = bisect.bisect_right(range(len(self._passage_blocks)), y, key=self._passage_top) - 1
        return self._base + local if local >= 0 else -1

    def _top_place(self) -> tuple[int, int]:
        """(passage, character) at the top of the view, the character reckoned from the height scrolled into it."""
        top = float(self.verticalScrollBar().value())
        passage = max(self._base, self._passage_at(top))
        block = self.document().findBlockByNumber(self._passage_blocks[passage - self._base])
        height = block.layout().boundingRect().height()
        within = max(0.0, min(1.0, (top - self._passage_top(passage - self._base)) / height)) if height > 0 else 0.0
        return passage, int(within * (block.length() - 1))

    def _top_passage(self) -> int:
        return self._top_place()[0]

    def _section_at_scroll(self) -> str:
        """The section of the last passage to start above the probe line (a bisection; no layout below the view)."""
        probe = self.verticalScrollBar().value() + self.viewport_size().height() * SPY_OFFSET_FRACTION
        passage = self._passage_at(probe)
        if passage < 0:  # above the window's first passage: the title (or the window's first passage)
            passage = self._base if self._base > 0 else -1
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
        if self._windowed and self._passage_blocks:  # each worked out once: a book's index may be taking turns
            fraction, visible = self.scroll_fraction(), self._visible_passages()
            progress = min(100, round(100 * fraction))
        else:
            progress = self.progress()
        if progress != self._progress:
            self._progress = progress
            self.progressChanged.emit(progress)
        if self._windowed and self._passage_blocks:
            if self._near_edge(visible):
                self._edge_timer.start()  # once Qt is done with the scroll
            self._sync_book_bar(visible, fraction)
        self._describe()

    def _on_range_changed(self) -> None:
        """A resize or a zoom moves the words from under the floating bar; the last slice of a build does not."""
        shape = (self.viewport_size().width(), self._font_size)
        if self._parts is None and shape != self._range_shape:
            self.barDismissed.emit()
        self._range_shape = shape
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
        top = self._top_passage() if self._windowed and self._passage_blocks else None
        self._font_size = size
        self._apply_font()
        if top is not None:  # a window sized for the new size, around the place: not the old one laid out again
            self._move_window(top)
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
        """The longest of the first passages (a book's are as typical as its later ones, and fewer to look at);
        none yet (a long page shown by its title until its article is found): a letter."""
        paragraphs = [p.text for p in self.article.passages[:SAMPLE_PASSAGES]]
        return max(paragraphs, key=len, default="")[:400] or "x"

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
        size.setWidth(size.width() - self.viewportMargins().right())  # a long book's own scroll bar
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
        old, new = event.oldSize().width(), event.size().width()
        if self._windowed and self._passage_blocks and self._resize_place is None and 0 < old != new:
            self._resize_place = self._top_place()  # read while the text is laid out as the reader saw it
        page = self._apply_measure(resizing=True)
        if self._pictures.shown:  # the pictures re-fitted to the new column, before the text is laid out again
            self._pictures.refit(self._column(self.viewport_size().width()))
        super().resizeEvent(event)
        self._place_book_bar()
        if page is not None and self.document().pageSize().isNull():
            self.document().setPageSize(page)
        if self._windowed:
            self._fit_timer.start()
        if self._marks:
            self._show_visible_marks()

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        self._place_book_bar()

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        """A click starts afresh (Shift+click extends the selection, kept by passage in a windowed book)."""
        if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._kept = None
        super().mousePressEvent(event)

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
        to_end = (keys.MoveToEndOfDocument, keys.SelectEndOfDocument)
        extending = event.matches(keys.SelectEndOfDocument) or event.matches(keys.SelectStartOfDocument)
        if extending and self._windowed:
            self._hold_selection()  # its anchor stays where it is in the book as the window moves to the end
        if any(event.matches(key) for key in to_end) or (event.matches(keys.SelectAll) and not self._windowed):
            self.build_all()  # the end of the document is the book's end, all of the text is all of the book
        elif self._base > 0 and any(
            event.matches(key) for key in (keys.MoveToStartOfDocument, keys.SelectStartOfDocument)
        ):
            self._ensure_passage(0)  # the start of the document is the book's start
        if event.matches(keys.SelectAll):
            self.selectAll()  # this class's (Qt's own, in C++, would not see a windowed book)
        elif event.matches(keys.Copy):
            self.copy()  # this class's: a selection kept outside a book's window is copied too
        elif event.matches(QtGui.QKeySequence.StandardKey.ZoomIn):
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
        return max(self._base, first - 2), min(self._base + count - 1, max(first, last) + 2)

    def _show_visible_marks(self) -> None:
        """Hand Qt the highlights of the passages in view, and the search's hits (all of them
        up to ALL_HITS_LIMIT, else those in view and the current one), of passages built."""
        first, last = self._visible_passages()
        low = bisect.bisect_left(self._mark_passages, first)
        high = bisect.bisect_right(self._mark_passages, last)
        self._mark_selections = [self._mark_selection(mark) for mark in self._marks[low:high]]
        base, built = self._base, self._base + len(self._passage_blocks)
        if len(self._hits) <= ALL_HITS_LIMIT:
            shown = [number for number, hit in enumerate(self._hits) if base <= hit[0] < built]
        else:
            low = bisect.bisect_left(self._hit_passages, first)
            high = bisect.bisect_right(self._hit_passages, last)
            shown = sorted(self._hit_order[low:high])
            current = self._hit_current
            if current is not None and 0 <= current < len(self._hits) and current not in shown:
                bisect.insort(shown, current)
            shown = [number for number in shown if base <= self._hits[number][0] < built]
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
        return self._base + passage, cursor_position - block.position()

    def selected_span(self) -> tuple[int, int, int] | None:
        """(passage, start, end) of the selection, cut to the passage it starts in; None without one.

        A selection reaching outside a book's window is read from the article (its start may be
        in a passage the document no longer holds).
        """
        selection = self.book_selection()
        if selection is not None:
            (passage, offset), end_place = max(selection[0], (0, 0)), selection[1]
            text = self.article.passages[passage].text
            end = end_place[1] if end_place[0] == passage else len(text)
        else:
            cursor = self.textCursor()
            if not cursor.hasSelection():
                return None
            start = self.position_of(cursor.selectionStart())
            if start is None:
                return None
            passage, offset = start
            block = self.document().findBlockByNumber(self._passage_blocks[passage - self._base])
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
        if ranges != self._hits:  # the same hits again (another current one): their order stands
            self._hits = list(ranges)
            passages = [hit[0] for hit in self._hits]
            self._hit_order = sorted(range(len(passages)), key=passages.__getitem__)
            self._hit_passages = [passages[number] for number in self._hit_order]
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
        self._spoken = (span, colors) if span is not None else None
        self._spoken_selections = []
        if span is not None:
            self.passage_cursor(*span)  # built (the window moved to it) first
            self._spoken_selections = self._spoken_selection()
        self.setExtraSelections(self._mark_selections + self._hit_selections + self._spoken_selections)

    def _spoken_selection(self) -> list[QTextEdit.ExtraSelection]:
        """The sentence read aloud as Qt draws it, when its passage is built (again, after the window moved)."""
        if self._spoken is None:
            return []
        (passage, start, end), colors = self._spoken
        if not self._base <= passage < self._base + len(self._passage_blocks):
            return []
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(passage, start, end)
        char_format = QtGui.QTextCharFormat()
        char_format.setBackground(QtGui.QColor(colors.highlight))
        char_format.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(QtGui.QColor(colors.accent))
        selection.format = char_format
        return [selection]

    # -- copying -------------------------------------------------------------------------
    citation: str | None = None
    """Appended to copied text longer than CITATION_MIN_WORDS words; None turns it off."""

    def createMimeDataFromSelection(self) -> QtCore.QMimeData:
        """Copied passages carry where they come from (title, source, date).

        A selection reaching outside a book's window is copied from the article: all of the book
        (Select All) as the text export writes it.
        """
        cursor = self.textCursor()
        selection = self.book_selection()
        if selection is not None:
            start, end = selection
            last = len(self.article.passages) - 1
            if start <= (0, 0) and end >= (last, len(self.article.passages[last].text)):
                from desktop.content.export import to_text

                text = to_text(self.article).rstrip("\n")
            else:
                text = self._book_text(start, end)
            mime = QtCore.QMimeData()
            mime.setText(text)
        else:
            mime = super().createMimeDataFromSelection()
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

    def copy(self) -> None:
        """Copy the selection: one that reaches outside a book's window too, even with none of it in the window
        (Qt copies only what the document shows selected, and nothing without a selection there)."""
        if self.book_selection() is None:
            super().copy()
            return
        QtGui.QGuiApplication.clipboard().setMimeData(self.createMimeDataFromSelection())

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
        """All of a book, built to its end first; of a book shown through a window, the window is shown
        selected and the whole book kept selected (copied whole: createMimeDataFromSelection)."""
        if not self._windowed:
            self.build_all()
            super().selectAll()
            return
        last = len(self.article.passages) - 1
        self._kept = KeptSelection((-1, 0), (last, len(self.article.passages[last].text)), -1, -1)
        self._show_kept_selection()

    def _document_end(self) -> int:
        return self.document().characterCount() - 1

    def createStandardContextMenu(self, position: QtCore.QPoint | None = None) -> QtWidgets.QMenu:
        """Qt's menu, whose Select all (Qt's own, not the method above) then selects all of a book too."""
        menu = super().createStandardContextMenu() if position is None else super().createStandardContextMenu(position)
        kept_only = self.book_selection() is not None and not self.textCursor().hasSelection()
        for action in menu.actions():
            if action.objectName() == "select-all":  # Qt's name for it
                action.triggered.connect(self.selectAll)  # after Qt's, which selects what is built
            elif action.objectName() == "edit-copy" and kept_only:  # a selection none of which is in the window
                action.setEnabled(True)
                action.triggered.connect(self.copy)
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
            if self._windowed:
                QTimer.singleShot(0, self, self._show_book_bar)
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
