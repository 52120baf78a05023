"""Render the main window offscreen to PNG files (used for the README screenshot).

python scripts/screenshot.py [--theme light|dark|sepia] [--section ID] [--search QUERY [--hit N]]
    [--add PATH…] [--library-page] [--scope section|article|library] [-o FILE]
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
        window.apply_theme(Theme(args.theme))
        window.set_latin_script(args.latin)
        window.show()
        window.restore_reading_position()
        wait(window, window.library.idle)
        if args.add:
            window.add_to_library(args.add)
            wait(window, window.library.idle)
        window.search_bar.set_scope(args.scope)
        if args.library_page:
            window.show_library(True)
        if args.search and hasattr(window, "search_box"):
            window.search_box.setText(args.search)
            window.search.search_now()
            if args.scope == "library":
                window.run_library_search()
            else:
                window.search.select(args.hit)
        if args.focus:
            window.activateWindow()
            wait(window, window.isActiveWindow, 2000)
            (window.reading_pane if args.focus == "text" else window.sidebar).setFocus()
        loop = QEventLoop()
        QTimer.singleShot(600, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.output))
        window.close()
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
