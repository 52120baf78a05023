"""The notes dock: the list of the article's highlights, notes and bookmarks, and going to one.

A part of the window with a narrow interface: it is given the dock, the annotations, the reading
pane (where a chosen note's words are shown and selected), the article as shown and the theme.
The list itself (``desktop.ui.notes_panel``) is built when the dock is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.ui import themes

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QDockWidget

    from desktop.content.shown import ShownArticle
    from desktop.ui.annotations import AnnotationsController
    from desktop.ui.notes_panel import NotesPanel
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.themes import Theme


class NotesDock(QObject):
    """The notes list in its dock: built on first use, refreshed when shown, filtered by a search."""

    def __init__(
        self,
        dock: QDockWidget,
        annotations: AnnotationsController,
        pane: ReadingPane,
        shown: Callable[[], ShownArticle],
        theme: Callable[[], Theme],
    ) -> None:
        super().__init__(dock)
        self.dock = dock
        self._annotations = annotations
        self._pane = pane
        self._shown = shown
        self._theme = theme
        self._panel: NotesPanel | None = None
        dock.visibilityChanged.connect(self._on_visibility)

    @property
    def panel(self) -> NotesPanel:
        """The highlights, notes and bookmarks list; created on first use."""
        if self._panel is None:
            from desktop.ui.notes_panel import NotesPanel

            self._panel = NotesPanel(self._annotations, self._shown().text, self.dock)
            self._panel.model.theme_colors = themes.ANNOTATION_COLORS[themes.resolve(self._theme())]
            self.dock.setWidget(self._panel)
            self._panel.placeChosen.connect(self.go_to_annotation)
        return self._panel

    def article_changed(self) -> None:
        """Another article, or the other alphabet, is shown: a list already built follows it."""
        if self._panel is not None:
            self._panel.model.set_article(self._shown().text)

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.panel.model.refresh()

    def show_matching(self, query: str) -> None:
        """Open the list, filtered by the search's words."""
        self.dock.toggleViewAction().setChecked(True)
        self.dock.show()
        self.panel.filter_text.setText(query.strip())

    def go_to_annotation(self, key: str) -> None:
        """Show an annotation's place and select its words."""
        annotation = self._annotations.find(key)
        if annotation is None or not annotation.found:
            return
        start, end = self._shown().shown_span(annotation.passage, annotation.start, annotation.end)
        self._pane.scroll_to_passage(annotation.passage, start)
        self._pane.setTextCursor(self._pane.passage_cursor(annotation.passage, start, end))
