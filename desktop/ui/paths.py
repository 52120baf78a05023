"""Where the reader keeps its data: Qt's per-user application data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desktop import branding

NOTES_FILE = "notes.sqlite"


def data_dir() -> Path:
    """<AppDataLocation>, e.g. ~/.local/share/Oqyrman/Oqyrman, or beside a portable reader."""
    from desktop.portable import data_root

    portable = data_root()
    if portable is not None:
        return portable
    if not QCoreApplication.applicationName() or QCoreApplication.instance() is None:
        QCoreApplication.setOrganizationName(branding.current().data_name)
        QCoreApplication.setApplicationName(branding.current().data_name)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def notes_path() -> Path:
    return data_dir() / NOTES_FILE
