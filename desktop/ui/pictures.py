"""A book's pictures for the screen and for paper: sized from their headers, decoded at the size shown.

The content model gives the bytes (``Article.images``); Qt's image readers size and decode
them. A picture's header is enough to lay the text out, so a book's pictures are decoded
only when first painted, each straight to the size it is shown at (a JPEG's decoder scales
as it decodes), never at its full size first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QSize

from desktop.ui.lazy_qt import Qt

if TYPE_CHECKING:
    from desktop.content.model import Images

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
