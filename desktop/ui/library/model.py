"""The library as a Qt table: one row per article, sortable by any column, filtered as the reader types."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel
from PySide6.QtGui import QGuiApplication, QPalette

from desktop.search.normalize import fold
from desktop.ui.lazy_qt import Qt
from desktop.ui.plain_text import as_rich_text

if TYPE_CHECKING:
    from desktop.library import Entry
    from desktop.ui.qt_types import Index


class Column(enum.IntEnum):
    TITLE = 0
    SOURCE = 1
    DATE = 2
    LENGTH = 3
    PROGRESS = 4
    NOTES = 5
    LAST_READ = 6


def _local_time(stamp: str | None) -> str:
    """An ISO UTC time as the reader's local date and time; '' when never."""
    if not stamp:
        return ""
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return ""


class LibraryModel(QAbstractTableModel):
    """The catalogue's entries with the number of notes each has."""

    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    FilterRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._notes: dict[str, int] = {}
        self._open_key: str | None = None

    def headers(self) -> dict[Column, str]:
        return {
            Column.TITLE: self.tr("Атауы"),
            Column.SOURCE: self.tr("Дереккөзі"),
            Column.DATE: self.tr("Күні"),
            Column.LENGTH: self.tr("Көлемі"),
            Column.PROGRESS: self.tr("Оқылды"),
            Column.NOTES: self.tr("Белгілер"),
            Column.LAST_READ: self.tr("Соңғы оқылды"),
        }

    def set_entries(self, entries: list[Entry], notes: dict[str, int], open_key: str | None) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._notes = dict(notes)
        self._open_key = open_key
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int) -> int:
        return next((row for row, entry in enumerate(self._entries) if entry.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return self.headers()[Column(section)]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            entry = self.entry(section)  # the row headers are hidden; a screen reader names each row by them
            return entry.title if entry is not None else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == self.SortRole:
            return self._sort_key(entry, column)
        if role == self.EntryIdRole:
            return entry.id
        if role == self.FilterRole:
            return fold(" ".join((entry.title, entry.source, entry.date, entry.path or ""))).text
        if role == Qt.ItemDataRole.ToolTipRole:
            where = self.tr("Бағдарламамен бірге келген мақала") if entry.bundled else entry.path or ""
            missing = (
                "\n" + self.tr("Файл табылмады: орнын ауыстырған не жойылған болуы мүмкін") if entry.missing else ""
            )
            return as_rich_text(f"{entry.title}\n{where}{missing}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.LENGTH, Column.PROGRESS, Column.NOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and entry.missing:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and entry.key == self._open_key:
            font = QGuiApplication.font()
            font.setBold(True)
            return font
        return None

    def _display(self, entry: Entry, column: Column) -> str:
        if column is Column.TITLE:
            return entry.title + (" " + self.tr("(файл жоқ)") if entry.missing else "")
        if column is Column.SOURCE:
            return entry.source
        if column is Column.DATE:
            return entry.date
        if column is Column.LENGTH:
            return self.tr("%1 сөз").replace("%1", f"{entry.words:,}".replace(",", "\u202f"))
        if column is Column.PROGRESS:
            return f"{round(entry.progress * 100)}%"
        if column is Column.NOTES:
            count = self._notes.get(entry.key, 0)
            return str(count) if count else ""
        return _local_time(entry.last_read)

    def _sort_key(self, entry: Entry, column: Column) -> object:
        if column is Column.LENGTH:
            return entry.words
        if column is Column.PROGRESS:
            return entry.progress
        if column is Column.NOTES:
            return self._notes.get(entry.key, 0)
        if column is Column.LAST_READ:
            return entry.last_read or ""
        if column is Column.TITLE:
            return fold(entry.title).text
        return self._display(entry, column)


class LibraryFilter(QSortFilterProxyModel):
    """Rows whose title, source, date or path hold every typed word (folded as search folds them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(LibraryModel.SortRole)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        if not hasattr(QSortFilterProxyModel, "endFilterChange"):  # before Qt 6.10
            self._words = fold(text).text.split()
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self._words = fold(text).text.split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), LibraryModel.FilterRole)
        return isinstance(haystack, str) and all(word in haystack for word in self._words)
