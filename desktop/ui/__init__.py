"""The Qt user interface: a thin layer over desktop.content and desktop.search."""

from desktop.qt_version import require_supported_pyside6

require_supported_pyside6()  # before any of the window's modules meets a PySide6 it cannot run on
