"""The note editor: the words being annotated quoted above a named text field.

Qt's multi-line input dialog names its field after a label tied to another, hidden field,
types a tab character on Tab and offers no key to accept; this dialog quotes the text,
names the field, moves focus on Tab and accepts on Ctrl+Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.lazy_qt import Qt

QUOTE_SHOWN = 300
"""Characters of the annotated text quoted in the dialog (a long passage is cut)."""


class _NoteEditor(QPlainTextEdit):
    """Ctrl+Enter accepts the dialog; Enter starts a new line; Tab leaves the field."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._dialog.accept()
            return
        super().keyPressEvent(event)


class NoteDialog(QDialog):
    """Write or change the note on a highlighted passage."""

    def __init__(self, quote: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Ескертпе"))
        shown = quote if len(quote) <= QUOTE_SHOWN else quote[:QUOTE_SHOWN] + "…"
        self.quote = QLabel(f"«{shown}»", self)
        self.quote.setObjectName("noteQuote")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # the article's words, never markup
        self.quote.setWordWrap(True)
        self.quote.setLocale(QLocale("kk"))  # the article's Kazakh words, in every interface: a Kazakh voice
        self.editor = _NoteEditor(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setPlainText(note)
        self.editor.setAccessibleName(self.tr("Ескертпе"))
        self.editor.setAccessibleDescription(self.tr("Мына мәтінге: %1").replace("%1", shown))
        label = QLabel(self.tr("&Ескертпе (Ctrl+Enter — сақтау):"), self)
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(420, 300)
        self.editor.setFocus()
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)

    def text(self) -> str:
        return self.editor.toPlainText()


def ask_note(parent: QWidget, quote: str, note: str) -> tuple[str, bool]:
    """The note the reader wrote on ``quote`` (starting from ``note``), and whether they accepted it."""
    dialog = NoteDialog(quote, note, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.text(), accepted
    finally:
        dialog.deleteLater()
