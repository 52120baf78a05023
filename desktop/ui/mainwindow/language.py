"""Changing the interface language: a new window in the new language takes the old one's place.

Every string of a window is translated as it is built (``tr`` and ``QCoreApplication.translate``
when each widget and action is made), so rather than retranslating each widget in place the
window is built again over the same article, settings and place, once the new translator is
installed (``desktop.ui.translations``). Imported when the reader first picks a language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desktop.ui import translations

if TYPE_CHECKING:
    from desktop.ui.mainwindow.window import MainWindow


def change_language(window: MainWindow, choice: str) -> MainWindow:
    """Switch the interface language (a code, or ``translations.SYSTEM``); returns the window now shown."""
    from desktop.ui.mainwindow.window import MainWindow

    window.preferences.language = choice
    translations.install(choice)
    window.save_state()
    rest = window.article_view.rest
    opening = rest.hand_over() if rest is not None else None
    replacement = MainWindow(
        window.article,
        window.preferences,
        window.reading_pane.font_family(),
        source=window.article_view.source,
        bundled_key=window.article_view.bundled_key,
    )
    if opening is not None:  # a book's first sections: the new window reads the rest, as a start does
        from desktop.ui.mainwindow.book_opening import read_rest, record_opening

        assert rest is not None
        replacement.files.awaited = window.files.awaited

        def recorded(whole: object) -> None:
            """Once read, the book's place in the library and its file's part there, as the first window's would."""

            def record() -> None:
                if replacement.article is whole:  # not once another article is shown
                    record_opening(replacement)

            QTimer.singleShot(0, replacement, record)

        read_rest(replacement, opening, rest.fallback).read.connect(recorded)
    replacement.show()
    replacement.restore_reading_position()
    window.close()
    window.deleteLater()
    return replacement
