"""The read-aloud bar (shown while speaking) and the View → Read aloud menu, wired to the controller.

Every control is also an action of the window's registry, with its key (Space, Esc, Alt+←/→)
and its place in the menu, so the keyboard and screen readers reach all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QMessageBox, QToolBar

from desktop.ui.lazy_qt import Qt
from desktop.ui.mainwindow.actions import MainAction
from desktop.ui.speech.choices import PITCHES, SPEEDS

if TYPE_CHECKING:
    from desktop.ui.mainwindow.window import MainWindow
    from desktop.ui.speech.controller import ReadAloud

CONTROLS = (MainAction.READ_PREVIOUS, MainAction.READ_PAUSE, MainAction.READ_NEXT, MainAction.READ_STOP)


def speed_label(speed: float) -> str:
    return f"{speed:g}×"


def pitch_label(pitch: float) -> str:
    names = {
        0.6: QCoreApplication.translate("ReadAloud", "өте төмен"),
        0.8: QCoreApplication.translate("ReadAloud", "төмен"),
        1.0: QCoreApplication.translate("ReadAloud", "қалыпты"),
        1.2: QCoreApplication.translate("ReadAloud", "жоғары"),
        1.4: QCoreApplication.translate("ReadAloud", "өте жоғары"),
    }
    return names.get(pitch, f"{pitch:g}")


class ReadAloudBar(QToolBar):
    """Previous, pause, next, stop, speed and pitch, at the bottom of the window while speaking."""

    def __init__(self, window: MainWindow, controller: ReadAloud) -> None:
        super().__init__(QCoreApplication.translate("ReadAloud", "Дауыстап оқу"), window)
        self.setObjectName("readAloudBar")
        self.setMovable(False)
        self.setAccessibleName(QCoreApplication.translate("ReadAloud", "Дауыстап оқу басқаруы"))
        self._controller = controller
        for name in CONTROLS:
            self.addAction(window.action(name))
        self.addSeparator()
        self.speed_box = self._choices(
            QCoreApplication.translate("ReadAloud", "Жылдамдық:"), [speed_label(speed) for speed in SPEEDS],
            SPEEDS.index(controller.speed),
        )  # fmt: skip
        self.speed_box.setAccessibleName(QCoreApplication.translate("ReadAloud", "Оқу жылдамдығы"))
        self.speed_box.currentIndexChanged.connect(lambda index: controller.set_speed(SPEEDS[index]))
        self.pitch_box = self._choices(
            QCoreApplication.translate("ReadAloud", "Дауыс биіктігі:"), [pitch_label(pitch) for pitch in PITCHES],
            PITCHES.index(controller.pitch),
        )  # fmt: skip
        self.pitch_box.setAccessibleName(QCoreApplication.translate("ReadAloud", "Дауыс биіктігі"))
        self.pitch_box.currentIndexChanged.connect(lambda index: controller.set_pitch(PITCHES[index]))
        self.voice_label = QLabel(self)
        self.voice_label.setText(QCoreApplication.translate("ReadAloud", "  Дауыс: eSpeak NG, қазақ тілі"))
        self.addWidget(self.voice_label)

    def _choices(self, label: str, items: list[str], current: int) -> QComboBox:
        caption = QLabel(label, self)
        box = QComboBox(self)
        box.addItems(items)
        box.setCurrentIndex(current)
        caption.setBuddy(box)
        self.addWidget(caption)
        self.addWidget(box)
        return box

    def show_state(self) -> None:
        """Keep the boxes on the controller's speed and pitch (also set from the menu)."""
        for box, values, value in (
            (self.speed_box, SPEEDS, self._controller.speed),
            (self.pitch_box, PITCHES, self._controller.pitch),
        ):
            if value in values and box.currentIndex() != values.index(value):
                box.blockSignals(True)
                box.setCurrentIndex(values.index(value))
                box.blockSignals(False)


def fill_read_aloud_menu(window: MainWindow, menu: QMenu) -> None:
    """View → Read aloud: start/stop, the controls, speed and pitch (made before any speech is loaded)."""
    menu.addAction(window.action(MainAction.READ_ALOUD))
    for name in CONTROLS:
        menu.addAction(window.action(name))
    menu.addSeparator()
    stored = window.preferences  # the controller (and the speech modules) come only with the first F5
    for title, values, label, setter, current in (
        (QCoreApplication.translate("ReadAloud", "Жылдамдық"), SPEEDS, speed_label, "set_speed",
         stored.read_aloud_speed),
        (QCoreApplication.translate("ReadAloud", "Дауыс биіктігі"), PITCHES, pitch_label, "set_pitch",
         stored.read_aloud_pitch),
    ):  # fmt: skip
        submenu = menu.addMenu(title)
        group = QActionGroup(submenu)
        group.setObjectName(setter)
        for value in values:
            action = submenu.addAction(label(value))
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setData(value)
            group.addAction(action)
            action.triggered.connect(lambda _=False, v=value, s=setter: getattr(window.read_aloud, s)(v))


def attach(window: MainWindow) -> ReadAloud:
    """Make the window's read-aloud controller, its bar, and keep the actions in step with it."""
    from desktop.ui.speech.controller import ReadAloud

    controller = ReadAloud(window)
    bar = ReadAloudBar(window, controller)
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
    bar.hide()

    def show_state() -> None:
        speaking = controller.speaking
        window.action(MainAction.READ_ALOUD).setChecked(speaking)
        for name in CONTROLS:
            window.action(name).setEnabled(speaking)
        pause = window.action(MainAction.READ_PAUSE)
        pause.setText(
            QCoreApplication.translate("MainWindow", "Жалғастыру")
            if controller.paused
            else QCoreApplication.translate("MainWindow", "Кідірту")
        )
        from desktop.ui import icons

        pause.setIcon(icons.icon("fa6s.play" if controller.paused else "fa6s.pause", "#888888"))
        bar.setVisible(speaking)
        bar.show_state()
        for setter, value in (("set_speed", controller.speed), ("set_pitch", controller.pitch)):
            for group in window.menuBar().findChildren(QActionGroup, setter):
                for action in group.actions():
                    action.setChecked(action.data() == value)

    def tell(message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ReadAloud", "Дауыстап оқу"), message,
                          parent=window)  # fmt: skip
        box.setObjectName("readAloudProblem")
        box.open()  # not modal to the event loop: the window keeps going
        window.statusBar().showMessage(message, 10000)

    controller.stateChanged.connect(show_state)
    controller.problem.connect(tell)
    app = QCoreApplication.instance()
    if app is not None:  # the sound device is closed, and the voice's process told to end, on quitting
        app.aboutToQuit.connect(controller.stop)
    controller.bar = bar
    return controller


__all__ = ["ReadAloudBar", "attach", "fill_read_aloud_menu"]
