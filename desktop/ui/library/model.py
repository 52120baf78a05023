"""The library as a Qt table: one row per article, sortable by any column, filtered as the reader types.

The rows are the catalogue's, sorted and filtered by SQLite and fetched a page at a time as
they are shown: opening the page with 50,000 articles reads 200 rows, not 50,000.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject
from PySide6.QtGui import QGuiApplication, QPalette

from desktop.search.normalize import fold
from desktop.ui.lazy_qt import Qt
from desktop.ui.library import covers
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


COLUMNS = len(Column)
SORT_KEYS = {
    Column.TITLE: "title", Column.SOURCE: "source", Column.DATE: "date", Column.LENGTH: "words",
    Column.PROGRESS: "progress", Column.NOTES: "notes", Column.LAST_READ: "last_read",
}  # fmt: skip


class ListingSource(Protocol):
    """Where the rows come from: the library's catalogue, sorted and filtered by SQLite."""

    def listing(
        self, *, sort: str, descending: bool, words: Sequence[str], offset: int, limit: int, notes: Mapping[str, int]
    ) -> list[Entry]: ...

    def listing_count(self, words: Sequence[str] = ()) -> int: ...

    def filter_ready(self) -> bool:
        """Whether a filter is answered without folding many articles' texts first (the window waits if not)."""
        ...


class LibraryModel(QAbstractTableModel):
    """The catalogue's articles, a page at a time, with the number of notes each has.

    Sorting (``sort``) and filtering (``set_filter``) are done by SQLite, which then gives the
    first PAGE rows; more are fetched as the table scrolls to them (``canFetchMore``). Each row's
    texts are made once when it is fetched: ``data`` only reads them, whatever the view asks.
    """

    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    PAGE = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: ListingSource | None = None
        self._rows: list[tuple[Entry, tuple[str, ...]]] = []
        self._total = 0
        self._whole = 0
        """How many articles the library holds, whatever the filter."""
        self._notes: dict[str, int] = {}
        self._open_key: str | None = None
        self._sort = (Column.DATE, Qt.SortOrder.DescendingOrder)
        self._words: list[str] = []
        self._missing = ""
        self._bundled = ""
        self._missing_file = ""
        self._words_format = ""
        self._blank_said: dict[Column, str] = {}
        """What a screen reader says of a cell left blank (it said nothing, or "blank")."""

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

    # -- filling -------------------------------------------------------------------------
    def set_source(self, source: ListingSource | None, notes: dict[str, int], open_key: str | None) -> None:
        """Read the rows again (after a change in the library): the first page in the current order."""
        self._source = source
        self._notes = dict(notes)
        self._open_key = open_key
        self._whole = source.listing_count() if source is not None else 0
        self._reload()

    def set_entries(self, entries: list[Entry], notes: dict[str, int], open_key: str | None) -> None:
        """Rows given outright (no library to ask): sorted and filtered as ``listing`` would."""
        self.set_source(_EntriesSource(entries), notes, open_key)

    def filter_ready(self) -> bool:
        """The source's ``filter_ready``; a source without one (a ``Library`` given outright, as the benchmark
        does) folds what a filter needs as it filters."""
        ready = getattr(self._source, "filter_ready", None)
        return ready is None or bool(ready())

    def set_filter(self, text: str) -> None:
        """Only the articles whose title, source, date or path hold every word (folded as search folds them)."""
        self._words = fold(text).text.split()
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = (Column(column), order)
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._missing = self.tr("(файл жоқ)")
        self._bundled = self.tr("Бағдарламамен бірге келген мақала")
        self._missing_file = self.tr("Файл табылмады: орнын ауыстырған не жойылған болуы мүмкін")
        self._words_format = self.tr("%1 сөз")
        self._blank_said = {Column.NOTES: self.tr("Белгі жоқ"), Column.LAST_READ: self.tr("Әлі оқылмаған")}
        self._rows = []
        self._total = self._source.listing_count(self._words) if self._source is not None else 0
        self._rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[tuple[Entry, tuple[str, ...]]]:
        if self._source is None:
            return []
        column, order = self._sort
        entries = self._source.listing(
            sort=SORT_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder, words=self._words,
            offset=offset, limit=self.PAGE, notes=self._notes,
        )  # fmt: skip
        return [(entry, self._texts(entry)) for entry in entries]

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        rows = self._page(len(self._rows))
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows += rows
        self.endInsertRows()

    # -- reading -------------------------------------------------------------------------
    def entry(self, row: int) -> Entry | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        """The row of an article among those fetched (-1: not fetched, or not there)."""
        return next((row for row, (entry, _texts) in enumerate(self._rows) if entry.id == entry_id), -1)

    def total(self) -> int:
        """How many articles match the filter, fetched or not."""
        return self._total

    def whole(self) -> int:
        """How many articles the library holds, whatever the filter."""
        return self._whole

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

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
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows) or not 0 <= index.column() < COLUMNS:
            return None
        entry, texts = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return texts[index.column()] or self._blank_said.get(Column(index.column()), "")
        if role == Qt.ItemDataRole.DecorationRole and index.column() == Column.TITLE:  # a book's cover
            return covers.icon(entry.path)
        if role == self.EntryIdRole:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts[COLUMNS]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and entry.missing:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and entry.key == self._open_key:
            font = QGuiApplication.font()
            font.setBold(True)
            return font
        return None

    def length_text(self, words: int) -> str:
        """An article's length as the Length column shows it."""
        return (self._words_format or self.tr("%1 сөз")).replace("%1", f"{words:,}".replace(",", "\u202f"))

    def _texts(self, entry: Entry) -> tuple[str, ...]:
        """The row's cells as shown, then its tooltip: made once, when the row is fetched."""
        count = self._notes.get(entry.key, 0)
        where = self._bundled if entry.bundled else entry.path or ""
        missing = "\n" + self._missing_file if entry.missing else ""
        return (
            entry.title + (" " + self._missing if entry.missing else ""),
            entry.source,
            entry.date,
            self.length_text(entry.words),
            f"{round(entry.progress * 100)}%",
            str(count) if count else "",
            _local_time(entry.last_read),
            as_rich_text(f"{entry.title}\n{where}{missing}"),
        )


RIGHT_ALIGNED = frozenset((Column.LENGTH, Column.PROGRESS, Column.NOTES))


class _EntriesSource:
    """Entries in memory, listed as the catalogue lists them (for a window without a library, and tests)."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = list(entries)

    def filter_ready(self) -> bool:
        return True  # a few entries, folded as they are filtered

    def _matching(self, words: Sequence[str]) -> list[Entry]:
        return [e for e in self.entries
                if all(w in fold(" ".join((e.title, e.source, e.date, e.path or ""))).text for w in words)]  # fmt: skip

    def listing(
        self, *, sort: str, descending: bool, words: Sequence[str], offset: int, limit: int, notes: Mapping[str, int]
    ) -> list[Entry]:
        keys: dict[str, Callable[[Entry], object]] = {
            "title": lambda e: e.title.casefold(), "source": lambda e: e.source.casefold(), "date": lambda e: e.date,
            "words": lambda e: e.words, "progress": lambda e: e.progress, "notes": lambda e: notes.get(e.key, 0),
            "last_read": lambda e: e.last_read or "",
        }  # fmt: skip
        rows = sorted(self._matching(words), key=lambda e: (keys[sort](e), e.id), reverse=descending)
        return rows[offset : offset + limit]

    def listing_count(self, words: Sequence[str] = ()) -> int:
        return len(self._matching(words))
