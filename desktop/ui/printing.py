"""PDF export and printing: the article typeset on pages with the bundled font.

QTextDocument lays out the same HTML the reader shows, in print colours; QPdfWriter
(QtGui, no printer needed) writes PDF, QPrintPreviewDialog shows and prints pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop import branding
from desktop.content.atomic import replacing
from desktop.content.export import ExportMark, byline, html_body
from desktop.ui.themes import COLORS, Theme, reading_style_sheet

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    from desktop.content import Article
    from desktop.content.export import Picture
    from desktop.content.model import Figure

PRINT_FONT_SIZE = 11.0
MARGINS_MM = QMarginsF(20, 18, 20, 18)
PRINT_PICTURE_WIDTH = 480
"""The widest a book's picture is printed, in the document's pixels (about the width of the text on A4)."""


def article_document(article: Article, font_family: str, marks: Sequence[ExportMark] = ()) -> QTextDocument:
    """The article laid out for paper: dark text on white, the bundled serif, the highlights if given."""
    document = QTextDocument()
    font = QFont(font_family)
    font.setPointSizeF(PRINT_FONT_SIZE)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(reading_style_sheet(COLORS[Theme.LIGHT]))
    document.setHtml(html_body(article, marks, _print_pictures(article, document)))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, article.title)
    return document


def _print_pictures(article: Article, document: QTextDocument) -> Callable[[Figure], Picture | None] | None:
    """A book's pictures, decoded at their printed size and given to the document as its resources."""
    images = article.images
    if images is None:
        return None
    from PySide6.QtCore import QUrl

    from desktop.ui.pictures import decode_picture, fitted, natural_size

    shown: list[str] = []

    def picture(figure: Figure) -> Picture | None:
        size = natural_size(images, figure.image)
        data = images.read(figure.image) if size is not None else None
        if size is None or not data:
            return None
        size = fitted(size, PRINT_PICTURE_WIDTH)
        image = decode_picture(data, size, 2.0)  # twice the pixels: sharp on paper
        if image is None:
            return None
        shown.append(figure.image)
        url = f"book:{len(shown) - 1}"
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url), image)
        return url, size.width(), size.height()

    return picture


PDF_END = b"%%EOF"


def check_pdf(path: Path) -> None:
    """Raise OSError unless path holds a whole PDF: its header, and its end-of-file marker last."""
    size = path.stat().st_size
    with path.open("rb") as file:
        head = file.read(5)
        file.seek(max(0, size - 64))
        tail = file.read()
    if head != b"%PDF-" or PDF_END not in tail:
        raise OSError(f"the PDF was not written completely ({size} bytes; is the disk full?)")


def write_pdf(article: Article, path: Path, font_family: str, marks: Sequence[ExportMark] = ()) -> None:
    """Write the article as an A4 PDF, atomically; raises OSError (the target untouched) on failure."""
    with replacing(path, check=check_pdf) as temporary:
        _typeset_pdf(article, temporary, font_family, marks)


def _typeset_pdf(article: Article, path: Path, font_family: str, marks: Sequence[ExportMark]) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(article.title)
    writer.setCreator(f"{branding.current().name} ({byline(article)})")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    document = article_document(article, font_family, marks)
    document.print_(writer)
    del writer  # finishes the file; QPdfWriter reports no errors, check_pdf reads what it wrote


def print_with_preview(parent, article: Article, font_family: str, marks: Sequence[ExportMark] = ()) -> None:
    """Show the article's pages in Qt's print preview, from which the reader prints."""
    preview_dialog(parent, article, font_family, marks).exec()


def preview_dialog(parent, article: Article, font_family: str, marks: Sequence[ExportMark] = ()) -> QPrintPreviewDialog:
    """Qt's print preview of the article's pages, every control named in the interface language."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(article.title)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    document = article_document(article, font_family, marks)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(article.title)
    dialog.paintRequested.connect(document.print_)
    dialog._printer_and_document = printer, document  # type: ignore[attr-defined]  # the dialog does not own them: they live with it
    name_preview_controls(dialog)
    return dialog


def name_preview_controls(dialog: QWidget) -> None:
    """Qt names some of its preview's controls in English only and leaves others unnamed (the page
    number, the zoom, the overflow button): each gets a name a screen reader can say, translated."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar, QToolButton

    names = {
        "Next page": QCoreApplication.translate("PrintPreview", "Келесі бет"),
        "Previous page": QCoreApplication.translate("PrintPreview", "Алдыңғы бет"),
        "First page": QCoreApplication.translate("PrintPreview", "Бірінші бет"),
        "Last page": QCoreApplication.translate("PrintPreview", "Соңғы бет"),
        "Fit width": QCoreApplication.translate("PrintPreview", "Енге сыйдыру"),
        "Fit page": QCoreApplication.translate("PrintPreview", "Бетті сыйдыру"),
        "Zoom in": QCoreApplication.translate("PrintPreview", "Үлкейту"),
        "Zoom out": QCoreApplication.translate("PrintPreview", "Кішірейту"),
        "Portrait": QCoreApplication.translate("PrintPreview", "Тік бет"),
        "Landscape": QCoreApplication.translate("PrintPreview", "Жатық бет"),
        "Show single page": QCoreApplication.translate("PrintPreview", "Бір бетті көрсету"),
        "Show facing pages": QCoreApplication.translate("PrintPreview", "Қатар беттерді көрсету"),
        "Show overview of all pages": QCoreApplication.translate("PrintPreview", "Барлық беттерге шолу"),
        "Print": QCoreApplication.translate("PrintPreview", "Басып шығару"),
        "Page setup": QCoreApplication.translate("PrintPreview", "Бет параметрлері"),
        "Close": QCoreApplication.translate("PrintPreview", "Жабу"),
    }
    by_shown = {QCoreApplication.translate("QPrintPreviewDialog", qt): name for qt, name in names.items()}
    by_shown.update(names)
    for button in dialog.findChildren(QToolButton):
        action = button.defaultAction()
        shown = action.text() if action is not None else button.text()
        name = by_shown.get(shown.replace("&", ""))
        if name is None and button.objectName() == "qt_toolbar_ext_button":
            name = QCoreApplication.translate("PrintPreview", "Басқа батырмалар")
        if name is not None:
            if action is not None:
                action.setText(name)  # its tooltip too
            button.setAccessibleName(name)
    zoom = QCoreApplication.translate("PrintPreview", "Масштаб")
    for toolbar in dialog.findChildren(QToolBar):
        for combo in toolbar.findChildren(QComboBox):
            combo.setAccessibleName(zoom)
            editor = combo.lineEdit()
            if editor is not None:
                editor.setAccessibleName(zoom)
            for action in toolbar.actions():
                if toolbar.widgetForAction(action) is combo:
                    label = QLabel(QCoreApplication.translate("PrintPreview", "Масштаб:"), toolbar)
                    label.setBuddy(combo)  # a screen reader names a list box by its label
                    toolbar.insertWidget(action, label)
    for field in dialog.findChildren(QLineEdit):
        if not field.accessibleName() and not isinstance(field.parent(), QComboBox):
            field.setAccessibleName(QCoreApplication.translate("PrintPreview", "Бет нөмірі"))
