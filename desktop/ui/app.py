"""Starting the Qt application: the window, and the self-test the frozen build runs too."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__, branding, gc_pause
from desktop.content.alphabet import KAZAKH_LETTERS

if TYPE_CHECKING:
    from desktop.content import Article
    from desktop.content.loader import BookOpening
    from desktop.ui.signals import SignalQuitter

log = logging.getLogger(__name__)

SELF_TEST_TIMEOUT_MS = 20_000
STYLE = "Fusion"
"""The only built-in style that honours custom palettes everywhere."""


def needs_offscreen() -> bool:
    """True on Linux/BSD with no display server to talk to."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# Harmless notices of the offscreen platform (used by the self-test and the tests).
QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _forward_qt_messages() -> None:
    """Route Qt's own warnings into Python logging, where they can be filtered and saved."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, _context, message: str) -> None:
        level = logging.DEBUG if message in QUIET_QT_MESSAGES else levels.get(kind, logging.WARNING)
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def create_application(argv: list[str] | None = None, *, offscreen_if_headless: bool = False):
    """The QApplication with the app's identity, style and bundled fonts; returns (app, font family).

    Its icon comes with the main window's start (``desktop.ui.mainwindow.start``), after the first paint.
    """
    if offscreen_if_headless and needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from desktop.ui.resources import register_fonts

    _forward_qt_messages()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        app.setStyle(STYLE)
    else:
        # Qt's own -style option: the style is made with the application, without the
        # Python wrapper of QStyle and its enums that setStyle() would build first (6 ms).
        app = QApplication([*(argv if argv is not None else [sys.argv[0]]), "-style", STYLE])
    brand = branding.current()
    app.setApplicationName(brand.data_name)  # names the settings and data folders: one per brand
    app.setOrganizationName(brand.data_name)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(brand.app_id)
    from desktop.ui import collector

    collector.install(app)  # no collection from a worker thread: see there
    return app, register_fonts()


def _install_language(preferences) -> None:
    from desktop.ui import translations

    translations.install(preferences.language)


def run_window(
    article: Article,
    start_section: str | None = None,
    source: Path | None = None,
    settings_path: Path | None = None,
    *,
    start_in_library: bool = False,
    rest: BookOpening | None = None,
) -> int:
    """The window on ``article``; with ``rest``, the article is a book's first sections and the rest is
    read after the first paint (what was skipped in it is said on standard error too, as an export does)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.crash import install_excepthook, start_log_file
    from desktop.ui.instance import RunningReader
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.paths import data_dir
    from desktop.ui.preferences import Preferences

    app, family = create_application()
    running = RunningReader(data_dir())
    if not running.claim():
        if running.hand_over(source):
            return 0  # the running reader shows itself (and the file)
        if not running.take_over():
            log.warning("another reader holds %s but does not answer; starting anyway", running.folder)
    log_file = start_log_file()
    preferences = Preferences(settings_path)
    _install_language(preferences)
    window = MainWindow(article, preferences, family, start_section=start_section, source=source)
    if rest is not None:
        from desktop.ui.mainwindow.book_opening import read_rest

        read_rest(window, rest).read.connect(lambda whole: _warn_of(rest.path, whole))
    window.startFinished.connect(lambda: gc_pause.end(freeze=True))
    running.requested.connect(window.files.answer_start_request)
    install_excepthook(QApplication.activeWindow, log_file)
    if source is not None:
        preferences.add_recent_file(str(source))
    window.show()
    QTimer.singleShot(0, window.restore_reading_position)
    if start_in_library:
        QTimer.singleShot(0, lambda: window.library_page.show_library(True))
    quitters: list[SignalQuitter] = []

    def handle_quit_signals() -> None:
        """SIGTERM, SIGHUP and Ctrl+C close the window (which saves) from the first paint on.

        Not sooner: the socket module it needs costs 3 ms to import, and before the text is
        on screen there is no reading position to save."""
        from desktop.ui.signals import SignalQuitter

        if not quitters:
            quitters.append(SignalQuitter(lambda: (window.close(), app.quit())))

    window.reading_pane.firstPainted.connect(lambda: QTimer.singleShot(0, handle_quit_signals))
    window.startFinished.connect(handle_quit_signals)  # a start at the library never paints the text
    try:
        return app.exec()
    finally:
        for quitter in quitters:
            quitter.stop()
        running.release()


def _warn_of(path: Path, article: Article) -> None:
    """What was skipped in a book started from the command line, once it is read: on standard error,
    in the terminal's language, as the command line says it of a book read whole."""
    from desktop import cli_language

    for notice in article.notices:
        print(f"{path}: {cli_language.label('warning')}: {cli_language.notice(notice)}", file=sys.stderr)


def minor_faults() -> int | None:
    """Memory pages this process has touched for the first time so far; None where not counted.

    ``benchmarks/startup.py`` prints them at the first paint: instruction counts do not see
    what each first touch of a page costs the kernel (about 3 µs on a virtual machine).
    """
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def self_test(article: Article, started: float, real_settings: bool = False, rest: BookOpening | None = None) -> int:
    """Open the real window, wait for the first paint, check it, print one JSON line.

    Settings, notes and library go to a throw-away folder so the check never touches the
    reader's own; with ``real_settings`` the reader's own settings file is read (never
    written) and their library opened as a normal start does, and a damaged file fails the
    check (after being set aside, as a start would).

    ``clocks`` in the JSON line are ``time.perf_counter()`` readings at each step of the
    start (``started`` is main's): that clock is system-wide on Linux, macOS and Windows, so
    ``benchmarks/startup.py``, which started the process, tells how long each step took.
    """
    from PySide6.QtCore import QTimer

    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences

    clocks = {"main": started, "modules": time.perf_counter()}
    app, family = create_application(offscreen_if_headless=True)
    clocks["application"] = time.perf_counter()
    result: dict[str, object] = {"ok": False, "version": __version__, "platform": app.platformName()}
    result["clocks"] = clocks
    with tempfile.TemporaryDirectory(prefix="oqyrman-self-test-") as scratch:
        preferences = Preferences(None if real_settings else Path(scratch) / "settings.ini")
        if real_settings:
            result["settings"] = {"path": str(preferences.path), "problem": preferences.problem}
        # The quick check keeps its notes and library in the scratch folder too: it must not
        # create, read or (when damaged) set aside the reader's own.
        data_folder = None if real_settings else Path(scratch) / "data"
        window = MainWindow(article, preferences, family, data_folder=data_folder, use_library=real_settings)
        if rest is not None:  # a book's first sections: its first paint is checked, the rest is not read
            from desktop.ui.mainwindow.book_opening import read_rest

            read_rest(window, rest)
        window.startFinished.connect(lambda: gc_pause.end(freeze=True))
        clocks["window"] = time.perf_counter()

        def report_library() -> None:
            """With the real settings: the real library too, opened and checked as a start does."""
            library = window.library
            if not library.idle():
                QTimer.singleShot(20, report_library)
                return
            articles = library.count()
            result["library"] = {"articles": articles, "problems": library.reported}
            if not articles or library.reported:
                failed = result.get("failed")
                reasons = [*failed] if isinstance(failed, list) else []
                result["ok"] = False
                result["failed"] = [*reasons, f"library: {'; '.join(library.reported) or 'unavailable'}"]
            app.exit(0)

        def on_first_paint() -> None:
            from PySide6.QtGui import QFontInfo, QRawFont  # after the paint: the checks are not timed

            from desktop.ui import icons

            try:
                pane = window.reading_pane
                font = pane.document().defaultFont()
                raw = QRawFont.fromFont(font)
                checks = {
                    "title": window.windowTitle(),
                    "sections": window.section_model.rowCount(),
                    "passages": len(article.passages),
                    "passages_rendered": all(pane.passage_text(p.index) == p.text for p in article.passages),
                    "font_family": QFontInfo(font).family(),
                    "bundled_font": QFontInfo(font).family() == family,
                    "kazakh_glyphs": all(raw.supportsCharacter(ord(letter)) for letter in KAZAKH_LETTERS),
                    "icons": all(icons.known(section.icon) for section in article.sections),
                }
                result.update(checks)
                failures = [
                    name for name in ("passages_rendered", "bundled_font", "kazakh_glyphs", "icons") if not checks[name]
                ]
                if checks["sections"] != len(article.sections):
                    failures.append("sections")
                if preferences.problem:
                    failures.append(f"settings: {preferences.problem}")
                result["ok"] = not failures
                if failures:
                    result["failed"] = failures
            except Exception as error:  # noqa: BLE001 - reported as a one-line failure
                result["failed"] = [f"{type(error).__name__}: {error}"]
            if real_settings:
                report_library()
                return
            app.exit(0)  # without closing the window: the self-test saves no reading state

        def on_timeout() -> None:
            result["failed"] = [f"no paint within {SELF_TEST_TIMEOUT_MS} ms"]
            app.exit(1)

        def on_painted() -> None:
            clocks["first_paint"] = time.perf_counter()
            result["first_paint_ms"] = round((clocks["first_paint"] - started) * 1000, 1)
            result["minor_faults"] = minor_faults()
            QTimer.singleShot(0, on_first_paint)

        window.reading_pane.firstPainted.connect(on_painted)
        QTimer.singleShot(SELF_TEST_TIMEOUT_MS, on_timeout)
        window.show()
        app.exec()
    print(json.dumps(result, ensure_ascii=False))
    if not result["ok"]:
        failed = result.get("failed")
        reasons = "; ".join(map(str, failed)) if isinstance(failed, list) else ""
        print(f"{branding.current().slug}: self-test failed: {reasons}", file=sys.stderr)
        return 1
    return 0
