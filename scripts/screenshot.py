"""Render the main window offscreen to PNG files (used for the README screenshot).

python scripts/screenshot.py [--theme light|dark|sepia] [--section ID] [--search QUERY [--hit N]]
    [--add PATH…] [--library-page] [--scope section|article|library]
    [--read-aloud SECONDS] [--word-card WORD] [-o FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def wait(window, done, timeout_ms: int = 10_000) -> None:
    """Let the window's event loop run until ``done()`` (background library work) or the timeout."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    clock = QElapsedTimer()
    clock.start()
    while not done() and clock.elapsed() < timeout_ms:
        QCoreApplication.processEvents()


class SilentDevice:
    """Takes the voice's samples at the pace a sound card plays them, and plays nothing (no card needed)."""

    PERIOD = 0.02

    def __init__(self, sample_rate: int) -> None:
        import threading

        self.sample_rate = sample_rate
        self._stop = threading.Event()

    def start(self, pull) -> None:
        import threading

        def run() -> None:
            while not self._stop.wait(self.PERIOD):
                pull(int(self.sample_rate * self.PERIOD))

        threading.Thread(target=run, daemon=True).start()

    def close(self) -> None:
        self._stop.set()


def with_popup(window, popup):
    """The window's picture with a popup (a window of its own) drawn where it is on the screen."""
    from PySide6.QtGui import QPainter

    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft())), popup.grab())
    painter.end()
    return picture


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--theme", default="light", choices=["light", "dark", "sepia"])
    parser.add_argument("--section")
    parser.add_argument("--open", type=Path, help="show this article file instead of the bundled one")
    parser.add_argument("--search", help="type this query into the search box first")
    parser.add_argument("--hit", type=int, default=0, help="with --search: go to this hit (0 is the first)")
    parser.add_argument("--size", default="1200x800")
    parser.add_argument("--focus", choices=["text", "sidebar"], help="give this the keyboard focus (its mark shows)")
    parser.add_argument("--latin", action="store_true", help="show the article in the Latin alphabet")
    parser.add_argument("--scale", default=None, help="QT_SCALE_FACTOR, e.g. 2")
    parser.add_argument("--add", type=Path, nargs="*", default=[], help="add these files or folders to the library")
    parser.add_argument("--library-page", action="store_true", help="show the library page")
    parser.add_argument("--scope", choices=["section", "article", "library"], default="article")
    parser.add_argument("--read-aloud", type=float, metavar="SECONDS", help="read aloud (silently) this long first")
    parser.add_argument("--word-card", metavar="WORD", help="open the word card on the first WORD of the text")
    parser.add_argument("-o", "--output", type=Path, default=Path("docs/screenshot.png"))
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from desktop.ui.app import create_application
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences
    from desktop.ui.resources import bundled_article
    from desktop.ui.themes import Theme

    _app, family = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        from desktop.content import load_article

        article = load_article(args.open) if args.open else bundled_article()
        window = MainWindow(
            article,
            Preferences(Path(scratch) / "s.ini"),
            family,
            start_section=args.section,
            data_folder=Path(scratch) / "data",
        )
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.appearance.apply_theme(Theme(args.theme))
        window.set_latin_script(args.latin)
        window.show()
        window.restore_reading_position()
        wait(window, window.library.idle)
        if args.add:
            window.library_page.add_to_library(args.add)
            wait(window, window.library.idle)
        window.search_bar.set_scope(args.scope)
        if args.library_page:
            window.library_page.show_library(True)
        if args.search and hasattr(window, "search_box"):
            window.search_box.setText(args.search)
            window.search.search_now()
            if args.scope == "library":
                window.library_page.run_library_search()
            else:
                window.search.select(args.hit)
        if args.focus:
            window.activateWindow()
            wait(window, window.isActiveWindow, 2000)
            (window.reading_pane if args.focus == "text" else window.sidebar).setFocus()
        loop = QEventLoop()
        QTimer.singleShot(600, loop.quit)
        loop.exec()
        popup = None
        if args.read_aloud:
            window.read_aloud.start(output_factory=SilentDevice)
            QTimer.singleShot(int(args.read_aloud * 1000), loop.quit)
            loop.exec()
        if args.word_card:
            from desktop.ui.word_card import show_word_card

            passages = window.display.passages  # the first of the word in the section shown, if one is asked for
            passage = next(p for p in passages if args.word_card in p.text and (args.section in (None, p.section_id)))
            popup = show_word_card(window, (passage.index, passage.text.index(args.word_card)))
            QTimer.singleShot(300, loop.quit)
            loop.exec()
        QCoreApplication.processEvents()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        (window.grab() if popup is None else with_popup(window, popup)).save(str(args.output))
        window.close()
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
