"""What the window restores when it opens and saves when it closes: geometry, theme, place."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from desktop.userdata.keys import article_key

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QSplitter

    from desktop.content import Article
    from desktop.content.shown import ShownArticle
    from desktop.ui.preferences import Preferences
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.themes import Theme

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1100, 760)


class SessionMixin(QMainWindow):
    """Saving and restoring the reader's session; mixed into MainWindow."""

    preferences: Preferences
    article: Article
    source: Path | None
    bundled_key: str
    reading_pane: ReadingPane
    splitter: QSplitter
    shown: ShownArticle
    _theme: Theme
    _start_section: str | None

    def go_to_section(self, section_id: str) -> None:
        raise NotImplementedError  # MainWindow's

    if TYPE_CHECKING:  # LibraryMixin's (a stub here would hide it: this mixin comes first)

        def record_reading(self) -> None: ...

    def restore_window(self) -> None:
        """Geometry, dock and splitter as the reader left them; an unreadable state is ignored."""
        geometry = self.preferences.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        splitter = self.preferences.splitter_state
        if splitter is not None and not self.splitter.restoreState(splitter):
            log.warning("ignoring an unreadable splitter state in the settings")
        state = self.preferences.window_state
        if state is not None and not self.restoreState(state):
            log.warning("ignoring an unreadable window state in the settings")

    def article_key(self) -> str:
        """Names the open article in the settings, the notes and the library."""
        return article_key(self.source) if self.source is not None else self.bundled_key

    def restore_reading_position(self) -> None:
        """After the first layout: the requested section, else where the reader left off."""
        if self._start_section:
            self.go_to_section(self._start_section)
            self._start_section = None
            return
        section, fraction = self.preferences.position(self.article_key())
        if fraction > 0:
            self.reading_pane.set_scroll_fraction(fraction)
        elif section in self.article.section_ids:
            self.go_to_section(section)

    def remember_position(self) -> None:
        self.preferences.set_position(
            self.article_key(), self.reading_pane.current_section(), self.reading_pane.scroll_fraction()
        )

    def save_position(self) -> None:
        """Write where the reader is now (called while reading, not only on close)."""
        if self.reading_pane.current_section() in self.article.section_ids:
            self.remember_position()
            self.sync_settings()
            self.record_reading()

    _told_settings_unsaved = False

    def sync_settings(self) -> None:
        """Write the settings; the first time they cannot be written, say so in the status bar.

        Reading goes on (the settings stay in memory until the window closes): a dialog in the
        middle of reading would be worse than the loss it announces, which is logged too.
        """
        if self.preferences.sync() or self._told_settings_unsaved:
            return
        self._told_settings_unsaved = True
        message = QCoreApplication.translate("MainWindow", "Баптаулар сақталмайды: %1 файлына жазу мүмкін емес")
        self.statusBar().showMessage(message.replace("%1", str(self.preferences.path)), 15_000)

    def save_state(self) -> None:
        prefs = self.preferences
        prefs.geometry = self.saveGeometry()
        prefs.window_state = self.saveState()
        prefs.splitter_state = self.splitter.saveState()
        prefs.theme = self._theme
        prefs.font_size = self.reading_pane.font_size()
        prefs.latin_script = self.shown.latin
        self.remember_position()
        prefs.sync()
        self.record_reading()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
