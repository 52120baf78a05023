"""The colour scheme: chosen, followed when it is the system's, and painted everywhere.

A part of the window with a narrow interface: it is given the theme to start with, the reading
pane and the sections model (painted in the theme's colours); it says by a signal when the text
was painted anew, so what lies over it (the search's hits) is painted again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop.ui import themes
from desktop.ui.themes import Theme

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from desktop.ui.focus_ring import FocusRing, FollowingFocusRing
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.section_model import SectionListModel


class Appearance(QObject):
    """The theme the reader chose (perhaps "the system's") and the one painted now."""

    repainted = Signal()
    """The text was rebuilt in new colours: what is painted over it must be painted again."""

    def __init__(self, theme: Theme, pane: ReadingPane, sections: SectionListModel) -> None:
        super().__init__(pane)
        self._theme = theme
        self._painted = themes.resolve(theme)
        self._pane = pane
        self._sections = sections
        self._focus_rings: list[FocusRing | FollowingFocusRing] = []
        self.theme_actions: dict[Theme, QAction] = {}
        """One checkable action per theme (View → Colour scheme), made after the first paint."""

    def theme(self) -> Theme:
        """The reader's choice (``Theme.SYSTEM`` stays itself; ``painted()`` says what it became)."""
        return self._theme

    def painted(self) -> Theme:
        return self._painted

    def apply_theme(self, theme: Theme) -> None:
        """Paint everything in a theme: every window and dialog (the application's palette), the text, the rings."""
        self._theme = theme
        if theme in self.theme_actions:  # made after the first paint
            self.theme_actions[theme].setChecked(True)
        self._painted = themes.resolve(theme)
        colors = themes.COLORS[self._painted]
        QApplication.setPalette(themes.palette_for(colors))  # every window and dialog follows
        self._sections.set_icon_color(colors.accent)
        for ring in self._focus_rings:
            ring.set_color(colors.accent)
        self._pane.rebuild(colors)
        self.repainted.emit()

    def set_theme_actions(self, actions: dict[Theme, QAction]) -> None:
        """The menu's theme actions (made after the first paint): the current theme's is checked."""
        self.theme_actions = actions
        actions[self._theme].setChecked(True)

    def finish_start(self, focused: list[QWidget]) -> None:
        """After the first paint: the system's scheme followed, focus rings on these widgets and one that
        follows the focus over the window's other controls.

        Before the first paint the platform's palette stands for its scheme (see
        themes.system_prefers_dark); asked exactly now, a different answer repaints at once.
        """
        from PySide6.QtGui import QGuiApplication

        from desktop.ui.focus_ring import FocusRing, FollowingFocusRing

        QGuiApplication.styleHints().colorSchemeChanged.connect(self.on_system_scheme_changed)
        if self._theme is Theme.SYSTEM and themes.resolve(Theme.SYSTEM) is not self._painted:
            self.apply_theme(Theme.SYSTEM)
        accent = themes.COLORS[self._painted].accent
        self._focus_rings = [FocusRing(widget, accent) for widget in focused]
        if focused:  # every other control the keys reach, in the window of these
            self._focus_rings.append(FollowingFocusRing(focused[0].window(), accent))

    def on_system_scheme_changed(self, _scheme: object) -> None:
        if self._theme is Theme.SYSTEM:
            self.apply_theme(Theme.SYSTEM)
