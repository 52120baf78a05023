"""Icons by qtawesome name (``fa6s.book-open``), painted from qtawesome's own icon fonts.

Why not ``qtawesome.icon()`` at start-up: importing qtawesome imports qtpy,
whose star-imports materialise every PySide6 class and enum (about 180 ms on
a laptop), and its first icon loads and hashes all of its twelve fonts. The
reader needs a few glyphs from one font to show its first page, so this module
reads qtawesome's font files and charmaps directly (same names, same glyphs)
and paints them with a small QIconEngine. Prefixes it does not know, and any
failure, fall back to qtawesome itself.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QSize
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
)

log = logging.getLogger(__name__)

FALLBACK_ICON = "fa6s.file-lines"
GLYPH_SCALE = 0.875  # the glyph's share of the icon's height, as qtawesome draws it

# prefix -> (file stem in qtawesome/fonts, style name within the family)
ICON_FONTS: dict[str, tuple[str, str | None]] = {
    "fa6s": ("fontawesome6-solid-webfont", "Solid"),
    "fa6": ("fontawesome6-regular-webfont", "Regular"),
    "fa6b": ("fontawesome6-brands-webfont", None),
    "fa5s": ("fontawesome5-solid-webfont", "Solid"),
    "fa5": ("fontawesome5-regular-webfont", "Regular"),
    "fa5b": ("fontawesome5-brands-webfont", None),
    "mdi6": ("materialdesignicons6-webfont", None),
    "mdi": ("materialdesignicons5-webfont", None),
    "ph": ("phosphor", None),
    "ri": ("remixicon", None),
    "msc": ("codicon", None),
    "ei": ("elusiveicons-webfont", None),
}


@cache
def _font_files() -> tuple[Path, tuple[str, ...]] | None:
    """qtawesome's fonts folder and the names in it, read once (a listing, not a glob: no pattern to compile)."""
    spec = importlib.util.find_spec("qtawesome")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    try:
        return folder, tuple(sorted(os.listdir(folder)))
    except OSError:
        return None


@cache
def _icon_font(prefix: str) -> tuple[str, str | None, dict[str, str]] | None:
    """(family, style, charmap of glyph names to hexadecimal code points), registering the font on first use.

    The charmap's codes stay text until a glyph is asked for: a font names some 1,400 glyphs
    and the window shows a dozen.
    """
    if prefix not in ICON_FONTS or (files := _font_files()) is None:
        return None
    folder, names = files
    stem, style = ICON_FONTS[prefix]
    # Versioned names: fontawesome6-solid-webfont-6.7.2.ttf and ...-charmap-6.7.2.json
    fonts = [
        name
        for name in names
        if name.startswith(f"{stem}-") and name.endswith(".ttf") and name[len(stem) + 1 : len(stem) + 2].isdigit()
    ]
    charmaps = [name for name in names if name.startswith(f"{stem}-charmap-") and name.endswith(".json")]
    if not fonts or not charmaps:
        return None
    font_id = QFontDatabase.addApplicationFont(str(folder / fonts[-1]))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    charmap = json.loads((folder / charmaps[-1]).read_text("utf-8"))
    return families[0], style, charmap


def _solid_brush(color: QColor) -> QBrush:
    """A solid brush of the colour, from a palette: ``QBrush(color)`` would build the Qt namespace."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, color)
    return palette.brush(QPalette.ColorRole.Text)


class GlyphIconEngine(QIconEngine):
    """Paints one glyph of an icon font in a colour; disabled icons are drawn faded."""

    def __init__(self, family: str, style: str | None, codepoint: int, color: str) -> None:
        super().__init__()
        # The colour is kept as Qt names it (#888888): copying a QColor would build the Qt namespace.
        self._family, self._style, self._char, self._color = family, style, chr(codepoint), color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        font = QFont(self._family)
        if self._style:
            font.setStyleName(self._style)
        font.setPixelSize(max(1, round(rect.height() * GLYPH_SCALE)))
        color = QColor(self._color)
        if mode == QIcon.Mode.Disabled:
            color.setAlphaF(0.4)
        # The glyph's outline, filled. Toolbar and sidebar icons paint before the window's first
        # paint ends, where drawText(rect, Qt.AlignmentFlag.AlignCenter, ...) and setPen(color)
        # would build PySide6's Qt namespace (lazy_qt), so it is centred as AlignCenter centres
        # text, and filled with a brush that names no Qt enum.
        metrics = QFontMetricsF(font)
        x = rect.x() + (rect.width() - metrics.horizontalAdvance(self._char)) / 2
        y = rect.y() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
        outline = QPainterPath()
        outline.addText(QPointF(x, y), font, self._char)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(outline, _solid_brush(color))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self._family, self._style, ord(self._char), self._color)


def known(name: str) -> bool:
    """True when the name resolves to a glyph (through the fast path or qtawesome)."""
    return _glyph_icon(name, "#000000") is not None or _qtawesome_icon(name, "#000000") is not None


def _glyph_icon(name: str, color: str) -> QIcon | None:
    prefix, _, glyph = name.partition(".")
    font = _icon_font(prefix)
    if font is None or glyph not in font[2]:
        return None
    family, style, charmap = font
    return QIcon(GlyphIconEngine(family, style, int(charmap[glyph], 16), color))


def _qtawesome_icon(name: str, color: str) -> QIcon | None:
    try:
        import qtawesome

        return qtawesome.icon(name, color=color)
    except Exception:  # noqa: BLE001 - qtawesome raises plain Exception for unknown names
        return None


@cache
def icon(name: str, color: str = "#444444") -> QIcon:
    """The icon for a qtawesome name; a plain page icon (and a log line) for unknown names."""
    found = _glyph_icon(name, color) or _qtawesome_icon(name, color)
    if found is None:
        log.warning("unknown icon %r; using %s", name, FALLBACK_ICON)
        found = _glyph_icon(FALLBACK_ICON, color) or QIcon()
    return found
