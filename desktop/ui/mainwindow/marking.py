"""Highlighting and notes from the window: the selection, the context menu, the note dialog.

A part of the window with a narrow interface: it is given the window (as its dialogs' parent),
the annotations, the reading pane, the preferences, the files part (save dialogs), what is open
now and the theme; it says by signals what to show in the status bar or read out.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Signal
from PySide6.QtWidgets import QMainWindow

from desktop.content.export import citation
from desktop.content.model import PassageKind
from desktop.ui import themes
from desktop.ui.annotations import color_names
from desktop.ui.plain_text import as_rich_text
from desktop.ui.reading_pane import Mark

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtWidgets import QMenu

    from desktop.content.export import ExportMark
    from desktop.content.shown import ShownArticle
    from desktop.ui.annotations import AnnotationsController
    from desktop.ui.mainwindow.files import Files, OpenArticle
    from desktop.ui.preferences import Preferences
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.selection_bar import SelectionBar
    from desktop.ui.themes import Theme
    from desktop.userdata.annotations import Annotation


def export_marks(annotations: AnnotationsController, preferences: Preferences, shown: ShownArticle) -> list[ExportMark]:
    """The open article's highlights for an export or a printout (paper colours), when the reader wants them."""
    if not preferences.export_highlights:
        return []
    from desktop.userdata.notes_io import export_marks

    return export_marks(annotations.settled(), shown.latin_spans)


class Marking(QObject):
    """Highlights, notes and bookmarks on the reading pane: the floating bar, the context menu, the note dialog."""

    told = Signal(str, int)
    """A short message for the status bar (and screen readers), with how long it shows in ms."""
    announced = Signal(str)
    """A message for screen readers only (the highlight the caret moved into)."""
    wordCardAsked = Signal(object)
    """The word card for a displayed place (passage, offset) was asked for in the context menu."""

    def __init__(
        self,
        window: QMainWindow,
        annotations: AnnotationsController,
        pane: ReadingPane,
        *,
        preferences: Preferences,
        files: Files,
        current: Callable[[], OpenArticle],
        theme: Callable[[], Theme],
    ) -> None:
        super().__init__(window)
        self.annotations = annotations
        self._pane = pane
        self._preferences = preferences
        self._files = files
        self._current = current
        self._theme_now = theme

    @property
    def _window(self) -> QMainWindow:
        """The window is asked as the parent, not kept: a reference back would keep a closed window alive."""
        window = self.parent()
        assert isinstance(window, QMainWindow)
        return window

    @property
    def shown(self) -> ShownArticle:
        """The open article as shown (offsets on screen go through it to the article as written)."""
        return self._current().shown

    @property
    def _theme(self) -> Theme:
        return self._theme_now()

    def tell(self, message: str, timeout_ms: int = 4000) -> None:
        self.told.emit(message, timeout_ms)

    def _to_written(self, passage: int, start: int, end: int) -> tuple[int, int]:
        """Offsets in the displayed text back to the article as written (the store keeps those)."""
        return self.shown.written_span(passage, start, end)

    def paint_marks(self) -> None:
        """Draw the open article's highlights, in the displayed alphabet and the theme's colours."""
        palette = themes.ANNOTATION_COLORS[themes.resolve(self._theme)]
        marks = [self._mark_of(annotation, palette) for annotation in self.annotations.annotations]
        self._pane.set_marks([mark for mark in marks if mark is not None])

    def paint_one_mark(self, key: str, annotation: Annotation | None) -> None:
        """One highlight added, changed or removed: only it is drawn again."""
        palette = themes.ANNOTATION_COLORS[themes.resolve(self._theme)]
        self._pane.update_mark(key, self._mark_of(annotation, palette) if annotation is not None else None)

    def _mark_of(self, annotation: Annotation, palette: dict[str, str]) -> Mark | None:
        """How the pane draws an annotation: a highlight found in this text, in the displayed alphabet."""
        if not annotation.found or annotation.kind != "highlight":
            return None
        start, end = self.shown.shown_span(annotation.passage, annotation.start, annotation.end)
        color = palette[annotation.color or "yellow"]
        return Mark(
            annotation.passage, start, end, color, annotation.style == "underline", annotation.note, annotation.uuid
        )

    def export_marks(self) -> list[ExportMark]:
        """The highlights for an HTML or PDF export or a printout (paper colours), when the reader wants them."""
        return export_marks(self.annotations, self._preferences, self.shown)

    def bookmark_here(self) -> None:
        """Bookmark the passage at the top of the view, named by its section and first words."""
        pane = self._pane
        place = pane.position_of(pane.cursorForPosition(pane.viewport().rect().topLeft()).position())
        passage = place[0] if place else 0
        shown = self.shown.text.passages[passage]
        if shown.kind is PassageKind.HEADING:
            name = shown.text  # the heading names its place; "label: heading" would say it twice
        else:
            name = f"{self.shown.text.section(shown.section_id).label}: {' '.join(shown.text.split()[:6])}"
        self.annotations.add_bookmark(passage, name)
        self.tell(QCoreApplication.translate("MainWindow", "Бетбелгі қойылды: %1").replace("%1", name))

    def fill_bookmarks_menu(self, menu: QMenu) -> None:
        """Өту → Бетбелгілер: the article's bookmarks in document order; choosing one goes there."""
        menu.clear()
        marks = [a for a in self.annotations.annotations if a.kind == "bookmark" and a.found]
        for annotation in marks:
            action = menu.addAction(annotation.name or annotation.quote)
            action.triggered.connect(partial(self.go_to_bookmark, annotation.passage))
        if not marks:
            menu.addAction(QCoreApplication.translate("MainWindow", "(бос)")).setEnabled(False)

    def go_to_bookmark(self, passage: int) -> None:
        """The bookmarked passage at the top of the view, with the caret at its start."""
        self._pane.caret_to_passage(passage)
        self._pane.scroll_passage_to_top(passage)

    def highlight_selection(self, color: str = "yellow", style: str = "highlight") -> bool:
        span = self._pane.selected_span()
        if span is None:
            self.tell(QCoreApplication.translate("MainWindow", "Алдымен мәтіннен бір бөлікті белгілеңіз"))
            return False
        passage, start, end = span
        start, end = self._to_written(passage, start, end)
        self.annotations.add_highlight(passage, start, end, color, style)
        return True

    # -- the floating bar over selected words or a clicked highlight --------------------------
    _selection_bar: SelectionBar | None = None
    _bar_key: str | None = None
    """The highlight the bar acts on; None: the selected words."""

    @property
    def selection_bar(self) -> SelectionBar:
        """Built the first time words are selected, so start-up does not pay for it."""
        if self._selection_bar is None:
            from desktop.ui.selection_bar import SelectionBar

            bar = SelectionBar(color_names(), self._pane.viewport())
            bar.colorChosen.connect(self._bar_color)
            bar.underlineChosen.connect(lambda: self._bar_color("yellow", "underline"))
            bar.noteRequested.connect(self._bar_note)
            bar.copyRequested.connect(self._bar_copy)
            bar.deleteRequested.connect(self._bar_delete)
            self._selection_bar = bar
        return self._selection_bar

    def offer_bar_for_selection(self, words: QRect) -> None:
        self._bar_key = None
        self._show_bar(words, on_highlight=False)

    def offer_bar_for_mark(self, key: str, words: QRect) -> None:
        self._bar_key = key
        self._show_bar(words, on_highlight=True)

    def _show_bar(self, words: QRect, *, on_highlight: bool) -> None:
        bar = self.selection_bar
        bar.set_colors(themes.ANNOTATION_COLORS[themes.resolve(self._theme)])
        bar.show_at(words, on_highlight=on_highlight)

    def hide_bar(self) -> None:
        if self._selection_bar is not None:
            self._selection_bar.hide()

    def _bar_color(self, color: str, style: str = "highlight") -> None:
        key = self._bar_key
        if key is None:
            self.highlight_selection(color, style)
        else:
            change = QCoreApplication.translate("MainWindow", "Түсін өзгерту")
            self.annotations.change(key, change, color=color, style=style)
        self.hide_bar()

    def _bar_note(self) -> None:
        self.hide_bar()
        if self._bar_key is None:
            self.edit_note()
        else:
            self._edit_note_of(self._bar_key)

    def _bar_copy(self) -> None:
        self.hide_bar()
        if self._bar_key is None:
            self._pane.copy()  # with the citation, as Ctrl+C copies
        else:
            self._copy_mark(self._bar_key)

    def _bar_delete(self) -> None:
        self.hide_bar()
        if self._bar_key is not None:
            self.annotations.delete(self._bar_key)

    def _mark_under_caret(self) -> Mark | None:
        position = self._pane.selection_start()  # in the book: a selection may start outside a book's window
        return self._pane.mark_at(*position) if position else None

    _caret_mark: str | None = None
    """The highlight the caret was last in (a screen reader is told when it moves into another)."""

    def on_caret_moved(self) -> None:
        """The caret moved into a highlight by the keyboard: say its kind, colour and note (only seen otherwise)."""
        if not self._pane.hasFocus():
            return
        mark = self._mark_under_caret()
        key = mark.key if mark is not None else None
        if key == self._caret_mark:
            return
        self._caret_mark = key
        annotation = self.annotations.find(key) if key is not None else None
        if annotation is not None:
            from desktop.ui.annotations import describe

            self.announced.emit(describe(annotation) + (f": {annotation.note}" if annotation.note else ""))

    def edit_note(self) -> None:
        """The note of the highlight at the caret; selected words are highlighted once a note is accepted."""
        mark = self._mark_under_caret()
        if mark is not None:
            self._edit_note_of(mark.key)
            return
        span = self._pane.selected_span()
        if span is None:
            self.highlight_selection()  # says to select some text first
            return
        passage, start, end = span
        text, accepted = self._ask_note(self.shown.shown_words(passage, start, end), "")
        if not accepted or not self.highlight_selection():
            return  # cancelled: nothing is highlighted
        mark = self._mark_under_caret()
        if mark is not None and text:
            self.annotations.change(mark.key, QCoreApplication.translate("MainWindow", "Ескертпе"), note=text)

    def show_text_menu(self, point: QPoint) -> None:
        menu = self.text_menu(point)
        menu.exec(self._pane.viewport().mapToGlobal(point))
        menu.deleteLater()

    def text_menu(self, point: QPoint) -> QMenu:
        """The reading pane's context menu: copying, and highlighting what is selected or under the pointer."""
        pane = self._pane
        menu = pane.createStandardContextMenu(point)
        at = pane.position_of(pane.cursorForPosition(point).position())
        mark = pane.mark_at(*at) if at else None
        names = color_names()
        menu.addSeparator()
        if at is not None:
            menu.addAction(
                QCoreApplication.translate("MainWindow", "Бұл сөз туралы"), lambda: self.wordCardAsked.emit(at)
            )
        if pane.selected_span() is not None and mark is None:
            highlight = menu.addMenu(QCoreApplication.translate("MainWindow", "Белгілеу"))
            for color, name in names.items():
                highlight.addAction(name, partial(self.highlight_selection, color))
            highlight.addAction(
                QCoreApplication.translate("MainWindow", "Астын сызу"),
                lambda: self.highlight_selection("yellow", "underline"),
            )
            menu.addAction(QCoreApplication.translate("MainWindow", "Ескертпе қосу…"), self.edit_note)
        if mark is not None:
            key = mark.key
            recolor = menu.addMenu(QCoreApplication.translate("MainWindow", "Түсі"))
            change = QCoreApplication.translate("MainWindow", "Түсін өзгерту")
            for color, name in names.items():
                recolor.addAction(name, partial(self.annotations.change, key, change, color=color, style="highlight"))
            recolor.addAction(
                QCoreApplication.translate("MainWindow", "Астын сызу"),
                lambda: self.annotations.change(key, change, style="underline"),
            )
            menu.addAction(QCoreApplication.translate("MainWindow", "Ескертпе…"), lambda: self._edit_note_of(key))
            menu.addAction(
                QCoreApplication.translate("MainWindow", "Дереккөзімен көшіру"), lambda: self._copy_mark(key)
            )
            menu.addAction(
                QCoreApplication.translate("MainWindow", "Белгіні өшіру"), lambda: self.annotations.delete(key)
            )
        return menu

    def _edit_note_of(self, key: str) -> None:
        annotation = self.annotations.find(key)
        if annotation is None:
            return
        text, accepted = self._ask_note(self._shown_quote(annotation), annotation.note)
        if accepted and text != annotation.note:
            self.annotations.change(key, QCoreApplication.translate("MainWindow", "Ескертпе"), note=text)

    def _shown_quote(self, annotation: Annotation) -> str:
        """An annotation's words as the reader sees them (in the displayed alphabet)."""
        if not annotation.found:
            return annotation.quote
        return self.shown.shown_words(
            annotation.passage, *self.shown.shown_span(annotation.passage, annotation.start, annotation.end)
        )

    def _ask_note(self, quote: str, note: str) -> tuple[str, bool]:
        from desktop.ui.note_dialog import ask_note  # a dialog: loaded when first needed, not at start-up

        return ask_note(self._window, quote, note)

    def _copy_mark(self, key: str) -> None:
        annotation = self.annotations.find(key)
        if annotation is None:
            return
        quote = self._shown_quote(annotation)
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(f"{quote}\n\n{citation(self.shown.text)}")

    def export_notes_dialog(self) -> None:
        """File → Export notes: Markdown, HTML or JSON (which Import reads back)."""
        filters = {
            QCoreApplication.translate("MainWindow", "Markdown (*.md)"): "markdown",
            QCoreApplication.translate("MainWindow", "HTML (*.html)"): "html",
            QCoreApplication.translate("MainWindow", "JSON (*.json)"): "json",
        }
        title = QCoreApplication.translate("MainWindow", "Белгілерді экспорттау")
        chosen = self._files.ask_save_path(title, "oqyrman-notes.md", filters)
        if chosen:
            self.export_notes_to(*chosen)

    def export_notes_to(self, path: Path, fmt: str) -> bool:
        from desktop.content import atomic
        from desktop.userdata import notes_io

        try:
            atomic.check_not_source(path, self._current().source)
            atomic.write_text(path, notes_io.EXPORTERS[fmt](self._current().article, self.annotations.settled()))
        except OSError as error:
            return self._files.report_write(path, error)
        return self._files.report_write(path, None)

    def import_notes_dialog(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self._window,
            QCoreApplication.translate("MainWindow", "Белгілерді импорттау"),
            "",
            QCoreApplication.translate("MainWindow", "Oqyrman белгілері (*.json)"),
        )
        if path:
            self.import_notes_from(Path(path))

    def import_notes_from(self, path: Path) -> int | None:
        """Merge a JSON export: nothing twice, all or nothing; a bad file is told, not half-read."""

        from desktop.content import ContentError
        from desktop.userdata import notes_io

        try:
            data = notes_io.read_notes_file(path)  # its size limit named as a notes file's, not an article's
            added = self.annotations.merge(notes_io.from_json(data, self.annotations.key, self._current().article))
        except (OSError, ContentError, notes_io.NotesFileError) as error:
            from desktop.ui.content_errors import describe, describe_notes_problem, describe_os_error, show_problem

            if isinstance(error, ContentError):
                reason = describe(error)
            elif isinstance(error, notes_io.NotesFileError):
                reason = describe_notes_problem(str(error))  # worded in English for the command line
            else:
                reason = describe_os_error(error)
            show_problem(
                self._window,
                QCoreApplication.translate("MainWindow", "Импорт сәтсіз аяқталды"),
                f"{path}\n\n{reason}",
                str(error),
            )
            return None
        done = QCoreApplication.translate("MainWindow", "Қосылды: %1").replace("%1", str(added))
        self.tell(done, 5000)
        return added

    def tell_storage_problem(self, problem: str) -> None:
        """Notes cannot be saved: reading goes on, what was marked stays in memory."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.content_errors import describe_reason

        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("MainWindow", "Белгілер сақталмайды"),
            as_rich_text(
                QCoreApplication.translate(
                    "MainWindow",
                    "Белгілер мен ескертпелерді сақтау мүмкін болмады:\n%1\n\n"
                    "Оқи беруге болады; жасалған белгілер бағдарлама ашық тұрғанда сақталып тұрады.",
                ).replace("%1", describe_reason(problem))
            ),
        )
