"""Book covers in the library: each EPUB's cover picture, named by its package metadata, as an icon.

Only the rows in view ask for one, and a cover is read once (the container, the package
document and the picture, each against a byte budget, never the whole book), decoded
straight to the icon's size, and kept by the file's path and modification time.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from desktop.ui.lazy_qt import Qt

COVER_SIZE = 64
"""The largest side of a cover icon, in pixels (the view shows it smaller, at its icon size)."""


MAX_KEPT = 500
"""Covers kept in memory (the rows a reader scrolls through); older ones are made again if asked."""
_icons: dict[tuple[str, int], QIcon | None] = {}


def icon(path: str | None) -> QIcon | None:
    """The cover icon of the book at ``path`` (None for other files, or a book without a cover)."""
    if not path or not path.lower().endswith(".epub"):
        return None
    try:
        key = (path, os.stat(path).st_mtime_ns)
    except OSError:
        return None
    if key not in _icons:
        if len(_icons) >= MAX_KEPT:
            del _icons[next(iter(_icons))]
        _icons[key] = _cover_icon(Path(path))
    return _icons[key]


def _cover_icon(path: Path) -> QIcon | None:
    from desktop.content.formats.epub import read_cover
    from desktop.ui.pictures import MAX_PICTURE_PIXELS, decode_picture, picture_size

    data = read_cover(path)
    size = picture_size(data) if data else QSize()
    if data is None or not size.isValid() or size.isEmpty() or size.width() * size.height() > MAX_PICTURE_PIXELS:
        return None
    image = decode_picture(data, size.scaled(COVER_SIZE, COVER_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
    return QIcon(QPixmap.fromImage(image)) if image is not None else None
