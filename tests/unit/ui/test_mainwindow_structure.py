"""The main window is made of parts it owns: no mixins, no stubs waiting to be overridden, a short window."""

import ast
import inspect

from desktop.ui.mainwindow import window as window_module
from desktop.ui.mainwindow.window import MainWindow
from tests.helpers.paths import ROOT


def test_the_window_is_a_qt_main_window_and_nothing_else():
    own = [cls for cls in MainWindow.__mro__[1:] if cls.__module__.startswith("desktop")]
    assert own == [], f"mixed into MainWindow: {own}"


def test_nothing_in_the_interface_waits_for_an_override():
    """A ``raise NotImplementedError`` stub in one class silently shadows the method another defines."""
    stubs = []
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            raised = node.exc if isinstance(node, ast.Raise) else None
            name = raised.func if isinstance(raised, ast.Call) else raised
            if isinstance(name, ast.Name) and name.id == "NotImplementedError":
                stubs.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert stubs == []


def test_the_window_keeps_to_its_layout_and_wiring():
    """What grows goes into a part (docs/architecture.md), not into the window."""
    lines = inspect.getsource(window_module).count("\n")
    assert lines < 300, f"desktop/ui/mainwindow/window.py has {lines} lines"
