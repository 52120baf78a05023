"""A book's pictures for the screen and for paper: sized from their headers, decoded at the size shown.

The content model gives the bytes (``Article.images``); Qt's image readers size and decode
them. A picture's header is enough to lay the text out, so a book's pictures are decoded
only when first painted, each straight to the size it is shown at (a JPEG's decoder scales
as it decodes), never at its full size first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QSize

from desktop.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from desktop.content.model import Figure, Images

MAX_PICTURE_PIXELS = 40_000_000
"""A picture larger than this (a 40-megapixel photograph) is not decoded: its caption stands alone."""


def _reader(data: bytes) -> tuple[QtGui.QImageReader, QtCore.QBuffer]:
    """A reader over the bytes, and the buffer it reads (which must outlive the reads)."""
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(data))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    reader = QtGui.QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader, buffer


def picture_size(data: bytes) -> QSize:
    """A picture's own size, from its header (nothing is decoded); invalid when it is no picture."""
    reader, _buffer = _reader(data)
    size = reader.size()
    if size.isValid() and reader.transformation() & QtGui.QImageIOHandler.Transformation.TransformationRotate90:
        size.transpose()  # a photograph taken sideways is shown upright
    return size


def natural_size(images: Images, name: str) -> QSize | None:
    """The size of the book's picture ``name`` from its first bytes (all of them if its header is
    further in); None when it is no picture or is larger than MAX_PICTURE_PIXELS."""
    head = images.head(name)
    size = picture_size(head) if head else QSize()
    if head and not size.isValid():
        data = images.read(name)
        size = picture_size(data) if data else QSize()
    if not size.isValid() or size.isEmpty() or size.width() * size.height() > MAX_PICTURE_PIXELS:
        return None
    return size


def fitted(size: QSize, width: int) -> QSize:
    """The size shown in a column ``width`` pixels wide: as it is, or narrowed with its proportions."""
    width = max(1, width)
    return size if size.width() <= width else size.scaled(width, 1 << 30, Qt.AspectRatioMode.KeepAspectRatio)


def decode_picture(data: bytes, size: QSize, ratio: float = 1.0) -> QtGui.QImage | None:
    """The picture decoded straight to ``size`` logical pixels on a screen of ``ratio``; None if it fails."""
    reader, _buffer = _reader(data)
    reader.setScaledSize(QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio))))
    image = reader.read()
    if image.isNull():
        return None
    image.setDevicePixelRatio(ratio)
    return image


PICTURE_SCHEME = "book"
"""``book:<n>``: the n-th picture laid out in the pane (see Shown.url)."""
REDECODE_DELAY_MS = 250
"""Pictures are decoded again at their new size only once the window has kept its size this long."""


def picture_text(figure: Figure) -> str:
    """A picture's text alternative: its ``alt``, else its caption ("" for neither)."""
    return figure.alt or figure.caption


def spoken_picture(figure: Figure) -> str:
    """What a screen reader says of a picture the caret reaches: that it is one, its text
    alternative, and its caption when that says something else."""
    translate = QtCore.QCoreApplication.translate
    alt, caption = figure.alt.strip(), figure.caption.strip()
    words: dict[str, str] = {"1": alt or caption, "2": caption}
    if alt and caption and caption != alt:
        template = translate("Pictures", "Сурет: %1. Астындағы жазу: %2")
    elif alt or caption:
        template = translate("Pictures", "Сурет: %1")
    else:
        return translate("Pictures", "Сурет")
    # In one pass: an alt text that itself holds "%2" stays as written.
    return re.sub(r"%([12])", lambda found: words[found.group(1)], template)


class Shown:
    """A picture laid out in the pane: its figure, its own size, the size it is shown at, and the
    size it was last decoded at (None until it is painted)."""

    __slots__ = ("decoded", "figure", "generation", "natural", "size")

    def __init__(self, figure: Figure, natural: QSize, size: QSize) -> None:
        self.figure = figure
        self.natural = natural
        self.size = size
        self.decoded: QSize | None = None
        self.generation = 0  # a new name for the resource once the old decode no longer fits

    def url(self, number: int) -> str:
        """``book:<n>``, then ``book:<n>?<generation>``: Qt keeps what it loaded for a name, so a
        picture decoded again at a new size needs a new one."""
        return f"{PICTURE_SCHEME}:{number}" + (f"?{self.generation}" if self.generation else "")


class ShownPictures(QtCore.QObject):
    """The pictures of a pane's document, re-fitted to the column when its width changes.

    A resize only changes the sizes the text lays the pictures out at (Qt paints the decoded
    picture scaled meanwhile); once the size has settled, pictures that were decoded at another
    size get a new name, so the next paint decodes them again at the size shown. Nothing is
    decoded here: only painting decodes. Qt keeps what it loaded under the old name until the
    document is rebuilt (QTextDocument has no way to drop one resource): waiting for the size
    to settle keeps that to one picture per settled size, not one per step of a drag.
    """

    def __init__(self, document: QtGui.QTextDocument, parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self._document = document
        self.shown: list[Shown] = []
        self._places: list[int] = []  # each picture's character in the document, found when first needed
        self._timer: QtCore.QTimer | None = None

    def clear(self, document: QtGui.QTextDocument) -> None:
        """Forget the pictures (the document is being rebuilt)."""
        self._document = document
        self.shown, self._places = [], []

    def add(self, figure: Figure, natural: QSize, column: int) -> tuple[str, int, int]:
        """Lay a picture out at the column's width at most: its name and the size shown."""
        entry = Shown(figure, natural, fitted(natural, column))
        self.shown.append(entry)
        return entry.url(len(self.shown) - 1), entry.size.width(), entry.size.height()

    def number(self, url: QtCore.QUrl) -> int | None:
        """Which picture a ``book:`` URL names (None for none)."""
        try:
            number = int(url.path())
        except ValueError:
            return None
        return number if 0 <= number < len(self.shown) else None

    def decoded(self, number: int, data: bytes, ratio: float) -> QtGui.QImage | None:
        """Picture ``number`` decoded at the size it is shown (device pixels)."""
        entry = self.shown[number]
        entry.decoded = QSize(entry.size)
        return decode_picture(data, entry.size, ratio)

    def refit(self, column: int) -> None:
        """Show each picture at the new column's width at most (its own width at most)."""
        changed = [(n, e) for n, e in enumerate(self.shown) if fitted(e.natural, column) != e.size]
        if not changed:
            return
        places = self._find_places()
        cursor = QtGui.QTextCursor(self._document)
        # One edit: the text from the first picture changed to the last is laid out again once (each
        # change on its own would lay out all the text after it again, once per picture).
        cursor.beginEditBlock()
        for number, entry in changed:
            entry.size = fitted(entry.natural, column)
            if number < len(places):
                self._set_format(cursor, places[number], entry.size, entry.url(number))
        cursor.endEditBlock()
        if self._timer is None:
            self._timer = QtCore.QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(REDECODE_DELAY_MS)
            self._timer.timeout.connect(self.rename_stale)
        self._timer.start()

    def rename_stale(self) -> None:
        """Give a new name to each picture decoded at a size it is no longer shown at."""
        stale = [(n, e) for n, e in enumerate(self.shown) if e.decoded is not None and e.decoded != e.size]
        if not stale:
            return
        places = self._find_places()
        cursor = QtGui.QTextCursor(self._document)
        cursor.beginEditBlock()
        for number, entry in stale:
            if number < len(places):
                entry.generation += 1
                entry.decoded = None
                self._set_format(cursor, places[number], entry.size, entry.url(number))
        cursor.endEditBlock()

    def written_out(self, text: str, start: int) -> str:
        """Text of the document from ``start`` (lines split by U+2029) with each picture written as text
        exports write it: nothing when its caption follows, else its ``[text alternative]``; a line
        that held only pictures goes."""
        if "\ufffc" not in text:
            return text
        lines, offset = [], start
        for line in text.split("\u2029"):
            written = self._written_line(line, offset) if "\ufffc" in line else line
            if written or "\ufffc" not in line:
                lines.append(written)
            offset += len(line) + 1
        return "\u2029".join(lines)

    def _written_line(self, line: str, offset: int) -> str:
        pieces, at = [], 0
        while (found := line.find("\ufffc", at)) >= 0:
            pieces.append(line[at:found])
            number = self.number_at(offset + found)
            figure = self.shown[number].figure if number is not None else None
            if figure is not None and figure.alt and not figure.caption:
                pieces.append(f"[{figure.alt}]")
            at = found + 1
        pieces.append(line[at:])
        return "".join(pieces)

    def _set_format(self, cursor: QtGui.QTextCursor, place: int, size: QSize, name: str) -> None:
        cursor.setPosition(place)
        cursor.setPosition(place + 1, QtGui.QTextCursor.MoveMode.KeepAnchor)
        image = cursor.charFormat().toImageFormat()
        image.setWidth(size.width())
        image.setHeight(size.height())
        image.setName(name)
        cursor.setCharFormat(image)

    def number_at(self, place: int) -> int | None:
        """The picture whose character is at ``place`` in the document, if any."""
        if self._document.characterAt(place) != "\ufffc":
            return None
        cursor = QtGui.QTextCursor(self._document)
        cursor.setPosition(place + 1)  # the format of the character before the cursor
        char_format = cursor.charFormat()
        if not char_format.isImageFormat():
            return None
        name = char_format.toImageFormat().name()
        return self.number(QtCore.QUrl(name)) if name.startswith(f"{PICTURE_SCHEME}:") else None

    def _find_places(self) -> list[int]:
        """Each picture's character in the document, found once: a picture's place never moves (the
        text is never edited, only added to at its end); the places known are checked, and the
        search goes on after the last of them for pictures added since."""
        places = self._places
        if not all(self.number_at(place) == number for number, place in enumerate(places)):
            places = []
        if len(places) == len(self.shown):
            return places
        places = list(places)
        cursor = QtGui.QTextCursor(self._document)
        if places:
            cursor.setPosition(places[-1] + 1)
        while len(places) < len(self.shown):
            cursor = self._document.find("\ufffc", cursor)
            if cursor.isNull():
                break
            number = self.number_at(cursor.selectionStart())
            if number == len(places):
                places.append(cursor.selectionStart())
        self._places = places
        return places
