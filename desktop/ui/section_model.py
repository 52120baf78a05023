"""The sidebar's list of sections as a Qt item model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtGui import QGuiApplication, QPalette

from desktop.ui.icons import icon
from desktop.ui.lazy_qt import ItemDataRole
from desktop.ui.plain_text import as_rich_text

if TYPE_CHECKING:
    from desktop.content import Article
    from desktop.ui.qt_types import Index


INDENT = "\u2003"  # an em space a level
"""How much a deeper section is indented in the sidebar (its accessible name stays the bare label)."""


def _top_level(article: Article) -> int:
    """The level of the book's highest sections: those are not indented (a lead before the first
    heading counts as a part, so chapters of a book that starts with one sit under it)."""
    return min((section.level for section in article.sections), default=1)


class SectionListModel(QAbstractListModel):
    """One row per section: label (with hit count during a search), icon, heading as tooltip."""

    SectionIdRole = ItemDataRole.UserRole + 1
    HitCountRole = ItemDataRole.UserRole + 2

    def __init__(self, article: Article, icon_color: str = "#1b6e7e", parent=None) -> None:
        super().__init__(parent)
        self._sections = article.sections
        self._top_level = _top_level(article)
        self._icon_color = icon_color
        self._hit_counts: dict[str, int] | None = None

    def set_article(self, article: Article) -> None:
        self.beginResetModel()
        self._sections = article.sections
        self._top_level = _top_level(article)
        self._hit_counts = None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: Index, role: int = ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        section = self._sections[index.row()]
        hits = None if self._hit_counts is None else self._hit_counts.get(section.id, 0)
        if role == ItemDataRole.DisplayRole:
            # A book's sections (parts, chapters, sections) are indented by their heading's level.
            indent = INDENT * max(0, section.level - self._top_level)
            return indent + (section.label if hits is None else f"{section.label}  ({hits})")
        if role == ItemDataRole.DecorationRole:
            return icon(section.icon, self._icon_color)
        if role == ItemDataRole.ForegroundRole and hits == 0:  # sections without hits step back
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == ItemDataRole.ToolTipRole:
            return as_rich_text(section.heading)
        if role == ItemDataRole.AccessibleDescriptionRole:
            return section.heading
        if role == ItemDataRole.AccessibleTextRole:  # a screen reader hears the count too
            return section.label if hits is None else f"{section.label}  ({hits})"
        if role == self.SectionIdRole:
            return section.id
        if role == self.HitCountRole:
            return hits
        return None

    def row_of(self, section_id: str) -> int:
        for row, section in enumerate(self._sections):
            if section.id == section_id:
                return row
        raise KeyError(section_id)

    def set_icon_color(self, color: str) -> None:
        """Icons follow the theme's accent colour."""
        self._icon_color = color
        self._emit_all_changed([ItemDataRole.DecorationRole])

    def set_hit_counts(self, counts: dict[str, int] | None) -> None:
        """Show per-section hit counts while a search is active; None hides them."""
        self._hit_counts = None if counts is None else dict(counts)
        self._emit_all_changed([ItemDataRole.DisplayRole, ItemDataRole.ForegroundRole, self.HitCountRole])

    def _emit_all_changed(self, roles: list[int]) -> None:
        if self._sections:
            self.dataChanged.emit(self.index(0), self.index(len(self._sections) - 1), roles)
