"""The notes panel: the article's highlights, notes and bookmarks in document order, filtered.

A list model over the annotations controller (no copy of the data), a filter by kind, colour
and text, a click that goes to the place, F2 that renames a bookmark in place, and Delete that
removes (both undoable with Ctrl+Z, and both in the list's context menu).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import themes
from desktop.ui.accessibility import name_line_edit_buttons
from desktop.ui.annotations import color_names, describe
from desktop.ui.lazy_qt import Qt
from desktop.ui.plain_text import as_rich_text

if TYPE_CHECKING:
    from desktop.content import Article
    from desktop.ui.annotations import AnnotationsController
    from desktop.ui.qt_types import Index
    from desktop.userdata.annotations import Annotation

SNIPPET_LENGTH = 80


class AnnotationListModel(QAbstractListModel):
    """One row per annotation that passes the filter; the text of each row is plain."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    PassageRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, controller: AnnotationsController, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._article = article
        self._rows: list[Annotation] = []
        self.kind = "all"  # all, highlight, note, bookmark
        self.color = ""  # "" for any
        self.text = ""
        self.theme_colors = themes.ANNOTATION_COLORS[themes.Theme.LIGHT]
        self.refresh()

    def set_article(self, article: Article) -> None:
        self._article = article
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        from desktop.search.normalize import fold

        needle = fold(self.text).text
        self._rows = [
            annotation
            for annotation in self._controller.annotations
            if (self.kind in ("all", annotation.kind) or (self.kind == "note" and annotation.note))
            and (not self.color or annotation.color == self.color)
            and (not needle or all(word in self._haystack(annotation) for word in needle.split()))
        ]
        self.endResetModel()

    @staticmethod
    def _haystack(annotation: Annotation) -> str:
        from desktop.search.normalize import fold

        return fold(f"{annotation.quote} {annotation.note} {annotation.name}").text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        annotation = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(annotation)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the colour is only seen: said in words
            return f"{describe(annotation)}: {self._label(annotation)}"
        if role == Qt.ItemDataRole.EditRole:
            return self._label(annotation) if annotation.kind == "bookmark" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_rich_text(annotation.note or annotation.quote)
        if role == Qt.ItemDataRole.DecorationRole and annotation.color:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(self.theme_colors.get(annotation.color, "#cccccc")))
            return QIcon(pixmap)
        if role == self.IdRole:
            return annotation.uuid
        if role == self.PassageRole:
            return annotation.passage
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and 0 <= index.row() < len(self._rows) and self._rows[index.row()].kind == "bookmark":
            flags |= Qt.ItemFlag.ItemIsEditable  # a bookmark's name is the reader's; highlights quote the text
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename a bookmark (an undoable change in the store); an empty name keeps the old one."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        annotation = self._rows[index.row()]
        name = " ".join(str(value).split())  # one line: the name is shown in a menu and a list row
        if annotation.kind != "bookmark" or not name or name == self._label(annotation):
            return False
        text = QCoreApplication.translate("NotesPanel", "Бетбелгінің атын өзгерту")
        # Queued: the change resets this model, which must not happen while the view's editor
        # is still handing its text over (Qt aborts if the editor is deleted under it).
        QTimer.singleShot(0, self, lambda: self._controller.change(annotation.uuid, text, name=name))
        return True

    def _label(self, annotation: Annotation) -> str:
        section = next((s.label for s in self._article.sections if s.id == annotation.section_id), "")
        if annotation.kind == "bookmark":
            return annotation.name or f"{section}: {annotation.quote}"
        quote = annotation.quote if len(annotation.quote) <= SNIPPET_LENGTH else annotation.quote[:SNIPPET_LENGTH] + "…"
        lost = "" if annotation.found else " " + QCoreApplication.translate("NotesPanel", "(бұл нұсқада табылмады)")
        note = f" — {annotation.note}" if annotation.note else ""
        return f"{section}: «{quote}»{lost}{note}"


class _List(QListView):
    deleteRequested = Signal()
    """Delete was pressed (or chosen in the context menu) on the current row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        menu = self.context_menu(index)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, index: QModelIndex) -> QMenu:
        """Rename (bookmarks) and delete, for the row under the pointer."""
        menu = QMenu(self)
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            rename = menu.addAction(self.tr("Атын өзгерту…"))
            rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
            rename.triggered.connect(lambda: self.edit(index))
        remove = menu.addAction(self.tr("Өшіру"))
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.triggered.connect(self.deleteRequested)
        return menu


class NotesPanel(QWidget):
    """Filters above, the annotations below; a click goes there."""

    placeChosen = Signal(str)
    """The reader chose an annotation (its id)."""

    def __init__(self, controller: AnnotationsController, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = AnnotationListModel(controller, article, self)
        self.filter_text = QLineEdit(self)
        self.filter_text.setPlaceholderText(self.tr("Белгілерден іздеу…"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setAccessibleName(self.tr("Белгілерді сүзу"))
        name_line_edit_buttons(self.filter_text)
        self.kind = QComboBox(self)
        for kind, name in (
            ("all", self.tr("Барлығы")),
            ("highlight", self.tr("Белгілер")),
            ("note", self.tr("Ескертпелер")),
            ("bookmark", self.tr("Бетбелгілер")),
        ):
            self.kind.addItem(name, kind)
        self.color = QComboBox(self)
        self.color.addItem(self.tr("Кез келген түс"), "")
        for color, name in color_names().items():
            self.color.addItem(name, color)
        self.view = _List(self)
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)  # one line a row: ten thousand rows lay out at once
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2; a click goes there
        self.view.setAccessibleName(self.tr("Белгілер, ескертпелер және бетбелгілер"))
        filters = QHBoxLayout()
        for label_text, combo in ((self.tr("Тү&рі:"), self.kind), (self.tr("Т&үсі:"), self.color)):
            label = QLabel(label_text, self)  # names the list for screen readers, which read a list by its value
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_text)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.filter_text.textChanged.connect(self._on_filter)
        self.kind.currentIndexChanged.connect(self._on_filter)
        self.color.currentIndexChanged.connect(self._on_filter)
        self.view.clicked.connect(self._on_chosen)
        self.view.activated.connect(self._on_chosen)
        self.view.deleteRequested.connect(self._on_delete)
        controller.changed.connect(self.model.refresh)
        controller.changedOne.connect(lambda _key, _annotation: self.model.refresh())

    def _on_filter(self, *_args: object) -> None:
        self.model.text = self.filter_text.text()
        self.model.kind = self.kind.currentData()
        self.model.color = self.color.currentData()
        self.model.refresh()

    def _on_chosen(self, index: QModelIndex) -> None:
        self.placeChosen.emit(self.model.data(index, AnnotationListModel.IdRole))

    def _on_delete(self) -> None:
        key = self.model.data(self.view.currentIndex(), AnnotationListModel.IdRole)
        if isinstance(key, str):
            self._controller.delete(key)
