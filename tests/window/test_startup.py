"""The window's start: what it leaves until after its first paint, and what it never builds before it."""

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.mainwindow.actions import MainAction
from desktop.ui.themes import Theme
from tests.helpers.paths import ROOT

# Runs the self-test with a profile hook that notes the Python stack at the first moment each
# watched thing exists (the hook runs at every Python call, so it sees that moment).
WATCH_THE_START = r"""
import gc, json, sys, time, traceback
from desktop import gc_pause
from desktop.ui.lazy_qt import built  # imports nothing of Qt

pauses = []

def collecting_after_a_pause():
    # The start's pause is over: from then on the GUI thread's collector collects.
    if gc_pause.paused():
        pauses.append(time.perf_counter())
    return bool(pauses) and not gc_pause.paused()

asked = set()  # the names of the Python functions called so far, and of the C++ methods called from Python

WATCHED = {
    "the Qt namespace": built,
    "the application's icon": lambda: "app_icon" in asked,
    "the dataclasses module": lambda: "dataclasses" in sys.modules,
    "the datetime module": lambda: "datetime" in sys.modules,
    "the viewport asked for": lambda: "viewport" in asked,
    "paused collections": lambda: not gc.isenabled(),
    "automatic collections": collecting_after_a_pause,
}
seen = {}

def watch(frame, event, arg):
    if event == "call":
        asked.add(frame.f_code.co_name)
    elif event == "c_call":
        asked.add(getattr(arg, "__name__", ""))
    for name, exists in WATCHED.items():
        if name not in seen and exists():
            seen[name] = {"clock": time.perf_counter(), "stack": "".join(traceback.format_stack(frame, limit=12))}
    if len(seen) == len(WATCHED):
        sys.setprofile(None)

from desktop.cli import main  # collections are on while it is imported
sys.setprofile(watch)
code = main(["--self-test"])
sys.setprofile(None)
seen["frozen after the start"] = gc.get_freeze_count()
seen["python collects by itself"] = gc.isenabled()
print(json.dumps(seen))
raise SystemExit(code)
"""


# What PySide6 imports by itself when a bare window (no code of the reader's) starts and paints:
# such a module comes before the first paint whatever the reader does (datetime on PySide6 6.12).
PYSIDE6_ALONE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser
app = QApplication(sys.argv)
browser = QTextBrowser()
browser.setPlainText("сапар")
browser.show()
QTimer.singleShot(50, app.quit)
app.exec()
print(json.dumps(sorted(sys.modules)))
"""


@pytest.fixture(scope="module")
def pyside6_imports() -> set[str]:
    """The modules a bare PySide6 window imports: what the reader's start cannot be held to."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PYSIDE6_ALONE], check=True, env=env, capture_output=True, text=True, timeout=60
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def watched_start() -> tuple[float, dict]:
    """The self-test's first paint (its clock) and when each watched thing first existed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", WATCH_THE_START],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    *_, report_line, seen_line = result.stdout.strip().splitlines()
    return json.loads(report_line)["clocks"]["first_paint"], json.loads(seen_line)


@pytest.mark.slow
@pytest.mark.parametrize(
    "watched",
    [
        # PySide6 builds 93 enum types when its Qt namespace is first named (15 ms): see desktop/ui/lazy_qt.py.
        "the Qt namespace",
        # The window manager draws it; loading it loads Qt's SVG icon engine (1 ms): see desktop/ui/mainwindow/start.py.
        "the application's icon",
        # Creating a dataclass compiles its methods (0.8 ms each): see desktop/content/model.py.
        "the dataclasses module",
        # Under Python 3.11 it runs its pure-Python twin first (1.5 ms): see Article in desktop/content/model.py.
        "the datetime module",
        # PySide6 then builds the Python class of every widget type (10 ms): see ReadingPane.viewport_size.
        "the viewport asked for",
        # Collections walk the start's long-lived objects again and again: see desktop/gc_pause.py.
        "automatic collections",
    ],
)
def test_the_first_paint_comes_before(watched, watched_start, pyside6_imports):
    first_paint, seen = watched_start
    module = watched.removeprefix("the ").removesuffix(" module")
    if watched.endswith(" module") and module in pyside6_imports:
        pytest.skip(f"PySide6 imports {module} itself, before any code of the reader's runs")
    if watched in seen:
        moment = seen[watched]
        assert moment["clock"] > first_paint, f"{watched} came before the first paint, here:\n{moment['stack']}"


@pytest.mark.slow
def test_the_application_gets_its_icon_once_the_window_has_painted(watched_start):
    first_paint, seen = watched_start
    assert "the application's icon" in seen, "the start never gave the application its icon"
    assert seen["the application's icon"]["clock"] > first_paint


@pytest.mark.slow
def test_collections_rest_during_the_start_and_resume_with_the_start_frozen(watched_start):
    first_paint, seen = watched_start
    assert "paused collections" in seen and seen["paused collections"]["clock"] < first_paint
    assert "automatic collections" in seen, "collections stayed off after the start"
    assert seen["frozen after the start"] > 10_000  # modules, classes, wrappers: left out of later collections
    assert not seen["python collects by itself"], "collections belong to the GUI thread (desktop/ui/collector.py)"


def test_keys_docks_and_the_context_menu_are_ready_after_the_first_paint(make_window):
    window = make_window()
    assert window.started
    assert (
        window.action(MainAction.FIND).shortcuts() and window.appearance.theme_actions[Theme.DARK].shortcut().toString()
    )
    for dock in (window.results_dock, window.notes_dock):
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea and not dock.isVisible()
    assert window.reading_pane.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_a_dock_left_open_is_back_in_its_place_at_the_first_paint(make_window, settings_path, qtbot):
    window = make_window()
    window.notes_dock.show()
    window.removeDockWidget(window.notes_dock)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.notes_dock)
    window.notes_dock.show()
    window.close()
    reopened = make_window(path=settings_path)
    assert reopened.dockWidgetArea(reopened.notes_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert reopened.notes_dock.isVisible() and not reopened.results_dock.isVisible()


def test_the_system_scheme_is_asked_again_after_the_first_paint(
    qtbot, article, reading_font, settings_path, monkeypatch
):
    """Before the first paint the platform's palette stands for its scheme; if the exact answer
    differs, the window repaints in it at once."""
    from desktop.ui import themes
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences

    platform = {"dark": False}
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: platform["dark"])
    preferences = Preferences(settings_path)
    assert preferences.theme is Theme.SYSTEM
    window = MainWindow(article, preferences, reading_font)
    qtbot.addWidget(window)
    window.reading_pane.firstPainted.connect(lambda: platform.update(dark=True))
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert window.appearance.theme() is Theme.SYSTEM
    application_palette = QApplication.palette()  # set at once; widgets follow it through events
    assert application_palette.color(QPalette.ColorRole.Window).name() == themes.COLORS[Theme.DARK].window


def test_a_window_whose_text_never_paints_is_finished_all_the_same(qtbot, article, reading_font, settings_path):
    """Started on the library page (or minimised), the text does not paint; the menus and keys still come."""
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences

    window = MainWindow(article, Preferences(settings_path), reading_font, use_library=False)
    qtbot.addWidget(window)
    painted = []
    window.reading_pane.firstPainted.connect(lambda: painted.append(True))
    window.reading_pane.hide()  # as under the library page, shown first
    window.show()
    qtbot.waitUntil(lambda: window.started, timeout=3000)
    assert not painted
    assert window.action(MainAction.FIND).shortcuts() and window.menus["file"].actions()


def test_a_start_that_fails_after_the_first_paint_still_says_it_is_over(
    qtbot, article, reading_font, settings_path, monkeypatch
):
    """The collector's pause ends on startFinished: a failure must not leave it paused for good."""
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences

    def broken_store(_window) -> None:
        raise RuntimeError("the notes store failed")

    monkeypatch.setattr(MainWindow, "load_annotations", broken_store)
    window = MainWindow(article, Preferences(settings_path), reading_font)
    qtbot.addWidget(window)
    with qtbot.captureExceptions() as exceptions, qtbot.waitSignal(window.startFinished, timeout=3000):
        window.show()
    assert window.started
    assert [str(error) for _kind, error, _trace in exceptions] == ["the notes store failed"]
