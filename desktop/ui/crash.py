"""Unexpected errors: written to a log file in the user's log folder and shown in a dialog.

The reader keeps running where it can: an error in one action does not close the
window or lose the reader's settings.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.ui.lazy_qt import Qt

log = logging.getLogger("oqyrman")

LOG_FILE_NAME = "oqyrman.log"
MAX_LOG_BYTES = 512_000
"""A log file is set aside at start once this large, and one session writes no more than this."""
KEPT_OLD_LOGS = 2
"""oqyrman.log.1 and oqyrman.log.2: the logs of the sessions before."""


def log_path() -> Path:
    """<app data>/logs/oqyrman.log (QStandardPaths: ~/.local/share/Oqyrman/logs), or beside a portable reader."""
    from desktop.portable import data_root

    portable = data_root()
    if portable is not None:
        return portable / "logs" / LOG_FILE_NAME
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs" / LOG_FILE_NAME


def start_log_file(path: Path | None = None) -> Path | None:
    """Also send warnings and errors to a log file; None if it cannot be created."""
    path = path or log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        handler = CappedFileHandler(path)
    except OSError as error:
        log.warning("cannot write the log file %s: %s", path, error)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)
    return path


class CappedFileHandler(logging.FileHandler):
    """Appends to the log file until it holds MAX_LOG_BYTES, then drops records (a runaway
    warning cannot fill the disk).

    Why not ``logging.handlers.RotatingFileHandler``: that module imports socket, pickle and
    queue, about 8 ms before the window's first paint; a reader's log is rotated when it
    starts (``_rotate``), and a cap is all a session needs beyond that.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() >= MAX_LOG_BYTES:
            return
        super().emit(record)


def _rotate(path: Path) -> None:
    """A log that reached MAX_LOG_BYTES becomes ``.1`` (``.1`` becomes ``.2``...); the oldest goes."""
    if not path.exists() or path.stat().st_size < MAX_LOG_BYTES:
        return
    for number in range(KEPT_OLD_LOGS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def install_excepthook(parent_widget=None, log_file: Path | None = None) -> None:
    """Errors Python does not catch are logged and shown in a readable dialog."""

    def excepthook(kind, value, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        details = "".join(traceback.format_exception(kind, value, trace))
        log.error("unexpected error:\n%s", details)
        show_error_dialog(parent_widget() if callable(parent_widget) else parent_widget, value, details, log_file)

    sys.excepthook = excepthook


def show_error_dialog(parent, error: BaseException, details: str, log_file: Path | None) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Crash", "Күтпеген қате"))
    text = QApplication.translate("Crash", "Бағдарламада қате болды, бірақ ол жұмысын жалғастырады:\n%1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )
    if log_file is not None:
        text += "\n\n" + QApplication.translate("Crash", "Толығырақ: %1").replace("%1", str(log_file))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote an article's text
    box.setText(text)
    box.setDetailedText(details)
    box.exec()
