"""The main window: its layout and wiring, the action registry and menus, and the parts it owns."""

from desktop.ui.mainwindow.actions import MainAction
from desktop.ui.mainwindow.window import MainWindow

__all__ = ["MainAction", "MainWindow"]
