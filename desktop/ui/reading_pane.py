"""The reading pane: the article in a QTextBrowser with a comfortable measure and zoom.

The document is rendered once per theme from the same HTML the exporter writes.
Every passage of the article is one text block; ``_passage_blocks`` maps passage
numbers to blocks, so sections and search hits are located exactly.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, NamedTuple

# The Qt types the first paint does not use are named through their modules, so PySide6 builds
# each (and its enums) when it is first used rather than when this module is imported.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, QRect, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desktop.content.export import escape, html_body
from desktop.ui.lazy_qt import Qt, set_enum_property
from desktop.ui.pictures import PICTURE_SCHEME, ShownPictures, natural_size, picture_text, spoken_picture
from desktop.ui.plain_text import as_rich_text
from desktop.ui.preferences import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE
from desktop.ui.themes import ThemeColors, reading_style_sheet

if TYPE_CHECKING:
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
        self._passage_blocks: list[int] = []
        self._section_blocks: dict[str, int] = {}
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
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._on_scrolled())
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
        self.verticalScrollBar().setValue(0)
        self.rebuild(colors)
        self.verticalScrollBar().setValue(0)
        self._current_section = ""
        self._set_current_section(article.sections[0].id)
        self._apply_language()

    def rebuild(self, colors: ThemeColors) -> None:
        """(Re)build the document in the theme's colours, keeping the reading position."""
        position = self.verticalScrollBar().value()
        document = self.document()
        document.setDefaultStyleSheet(reading_style_sheet(colors))
        self._selection_cache.clear()  # their cursors belong to the document being replaced
        self._marks, self._mark_passages, self._mark_selections = [], [], []
        self._passage_blocks, self._section_blocks = [], {}  # no scroll-spy while the text changes
        self._pictures.clear(self.document())
        self._caret_picture = None
        self.setHtml(html_body(self.article, pictures=self._picture if self.article.images is not None else None))
        self._index_blocks()
        self._apply_measure()
        self.verticalScrollBar().setValue(position)

    def _index_blocks(self) -> None:
        """Find each passage's text block, in order (each passage renders as one block)."""
        document = self.document()
        block = document.begin().next().next()  # after the title and the byline, which may repeat a text
        self._passage_blocks = []
        self._section_blocks = {}
        for passage in self.article.passages:
            while block.isValid() and block.text() != passage.text:
                block = block.next()
            if not block.isValid():
                raise RuntimeError(f"passage {passage.index} is missing from the rendered document")
            self._passage_blocks.append(block.blockNumber())
            self._section_blocks.setdefault(passage.section_id, block.blockNumber())
            block = block.next()
        self._section_blocks[self.article.sections[0].id] = 0  # the lead starts with the title

    def passage_text(self, index: int) -> str:
        """The text of a passage as the reader displays it."""
        return self.document().findBlockByNumber(self._passage_blocks[index]).text()

    def passage_cursor(self, index: int, start: int = 0, end: int | None = None) -> QtGui.QTextCursor:
        """A cursor selecting characters [start, end) of a passage."""
        block = self.document().findBlockByNumber(self._passage_blocks[index])
        cursor = QtGui.QTextCursor(block)
        cursor.setPosition(block.position() + start)
        length = block.length() - 1 if end is None else end
        cursor.setPosition(block.position() + length, QtGui.QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- navigation ----------------------------------------------------------------------
    def section_top(self, section_id: str) -> float:
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
        self._place_caret(self.document().findBlockByNumber(self._section_blocks[section_id]).position())

    def caret_to_passage(self, index: int, offset: int = 0) -> None:
        """Put the caret on a character of a passage (a search hit, a highlight)."""
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
        bar = self.verticalScrollBar()
        return 100 if bar.maximum() <= 0 else round(100 * bar.value() / bar.maximum())

    def scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        return 0.0 if bar.maximum() <= 0 else bar.value() / bar.maximum()

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))

    def _section_at_scroll(self) -> str:
        probe = self.verticalScrollBar().value() + self.viewport_size().height() * SPY_OFFSET_FRACTION
        current = self.article.sections[0].id
        for section in self.article.sections[1:]:
            if self.section_top(section.id) <= probe:
                current = section.id
        return current

    def _on_scrolled(self) -> None:
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
        fraction = self.scroll_fraction()
        self._font_size = size
        self._apply_font()
        self.set_scroll_fraction(fraction)
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
        paragraphs = [p.text for p in self.article.passages]
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

    def _apply_measure(self) -> None:
        """Centre a column of about MEASURE_CHARS characters; narrow windows get small margins."""
        available = self.viewport_size().width()
        side = max(MIN_SIDE_MARGIN, (available - self.measure_width()) / 2)
        frame = self.document().rootFrame()
        frame_format = frame.frameFormat()
        if frame_format.leftMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame_format.setTopMargin(MIN_SIDE_MARGIN)
            frame_format.setBottomMargin(MIN_SIDE_MARGIN * 2)
            frame.setFrameFormat(frame_format)

    def resizeEvent(self, event) -> None:
        # The margins first (the viewport already has its new size): QTextEdit then lays the
        # text out once, with them. Before the first layout this saves a whole layout.
        self._apply_measure()
        if self._pictures.shown:  # the pictures re-fitted to the new column, before the text is laid out again
            self._pictures.refit(self._column(self.viewport_size().width()))
        super().resizeEvent(event)
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

        Found from the document layout's block positions (bisected), which hold even while
        Qt is still laying the text out after a rebuild.
        """
        count = len(self._passage_blocks)
        if not count:
            return 0, -1
        document, layout = self.document(), self.document().documentLayout()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport_size().height()

        def rect(index: int) -> QRectF:
            return layout.blockBoundingRect(document.findBlockByNumber(self._passage_blocks[index]))

        first = bisect.bisect_left(range(count), float(top), key=lambda index: rect(index).bottom())
        last = bisect.bisect_right(range(count), float(bottom), key=lambda index: rect(index).top()) - 1
        return max(0, first - 2), min(count - 1, max(first, last) + 2)

    def _show_visible_marks(self) -> None:
        first, last = self._visible_passages()
        low = bisect.bisect_left(self._mark_passages, first)
        high = bisect.bisect_right(self._mark_passages, last)
        self._mark_selections = [self._mark_selection(mark) for mark in self._marks[low:high]]
        self.setExtraSelections(self._mark_selections + self._hit_selections + self._spoken_selections)

    def _mark_selection(self, mark: Mark) -> QTextEdit.ExtraSelection:
        cached = self._selection_cache.get(mark)
        if cached is None:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.passage_cursor(mark.passage, mark.start, mark.end)
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
        try:
            passage = self._passage_blocks.index(block.blockNumber())
        except ValueError:
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
        """Highlight (passage, start, end) ranges; the one at ``current`` stands out."""
        selections = []
        for number, (passage, start, end) in enumerate(ranges):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.passage_cursor(passage, start, end)
            char_format = QtGui.QTextCharFormat()
            if number == current:
                char_format.setBackground(QtGui.QColor(colors.current_hit))
                char_format.setForeground(QtGui.QColor(colors.current_hit_text))
            else:
                char_format.setBackground(QtGui.QColor(colors.hit))
            selection.format = char_format
            selections.append(selection)
        self._hit_selections = selections
        self.setExtraSelections(self._mark_selections + self._hit_selections + self._spoken_selections)

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

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
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
