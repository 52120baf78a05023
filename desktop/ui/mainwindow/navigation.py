"""Moving between the article's sections: the sidebar and the reading pane kept in step, and the status bar.

A part of the window with a narrow interface: it is given the sidebar (which it sets up as the
list of sections), its sections model, the reading pane, the status bar (where it puts the
section's heading and how much was read) and the article as shown; it says by a signal what to
read out to screen readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal, Slot
from PySide6.QtWidgets import QLabel

from desktop.ui.lazy_qt import set_enum_property
from desktop.ui.section_model import SectionListModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QListView, QStatusBar

    from desktop.content import Article
    from desktop.ui.reading_pane import ReadingPane


class Navigation(QObject):
    """The sections: a click or a key in the sidebar moves the text, and scrolling the text moves the sidebar."""

    announced = Signal(str)
    """Where the reader went, for screen readers (a section's name and number)."""

    def __init__(
        self,
        sidebar: QListView,
        sections: SectionListModel,
        pane: ReadingPane,
        status_bar: QStatusBar,
        shown: Callable[[], Article],
    ) -> None:
        super().__init__(sidebar)
        sidebar.setModel(sections)
        sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", "Бөлімдер"))
        sidebar.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Мақала бөлімдерінің тізімі; таңдалған бөлімге өтеді")
        )
        sidebar.setUniformItemSizes(True)
        sidebar.setWordWrap(False)
        sidebar.setSpacing(2)
        self._sidebar = sidebar
        self._sections = sections
        self._pane = pane
        self._shown = shown
        self._syncing_sidebar = False
        """True while the sidebar follows the text: its current row changes, but nothing navigates."""
        self.section_label = QLabel(status_bar)
        set_enum_property(self.section_label, "textFormat", "PlainText")  # a heading may hold "<b>" as text
        self.progress_label = QLabel(status_bar)
        status_bar.addWidget(self.section_label, 1)
        status_bar.addPermanentWidget(self.progress_label)
        # Qt hides the label for a message but shows it again whenever the bar lays itself out
        # anew (a permanent widget shown or added), drawing the message over it: hide it ourselves.
        status_bar.messageChanged.connect(lambda message: self.section_label.setVisible(not message))

    def _ids(self) -> tuple[str, ...]:
        return self._shown().section_ids

    def go_to_section(self, section_id: str) -> None:
        """Show a section at the top, with the caret at its heading, and say where that is."""
        self.show_section(section_id)
        self.select_in_sidebar(section_id)
        ids = self._ids()
        row = ids.index(section_id)
        self.announced.emit(
            QCoreApplication.translate("MainWindow", "%1, %2-бөлім, барлығы %3")
            .replace("%1", self._shown().sections[row].label)
            .replace("%2", str(row + 1))
            .replace("%3", str(len(ids)))
        )

    def show_section(self, section_id: str) -> None:
        """Bring a section to the top without a word for screen readers (the sidebar's own row is read out)."""
        self._pane.caret_to_section(section_id)
        self._pane.scroll_to_section(section_id)
        self.update_status()

    def step_section(self, step: int) -> None:
        """The next (1) or previous (-1) section; nothing past the first or the last."""
        ids = self._ids()
        row = ids.index(self._pane.current_section()) + step
        if 0 <= row < len(ids):
            self.go_to_section(ids[row])

    def select_in_sidebar(self, section_id: str) -> None:
        """Make the section the sidebar's current row, without navigating to it."""
        if section_id not in self._ids():  # between two articles
            return
        index = self._sections.index(self._sections.row_of(section_id))
        if self._sidebar.currentIndex() != index:
            self._syncing_sidebar = True
            try:
                self._sidebar.setCurrentIndex(index)  # and selects it: the list selects one row
            finally:
                self._syncing_sidebar = False

    def follow_keys(self) -> None:
        """Keyboard moves in the sidebar navigate too (connected after the first paint)."""
        self._sidebar.selectionModel().currentChanged.connect(self.on_sidebar_current_changed)

    @Slot(QModelIndex)
    def on_sidebar_activated(self, index: QModelIndex) -> None:
        section_id = index.data(SectionListModel.SectionIdRole)
        if section_id:
            self.show_section(section_id)

    @Slot(QModelIndex, QModelIndex)
    def on_sidebar_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Keyboard moves in the sidebar navigate; the sidebar following the text (scroll-spy) does not."""
        if not self._syncing_sidebar and current.isValid():
            self.on_sidebar_activated(current)

    @Slot(str)
    def on_pane_section_changed(self, section_id: str) -> None:
        self.select_in_sidebar(section_id)
        self.update_status()

    def update_status(self) -> None:
        """The current section's heading and how much of the article was read, in the status bar."""
        section_id = self._pane.current_section()
        if section_id not in self._ids():  # between two articles
            return
        self.section_label.setText(self._shown().section(section_id).heading)
        self.section_label.setLocale(self._pane.locale())  # the article's language: a screen reader's voice for it
        read = QCoreApplication.translate("MainWindow", "Оқылды: %1%")
        self.progress_label.setText(read.replace("%1", str(self._pane.progress())))
