"""Every registered action, pressed once in each alphabet and interface language: no error, no stray dialog."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from desktop.speech import player
from desktop.ui import translations
from desktop.ui.mainwindow import MainAction
from tests.helpers.speech import ManualOutput

ASKS = {
    MainAction.OPEN: QFileDialog,
    MainAction.ADD_TO_LIBRARY: QFileDialog,
    MainAction.ADD_FOLDER_TO_LIBRARY: QFileDialog,
    MainAction.EXPORT: QFileDialog,
    MainAction.EXPORT_NOTES: QFileDialog,
    MainAction.IMPORT_NOTES: QFileDialog,
    MainAction.ABOUT: QMessageBox,
    MainAction.ABOUT_QT: QMessageBox,
    MainAction.NOTE: QDialog,
    MainAction.PRINT: QDialog,
}
"""The actions that ask something in a dialog (cancelled here), and the kind of dialog they ask in."""


OFFSCREEN_LIMITS = ("This plugin does not support raise()", "This plugin does not support grabbing the keyboard")
"""What Qt's offscreen platform says when a popup raises itself or takes the keyboard: not the reader's error."""


class DialogCloser:
    """Cancels every modal dialog as soon as it shows, and remembers what it was."""

    def __init__(self) -> None:
        self.seen: list[QDialog] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._close)
        self._timer.start()

    def _close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            self.seen.append(dialog)
            dialog.reject()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def interface_language(qapp):
    """Install an interface language for one test, then go back to Kazakh."""
    yield translations.install
    translations.install("kk")


@pytest.fixture
def sound_device(monkeypatch):
    """Reading aloud plays into a device the test holds: test machines have no sound card
    (what a user without one is told is tested in test_read_aloud.py)."""
    monkeypatch.setattr(player, "DeviceOutput", ManualOutput)


@pytest.mark.parametrize("latin", [False, True], ids=["cyrillic", "latin"])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.usefixtures("sound_device")
def test_every_action_runs_without_an_error_or_an_unasked_dialog(
    make_window, interface_language, language, latin, caplog
):
    interface_language(language)
    window = make_window()
    window.set_latin_script(latin)
    caplog.set_level(logging.WARNING)
    closer = DialogCloser()
    last = [MainAction.QUIT]
    try:
        for name in [name for name in MainAction if name not in last] + last:
            pane = window.reading_pane
            pane.setTextCursor(pane.passage_cursor(3, 0, 12))  # something to highlight or annotate
            before = len(closer.seen)
            window.action(name).trigger()
            QApplication.processEvents()
            shown = closer.seen[before:]
            if name in ASKS:
                assert len(shown) == 1 and isinstance(shown[0], ASKS[name]), (name, shown)
            else:
                assert not shown, f"{name} showed {[type(d).__name__ + ': ' + d.windowTitle() for d in shown]}"
            if name is MainAction.FULLSCREEN:
                window.action(name).trigger()  # and back
        for action in window.appearance.theme_actions.values():
            action.trigger()
    finally:
        closer.stop()
    problems = [
        record.getMessage() for record in caplog.records
        if record.levelno >= logging.WARNING and not record.getMessage().startswith(OFFSCREEN_LIMITS)
    ]  # fmt: skip
    assert not problems
