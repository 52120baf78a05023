"""The main window, split by role: layout and wiring, actions, menus, session, files."""

from desktop.ui.mainwindow.actions import MainAction
from desktop.ui.mainwindow.window import MainWindow

__all__ = ["MainAction", "MainWindow"]
