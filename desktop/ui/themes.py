"""Colour themes: light, dark, sepia, and one that follows the system's scheme.

The palette styles the widgets (with the Fusion style, which honours palettes
on every platform); the same colours feed the reading pane's style sheet and
the search highlights, so one table decides how a theme looks.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.ui import lazy_qt
from desktop.ui.lazy_qt import Qt


class Theme(enum.Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    SEPIA = "sepia"


class ThemeColors(NamedTuple):
    """A theme's colours, as Qt names them (a named tuple: see desktop/content/model.py)."""

    window: str
    base: str
    text: str
    muted: str
    accent: str
    highlight: str
    highlighted_text: str
    hit: str
    current_hit: str
    current_hit_text: str
    dark: bool


COLORS: dict[Theme, ThemeColors] = {
    Theme.LIGHT: ThemeColors(
        window="#f3f3f1",
        base="#ffffff",
        text="#1d1d1f",
        muted="#6b6b70",
        accent="#1b6e7e",
        highlight="#cfe6ec",
        highlighted_text="#1d1d1f",
        hit="#fff1a8",
        current_hit="#ff9d3c",
        current_hit_text="#000000",
        dark=False,
    ),
    Theme.SEPIA: ThemeColors(
        window="#e9dec6",
        base="#f6eedb",
        text="#4a3b2c",
        muted="#6f5e4b",
        accent="#8a4b2a",
        highlight="#e3cfa4",
        highlighted_text="#3a2d20",
        hit="#f2d77e",
        current_hit="#e8893a",
        current_hit_text="#000000",
        dark=False,
    ),
    Theme.DARK: ThemeColors(
        window="#232427",
        base="#1a1b1e",
        text="#dedede",
        muted="#9a9ca3",
        accent="#6cc3d5",
        highlight="#2f5560",
        highlighted_text="#ffffff",
        hit="#5e5020",
        current_hit="#c8741a",
        current_hit_text="#000000",  # white on this orange is 3.5:1, under WCAG AA's 4.5:1
        dark=True,
    ),
}


ANNOTATION_COLORS: dict[Theme, dict[str, str]] = {
    Theme.LIGHT: {"yellow": "#fff0a0", "green": "#cdeec4", "blue": "#cfe2ff", "pink": "#ffd6e7"},
    Theme.SEPIA: {"yellow": "#f5e08e", "green": "#d3e3b5", "blue": "#cdd9e6", "pink": "#f2cfcf"},
    Theme.DARK: {"yellow": "#5c5218", "green": "#2d5230", "blue": "#27416a", "pink": "#5e2a44"},
}
"""Highlight colours by name, for each theme: the text stays readable on each (tested for WCAG AA)."""


def system_prefers_dark() -> bool:
    """The platform's colour scheme (Qt 6.5+); light when the platform does not say.

    Before the first paint, while PySide6's Qt namespace is not built (``lazy_qt``: naming
    ``Qt.ColorScheme`` builds it), the platform's palette answers: a window darker than its
    text. The application's palette is still the platform's then, as the window sets its own
    when it first applies a theme, and the window asks again exactly after its first paint.
    """
    app = QGuiApplication.instance()
    if app is None:
        return False
    if not lazy_qt.built():
        palette = QGuiApplication.palette()
        role = QPalette.ColorRole
        return palette.color(role.Window).lightness() < palette.color(role.WindowText).lightness()
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: Theme) -> Theme:
    """The concrete theme to paint: SYSTEM becomes LIGHT or DARK."""
    if theme is Theme.SYSTEM:
        return Theme.DARK if system_prefers_dark() else Theme.LIGHT
    return theme


def colors_for(theme: Theme) -> ThemeColors:
    return COLORS[resolve(theme)]


def palette_for(colors: ThemeColors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    window, base, text = QColor(colors.window), QColor(colors.base), QColor(colors.text)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, window)
        palette.setColor(group, role.WindowText, text)
        palette.setColor(group, role.Base, base)
        palette.setColor(group, role.AlternateBase, window)
        palette.setColor(group, role.Text, text)
        palette.setColor(group, role.Button, window)
        palette.setColor(group, role.ButtonText, text)
        palette.setColor(group, role.ToolTipBase, base)
        palette.setColor(group, role.ToolTipText, text)
        palette.setColor(group, role.PlaceholderText, QColor(colors.muted))
        palette.setColor(group, role.Highlight, QColor(colors.highlight))
        palette.setColor(group, role.HighlightedText, QColor(colors.highlighted_text))
        palette.setColor(group, role.Link, QColor(colors.accent))
        palette.setColor(group, role.BrightText, QColor(colors.current_hit))
    disabled = QColor(colors.muted)
    for disabled_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, disabled_role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Base, window)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Window, window)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Button, window)
    return palette


def reading_style_sheet(colors: ThemeColors) -> str:
    """Qt rich-text CSS for the reading pane (Qt supports a subset of CSS 2.1)."""
    return f"""
    body {{ color: {colors.text}; }}
    h1 {{ font-size: x-large; font-weight: 700; color: {colors.text}; margin-bottom: 4px; }}
    p.byline {{ color: {colors.muted}; font-style: italic; margin-bottom: 18px; }}
    h2 {{ font-size: large; font-weight: 700; color: {colors.accent}; margin-top: 26px; margin-bottom: 8px; }}
    h2, p, li {{ white-space: pre-wrap; line-height: 128%; }}
    p {{ margin-bottom: 10px; }}
    li {{ margin-bottom: 4px; }}
    h3, h4, h5, h6 {{ font-weight: 700; color: {colors.accent}; margin-top: 18px; margin-bottom: 6px; }}
    h3 {{ font-size: medium; }} h4, h5, h6 {{ font-size: medium; font-style: italic; }}
    h3, h4, h5, h6, td, th {{ white-space: pre-wrap; }}
    p.verse, p.pre {{ margin-top: 0px; margin-bottom: 0px; margin-left: 24px; }}
    p.stanza {{ margin-top: 12px; }}
    p.pre {{ font-family: monospace; }}
    p.figure {{ margin-top: 12px; margin-bottom: 4px; line-height: 100%; }}
    p.caption {{ color: {colors.muted}; font-style: italic; font-size: small; margin-bottom: 14px; }}
    p.note {{ font-size: small; margin-bottom: 4px; }}
    a.noteref {{ color: {colors.accent}; text-decoration: none; }}
    th {{ font-weight: 700; }}
    """
