"""Files: opening articles (dialog, recent files), exporting, printing, and the About box.

A part of the window with a narrow interface: it is given the window (as the parent of its
dialogs), the preferences (recent files), the reading pane (its font), what is open now and the
marks to export, and says by signals what the window does with an opened file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMainWindow

from desktop import __version__, branding
from desktop.content import Article, ContentError, atomic
from desktop.content.export import EXPORTERS, ExportMark, escape, to_html
from desktop.ui.content_errors import describe, describe_os_error, notices_told, show_problem, technical
from desktop.ui.plain_text import as_rich_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMenu

    from desktop.content.shown import ShownArticle
    from desktop.ui.preferences import Preferences
    from desktop.ui.reading_pane import ReadingPane


class OpenArticle(NamedTuple):
    """What is open now: the article as written and as shown, and its file (None when bundled)."""

    article: Article
    shown: ShownArticle
    source: Path | None


class Files(QObject):
    """Opening, exporting and printing articles, and the About box."""

    articleLoaded = Signal(object, object, object)
    """An article was read from a file (the Article, its resolved Path, and of a long book what reads
    the rest: a ``BookOpening``, or None): the window shows it."""
    fileOpened = Signal(object)
    """A file was opened and shown whole (its Path): it joins the library, as in other readers."""
    told = Signal(str, int)
    """A short message for the status bar (and screen readers), with how long it shows in ms."""

    def __init__(
        self,
        window: QMainWindow,
        preferences: Preferences,
        pane: ReadingPane,
        current: Callable[[], OpenArticle],
        marks: Callable[[], list[ExportMark]],
    ) -> None:
        super().__init__(window)
        self.preferences = preferences
        self._pane = pane
        self._current = current
        self._marks = marks
        self._awaited: Path | None = None
        """The file opened last, while the window reads the rest of it (``article_whole``)."""

    @property
    def _window(self) -> QMainWindow:
        """The window is asked as the parent, not kept: a reference back would keep a closed window alive."""
        window = self.parent()
        assert isinstance(window, QMainWindow)
        return window

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        source = self._current().source
        start = (
            str(source.parent)
            if source
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            QCoreApplication.translate("MainWindow", "Мақаланы ашу"),
            start,
            QCoreApplication.translate("MainWindow", "Мақалалар (*.md *.txt *.html *.htm *.epub);;Барлық файлдар (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open an article file; a file that cannot be read leaves the open article as it is.

        A long book as at the start (``loader.open_article``): its first sections are read and
        shown, the window reads the rest after they paint, and the file joins the library once
        it is read whole (``article_whole``).
        """
        from desktop.content.loader import open_article

        try:
            article, rest = open_article(path)
        except ContentError as error:
            line = QCoreApplication.translate("MainWindow", "%1-жол: ").replace("%1", str(error.line))
            show_problem(
                self._window,
                QCoreApplication.translate("MainWindow", "Мақаланы ашу мүмкін болмады"),
                f"{path}\n\n{line if error.line else ''}{describe(error)}",
                technical(error),
            )
            if not path.exists():
                self.preferences.remove_recent_file(str(path))
            return False
        path = path.resolve()
        self._awaited = path
        self.articleLoaded.emit(article, path, rest)
        if article.notices:  # a book's chapter skipped or read leniently: the rest is open, and that is said
            message = QCoreApplication.translate("MainWindow", "Кітаптың кей бөлігі толық оқылмады: %1")
            self.told.emit(message.replace("%1", notices_told(article.notices)), 15000)
        self.preferences.add_recent_file(str(path))
        if rest is None:
            self.article_whole(path)
        return True

    @property
    def awaited(self) -> Path | None:
        """The file opened here last that joins the library once the window has read it whole."""
        return self._awaited

    @awaited.setter
    def awaited(self, path: Path | None) -> None:  # a window built again over a book being read
        self._awaited = path

    def article_whole(self, source: Path | None) -> None:
        """The window shows an article whole: the file opened here last, once read, joins the library."""
        if source is not None and source == self._awaited:
            self._awaited = None
            self.fileOpened.emit(source)

    def answer_start_request(self, path: Path | None) -> None:
        """Another start of the reader handed over: the window comes to the front, and opens its file."""
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        if path is not None:
            self.open_path(path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """The recent files, newest first, each opening its file."""
        menu.clear()
        recent = self.preferences.recent_files
        for number, name in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(as_rich_text(name))
            action.setStatusTip(name)
            action.triggered.connect(lambda _=False, p=name: self.open_path(Path(p)))
        if not recent:
            menu.addAction(QCoreApplication.translate("MainWindow", "(бос)")).setEnabled(False)

    def ask_save_path(self, title: str, default_name: str, filters: dict[str, str]) -> tuple[Path, str] | None:
        """A save dialog: the chosen path and the format of the chosen filter (the first one's by default)."""
        from PySide6.QtWidgets import QFileDialog

        path, chosen = QFileDialog.getSaveFileName(self._window, title, default_name, ";;".join(filters))
        return (Path(path), filters.get(chosen, next(iter(filters.values())))) if path else None

    def report_write(self, path: Path, error: OSError | None) -> bool:
        """After an export: "saved" in the status bar, or a dialog saying why not (an old file is kept)."""
        from PySide6.QtWidgets import QMessageBox

        if error is not None:
            message = QCoreApplication.translate("MainWindow", "Файлға жазу мүмкін болмады:\n%1\n\n%2")
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("MainWindow", "Экспорт сәтсіз аяқталды"),
                as_rich_text(message.replace("%1", str(path)).replace("%2", describe_os_error(error))),
            )
            return False
        saved = QCoreApplication.translate("MainWindow", "Сақталды: %1")
        self.told.emit(saved.replace("%1", str(path)), 5000)
        return True

    def set_export_highlights(self, on: bool) -> None:
        """Whether exports (HTML, PDF) and printing draw the reader's highlights and notes."""
        self.preferences.export_highlights = on

    def export_dialog(self) -> None:
        filters = {
            QCoreApplication.translate("MainWindow", "Мәтін (*.txt)"): "text",
            QCoreApplication.translate("MainWindow", "Markdown (*.md)"): "markdown",
            QCoreApplication.translate("MainWindow", "HTML (*.html)"): "html",
            QCoreApplication.translate("MainWindow", "PDF (*.pdf)"): "pdf",
        }
        title = QCoreApplication.translate("MainWindow", "Мақаланы экспорттау")
        chosen = self.ask_save_path(title, "oqyrman-article.txt", filters)
        if chosen:
            self.export_to(*chosen)

    def export_to(self, path: Path, fmt: str) -> bool:
        """Write the article as shown; atomically, so a failure keeps an existing file as it was."""
        now = self._current()
        try:
            atomic.check_not_source(path, now.source)
            if fmt == "pdf":
                from desktop.ui.printing import write_pdf

                write_pdf(now.shown.text, path, self._pane.font_family(), self._marks())
            elif fmt == "html":
                atomic.write_text(path, to_html(now.shown.text, self._marks()))
            else:
                atomic.write_text(path, EXPORTERS[fmt](now.shown.text))
        except OSError as error:
            return self.report_write(path, error)
        return self.report_write(path, None)

    def print_article(self) -> None:
        from desktop.ui.printing import print_with_preview

        print_with_preview(self._window, self._current().shown.text, self._pane.font_family(), self._marks())

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = QCoreApplication.translate(
            "MainWindow",
            "<h3>%1 %2</h3>"
            "<p>Қазақ тіліндегі мақалаларды желісіз оқуға арналған бағдарлама.</p>"
            "<p>Мақала: «%3», %4, %5.</p>"
            "<p>Қаріп: Noto Serif, SIL Open Font License 1.1. "
            "Белгішелер: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).</p>"
            "<p>Іздеу сөздігі: Hunspell қазақ сөздігі (А. Мұсаева, L. Németh, R. Aliev), "
            "Mozilla Public License 1.1 бойынша.</p>",
        )
        text += QCoreApplication.translate(
            "MainWindow",
            "<p>Дауыстап оқу: eSpeak NG, GNU GPL 3.0 немесе кейінгі нұсқасы бойынша. Ол бағдарламаның "
            "ішінде емес, бөлек процесс ретінде жұмыс істейді; бастапқы коды: "
            "https://github.com/espeak-ng/espeak-ng. Дыбыс: miniaudio (MIT).</p>",
        )
        brand = branding.current()
        if brand != branding.DEFAULT:
            text += QCoreApplication.translate("MainWindow", "<p>Oqyrman негізінде жасалған.</p>")
        article = self._current().article
        QMessageBox.about(
            self._window,
            QCoreApplication.translate("MainWindow", "%1 туралы").replace("%1", brand.name),
            text.replace("%1", escape(brand.name))
            .replace("%2", __version__)
            .replace("%3", escape(article.title))
            .replace("%4", escape(article.source))
            .replace("%5", article.iso_date),
        )
