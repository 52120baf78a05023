"""Unexpected errors: written to a log file in the user's log folder and shown in a dialog.

The reader keeps running where it can: an error in one action does not close the
window or lose the reader's settings.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt

log = logging.getLogger("oqyrman")

LOG_FILE_NAME = "oqyrman.log"


def log_path() -> Path:
    """<app data>/logs/oqyrman.log (QStandardPaths: ~/.local/share/Oqyrman/logs), or beside a portable reader."""
    from desktop.portable import data_root

    portable = data_root()
    if portable is not None:
        return portable / "logs" / LOG_FILE_NAME
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs" / LOG_FILE_NAME


def start_log_file(path: Path | None = None) -> Path | None:
    """Also send warnings and errors to a rotating log file; None if it cannot be created."""
    path = path or log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=512_000, backupCount=2, encoding="utf-8")
    except OSError as error:
        log.warning("cannot write the log file %s: %s", path, error)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)
    return path


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
