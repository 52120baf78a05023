"""The library page and a library search as a reader meets them, in a window over a big library (offscreen).

Run on a library a run of ``benchmarks/library.py --keep FOLDER`` built (FOLDER/home-N holds the
reader's data folder), in a fresh process, a copy of it so nothing is changed:

- the first letter typed in the library's filter: milliseconds the window is busy with it, right
  after the page is shown and once the page has been idle (its filter's texts made meanwhile);
- a library search left at the top of its list: how many articles the list has read after 3 s
  (a page is 20; the rest are read as the list is scrolled);
- End on the library's table: milliseconds, and the row it reaches of how many.

    python benchmarks/library_page.py FOLDER/home-10000
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import machine_line


def run_events(milliseconds: int) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.perf_counter() + milliseconds / 1000
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.002)


def window_over(data: Path, scratch: Path):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.app import create_application
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences
    from desktop.ui.resources import bundled_article

    _app, family = create_application()
    window = MainWindow(bundled_article(), Preferences(scratch / "settings.ini"), family, data_folder=data)
    window.resize(1280, 720)
    window.show()
    while not (window.started and window.library.idle()):
        QCoreApplication.processEvents()
    return window


def first_letter(window, idle_ms: int) -> float:
    """Milliseconds the first letter typed in the filter takes, after the page was shown and left idle_ms."""
    from PySide6.QtCore import QCoreApplication

    window.library_page.show_library(True)
    run_events(idle_ms)
    view = window.library_page.library_view
    started = time.perf_counter()
    view.filter_text.setText("с")
    QCoreApplication.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    view.filter_text.clear()
    window.library_page.show_library(False)
    return elapsed


def main() -> int:
    source = Path(sys.argv[1]) / "Oqyrman" / "Oqyrman"
    print(machine_line())
    with tempfile.TemporaryDirectory(prefix="oqyrman-page-bench-") as scratch_name:
        scratch = Path(scratch_name)
        data = scratch / "data"
        shutil.copytree(source, data)
        for at_once in (True, False):
            window = window_over(data, scratch)
            letter = first_letter(window, 0 if at_once else 3000)
            when = "right after the page is shown" if at_once else "after the page was idle 3 s"
            print(f"first letter in the filter, {when}: {letter:.0f} ms")
            window.close()
            window.deleteLater()
        window = window_over(data, scratch)
        window.search_bar.set_scope("library")
        window.search_box.setText("сапарына")
        window.library_page.run_library_search()
        while window.library_page.results is None:
            run_events(10)
        run_events(3000)
        print(f"a library search left at its top for 3 s: {window.library_page.results.model.rowCount()} articles read")
        window.library_page.show_library(True)
        table = window.library_page.library_view.table
        table.setFocus()
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        started = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_End)
        elapsed = (time.perf_counter() - started) * 1000
        model = table.model()
        print(f"End on the table: {elapsed:.0f} ms, row {table.currentIndex().row() + 1:,} of {model.total():,}")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
