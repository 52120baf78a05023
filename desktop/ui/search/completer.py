"""The words of the text offered under the search box as the reader types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit

from desktop.ui.lazy_qt import Qt
from desktop.ui.plain_text import as_rich_text

if TYPE_CHECKING:
    from desktop.search import Completion


class WordCompleter(QCompleter):
    """Words of the text under the search box as the reader types: each word once, with its forms and count.

    Filled by the window from the search index (grouped by word, which QCompleter's own
    prefix filtering cannot do), so the popup shows the model as given. The last word of
    the query is completed; choosing an entry replaces it with the word that finds all
    its forms.
    """

    WordRole = Qt.ItemDataRole.UserRole + 1
    FormsRole = Qt.ItemDataRole.UserRole + 2
    MAX_FORMS_SHOWN = 3

    wordChosen = Signal(str)
    """The whole query with its last word replaced by the chosen one."""

    def __init__(self, box: QLineEdit) -> None:
        super().__init__(box)
        self._box = box
        self.words = QStandardItemModel(self)
        self.setModel(self.words)
        self.setWidget(box)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(8)
        self.popup_list.setObjectName("searchCompletions")
        self.popup_list.setStyleSheet("QListView::item { padding: 4px 6px; }")
        self.popup_list.setAccessibleName(self.tr("Мәтіндегі сөздер"))
        self.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]  # the index overload
        self._keys = _PopupKeys(self)
        self.popup_list.installEventFilter(self._keys)  # after QCompleter's own filter, so it asks first

    @property
    def popup_list(self) -> QAbstractItemView:
        """The popup list (QCompleter always has one once a model is set)."""
        popup = self.popup()
        assert popup is not None
        return popup

    @staticmethod
    def last_word(text: str) -> str:
        return "" if not text or text[-1].isspace() else text.rsplit(maxsplit=1)[-1].lstrip('"«')

    def show_completions(self, entries: list[Completion]) -> None:
        self.words.clear()
        self.popup_list.setFont(self._box.font())
        for entry in entries:
            forms = [form for form in entry.forms if form != entry.word][: self.MAX_FORMS_SHOWN]
            more = "…" if len(entry.forms) - (entry.word in entry.forms) > len(forms) else ""
            label = f"{entry.word}  ·  {entry.occurrences}" + (f"  ·  {', '.join(forms)}{more}" if forms else "")
            item = QStandardItem(label)
            item.setData(self._spoken(entry.word, entry.occurrences, forms), Qt.ItemDataRole.AccessibleTextRole)
            item.setData(entry.word, self.WordRole)
            item.setData(list(entry.forms), self.FormsRole)
            item.setToolTip(as_rich_text(", ".join(entry.forms)))
            item.setEditable(False)
            self.words.appendRow(item)
        if entries:
            self.complete()
        else:
            self.popup_list.hide()

    def _spoken(self, word: str, occurrences: int, forms: list[str]) -> str:
        """An entry as a screen reader says it: the dots and the bare count drawn are no words."""
        if forms:
            spoken = self.tr("%1, мәтінде %2 рет: %3").replace("%3", ", ".join(forms))
        else:
            spoken = self.tr("%1, мәтінде %2 рет")
        return spoken.replace("%2", str(occurrences)).replace("%1", word)

    def _on_activated(self, index: QModelIndex) -> None:
        word = index.data(self.WordRole)
        if not word:
            return
        text = self._box.text()
        typed = self.last_word(text)
        self.wordChosen.emit(text[: len(text) - len(typed)] + word)


class _PopupKeys(QObject):
    """The keyboard on the open list: Enter or Tab takes the word chosen with the arrows, Esc only closes.

    QCompleter's own handling hands Enter and Esc on to the search box as well, so the typed
    prefix was searched and Esc cleared the whole search.
    """

    ACCEPT = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})

    def __init__(self, completer: WordCompleter) -> None:
        super().__init__(completer)
        self._completer = completer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        popup = self._completer.popup_list
        if key == Qt.Key.Key_Escape:
            popup.hide()
            return True
        if key not in self.ACCEPT:
            return False
        current = popup.currentIndex()
        popup.hide()
        if current.isValid() and popup.selectionModel().isSelected(current):
            self._completer._on_activated(current)
        elif key != Qt.Key.Key_Tab:
            box = self._completer.widget()
            if box is not None:
                QCoreApplication.sendEvent(box, event)  # Enter searches what was typed
        return True
