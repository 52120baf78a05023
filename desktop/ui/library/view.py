"""The library page: every article in a table, filtered as the reader types, sorted by date, title or last read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons
from desktop.ui.accessibility import name_line_edit_buttons
from desktop.ui.lazy_qt import Qt
from desktop.ui.library.model import Column, LibraryModel

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QResizeEvent

    from desktop.library import Entry
    from desktop.ui.library.model import ListingSource

SORTS = ((Column.DATE, Qt.SortOrder.DescendingOrder), (Column.TITLE, Qt.SortOrder.AscendingOrder),
         (Column.LAST_READ, Qt.SortOrder.DescendingOrder))  # fmt: skip
"""The sort menu's choices: newest first, by title, most recently read first."""


COUNT_READ_OUT_MS = 500
FILTER_WAIT_MS = 30
"""How often a filter typed while the titles are still folded looks again (the folding goes on in between)."""
MIN_TITLE_LETTERS = 32
MIN_FILTER_LETTERS = 28
SORT_LETTERS = 14
ICON_BUTTON_ROOM = 48
"""A button's icon, margins and frame beside its words, in pixels."""
BAR_SPACING = 60
"""The margins and spaces between the bar's controls, in pixels."""


def _number(value: int) -> str:
    """A count as the Length column writes one: thousands apart by a narrow space."""
    return f"{value:,}".replace(",", "\u202f")


class _Table(QTableView):
    """Enter opens, Delete removes, Esc goes back to the text; a right click offers both."""

    openRequested = Signal(QModelIndex)
    removeRequested = Signal(QModelIndex)
    backRequested = Signal()
    typed = Signal(str)
    """Letters typed on the table: they filter it (the filter field takes them and the focus)."""

    def keyboardSearch(self, search: str) -> None:
        self.typed.emit(search)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End (with Ctrl or without: a row is chosen whole) go to the first and the last article.

        The rows are read a page at a time (``LibraryModel``): End reads the rest first, so it goes to the
        library's last article, not to the last row read so far (in a library of 10,000, the 200th).
        """
        model = self.model()
        column = max(self.currentIndex().column(), 0)
        if action == QAbstractItemView.CursorAction.MoveHome:
            return model.index(0, column)
        if action == QAbstractItemView.CursorAction.MoveEnd:
            while model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
            return model.index(model.rowCount() - 1, column)
        return super().moveCursor(action, modifiers)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_titles()

    def fit_titles(self) -> None:
        """The titles fill what the other columns leave, but never fewer than MIN_TITLE_LETTERS letters.

        Stretched alone, a small window (or the search results beside the page) cut them to a few
        letters; a page narrower than that scrolls sideways to the other columns instead.
        """
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != Column.TITLE and not header.isSectionHidden(column)
        )
        least = self.fontMetrics().averageCharWidth() * MIN_TITLE_LETTERS
        if self.viewport().width() - others >= least:
            header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(Column.TITLE, least)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex())
        elif event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.removeRequested.emit(self.currentIndex())
        elif event.key() == Qt.Key.Key_Escape:
            self.backRequested.emit()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        menu = self.context_menu(index)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, index: QModelIndex) -> QMenu:
        """Read or remove the article under the pointer (a bundled one cannot be removed)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Оқу"), lambda: self.openRequested.emit(index))
        remove = menu.addAction(self.tr("Кітапханадан алып тастау"), lambda: self.removeRequested.emit(index))
        model = self.model()
        entry = model.entry(index.row()) if isinstance(model, LibraryModel) else None
        remove.setEnabled(entry is not None and not entry.bundled)
        return menu


class _Filter(QLineEdit):
    """Down (or Page Down) goes into the list, Enter opens its chosen article, Esc clears, then goes back."""

    listRequested = Signal()
    openRequested = Signal()
    backRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.listRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit()
        elif key == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif key == Qt.Key.Key_Escape:
            self.backRequested.emit()
        else:
            super().keyPressEvent(event)


class LibraryView(QWidget):
    """Filter and sort above, the articles below; the buttons add files and folders."""

    articleChosen = Signal(int)
    """The reader chose an article to read (its id)."""
    removeRequested = Signal(int)
    addFilesRequested = Signal()
    addFolderRequested = Signal()
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.filter_text = _Filter(self)
        self.filter_text.setObjectName("libraryFilter")
        self.filter_text.setPlaceholderText(self.tr("Кітапханадан сүзу: атауы, дереккөзі, күні…"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setAccessibleName(self.tr("Кітапхананы сүзу"))
        name_line_edit_buttons(self.filter_text)
        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Сұрыптау"))
        sort_label = QLabel(self.tr("&Сұрыптау:"), self)  # names the list: a screen reader reads a list by its value
        sort_label.setBuddy(self.sort)
        self._sort_label = sort_label
        for name in (self.tr("Жаңасы алдымен"), self.tr("Атауы бойынша"), self.tr("Соңғы оқылғаны алдымен")):
            self.sort.addItem(name)
        self.sort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sort.setMinimumContentsLength(SORT_LETTERS)  # its list shows each choice whole
        self.add_button = QPushButton(icons.icon("fa6s.file-circle-plus", "#888888"), self.tr("Файл қосу…"), self)
        self.add_folder_button = QPushButton(icons.icon("fa6s.folder-plus", "#888888"), self.tr("Қалта қосу…"), self)
        self._button_texts = {button: button.text() for button in (self.add_button, self.add_folder_button)}
        for button, text in self._button_texts.items():
            button.setAccessibleName(text)  # also when the button shows its icon alone
            button.setToolTip(text)
        self.table = _Table(self)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Кітапханадағы мақалалар"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # one Tab stop: arrows move inside, Tab leaves
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self._size_columns()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("libraryEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.hint = QLabel(
            self.tr("Мақала файлдарын (.md, .txt, .html, .epub) не қалтаны терезеге сүйреп әкеліңіз."), self
        )
        self.hint.setObjectName("libraryHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # drawn in the muted colour of the theme
        self.count = QLabel(self)
        self.count.setObjectName("libraryCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self._filter_wait = QTimer(self)
        self._filter_wait.setSingleShot(True)
        self._filter_wait.setInterval(FILTER_WAIT_MS)
        self._filter_wait.timeout.connect(lambda: self._on_filter(self.filter_text.text()))
        self._count_timer = QTimer(self)
        """A filter's count is read out once the reader pauses typing, not at every letter."""
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_READ_OUT_MS)
        self._count_timer.timeout.connect(self._read_out_count)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_text, 1)
        bar.addWidget(sort_label)
        bar.addWidget(self.sort)
        bar.addWidget(self.add_button)
        bar.addWidget(self.add_folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        below = QHBoxLayout()
        below.addWidget(self.hint, 1)
        below.addWidget(self.count)
        layout.addLayout(below)

        self.filter_text.textChanged.connect(self._on_filter)
        self.sort.currentIndexChanged.connect(self._on_sort)
        self.add_button.clicked.connect(self.addFilesRequested)
        self.add_folder_button.clicked.connect(self.addFolderRequested)
        self.table.doubleClicked.connect(self._on_open)
        self.table.openRequested.connect(self._on_open)
        self.table.removeRequested.connect(self._on_remove)
        self.table.backRequested.connect(self.backRequested)
        self.table.typed.connect(self._type_into_filter)
        self.filter_text.listRequested.connect(self._into_list)
        self.filter_text.openRequested.connect(lambda: self._on_open(self._chosen()))
        self.filter_text.backRequested.connect(self.backRequested)
        self._on_sort(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_bar()

    def _fit_bar(self) -> None:
        """The add buttons show their icons alone when their words would leave the filter too little room.

        In a small window, or beside the search results, the filter was squeezed to a few letters
        (Russian's labels are the longest); the buttons keep their names and tooltips.
        """
        least = self.filter_text.fontMetrics().averageCharWidth() * MIN_FILTER_LETTERS
        words = sum(button.fontMetrics().horizontalAdvance(text) for button, text in self._button_texts.items())
        rest = least + self.sort.minimumSizeHint().width() + self._sort_label.sizeHint().width() + BAR_SPACING
        icons_only = self.width() - rest < words + ICON_BUTTON_ROOM * len(self._button_texts)
        for button, text in self._button_texts.items():
            button.setText("" if icons_only else text)

    def _size_columns(self) -> None:
        """Widths from the font and the longest text each column can hold, not from the rows.

        Sizing columns to their contents asks every row for every cell's text and font, again
        on each change (30,000 calls of data() for 200 rows): the page's start would grow with
        the library.
        """
        metrics = self.table.fontMetrics()
        bold = self.table.font()
        bold.setBold(True)
        widest = {
            Column.SOURCE: "W" * 10, Column.DATE: "2025-11-15", Column.PROGRESS: "100%", Column.NOTES: "888",
            Column.LENGTH: self.model.length_text(88_888), Column.LAST_READ: "2025-11-15 88:88",
        }  # fmt: skip
        header = self.table.horizontalHeader()
        for column, sample in widest.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), QFontMetrics(bold).horizontalAdvance(title))
            header.resizeSection(column, width + 24)

    def _id(self, index: QModelIndex) -> int | None:
        value = self.model.data(index, LibraryModel.EntryIdRole)
        return value if isinstance(value, int) else None

    def _on_open(self, index: QModelIndex) -> None:
        entry_id = self._id(index)
        if entry_id is not None:
            self.articleChosen.emit(entry_id)

    def _on_remove(self, index: QModelIndex) -> None:
        entry_id = self._id(index)
        if entry_id is not None:
            self.removeRequested.emit(entry_id)

    def _chosen(self) -> QModelIndex:
        """The article the table has chosen: its current row, or its first once a filter changed the rows."""
        current = self.table.currentIndex()
        return current if current.isValid() else self.model.index(0, 0)

    def _into_list(self) -> None:
        if self.table.isVisible():
            self.table.setCurrentIndex(self._chosen())
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _type_into_filter(self, text: str) -> None:
        self.filter_text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.filter_text.insert(text)

    def _on_sort(self, choice: int) -> None:
        column, order = SORTS[choice]
        self.table.sortByColumn(column, order)

    def _on_filter(self, text: str) -> None:
        if text.split() and not self.model.filter_ready():  # the titles are still being folded: soon
            self._filter_wait.start()
            return
        self._filter_wait.stop()
        self.model.set_filter(text)
        self._show_empty_state()
        self._count_timer.start()

    def _show_empty_state(self) -> None:
        """The table, or what a filter that matches nothing says; and how many articles are listed."""
        filtered = bool(self.filter_text.text().split())
        nothing = self.model.total() == 0 and filtered
        self.empty_label.setText(self.tr("«%1» бойынша мақала жоқ").replace("%1", self.filter_text.text()))
        self.empty_label.setVisible(nothing)
        self.table.setVisible(not nothing)
        if filtered:
            count = self.tr("%1 мақала, барлығы %2").replace("%2", _number(self.model.whole()))
        else:
            count = self.tr("%1 мақала")
        self.count.setText(count.replace("%1", _number(self.model.total())))
        self.table.setAccessibleDescription(self.count.text())  # said as the table is reached

    def _read_out_count(self) -> None:
        """What a filter left, read out: the table's rows change under the reader without a word."""
        from desktop.ui.accessibility import announce

        announce(self.filter_text, self.empty_label.text() if self.empty_label.isVisible() else self.count.text())

    def show_entries(self, entries: list[Entry], notes: dict[str, int], open_key: str | None) -> None:
        """Fill the table from entries in memory (no library to ask), keeping the selected article selected."""
        current = self._id(self.table.currentIndex())
        self.model.set_entries(entries, notes, open_key)
        self._select(current, open_key)

    def show_library(self, source: ListingSource, notes: dict[str, int], open_key: str | None) -> None:
        """Show the library's articles (read again: something changed), keeping the selected article selected."""
        current = self._id(self.table.currentIndex())
        self.model.set_source(source, notes, open_key)
        self._select(current, open_key)

    def _select(self, current: int | None, open_key: str | None) -> None:
        row = self.model.row_of(current if current is not None else -1)
        if row < 0:
            keys = [self.model.entry(row).key for row in range(self.model.rowCount())]  # type: ignore[union-attr]
            row = keys.index(open_key) if open_key in keys else 0
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
        self._show_empty_state()

    def focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
