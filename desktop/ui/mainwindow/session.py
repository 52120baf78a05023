"""What the window restores when it opens and saves when it closes: geometry, docks, splitter, theme, place.

A part of the window with a narrow interface: it is given the preferences, the window (for its
geometry and docks), the splitter, the reading pane and the open article's key; it says by
signals when the settings cannot be written, when the place was saved while reading, and which
section to go to when the place is restored.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QSplitter

    from desktop.ui.preferences import Preferences
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.themes import Theme

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1100, 760)
POSITION_SAVE_DELAY_MS = 1000
"""How long after scrolling stops the reading position is written (a crash loses at most this)."""


class Session(QObject):
    """The reader's session in the settings: the window as it was left and the place in each article."""

    settingsUnwritable = Signal(str)
    """The settings file cannot be written (its path); said once, while reading goes on."""
    sectionAsked = Signal(str)
    """Restoring the place: go to this section (and say where that is)."""
    positionSaved = Signal()
    """The place in the open article was written while reading (the library records it too)."""

    def __init__(
        self,
        preferences: Preferences,
        window: QMainWindow,
        splitter: QSplitter,
        pane: ReadingPane,
        key: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self.preferences = preferences
        self._splitter = splitter
        self._pane = pane
        self._key = key
        self._told_unwritable = False
        self.hold = False
        """The place is neither saved, remembered nor restored (a book whose first sections alone are
        shown: a place in them is not its place in the book); what was saved before stays."""
        self._asked: tuple[str | None] | None = None  # a restore asked for while held
        self._position_saver = QTimer(self)
        """Saves the reading position a moment after scrolling stops, so a crash loses at most that."""
        self._position_saver.setSingleShot(True)
        self._position_saver.setInterval(POSITION_SAVE_DELAY_MS)
        self._position_saver.timeout.connect(self.save_position)

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

    def place(self) -> tuple[str | None, float]:
        """Where the reader left the open article: its section and how far down (0 if never read)."""
        return self.preferences.position(self._key())

    def restore_place(self, start_section: str | None, sections: Sequence[str]) -> None:
        """Go to the requested section, else where the reader left the open article (sectionAsked);
        while held, once released."""
        if self.hold:
            self._asked = (start_section,)
            return
        section, fraction = (start_section, 0.0) if start_section else self.place()
        if fraction > 0:
            self._pane.set_scroll_fraction(fraction, section if section in sections else None)
        elif section is not None and section in sections:
            self.sectionAsked.emit(section)

    def release(self, sections: Sequence[str]) -> None:
        """The whole book is shown (``hold``): the place is restored, if it was asked for meanwhile, and kept again."""
        self.hold = False
        asked, self._asked = self._asked, None
        if asked is not None:
            self.restore_place(asked[0], sections)

    def cancel_hold(self) -> None:
        """The book held for was let go before it was read: nothing asked for it is restored."""
        self.hold = False
        self._asked = None

    def remember(self) -> None:
        """Keep the place in the open article (written with the next sync)."""
        if self.hold:
            return
        self.preferences.set_position(self._key(), self._pane.current_section(), self._pane.scroll_fraction())

    def save_soon(self) -> None:
        """The reader scrolled: the place is written once scrolling has stopped for a moment."""
        self._position_saver.start()

    def save_position(self) -> None:
        """Write where the reader is now (while reading, not only on close)."""
        if self.hold:
            return
        self.remember()
        self.sync()
        self.positionSaved.emit()

    def sync(self) -> None:
        """Write the settings; the first time they cannot be written, say so (settingsUnwritable).

        Reading goes on (the settings stay in memory until the window closes): a dialog in the
        middle of reading would be worse than the loss it announces, which is logged too.
        """
        if self.preferences.sync() or self._told_unwritable:
            return
        self._told_unwritable = True
        self.settingsUnwritable.emit(str(self.preferences.path))

    def save(self, theme: Theme, latin: bool) -> None:
        """Everything, as the window closes or gives way to another (a new interface language)."""
        prefs = self.preferences
        prefs.geometry = self._window.saveGeometry()
        prefs.window_state = self._window.saveState()
        prefs.splitter_state = self._splitter.saveState()
        prefs.theme = theme
        prefs.font_size = self._pane.font_size()
        prefs.latin_script = latin
        self.remember()
        prefs.sync()
