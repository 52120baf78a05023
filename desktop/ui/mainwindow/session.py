"""What the window restores when it opens and saves when it closes: geometry, docks, splitter, theme, place.

A part of the window with a narrow interface: it is given the preferences, the window (for its
geometry and docks), the splitter and the reading pane, and says by a signal when the settings
cannot be written. Which article is open, and where to go in it, stays the window's.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from desktop.ui.preferences import Preferences
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.themes import Theme

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1100, 760)


class Session(QObject):
    """The reader's session in the settings: the window as it was left and the place in each article."""

    settingsUnwritable = Signal(str)
    """The settings file cannot be written (its path); said once, while reading goes on."""

    def __init__(self, preferences: Preferences, window: QMainWindow, splitter: QSplitter, pane: ReadingPane) -> None:
        super().__init__(window)
        self.preferences = preferences
        self._splitter = splitter
        self._pane = pane
        self._told_unwritable = False

    @property
    def _window(self) -> QMainWindow:
        """The window is asked as the parent, not kept: a reference back would keep a closed window alive."""
        window = self.parent()
        assert isinstance(window, QMainWindow)
        return window

    def restore_window(self) -> None:
        """Geometry, docks and splitter as the reader left them; an unreadable state is ignored."""
        geometry = self.preferences.geometry
        if geometry is None or not self._window.restoreGeometry(geometry):
            self._window.resize(*DEFAULT_SIZE)
        splitter = self.preferences.splitter_state
        if splitter is not None and not self._splitter.restoreState(splitter):
            log.warning("ignoring an unreadable splitter state in the settings")
        state = self.preferences.window_state
        if state is not None and not self._window.restoreState(state):
            log.warning("ignoring an unreadable window state in the settings")

    def place(self, article_key: str) -> tuple[str | None, float]:
        """Where the reader left an article: its section and how far down (0 if never read)."""
        return self.preferences.position(article_key)

    def remember(self, article_key: str) -> None:
        """Keep the place in the open article (written with the next sync)."""
        self.preferences.set_position(article_key, self._pane.current_section(), self._pane.scroll_fraction())

    def sync(self) -> None:
        """Write the settings; the first time they cannot be written, say so (settingsUnwritable).

        Reading goes on (the settings stay in memory until the window closes): a dialog in the
        middle of reading would be worse than the loss it announces, which is logged too.
        """
        if self.preferences.sync() or self._told_unwritable:
            return
        self._told_unwritable = True
        self.settingsUnwritable.emit(str(self.preferences.path))

    def save(self, article_key: str, theme: Theme, latin: bool) -> None:
        """Everything, as the window closes or gives way to another (a new interface language)."""
        prefs = self.preferences
        prefs.geometry = self._window.saveGeometry()
        prefs.window_state = self._window.saveState()
        prefs.splitter_state = self._splitter.saveState()
        prefs.theme = theme
        prefs.font_size = self._pane.font_size()
        prefs.latin_script = latin
        self.remember(article_key)
        prefs.sync()
