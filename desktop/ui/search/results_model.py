"""Search hits as a Qt tree model (grouped by section), and the delegate that draws snippets."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QSize, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from desktop.search import Hit, Level
from desktop.search.grouping import SectionHits, group_by_section
from desktop.search.snippets import make_snippet
from desktop.ui.lazy_qt import Qt
from desktop.ui.plain_text import as_rich_text

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from desktop.content import Article
    from desktop.ui.qt_types import Index

NO_PARENT = 0xFFFFFFFF  # internal id of top-level (section) rows
HITS_PER_FETCH = 200
"""Hit rows a section lists at first, and adds each time the list is scrolled to its end: a
long book's common word has tens of thousands of hits, and the tree view asks for an index of
every listed row when it expands them (Qt's fetchMore, as a view that loads as it scrolls)."""


class SearchResultsModel(QAbstractItemModel):
    """Two levels: a row per section with hits, then one row per hit (a snippet)."""

    HitNumberRole = Qt.ItemDataRole.UserRole + 1
    """For hit rows: the hit's position in document order (what F3 walks through)."""
    SnippetHtmlRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, article: Article, parent=None) -> None:
        super().__init__(parent)
        self._article = article
        self._groups: list[SectionHits] = []
        self._listed: list[int] = []
        """How many of each section's hits are rows now (the rest come with fetchMore)."""
        self._related_label = self.tr("түбірлес сөз")

    def set_hits(self, hits: list[Hit]) -> None:
        """Hits in document order, shown grouped by section in that order."""
        self.beginResetModel()
        self._groups = group_by_section(hits)
        self._listed = [min(len(hits), HITS_PER_FETCH) for _section, hits in self._groups]
        self.endResetModel()

    def index_of_hit(self, number: int) -> QModelIndex:
        """The row of hit ``number``, listing the rows up to it first if it is not listed yet."""
        for row, (_section, hits) in enumerate(self._groups):
            for child_row, (hit_number, _hit) in enumerate(hits):
                if hit_number == number:
                    section = self.index(row, 0)
                    self._list_up_to(section, child_row + 1)
                    return self.index(child_row, 0, section)
        return QModelIndex()

    def canFetchMore(self, parent: Index) -> bool:
        return (
            parent.isValid()
            and parent.internalId() == NO_PARENT
            and self._listed[parent.row()] < len(self._groups[parent.row()][1])
        )

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._list_up_to(parent, self._listed[parent.row()] + HITS_PER_FETCH)

    def _list_up_to(self, section: Index, count: int) -> None:
        row = section.row()
        count = min(count, len(self._groups[row][1]))
        if count > self._listed[row]:
            self.beginInsertRows(section, self._listed[row], count - 1)
            self._listed[row] = count
            self.endInsertRows()

    # -- QAbstractItemModel -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, NO_PARENT) if row < len(self._groups) else QModelIndex()
        if parent.internalId() == NO_PARENT and row < self._listed[parent.row()]:
            return self.createIndex(row, 0, parent.row())
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - QObject.parent() is another overload
        if not index.isValid() or index.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == NO_PARENT:
            return self._listed[parent.row()]
        return 0

    def columnCount(self, _parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The hidden header's name, which a screen reader reads (Qt's own would be "1")."""
        if role == Qt.ItemDataRole.DisplayRole and section == 0:
            return QCoreApplication.translate("SearchResultsModel", "Іздеу нәтижелері")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == NO_PARENT:
            section_id, hits = self._groups[index.row()]
            section = self._article.section(section_id)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section.label} ({len(hits)})"
            if role == Qt.ItemDataRole.ToolTipRole:
                return as_rich_text(section.heading)
            if role == self.HitNumberRole:
                return hits[0][0]
            return None
        number, hit = self._groups[index.internalId()][1][index.row()]
        text = self._article.passages[hit.passage].text
        snippet = make_snippet(text, hit.start, hit.end)
        related = self._related_label if hit.level is Level.FAMILY else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return snippet.plain(("«", "»")) + (f" ({related})" if related else "")
        if role == self.SnippetHtmlRole:
            marked = f"{html.escape(snippet.before)}<b>{html.escape(snippet.match)}</b>{html.escape(snippet.after)}"
            return marked + (f" <i>({html.escape(related)})</i>" if related else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_rich_text(text)
        if role == self.HitNumberRole:
            return number
        return None


def _text_width(option: QStyleOptionViewItem) -> int:
    """One width for measuring and painting a hit row, so wrapped lines never get cut off."""
    view = option.widget
    if isinstance(view, QTreeView):
        return max(120, view.viewport().width() - 2 * view.indentation() - 6)
    return max(120, option.rect.width())


class SnippetDelegate(QStyledItemDelegate):
    """Draws hit rows as rich text (the match in bold); section rows as usual."""

    def document_for(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        """The row's rich text laid out; None for a section row.

        A ``section`` span (a library hit's section name) is quieter than the hit: the theme's muted
        colour, or on a selected row the selection's text colour (muted on it was under 3:1), taken
        from the palette as it is painted, so a theme chosen after the list was made is followed.
        """
        markup = index.data(SearchResultsModel.SnippetHtmlRole)
        if markup is None:
            return None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        quiet = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        document = QTextDocument()
        document.setDefaultStyleSheet(f".section {{ color: {option.palette.color(quiet).name()}; }}")
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(markup)
        document.setTextWidth(_text_width(option))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self.document_for(options, index)
        if document is None:
            super().paint(painter, option, index)
            return
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(options.rect.translated(-options.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self.document_for(options, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class ResultsView(QTreeView):
    """The results tree; hit rows wrap to the panel's width, so a resize lays them out again; Esc goes back."""

    backRequested = Signal()
    """Esc: back to the text (the search and the hit reached stay)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.backRequested.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """End goes to the last hit, not the last listed: the last section lists all of its hits first."""
        model = self.model()
        if action == QAbstractItemView.CursorAction.MoveEnd and model is not None and model.rowCount():
            last = model.index(model.rowCount() - 1, 0)
            while model.canFetchMore(last):
                model.fetchMore(last)
        return super().moveCursor(action, modifiers)
